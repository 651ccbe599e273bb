//! `wasi-run`: a strict WASI preview1 host on the wasmi interpreter.
//!
//! The library runs one module per call of [`run`] (or [`run_report`]),
//! each in its own engine and store, so calls may run concurrently from
//! many threads. The CLI in `main.rs` is a thin layer over it.
//!
//! One module per WASI concern: [`fdtable`] (descriptors and rights),
//! [`path`] (sandboxed resolution), `clocks`, `random`, `args`
//! (args/environ), `poll`, `sockets`, `fd` and `pathops` (the `fd_*` and
//! `path_*` functions), `proc`; `preview1` binds them to the linker.

// Host functions take the parameters of their witx signature one by one.
#![allow(clippy::too_many_arguments)]

use std::fmt;
use std::path::PathBuf;
use std::time::{Duration, Instant};

mod abi;
mod args;
mod clocks;
mod ctx;
pub mod errno;
mod fd;
pub mod fdtable;
#[doc(hidden)]
pub mod fuzzing;
pub mod instrument;
pub mod mem;
pub mod path;
mod pathops;
mod poll;
mod preview1;
mod proc;
mod random;
mod sockets;

pub use errno::Errno;

use ctx::{MemoryLimits, Sink, StdinState, WasiCtx};
use fdtable::{Desc, FdTable, Kind};

/// What a guest may see of the host, and how it runs.
#[derive(Debug, Default)]
pub struct Config {
    /// argv, including argv[0].
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
    /// Preopened directories, numbered from fd 3 in this order.
    pub dirs: Vec<Preopen>,
    pub stdin: Input,
    pub stdout: Output,
    pub stderr: Output,
    /// Fuel budget (wasmi fuel, about one unit per instruction); running
    /// out traps.
    pub max_instructions: Option<u64>,
    /// Wall-clock limit; reaching it traps.
    pub timeout: Option<Duration>,
    /// Largest size in bytes any linear memory may grow to.
    pub max_memory: Option<u64>,
    /// Fixed clocks and seeded random numbers.
    pub deterministic: bool,
    /// Seed for `random_get` in deterministic mode.
    pub seed: Option<u64>,
    /// Call this export (after `_initialize` for a reactor) instead of
    /// `_start`. It must take no parameters; its results are printed to
    /// the guest's stdout, one per line.
    pub invoke: Option<String>,
    /// Listening TCP sockets (`HOST:PORT`) to pre-open after the
    /// directories.
    pub tcp_listen: Vec<String>,
    /// Print one line per WASI call to the host's stderr.
    pub trace: bool,
    /// Count instructions (costs some speed); see [`Report::stats`].
    pub stats: bool,
    /// Do not instrument the module for backtraces (a little faster;
    /// traps then name no function).
    pub no_backtrace: bool,
}

/// A directory the guest may use: `host` appears to it as `guest`.
#[derive(Debug, Clone)]
pub struct Preopen {
    pub host: PathBuf,
    pub guest: String,
    pub read_only: bool,
}

/// The guest's stdin.
#[derive(Debug, Default)]
pub enum Input {
    /// The host process's stdin.
    Inherit,
    /// These bytes, then end of file.
    Bytes(Vec<u8>),
    /// Immediately end of file.
    #[default]
    Null,
}

/// The guest's stdout or stderr.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// The host process's stream.
    Inherit,
    /// Collected into [`Outcome`].
    #[default]
    Capture,
}

/// How a run ended, with what the guest wrote to captured streams.
#[derive(Debug)]
pub struct Outcome {
    pub exit: Exit,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    /// `proc_exit(code)`, or 0 when `_start` returned.
    Code(i32),
    /// One line: the trap kind and the function it happened in.
    Trap(String),
}

/// Counters gathered during a run.
#[derive(Debug, Default, Clone)]
pub struct Stats {
    /// Fuel consumed (instructions executed), when counted.
    pub instructions: Option<u64>,
    /// Largest size in bytes any linear memory reached.
    pub peak_memory: u64,
    /// Number of calls of each WASI function, by name.
    pub calls: Vec<(String, u64)>,
    pub wall_time: Duration,
}

/// Everything [`run_report`] knows about a run.
#[derive(Debug)]
pub struct Report {
    pub outcome: Outcome,
    /// Function names of the wasm frames live at a trap, innermost first.
    pub backtrace: Vec<String>,
    pub stats: Stats,
}

/// Why a module could not be run at all.
#[derive(Debug)]
pub enum Error {
    /// The bytes are not a valid module.
    Module(String),
    /// Neither `_start` nor `_initialize` is exported.
    NoEntry,
    /// `--invoke` names no exported function, or one with parameters.
    Invoke(String),
    UnknownImport {
        module: String,
        name: String,
    },
    /// An import exists but has the wrong type, or instantiation failed.
    Link(String),
    /// A `--dir` could not be opened.
    Preopen {
        host: PathBuf,
        reason: String,
    },
    /// A `--tcplisten` address could not be bound.
    Listen {
        addr: String,
        reason: String,
    },
    /// Something in [`Config`] cannot be given to a guest.
    Config(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Module(m) => write!(f, "invalid module: {m}"),
            Error::NoEntry => write!(f, "module exports neither `_start` nor `_initialize`"),
            Error::Invoke(m) => write!(f, "cannot invoke: {m}"),
            Error::UnknownImport { module, name } => {
                write!(f, "unknown import `{module}::{name}`")
            }
            Error::Link(m) => write!(f, "cannot link module: {m}"),
            Error::Preopen { host, reason } => {
                write!(f, "cannot open directory {}: {reason}", host.display())
            }
            Error::Listen { addr, reason } => write!(f, "cannot listen on {addr}: {reason}"),
            Error::Config(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for Error {}

/// Why a host function did not return normally.
#[derive(Debug)]
pub(crate) enum Fault {
    /// Return this errno to the guest.
    Errno(Errno),
    /// `proc_exit`.
    Exit(i32),
    /// End the guest with a trap.
    Trap(HostTrap),
}

impl From<Errno> for Fault {
    fn from(e: Errno) -> Fault {
        Fault::Errno(e)
    }
}

/// Traps raised by the host rather than by wasm code.
#[derive(Debug)]
pub(crate) enum HostTrap {
    Timeout,
    Signal(&'static str),
}

impl fmt::Display for HostTrap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HostTrap::Timeout => write!(f, "timeout reached"),
            HostTrap::Signal(s) => write!(f, "terminated by {s} (proc_raise)"),
        }
    }
}

impl wasmi::errors::HostError for HostTrap {}

/// The errno of a mutation beneath a read-only preopen.
pub(crate) const READ_ONLY_ERRNO: Errno = Errno::PERM;

/// The errno of a path that leads out of its directory (as wasmtime).
pub(crate) const ESCAPE_ERRNO: Errno = Errno::PERM;

/// Fuel handed out at a time, so that the deadline is checked often.
const FUEL_SLICE: u64 = 10_000_000;

/// Runs `wasm` with `config`.
pub fn run(wasm: &[u8], config: Config) -> Result<Outcome, Error> {
    run_report(wasm, config).map(|r| r.outcome)
}

fn no_nul(what: &str, s: &str) -> Result<Vec<u8>, Error> {
    if s.contains('\0') {
        return Err(Error::Config(format!("{what} contains a NUL byte: {s:?}")));
    }
    Ok(s.as_bytes().to_vec())
}

fn open_preopen(p: &Preopen) -> Result<Desc, Error> {
    use std::os::unix::fs::OpenOptionsExt;
    let fail = |reason: String| Error::Preopen {
        host: p.host.clone(),
        reason,
    };
    let dir = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_DIRECTORY)
        .open(&p.host)
        .map_err(|e| fail(e.to_string()))?;
    // Reading it now turns an unreadable directory into a clear error
    // before the guest starts.
    std::fs::read_dir(&p.host).map_err(|e| fail(e.to_string()))?;
    let (base, inh) = fdtable::dir_rights(p.read_only);
    Ok(Desc::new(
        Kind::Dir {
            dir,
            preopen: Some(p.guest.clone()),
            read_only: p.read_only,
            listing: None,
        },
        base,
        inh,
    ))
}

fn is_tty(fd: i32) -> bool {
    // SAFETY: isatty only inspects the descriptor.
    unsafe { libc::isatty(fd) == 1 }
}

fn build_ctx(config: &Config) -> Result<WasiCtx, Error> {
    let args = config
        .args
        .iter()
        .map(|a| no_nul("argument", a))
        .collect::<Result<Vec<_>, _>>()?;
    let mut env = Vec::new();
    for (k, v) in &config.env {
        if k.is_empty() || k.contains('=') {
            return Err(Error::Config(format!(
                "invalid environment variable name {k:?}"
            )));
        }
        env.push(no_nul("environment variable", &format!("{k}={v}"))?);
    }
    let mut fds = FdTable::default();
    let stdio = [
        (
            Kind::Stdin,
            abi::rights::FD_READ,
            config.stdin_inherited(),
            0,
        ),
        (
            Kind::Stdout,
            abi::rights::FD_WRITE,
            config.stdout == Output::Inherit,
            1,
        ),
        (
            Kind::Stderr,
            abi::rights::FD_WRITE,
            config.stderr == Output::Inherit,
            2,
        ),
    ];
    for (kind, rights, inherited, host_fd) in stdio {
        let mut d = Desc::new(kind, rights, rights);
        d.tty = inherited && is_tty(host_fd);
        fds.insert(d).map_err(|e| Error::Config(e.to_string()))?;
    }
    for p in &config.dirs {
        fds.insert(open_preopen(p)?)
            .map_err(|e| Error::Config(e.to_string()))?;
    }
    for addr in &config.tcp_listen {
        let l = std::net::TcpListener::bind(addr.as_str()).map_err(|e| Error::Listen {
            addr: addr.clone(),
            reason: e.to_string(),
        })?;
        fds.insert(Desc::new(
            Kind::Listener(l),
            abi::rights::LISTENER,
            abi::rights::SOCKET,
        ))
        .map_err(|e| Error::Config(e.to_string()))?;
    }
    let stdin = match &config.stdin {
        Input::Inherit => StdinState::Inherit,
        Input::Bytes(b) => StdinState::Bytes {
            data: b.clone(),
            pos: 0,
        },
        Input::Null => StdinState::Null,
    };
    let sink = |o: Output| match o {
        Output::Inherit => Sink::Inherit,
        Output::Capture => Sink::Capture(Vec::new()),
    };
    Ok(WasiCtx {
        args,
        env,
        fds,
        stdin,
        stdout: sink(config.stdout),
        stderr: sink(config.stderr),
        clocks: clocks::Clocks::new(config.deterministic),
        random: if config.deterministic {
            random::Random::Seeded(config.seed.unwrap_or(random::DEFAULT_SEED))
        } else {
            random::Random::Os
        },
        memory: None,
        limits: MemoryLimits {
            max_bytes: config
                .max_memory
                .map(|m| usize::try_from(m).unwrap_or(usize::MAX)),
            peak_bytes: 0,
        },
        calls: Default::default(),
        trace: config.trace,
        deadline: None,
    })
}

impl Config {
    fn stdin_inherited(&self) -> bool {
        matches!(self.stdin, Input::Inherit)
    }
}

/// The trap kind of a wasmi error, in words.
fn trap_kind(e: &wasmi::Error, config: &Config) -> String {
    use wasmi::TrapCode as T;
    if let Some(code) = e.as_trap_code() {
        return match code {
            T::UnreachableCodeReached => "unreachable executed".into(),
            T::MemoryOutOfBounds => "out of bounds memory access".into(),
            T::TableOutOfBounds => "out of bounds table access".into(),
            T::IndirectCallToNull => "indirect call to a null table entry".into(),
            T::IntegerDivisionByZero => "integer divide by zero".into(),
            T::IntegerOverflow => "integer overflow".into(),
            T::BadConversionToInteger => "invalid conversion to integer".into(),
            T::StackOverflow => "call stack exhausted".into(),
            T::BadSignature => "indirect call type mismatch".into(),
            T::OutOfFuel => match config.max_instructions {
                Some(n) => format!("instruction limit of {n} reached"),
                None => "out of fuel".into(),
            },
            T::GrowthOperationLimited => "memory or table growth limited".into(),
            T::OutOfSystemMemory => "out of host memory".into(),
        };
    }
    if let Some(h) = e.downcast_ref::<HostTrap>() {
        return h.to_string();
    }
    let s = e.to_string();
    s.lines().next().unwrap_or("trap").to_string()
}

/// How a call into the guest ended.
enum Ended {
    Returned(Vec<wasmi::Val>),
    Failed(wasmi::Error),
}

/// Calls `func` with fuel handed out in slices, checking the deadline and
/// the instruction budget between slices.
fn call_guest(
    store: &mut wasmi::Store<WasiCtx>,
    func: &wasmi::Func,
    fuel: &mut FuelBudget,
) -> Ended {
    let nresults = func.ty(&*store).results().len();
    let mut outputs = vec![wasmi::Val::I32(0); nresults];
    let mut state = func.call_resumable(&mut *store, &[], &mut outputs);
    loop {
        match state {
            Ok(wasmi::ResumableCall::Finished) => return Ended::Returned(outputs),
            Ok(wasmi::ResumableCall::HostTrap(t)) => return Ended::Failed(t.into_host_error()),
            Ok(wasmi::ResumableCall::OutOfFuel(oof)) => {
                if !fuel.refill(store, oof.required_fuel()) {
                    return Ended::Failed(wasmi::Error::from(wasmi::TrapCode::OutOfFuel));
                }
                if store.data().deadline.is_some_and(|d| Instant::now() >= d) {
                    return Ended::Failed(wasmi::Error::host(HostTrap::Timeout));
                }
                state = oof.resume(&mut *store, &mut outputs);
            }
            Err(e) => return Ended::Failed(e),
        }
    }
}

/// Fuel accounting across slices.
struct FuelBudget {
    enabled: bool,
    /// Fuel still to hand out beyond what the store holds (None: no limit).
    remaining: Option<u64>,
    /// Total fuel put into the store so far.
    given: u64,
}

impl FuelBudget {
    fn slice(&mut self) -> u64 {
        let s = match self.remaining {
            Some(r) => r.min(FUEL_SLICE),
            None => FUEL_SLICE,
        };
        if let Some(r) = &mut self.remaining {
            *r -= s;
        }
        self.given += s;
        s
    }

    /// Puts another slice into the store; false when the budget is spent
    /// or cannot cover `required`.
    fn refill(&mut self, store: &mut wasmi::Store<WasiCtx>, required: u64) -> bool {
        let have = store.get_fuel().unwrap_or(0);
        if self.remaining == Some(0) {
            return false;
        }
        let mut add = self.slice();
        while have + add < required {
            if self.remaining == Some(0) {
                return false;
            }
            add += self.slice();
        }
        store.set_fuel(have + add).is_ok()
    }

    fn used(&self, store: &wasmi::Store<WasiCtx>) -> Option<u64> {
        if !self.enabled {
            return None;
        }
        Some(self.given - store.get_fuel().unwrap_or(0))
    }
}

/// Runs `wasm` with `config` and reports backtrace and statistics too.
pub fn run_report(wasm: &[u8], config: Config) -> Result<Report, Error> {
    let started = Instant::now();
    let mut ctx = build_ctx(&config)?;

    let fuel_on = config.max_instructions.is_some() || config.timeout.is_some() || config.stats;
    let mut engine_config = wasmi::Config::default();
    engine_config.consume_fuel(fuel_on);
    engine_config.set_max_recursion_depth(20_000);
    let engine = wasmi::Engine::new(&engine_config);

    let instrumented = if config.no_backtrace {
        None
    } else {
        instrument::instrument(wasm).ok()
    };
    let (module, backtraces) = match instrumented
        .as_ref()
        .and_then(|w| wasmi::Module::new(&engine, w).ok())
    {
        Some(m) => (m, true),
        None => (
            wasmi::Module::new(&engine, wasm).map_err(|e| Error::Module(one_line(&e)))?,
            false,
        ),
    };
    let names = if backtraces {
        instrument::function_names(wasm)
    } else {
        Default::default()
    };

    for import in module.imports() {
        let known = import.module() == preview1::MODULE
            && preview1::is_preview1(import.name())
            && matches!(import.ty(), wasmi::ExternType::Func(_));
        if !known {
            return Err(Error::UnknownImport {
                module: import.module().to_string(),
                name: import.name().to_string(),
            });
        }
    }

    let mut linker = wasmi::Linker::<WasiCtx>::new(&engine);
    preview1::add_to_linker(&mut linker).map_err(|e| Error::Link(e.to_string()))?;

    if let Some(t) = config.timeout {
        ctx.deadline = Some(started + t);
    }
    let mut store = wasmi::Store::new(&engine, ctx);
    store.limiter(|ctx| &mut ctx.limits);
    let mut fuel = FuelBudget {
        enabled: fuel_on,
        remaining: config.max_instructions,
        given: 0,
    };
    if fuel_on {
        let first = fuel.slice();
        store
            .set_fuel(first)
            .map_err(|e| Error::Link(e.to_string()))?;
    }

    let mut backtrace = Vec::new();
    let finish =
        |store: wasmi::Store<WasiCtx>, exit: Exit, backtrace: Vec<String>, fuel: &FuelBudget| {
            let instructions = fuel.used(&store);
            let ctx = store.into_data();
            let take = |s: Sink| match s {
                Sink::Capture(b) => b,
                Sink::Inherit => Vec::new(),
            };
            Report {
                stats: Stats {
                    instructions,
                    peak_memory: ctx.limits.peak_bytes as u64,
                    calls: ctx.calls.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
                    wall_time: started.elapsed(),
                },
                outcome: Outcome {
                    exit,
                    stdout: take(ctx.stdout),
                    stderr: take(ctx.stderr),
                },
                backtrace,
            }
        };

    let instance = match linker.instantiate_and_start(&mut store, &module) {
        Ok(i) => i,
        Err(e) => {
            if let Some(code) = e.i32_exit_status() {
                return Ok(finish(store, Exit::Code(code), backtrace, &fuel));
            }
            if e.as_trap_code().is_some() || e.downcast_ref::<HostTrap>().is_some() {
                let kind = trap_kind(&e, &config);
                return Ok(finish(
                    store,
                    Exit::Trap(format!("{kind} in the start function")),
                    backtrace,
                    &fuel,
                ));
            }
            return Err(Error::Link(one_line(&e)));
        }
    };
    let memory = instance.get_memory(&store, "memory");
    store.data_mut().memory = memory;

    let func = |name: &str| instance.get_func(&store, name);
    let start = func("_start");
    let init = func("_initialize");
    let mut calls: Vec<(wasmi::Func, bool)> = Vec::new();
    match &config.invoke {
        Some(name) => {
            let f = func(name)
                .ok_or_else(|| Error::Invoke(format!("the module exports no function `{name}`")))?;
            if !f.ty(&store).params().is_empty() {
                return Err(Error::Invoke(format!(
                    "`{name}` takes parameters; only functions without parameters can be invoked"
                )));
            }
            if start.is_none() {
                if let Some(i) = init {
                    calls.push((i, false));
                }
            }
            calls.push((f, true));
        }
        None => match (start, init) {
            (Some(s), _) => calls.push((s, false)),
            (None, Some(i)) => calls.push((i, false)),
            (None, None) => return Err(Error::NoEntry),
        },
    }

    let mut exit = Exit::Code(0);
    for (f, print) in calls {
        match call_guest(&mut store, &f, &mut fuel) {
            Ended::Returned(vals) => {
                if print {
                    for v in vals {
                        let line = format!("{}\n", show_val(&v));
                        let _ = store
                            .data_mut()
                            .write_stream(ctx::Stream::Out, line.as_bytes());
                    }
                }
            }
            Ended::Failed(e) => {
                if let Some(code) = e.i32_exit_status() {
                    exit = Exit::Code(code);
                    break;
                }
                let kind = trap_kind(&e, &config);
                if backtraces {
                    backtrace = read_backtrace(&store, &instance, &names);
                }
                let line = match backtrace.first() {
                    Some(f) => format!("{kind} in {f}"),
                    None => kind,
                };
                exit = Exit::Trap(line);
                break;
            }
        }
    }
    Ok(finish(store, exit, backtrace, &fuel))
}

fn show_val(v: &wasmi::Val) -> String {
    match v {
        wasmi::Val::I32(x) => x.to_string(),
        wasmi::Val::I64(x) => x.to_string(),
        wasmi::Val::F32(x) => f32::from(*x).to_string(),
        wasmi::Val::F64(x) => f64::from(*x).to_string(),
        other => format!("{other:?}"),
    }
}

fn one_line(e: &dyn fmt::Display) -> String {
    let s = e.to_string();
    s.lines().collect::<Vec<_>>().join("; ")
}

/// Reads the shadow stack (see [`instrument`]): names of the live frames,
/// innermost first.
fn read_backtrace(
    store: &wasmi::Store<WasiCtx>,
    instance: &wasmi::Instance,
    names: &std::collections::HashMap<u32, String>,
) -> Vec<String> {
    let Some(sp) = instance.get_global(store, instrument::SP_EXPORT) else {
        return Vec::new();
    };
    let Some(ring) = instance.get_memory(store, instrument::RING_EXPORT) else {
        return Vec::new();
    };
    let sp = match sp.get(store) {
        wasmi::Val::I32(v) => v as u32,
        _ => return Vec::new(),
    };
    let data = ring.data(store);
    let depth = (sp / 4).min(instrument::RING_FRAMES);
    let mut out = Vec::new();
    for k in 1..=depth {
        let at = (sp.wrapping_sub(4 * k) & (instrument::RING_FRAMES * 4 - 4)) as usize;
        let Some(b) = data.get(at..at + 4) else { break };
        let idx = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        out.push(
            names
                .get(&idx)
                .cloned()
                .unwrap_or_else(|| format!("<wasm function {idx}>")),
        );
    }
    out
}

//! The `wasi-run` command: a thin layer over the library.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use wasi_run::{Config, Exit, Input, Output, Preopen};

/// Exit status when the guest traps (128 + SIGABRT, as a native abort).
const EXIT_TRAP: u8 = 134;
/// Exit status for a usage error or a module that cannot be run.
const EXIT_USAGE: u8 = 2;

#[derive(Parser, Debug)]
#[command(
    name = "wasi-run",
    version,
    about = "Run a WebAssembly module under a strict WASI preview1 host",
    after_help = "Exit status:\n  \
        N    the guest called proc_exit(N) (0 when _start returned); as with any\n       \
        process only the low 8 bits reach the shell\n  \
        2    bad flags, or the module is missing, malformed or cannot be linked\n  \
        134  the guest trapped (one line `wasi-run: trap: <kind> in <function>`\n       \
        and a backtrace on stderr); also a timeout or instruction limit"
)]
struct Cli {
    /// Grant a directory: HOST[::GUEST][:ro]. GUEST defaults to HOST;
    /// `:ro` makes it read-only. Preopens are fds 3, 4, ... in order.
    #[arg(long = "dir", value_name = "HOST[::GUEST][:ro]")]
    dirs: Vec<String>,
    /// Set an environment variable for the guest.
    #[arg(long = "env", value_name = "K=V")]
    env: Vec<String>,
    /// Pass the host's whole environment to the guest (before any --env).
    #[arg(long)]
    inherit_env: bool,
    /// Trap after N units of fuel (about N instructions).
    #[arg(long, value_name = "N")]
    max_instructions: Option<u64>,
    /// Trap after SECS seconds of wall-clock time.
    #[arg(long, value_name = "SECS")]
    timeout: Option<f64>,
    /// Refuse to grow any linear memory beyond BYTES (K, M, G suffixes allowed).
    #[arg(long, value_name = "BYTES", value_parser = parse_bytes)]
    max_memory: Option<u64>,
    /// Print instructions executed, peak memory and WASI call counts to stderr at exit.
    #[arg(long)]
    stats: bool,
    /// Print one line per WASI call (arguments and result) to stderr.
    #[arg(long)]
    trace: bool,
    /// Fixed clocks and seeded random numbers.
    #[arg(long)]
    deterministic: bool,
    /// Seed for random_get under --deterministic.
    #[arg(long, value_name = "N", requires = "deterministic")]
    seed: Option<u64>,
    /// Call this export instead of _start (after _initialize for a reactor)
    /// and print its results.
    #[arg(long, value_name = "FUNC")]
    invoke: Option<String>,
    /// Pre-open a listening TCP socket, numbered after the directories.
    #[arg(long = "tcplisten", value_name = "HOST:PORT")]
    tcplisten: Vec<String>,
    /// The module to run, then the guest's arguments, passed verbatim
    /// (even those that start with `-`).
    #[arg(required = true, trailing_var_arg = true, value_name = "MODULE [ARGS]")]
    command: Vec<String>,
}

fn parse_bytes(s: &str) -> Result<u64, String> {
    let (num, mult) = match s.char_indices().last() {
        Some((i, 'K' | 'k')) => (&s[..i], 1u64 << 10),
        Some((i, 'M' | 'm')) => (&s[..i], 1 << 20),
        Some((i, 'G' | 'g')) => (&s[..i], 1 << 30),
        _ => (s, 1),
    };
    num.parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .ok_or_else(|| format!("not a byte count: {s}"))
}

fn parse_dir(spec: &str) -> Preopen {
    let (spec, read_only) = match spec.strip_suffix(":ro") {
        Some(s) => (s, true),
        None => (spec, false),
    };
    let (host, guest) = match spec.split_once("::") {
        Some((h, g)) => (h, g),
        None => (spec, spec),
    };
    Preopen {
        host: PathBuf::from(host),
        guest: guest.to_string(),
        read_only,
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let module = PathBuf::from(&cli.command[0]);
    let fail = |msg: String| {
        eprintln!("wasi-run: {msg}");
        ExitCode::from(EXIT_USAGE)
    };
    let wasm = match std::fs::read(&module) {
        Ok(w) => w,
        Err(e) => return fail(format!("cannot read {}: {e}", module.display())),
    };
    let mut env = Vec::new();
    if cli.inherit_env {
        for (k, v) in std::env::vars_os() {
            if let (Ok(k), Ok(v)) = (k.into_string(), v.into_string()) {
                env.push((k, v));
            }
        }
    }
    for kv in &cli.env {
        match kv.split_once('=') {
            Some((k, v)) if !k.is_empty() => {
                env.retain(|(ek, _)| ek != k);
                env.push((k.to_string(), v.to_string()));
            }
            _ => return fail(format!("--env needs K=V, got {kv:?}")),
        }
    }
    let timeout = match cli.timeout {
        Some(t) if t.is_finite() && t >= 0.0 => Some(Duration::from_secs_f64(t)),
        Some(t) => return fail(format!("--timeout needs a number of seconds, got {t}")),
        None => None,
    };
    let args = cli.command.clone();
    let config = Config {
        args,
        env,
        dirs: cli.dirs.iter().map(|d| parse_dir(d)).collect(),
        stdin: Input::Inherit,
        stdout: Output::Inherit,
        stderr: Output::Inherit,
        max_instructions: cli.max_instructions,
        timeout,
        max_memory: cli.max_memory,
        deterministic: cli.deterministic,
        seed: cli.seed,
        invoke: cli.invoke.clone(),
        tcp_listen: cli.tcplisten.clone(),
        trace: cli.trace,
        stats: cli.stats,
        no_backtrace: false,
    };
    let report = match wasi_run::run_report(&wasm, config) {
        Ok(r) => r,
        Err(e) => return fail(e.to_string()),
    };
    if cli.stats {
        let s = &report.stats;
        match s.instructions {
            Some(n) => eprintln!("wasi-run: stats: instructions executed: {n}"),
            None => eprintln!("wasi-run: stats: instructions executed: not counted"),
        }
        eprintln!("wasi-run: stats: peak memory: {} bytes", s.peak_memory);
        eprintln!(
            "wasi-run: stats: wall time: {:.3} s",
            s.wall_time.as_secs_f64()
        );
        for (name, n) in &s.calls {
            eprintln!("wasi-run: stats: {name}: {n}");
        }
    }
    match report.outcome.exit {
        Exit::Code(c) => ExitCode::from(c as u8),
        Exit::Trap(msg) => {
            eprintln!("wasi-run: trap: {msg}");
            for (i, f) in report.backtrace.iter().enumerate() {
                eprintln!("    {i}: {f}");
            }
            ExitCode::from(EXIT_TRAP)
        }
    }
}

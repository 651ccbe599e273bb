//! Binds every function of the `wasi_snapshot_preview1` module into a
//! wasmi [`Linker`], with the bookkeeping each call shares: finding guest
//! memory, the deadline, `--stats` counts and `--trace` lines.

use wasmi::{Caller, Extern, Linker};

use crate::ctx::WasiCtx;
use crate::mem::Mem;
use crate::{args, clocks, fd, pathops, poll, proc, random, sockets, Fault};

pub const MODULE: &str = "wasi_snapshot_preview1";

/// Every function of wasi_snapshot_preview1 with its core wasm signature
/// (`i` = i32, `I` = i64; the result is always one i32 errno except for
/// `proc_exit`, which returns nothing).
pub const FUNCTIONS: &[(&str, &str)] = &[
    ("args_get", "ii"),
    ("args_sizes_get", "ii"),
    ("environ_get", "ii"),
    ("environ_sizes_get", "ii"),
    ("clock_res_get", "ii"),
    ("clock_time_get", "iIi"),
    ("fd_advise", "iIIi"),
    ("fd_allocate", "iII"),
    ("fd_close", "i"),
    ("fd_datasync", "i"),
    ("fd_fdstat_get", "ii"),
    ("fd_fdstat_set_flags", "ii"),
    ("fd_fdstat_set_rights", "iII"),
    ("fd_filestat_get", "ii"),
    ("fd_filestat_set_size", "iI"),
    ("fd_filestat_set_times", "iIIi"),
    ("fd_pread", "iiiIi"),
    ("fd_prestat_get", "ii"),
    ("fd_prestat_dir_name", "iii"),
    ("fd_pwrite", "iiiIi"),
    ("fd_read", "iiii"),
    ("fd_readdir", "iiiIi"),
    ("fd_renumber", "ii"),
    ("fd_seek", "iIii"),
    ("fd_sync", "i"),
    ("fd_tell", "ii"),
    ("fd_write", "iiii"),
    ("path_create_directory", "iii"),
    ("path_filestat_get", "iiiii"),
    ("path_filestat_set_times", "iiiiIIi"),
    ("path_link", "iiiiiii"),
    ("path_open", "iiiiiIIii"),
    ("path_readlink", "iiiiii"),
    ("path_remove_directory", "iii"),
    ("path_rename", "iiiiii"),
    ("path_symlink", "iiiii"),
    ("path_unlink_file", "iii"),
    ("poll_oneoff", "iiii"),
    ("proc_exit", "i"),
    ("proc_raise", "i"),
    ("sched_yield", ""),
    ("random_get", "ii"),
    ("sock_accept", "iii"),
    ("sock_recv", "iiiiii"),
    ("sock_send", "iiiii"),
    ("sock_shutdown", "ii"),
];

/// The memory a host call works on: the instance's `memory` export.
fn memory_of(caller: &mut Caller<'_, WasiCtx>) -> Option<wasmi::Memory> {
    if let Some(m) = caller.data().memory {
        return Some(m);
    }
    match caller.get_export("memory") {
        Some(Extern::Memory(m)) => Some(m),
        _ => None,
    }
}

/// Runs one host function body and turns its outcome into what wasmi
/// expects: an errno for the guest, or a trap.
fn dispatch(
    caller: &mut Caller<'_, WasiCtx>,
    name: &'static str,
    args: &[i64],
    body: impl FnOnce(&mut WasiCtx, &mut Mem) -> Result<(), Fault>,
) -> Result<i32, wasmi::Error> {
    let memory = memory_of(caller);
    let mut empty: [u8; 0] = [];
    let (bytes, ctx): (&mut [u8], &mut WasiCtx) = match memory {
        Some(m) => m.data_and_store_mut(&mut *caller),
        None => (&mut empty[..], caller.data_mut()),
    };
    *ctx.calls.entry(name).or_insert(0) += 1;
    if ctx.deadline.is_some_and(|d| std::time::Instant::now() >= d) {
        return Err(wasmi::Error::host(crate::HostTrap::Timeout));
    }
    let mut mem = Mem::new(bytes);
    let result = body(ctx, &mut mem);
    if ctx.trace {
        let shown: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        let outcome = match &result {
            Ok(()) => "0 (success)".to_string(),
            Err(Fault::Errno(e)) => e.to_string(),
            Err(Fault::Exit(code)) => format!("exit {code}"),
            Err(Fault::Trap(t)) => format!("trap: {t}"),
        };
        eprintln!("[wasi] {name}({}) = {outcome}", shown.join(", "));
    }
    match result {
        Ok(()) => Ok(0),
        Err(Fault::Errno(e)) => Ok(i32::from(e.0)),
        Err(Fault::Exit(code)) => Err(wasmi::Error::i32_exit(code)),
        Err(Fault::Trap(t)) => Err(wasmi::Error::host(t)),
    }
}

/// Conversion of a wasm argument to the unsigned type the bodies take.
trait Unsigned {
    type U;
    fn unsigned(self) -> Self::U;
    fn shown(self) -> i64;
}
impl Unsigned for i32 {
    type U = u32;
    fn unsigned(self) -> u32 {
        self as u32
    }
    fn shown(self) -> i64 {
        i64::from(self as u32)
    }
}
impl Unsigned for i64 {
    type U = u64;
    fn unsigned(self) -> u64 {
        self as u64
    }
    fn shown(self) -> i64 {
        self
    }
}

macro_rules! wasi {
    ($linker:expr, $name:literal, $body:path, $($arg:ident : $ty:ty),*) => {
        $linker.func_wrap(
            MODULE,
            $name,
            |mut caller: Caller<'_, WasiCtx>, $($arg: $ty),*| -> Result<i32, wasmi::Error> {
                dispatch(&mut caller, $name, &[$($arg.shown()),*], |ctx, mem| {
                    $body(ctx, mem, $($arg.unsigned()),*)
                })
            },
        )?;
    };
}

/// Defines all of wasi_snapshot_preview1 in `linker`.
pub fn add_to_linker(linker: &mut Linker<WasiCtx>) -> Result<(), wasmi::errors::LinkerError> {
    wasi!(linker, "args_get", args::args_get, a: i32, b: i32);
    wasi!(linker, "args_sizes_get", args::args_sizes_get, a: i32, b: i32);
    wasi!(linker, "environ_get", args::environ_get, a: i32, b: i32);
    wasi!(linker, "environ_sizes_get", args::environ_sizes_get, a: i32, b: i32);
    wasi!(linker, "clock_res_get", clocks::clock_res_get, id: i32, out: i32);
    wasi!(linker, "clock_time_get", clocks::clock_time_get, id: i32, p: i64, out: i32);
    wasi!(linker, "fd_advise", fd::fd_advise, fd: i32, off: i64, len: i64, adv: i32);
    wasi!(linker, "fd_allocate", fd::fd_allocate, fd: i32, off: i64, len: i64);
    wasi!(linker, "fd_close", fd::fd_close, fd: i32);
    wasi!(linker, "fd_datasync", fd::fd_datasync, fd: i32);
    wasi!(linker, "fd_fdstat_get", fd::fd_fdstat_get, fd: i32, out: i32);
    wasi!(linker, "fd_fdstat_set_flags", fd::fd_fdstat_set_flags, fd: i32, fl: i32);
    wasi!(linker, "fd_fdstat_set_rights", fd::fd_fdstat_set_rights, fd: i32, b: i64, i: i64);
    wasi!(linker, "fd_filestat_get", fd::fd_filestat_get, fd: i32, out: i32);
    wasi!(linker, "fd_filestat_set_size", fd::fd_filestat_set_size, fd: i32, size: i64);
    wasi!(linker, "fd_filestat_set_times", fd::fd_filestat_set_times, fd: i32, a: i64, m: i64, f: i32);
    wasi!(linker, "fd_pread", fd::fd_pread, fd: i32, iov: i32, n: i32, off: i64, out: i32);
    wasi!(linker, "fd_prestat_get", fd::fd_prestat_get, fd: i32, out: i32);
    wasi!(linker, "fd_prestat_dir_name", fd::fd_prestat_dir_name, fd: i32, p: i32, l: i32);
    wasi!(linker, "fd_pwrite", fd::fd_pwrite, fd: i32, iov: i32, n: i32, off: i64, out: i32);
    wasi!(linker, "fd_read", fd::fd_read, fd: i32, iov: i32, n: i32, out: i32);
    wasi!(linker, "fd_readdir", fd::fd_readdir, fd: i32, b: i32, l: i32, c: i64, out: i32);
    wasi!(linker, "fd_renumber", fd::fd_renumber, fd: i32, to: i32);
    wasi!(linker, "fd_seek", fd::fd_seek, fd: i32, off: i64, wh: i32, out: i32);
    wasi!(linker, "fd_sync", fd::fd_sync, fd: i32);
    wasi!(linker, "fd_tell", fd::fd_tell, fd: i32, out: i32);
    wasi!(linker, "fd_write", fd::fd_write, fd: i32, iov: i32, n: i32, out: i32);
    wasi!(linker, "path_create_directory", pathops::path_create_directory, fd: i32, p: i32, l: i32);
    wasi!(linker, "path_filestat_get", pathops::path_filestat_get, fd: i32, fl: i32, p: i32, l: i32, out: i32);
    wasi!(linker, "path_filestat_set_times", pathops::path_filestat_set_times,
        fd: i32, fl: i32, p: i32, l: i32, a: i64, m: i64, f: i32);
    wasi!(linker, "path_link", pathops::path_link,
        ofd: i32, ofl: i32, op: i32, ol: i32, nfd: i32, np: i32, nl: i32);
    wasi!(linker, "path_open", pathops::path_open,
        fd: i32, df: i32, p: i32, l: i32, of: i32, rb: i64, ri: i64, ff: i32, out: i32);
    wasi!(linker, "path_readlink", pathops::path_readlink, fd: i32, p: i32, l: i32, b: i32, bl: i32, out: i32);
    wasi!(linker, "path_remove_directory", pathops::path_remove_directory, fd: i32, p: i32, l: i32);
    wasi!(linker, "path_rename", pathops::path_rename, fd: i32, op: i32, ol: i32, nfd: i32, np: i32, nl: i32);
    wasi!(linker, "path_symlink", pathops::path_symlink, op: i32, ol: i32, fd: i32, np: i32, nl: i32);
    wasi!(linker, "path_unlink_file", pathops::path_unlink_file, fd: i32, p: i32, l: i32);
    wasi!(linker, "poll_oneoff", poll::poll_oneoff, i: i32, o: i32, n: i32, out: i32);
    wasi!(linker, "proc_raise", proc::proc_raise, sig: i32);
    wasi!(linker, "random_get", random::random_get, b: i32, l: i32);
    wasi!(linker, "sock_accept", sockets::sock_accept, fd: i32, fl: i32, out: i32);
    wasi!(linker, "sock_recv", sockets::sock_recv, fd: i32, d: i32, dl: i32, fl: i32, out: i32, ofl: i32);
    wasi!(linker, "sock_send", sockets::sock_send, fd: i32, d: i32, dl: i32, fl: i32, out: i32);
    wasi!(linker, "sock_shutdown", sockets::sock_shutdown, fd: i32, how: i32);
    linker.func_wrap(
        MODULE,
        "sched_yield",
        |mut caller: Caller<'_, WasiCtx>| -> Result<i32, wasmi::Error> {
            dispatch(&mut caller, "sched_yield", &[], |ctx, mem| {
                proc::sched_yield(ctx, mem)
            })
        },
    )?;
    linker.func_wrap(
        MODULE,
        "proc_exit",
        |mut caller: Caller<'_, WasiCtx>, code: i32| -> Result<(), wasmi::Error> {
            dispatch(&mut caller, "proc_exit", &[code.shown()], |ctx, mem| {
                proc::proc_exit(ctx, mem, code.unsigned())
            })
            .map(|_| ())
        },
    )?;
    Ok(())
}

/// Whether `name` is a function of wasi_snapshot_preview1.
pub fn is_preview1(name: &str) -> bool {
    FUNCTIONS.iter().any(|(n, _)| *n == name)
}

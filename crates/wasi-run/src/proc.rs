//! `proc_exit`, `proc_raise` and `sched_yield`.

use crate::ctx::WasiCtx;
use crate::errno::Errno;
use crate::mem::Mem;
use crate::Fault;

/// witx `$signal` names, indexed by number.
pub const SIGNALS: [&str; 31] = [
    "NONE",
    "SIGHUP",
    "SIGINT",
    "SIGQUIT",
    "SIGILL",
    "SIGTRAP",
    "SIGABRT",
    "SIGBUS",
    "SIGFPE",
    "SIGKILL",
    "SIGUSR1",
    "SIGSEGV",
    "SIGUSR2",
    "SIGPIPE",
    "SIGALRM",
    "SIGTERM",
    "SIGCHLD",
    "SIGCONT",
    "SIGSTOP",
    "SIGTSTP",
    "SIGTTIN",
    "SIGTTOU",
    "SIGURG",
    "SIGXCPU",
    "SIGXFSZ",
    "SIGVTALRM",
    "SIGPROF",
    "SIGWINCH",
    "SIGPOLL",
    "SIGPWR",
    "SIGSYS",
];

/// witx `proc_exit(rval: exitcode)`: ends the guest with `rval`.
pub fn proc_exit(_ctx: &mut WasiCtx, _mem: &mut Mem, code: u32) -> Result<(), Fault> {
    Err(Fault::Exit(code as i32))
}

/// witx `proc_raise(sig: signal) -> errno`.
///
/// A guest has no signal handlers the host could run, so a signal acts
/// with its POSIX default action: those that are ignored by default (and
/// the job-control stops, which a guest cannot be put through) return
/// success, signal 0 checks nothing and succeeds, and every other signal
/// ends the guest with a trap naming it.
pub fn proc_raise(_ctx: &mut WasiCtx, _mem: &mut Mem, sig: u32) -> Result<(), Fault> {
    let name = SIGNALS.get(sig as usize).ok_or(Errno::INVAL)?;
    match *name {
        "NONE" | "SIGCHLD" | "SIGCONT" | "SIGURG" | "SIGWINCH" | "SIGSTOP" | "SIGTSTP"
        | "SIGTTIN" | "SIGTTOU" => Ok(()),
        _ => Err(Fault::Trap(crate::HostTrap::Signal(name))),
    }
}

/// witx `sched_yield() -> errno`.
pub fn sched_yield(_ctx: &mut WasiCtx, _mem: &mut Mem) -> Result<(), Fault> {
    std::thread::yield_now();
    Ok(())
}

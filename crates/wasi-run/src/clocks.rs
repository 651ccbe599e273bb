//! Clocks: `clock_res_get` and `clock_time_get` (witx `$clockid`), and
//! the time source `poll_oneoff` sleeps against.

use crate::ctx::WasiCtx;
use crate::errno::Errno;
use crate::mem::Mem;
use crate::Fault;

/// witx `$clockid`.
pub const REALTIME: u32 = 0;
pub const MONOTONIC: u32 = 1;
pub const PROCESS_CPUTIME_ID: u32 = 2;
pub const THREAD_CPUTIME_ID: u32 = 3;

/// In deterministic mode the clocks start here (2023-11-14T22:13:20Z) and
/// advance by [`DETERMINISTIC_TICK`] nanoseconds each time they are read.
pub const DETERMINISTIC_EPOCH: u64 = 1_700_000_000_000_000_000;
pub const DETERMINISTIC_TICK: u64 = 1_000;

#[derive(Debug)]
pub struct Clocks {
    deterministic: bool,
    /// Virtual nanoseconds elapsed, deterministic mode only.
    virtual_ns: u64,
    /// The host thread's CPU time when the guest started.
    cpu_start: u64,
}

fn host_clock(id: libc::clockid_t) -> Result<u64, Errno> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: ts is a valid timespec to write to.
    if unsafe { libc::clock_gettime(id, &mut ts) } != 0 {
        return Err(Errno::last_os());
    }
    Ok((ts.tv_sec as u64)
        .wrapping_mul(1_000_000_000)
        .wrapping_add(ts.tv_nsec as u64))
}

fn host_res(id: libc::clockid_t) -> Result<u64, Errno> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: ts is a valid timespec to write to.
    if unsafe { libc::clock_getres(id, &mut ts) } != 0 {
        return Err(Errno::last_os());
    }
    Ok(((ts.tv_sec as u64) * 1_000_000_000 + ts.tv_nsec as u64).max(1))
}

impl Clocks {
    pub fn new(deterministic: bool) -> Clocks {
        Clocks {
            deterministic,
            virtual_ns: 0,
            cpu_start: host_clock(libc::CLOCK_THREAD_CPUTIME_ID).unwrap_or(0),
        }
    }

    /// The current time of clock `id`, in nanoseconds.
    ///
    /// Both CPU-time clocks measure the host thread that runs the guest: a
    /// guest is one thread, and several guests may share one host process,
    /// whose CPU time would count the others too.
    pub fn now(&mut self, id: u32) -> Result<u64, Errno> {
        if self.deterministic {
            self.virtual_ns += DETERMINISTIC_TICK;
            return match id {
                REALTIME => Ok(DETERMINISTIC_EPOCH + self.virtual_ns),
                MONOTONIC | PROCESS_CPUTIME_ID | THREAD_CPUTIME_ID => Ok(self.virtual_ns),
                _ => Err(Errno::INVAL),
            };
        }
        match id {
            REALTIME => host_clock(libc::CLOCK_REALTIME),
            MONOTONIC => host_clock(libc::CLOCK_MONOTONIC),
            PROCESS_CPUTIME_ID | THREAD_CPUTIME_ID => {
                Ok(host_clock(libc::CLOCK_THREAD_CPUTIME_ID)?.saturating_sub(self.cpu_start))
            }
            _ => Err(Errno::INVAL),
        }
    }

    /// The resolution of clock `id`, in nanoseconds.
    pub fn resolution(&self, id: u32) -> Result<u64, Errno> {
        if self.deterministic {
            return match id {
                REALTIME | MONOTONIC | PROCESS_CPUTIME_ID | THREAD_CPUTIME_ID => {
                    Ok(DETERMINISTIC_TICK)
                }
                _ => Err(Errno::INVAL),
            };
        }
        match id {
            REALTIME => host_res(libc::CLOCK_REALTIME),
            MONOTONIC => host_res(libc::CLOCK_MONOTONIC),
            PROCESS_CPUTIME_ID | THREAD_CPUTIME_ID => host_res(libc::CLOCK_THREAD_CPUTIME_ID),
            _ => Err(Errno::INVAL),
        }
    }

    /// Lets `ns` nanoseconds pass: sleeps, or in deterministic mode moves
    /// the virtual clocks forward.
    pub fn sleep(&mut self, ns: u64) {
        if self.deterministic {
            self.virtual_ns = self.virtual_ns.saturating_add(ns);
        } else if ns > 0 {
            std::thread::sleep(std::time::Duration::from_nanos(ns));
        }
    }
}

/// witx `clock_res_get(id: clockid) -> (result timestamp errno)`.
pub fn clock_res_get(ctx: &mut WasiCtx, mem: &mut Mem, id: u32, out: u32) -> Result<(), Fault> {
    let res = ctx.clocks.resolution(id)?;
    mem.write_u64(out, res)?;
    Ok(())
}

/// witx `clock_time_get(id: clockid, precision: timestamp) -> (result timestamp errno)`.
/// The precision is a hint and is ignored, as in wasmtime.
pub fn clock_time_get(
    ctx: &mut WasiCtx,
    mem: &mut Mem,
    id: u32,
    _precision: u64,
    out: u32,
) -> Result<(), Fault> {
    let now = ctx.clocks.now(id)?;
    mem.write_u64(out, now)?;
    Ok(())
}

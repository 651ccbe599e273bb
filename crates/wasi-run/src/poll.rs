//! `poll_oneoff`: waiting for clocks and for descriptors to become ready.
//!
//! Regular files, directories, captured output and in-memory stdin are
//! always ready and are reported at once; inherited stdin and sockets are
//! asked with `poll(2)`. Clock subscriptions may be relative or absolute
//! (`subclockflags.subscription_clock_abstime`), on the realtime or the
//! monotonic clock, and in deterministic mode waiting moves the virtual
//! clocks instead of sleeping.

use std::os::fd::AsRawFd;
use std::time::Instant;

use crate::clocks::{MONOTONIC, REALTIME};
use crate::ctx::{StdinState, WasiCtx};
use crate::errno::Errno;
use crate::fdtable::Kind;
use crate::mem::Mem;
use crate::{Fault, HostTrap};

/// witx `$eventtype`.
pub const EVENTTYPE_CLOCK: u8 = 0;
pub const EVENTTYPE_FD_READ: u8 = 1;
pub const EVENTTYPE_FD_WRITE: u8 = 2;
/// witx `$subclockflags`.
pub const SUBSCRIPTION_CLOCK_ABSTIME: u16 = 1;
/// witx `$eventrwflags`.
pub const EVENT_FD_READWRITE_HANGUP: u16 = 1;

const SUBSCRIPTION_SIZE: u32 = 48;
const EVENT_SIZE: u32 = 32;

/// One decoded `$subscription`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sub {
    /// Fires when the monotonic clock reaches `deadline` (nanoseconds).
    Clock {
        deadline: u64,
    },
    Fd {
        fd: u32,
        write: bool,
    },
}

/// One `$event` to report.
#[derive(Debug, Clone, Copy)]
struct Event {
    userdata: u64,
    error: Errno,
    kind: u8,
    nbytes: u64,
    flags: u16,
}

impl Event {
    fn store(&self, mem: &mut Mem, ptr: u32) -> Result<(), Errno> {
        let mut b = [0u8; EVENT_SIZE as usize];
        b[0..8].copy_from_slice(&self.userdata.to_le_bytes());
        b[8..10].copy_from_slice(&self.error.0.to_le_bytes());
        b[10] = self.kind;
        b[16..24].copy_from_slice(&self.nbytes.to_le_bytes());
        b[24..26].copy_from_slice(&self.flags.to_le_bytes());
        mem.write(ptr, &b)
    }
}

/// A subscription, or the event type and error to report for it at once.
pub type SubOrError = Result<Sub, (u8, Errno)>;

/// Decodes the subscription at `ptr`. `now` gives the current value of a
/// clock, to turn absolute and realtime deadlines into monotonic ones.
pub fn decode(
    mem: &Mem,
    ptr: u32,
    now: &mut dyn FnMut(u32) -> Result<u64, Errno>,
) -> Result<(u64, SubOrError), Errno> {
    let b = mem.slice(ptr, SUBSCRIPTION_SIZE)?;
    let u64_at = |o: usize| {
        let mut a = [0u8; 8];
        a.copy_from_slice(&b[o..o + 8]);
        u64::from_le_bytes(a)
    };
    let u32_at = |o: usize| u32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]]);
    let userdata = u64_at(0);
    let sub = match b[8] {
        EVENTTYPE_CLOCK => {
            let id = u32_at(16);
            let timeout = u64_at(24);
            let flags = u16::from_le_bytes([b[40], b[41]]);
            if flags & !SUBSCRIPTION_CLOCK_ABSTIME != 0 {
                return Err(Errno::INVAL);
            }
            if id != REALTIME && id != MONOTONIC {
                Err((EVENTTYPE_CLOCK, Errno::INVAL))
            } else {
                let mono = now(MONOTONIC)?;
                let remaining = if flags & SUBSCRIPTION_CLOCK_ABSTIME != 0 {
                    timeout.saturating_sub(now(id)?)
                } else {
                    timeout
                };
                Ok(Sub::Clock {
                    deadline: mono.saturating_add(remaining),
                })
            }
        }
        EVENTTYPE_FD_READ | EVENTTYPE_FD_WRITE => Ok(Sub::Fd {
            fd: u32_at(16),
            write: b[8] == EVENTTYPE_FD_WRITE,
        }),
        _ => return Err(Errno::INVAL),
    };
    Ok((userdata, sub))
}

/// Readiness of a descriptor without waiting: `Ok(Some((nbytes, flags)))`
/// when ready, `Ok(None)` when it must be polled (its host fd is returned
/// through `host`).
fn ready_now(
    ctx: &WasiCtx,
    fd: u32,
    write: bool,
    host: &mut Option<i32>,
) -> Result<Option<(u64, u16)>, Errno> {
    let desc = ctx.fds.get(fd)?;
    Ok(match &desc.kind {
        Kind::Stdin if write => Some((0, 0)),
        Kind::Stdin => match &ctx.stdin {
            StdinState::Inherit => {
                *host = Some(0);
                None
            }
            StdinState::Null => Some((0, EVENT_FD_READWRITE_HANGUP)),
            StdinState::Bytes { .. } => ctx.stdin_ready().map(|n| (n, 0)),
        },
        Kind::Stdout | Kind::Stderr => Some((0, 0)),
        Kind::File(f) if !write => {
            let size = f.metadata().map(|m| m.len()).unwrap_or(0);
            let pos = crate::fd::position(f).unwrap_or(size);
            Some((size.saturating_sub(pos), 0))
        }
        Kind::File(_) | Kind::Dir { .. } => Some((0, 0)),
        Kind::Stream(s) => {
            *host = Some(s.as_raw_fd());
            None
        }
        Kind::Listener(l) => {
            *host = Some(l.as_raw_fd());
            None
        }
    })
}

fn bytes_readable(fd: i32) -> u64 {
    let mut n: libc::c_int = 0;
    // SAFETY: FIONREAD writes one int.
    if unsafe { libc::ioctl(fd, libc::FIONREAD, &mut n) } == 0 && n > 0 {
        n as u64
    } else {
        0
    }
}

/// witx `poll_oneoff(in: const_pointer<subscription>, out: pointer<event>,
/// nsubscriptions: size) -> (result size errno)`.
pub fn poll_oneoff(
    ctx: &mut WasiCtx,
    mem: &mut Mem,
    input: u32,
    output: u32,
    n: u32,
    nevents: u32,
) -> Result<(), Fault> {
    if n == 0 {
        return Err(Errno::INVAL.into());
    }
    mem.slice(input, n.checked_mul(SUBSCRIPTION_SIZE).ok_or(Errno::FAULT)?)?;
    mem.slice(output, n.checked_mul(EVENT_SIZE).ok_or(Errno::FAULT)?)?;
    mem.slice(nevents, 4)?;

    let mut subs = Vec::with_capacity(n as usize);
    for i in 0..n {
        let clocks = &mut ctx.clocks;
        subs.push(decode(mem, input + i * SUBSCRIPTION_SIZE, &mut |id| {
            clocks.now(id)
        })?);
    }

    let mut events: Vec<Event> = Vec::new();
    // Subscriptions to ask poll(2) about: index into subs and host fd.
    let mut waiting: Vec<(usize, i32)> = Vec::new();
    let mut earliest: Option<u64> = None;
    for (i, (userdata, sub)) in subs.iter().enumerate() {
        match sub {
            Err((kind, e)) => events.push(Event {
                userdata: *userdata,
                error: *e,
                kind: *kind,
                nbytes: 0,
                flags: 0,
            }),
            Ok(Sub::Clock { deadline }) => {
                earliest = Some(earliest.map_or(*deadline, |e| e.min(*deadline)));
            }
            Ok(Sub::Fd { fd, write }) => {
                let kind = if *write {
                    EVENTTYPE_FD_WRITE
                } else {
                    EVENTTYPE_FD_READ
                };
                let mut host = None;
                match ready_now(ctx, *fd, *write, &mut host) {
                    Ok(Some((nbytes, flags))) => events.push(Event {
                        userdata: *userdata,
                        error: Errno::SUCCESS,
                        kind,
                        nbytes,
                        flags,
                    }),
                    Ok(None) => {
                        if let Some(h) = host {
                            waiting.push((i, h));
                        }
                    }
                    Err(e) => events.push(Event {
                        userdata: *userdata,
                        error: e,
                        kind,
                        nbytes: 0,
                        flags: 0,
                    }),
                }
            }
        }
    }

    // Wait only when nothing is ready yet.
    let now = ctx.clocks.now(MONOTONIC)?;
    let wait_ns: Option<u64> = if events.is_empty() {
        earliest.map(|d| d.saturating_sub(now))
    } else {
        Some(0)
    };
    let deadline = ctx.deadline;
    let capped = |ns: Option<u64>| -> (Option<u64>, bool) {
        match deadline {
            Some(d) => {
                let left = d.saturating_duration_since(Instant::now()).as_nanos() as u64;
                match ns {
                    Some(ns) if ns <= left => (Some(ns), false),
                    _ => (Some(left), true),
                }
            }
            None => (ns, false),
        }
    };
    let (wait_ns, hits_deadline) = capped(wait_ns);

    if waiting.is_empty() {
        if let Some(ns) = wait_ns {
            ctx.clocks.sleep(ns);
        }
        if hits_deadline {
            return Err(Fault::Trap(HostTrap::Timeout));
        }
    } else {
        let mut fds: Vec<libc::pollfd> = waiting
            .iter()
            .map(|&(i, h)| libc::pollfd {
                fd: h,
                events: match subs[i].1 {
                    Ok(Sub::Fd { write: true, .. }) => libc::POLLOUT,
                    _ => libc::POLLIN,
                },
                revents: 0,
            })
            .collect();
        let timeout_ms: libc::c_int = match wait_ns {
            None => -1,
            Some(ns) => ns.div_ceil(1_000_000).min(i32::MAX as u64) as libc::c_int,
        };
        // SAFETY: fds is a valid array of fds.len() pollfd records.
        let r = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, timeout_ms) };
        if r < 0 {
            return Err(Errno::last_os().into());
        }
        if r == 0 && hits_deadline {
            return Err(Fault::Trap(HostTrap::Timeout));
        }
        for (p, &(i, h)) in fds.iter().zip(&waiting) {
            if p.revents == 0 {
                continue;
            }
            let (userdata, sub) = &subs[i];
            let write = matches!(sub, Ok(Sub::Fd { write: true, .. }));
            let mut flags = 0;
            if p.revents & libc::POLLHUP != 0 {
                flags |= EVENT_FD_READWRITE_HANGUP;
            }
            let error = if p.revents & libc::POLLNVAL != 0 {
                Errno::BADF
            } else {
                Errno::SUCCESS
            };
            events.push(Event {
                userdata: *userdata,
                error,
                kind: if write {
                    EVENTTYPE_FD_WRITE
                } else {
                    EVENTTYPE_FD_READ
                },
                nbytes: if write { 0 } else { bytes_readable(h) },
                flags,
            });
        }
    }

    // Clocks whose time has come.
    let now = ctx.clocks.now(MONOTONIC)?;
    for (userdata, sub) in &subs {
        if let Ok(Sub::Clock { deadline }) = sub {
            if *deadline <= now {
                events.push(Event {
                    userdata: *userdata,
                    error: Errno::SUCCESS,
                    kind: EVENTTYPE_CLOCK,
                    nbytes: 0,
                    flags: 0,
                });
            }
        }
    }
    for (k, e) in events.iter().enumerate() {
        e.store(mem, output + k as u32 * EVENT_SIZE)?;
    }
    mem.write_u32(nevents, events.len() as u32)?;
    Ok(())
}

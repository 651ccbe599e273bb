//! `sock_*`: sockets the operator pre-opened with `--tcplisten`.

use crate::ctx::WasiCtx;
use crate::errno::Errno;
use crate::mem::Mem;
use crate::Fault;

type R = Result<(), Fault>;

/// witx `sock_accept(fd, flags: fdflags) -> (result fd errno)`.
pub fn sock_accept(_ctx: &mut WasiCtx, _mem: &mut Mem, _fd: u32, _fl: u32, _out: u32) -> R {
    Err(Errno::NOSYS.into())
}

/// witx `sock_recv(fd, ri_data, ri_flags) -> (result (tuple size roflags) errno)`.
pub fn sock_recv(
    _ctx: &mut WasiCtx,
    _mem: &mut Mem,
    _fd: u32,
    _d: u32,
    _dl: u32,
    _fl: u32,
    _out: u32,
    _ofl: u32,
) -> R {
    Err(Errno::NOSYS.into())
}

/// witx `sock_send(fd, si_data, si_flags) -> (result size errno)`.
pub fn sock_send(
    _ctx: &mut WasiCtx,
    _mem: &mut Mem,
    _fd: u32,
    _d: u32,
    _dl: u32,
    _fl: u32,
    _out: u32,
) -> R {
    Err(Errno::NOSYS.into())
}

/// witx `sock_shutdown(fd, how: sdflags) -> errno`.
pub fn sock_shutdown(_ctx: &mut WasiCtx, _mem: &mut Mem, _fd: u32, _how: u32) -> R {
    Err(Errno::NOSYS.into())
}

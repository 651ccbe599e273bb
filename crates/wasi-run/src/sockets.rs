//! `sock_*`: listening sockets the operator pre-opened with
//! `--tcplisten`, and the connections accepted on them. A guest cannot
//! create sockets of its own (preview1 has no such call).

use std::net::Shutdown;
use std::os::fd::AsRawFd;

use crate::abi::{fdflags, rights};
use crate::ctx::WasiCtx;
use crate::errno::Errno;
use crate::fdtable::{Desc, Kind};
use crate::mem::{iov_total, Mem};
use crate::Fault;

type R = Result<(), Fault>;

/// witx `$riflags`.
pub const RECV_PEEK: u32 = 1;
pub const RECV_WAITALL: u32 = 2;
/// witx `$sdflags`.
pub const SHUT_RD: u32 = 1;
pub const SHUT_WR: u32 = 2;

/// Largest number of bytes one `sock_recv` copies through the host.
const RECV_CHUNK: usize = 1 << 20;

/// witx `sock_accept(fd, flags: fdflags) -> (result fd errno)`. Only
/// `nonblock` may be asked for the new connection.
pub fn sock_accept(ctx: &mut WasiCtx, mem: &mut Mem, fd: u32, flags: u32, out: u32) -> R {
    mem.slice(out, 4)?;
    let desc = ctx.fds.get(fd)?;
    let Kind::Listener(l) = &desc.kind else {
        return Err(match desc.kind {
            Kind::Stream(_) => Errno::INVAL,
            _ => Errno::NOTSOCK,
        }
        .into());
    };
    if flags & !u32::from(fdflags::NONBLOCK) != 0 {
        return Err(Errno::INVAL.into());
    }
    desc.require(rights::SOCK_ACCEPT)?;
    let (stream, _) = l.accept().map_err(Errno::from)?;
    let nonblock = flags != 0;
    stream.set_nonblocking(nonblock).map_err(Errno::from)?;
    let mut new = Desc::new(Kind::Stream(stream), rights::SOCKET, 0);
    if nonblock {
        new.flags = fdflags::NONBLOCK;
    }
    let newfd = ctx.fds.insert(new)?;
    mem.write_u32(out, newfd)?;
    Ok(())
}

fn stream_fd(ctx: &WasiCtx, fd: u32, right: u64) -> Result<i32, Errno> {
    let desc = ctx.fds.get(fd)?;
    match &desc.kind {
        Kind::Stream(s) => {
            desc.require(right)?;
            Ok(s.as_raw_fd())
        }
        Kind::Listener(_) => Err(Errno::NOTCONN),
        _ => Err(Errno::NOTSOCK),
    }
}

/// witx `sock_recv(fd, ri_data: iovec_array, ri_flags: riflags) ->
/// (result (tuple size roflags) errno)`. The output flags are always 0:
/// a stream socket never truncates.
pub fn sock_recv(
    ctx: &mut WasiCtx,
    mem: &mut Mem,
    fd: u32,
    iovs: u32,
    n: u32,
    flags: u32,
    out_len: u32,
    out_flags: u32,
) -> R {
    let iovs = mem.iovecs(iovs, n)?;
    mem.slice(out_len, 4)?;
    mem.slice(out_flags, 2)?;
    if flags & !(RECV_PEEK | RECV_WAITALL) != 0 {
        return Err(Errno::INVAL.into());
    }
    let raw = stream_fd(ctx, fd, rights::FD_READ)?;
    let mut host_flags = 0;
    if flags & RECV_PEEK != 0 {
        host_flags |= libc::MSG_PEEK;
    }
    if flags & RECV_WAITALL != 0 {
        host_flags |= libc::MSG_WAITALL;
    }
    let mut buf = vec![0u8; iov_total(&iovs).min(RECV_CHUNK)];
    // SAFETY: buf is valid for buf.len() bytes.
    let got = unsafe { libc::recv(raw, buf.as_mut_ptr().cast(), buf.len(), host_flags) };
    if got < 0 {
        return Err(Errno::last_os().into());
    }
    let placed = mem.scatter(&iovs, &buf[..got as usize])?;
    mem.write_u32(out_len, placed as u32)?;
    mem.write_u16(out_flags, 0)?;
    Ok(())
}

/// witx `sock_send(fd, si_data: ciovec_array, si_flags: siflags) ->
/// (result size errno)`. No `siflags` are defined, so any is `inval`.
pub fn sock_send(
    ctx: &mut WasiCtx,
    mem: &mut Mem,
    fd: u32,
    iovs: u32,
    n: u32,
    flags: u32,
    out: u32,
) -> R {
    let iovs = mem.iovecs(iovs, n)?;
    mem.slice(out, 4)?;
    if flags != 0 {
        return Err(Errno::INVAL.into());
    }
    let raw = stream_fd(ctx, fd, rights::FD_WRITE)?;
    let mut total = 0usize;
    for iov in iovs.iter().filter(|v| v.len > 0) {
        let data = mem.slice(iov.ptr, iov.len)?;
        // SAFETY: data is valid for its length; MSG_NOSIGNAL keeps a
        // closed peer from raising SIGPIPE in the host.
        let sent = unsafe { libc::send(raw, data.as_ptr().cast(), data.len(), libc::MSG_NOSIGNAL) };
        if sent < 0 {
            if total > 0 {
                break;
            }
            return Err(Errno::last_os().into());
        }
        total += sent as usize;
        if (sent as usize) < data.len() {
            break;
        }
    }
    mem.write_u32(out, total as u32)?;
    Ok(())
}

/// witx `sock_shutdown(fd, how: sdflags) -> errno`.
pub fn sock_shutdown(ctx: &mut WasiCtx, _mem: &mut Mem, fd: u32, how: u32) -> R {
    let how = match how {
        SHUT_RD => Shutdown::Read,
        SHUT_WR => Shutdown::Write,
        3 => Shutdown::Both,
        _ => return Err(Errno::INVAL.into()),
    };
    let desc = ctx.fds.get(fd)?;
    match &desc.kind {
        Kind::Stream(s) => {
            desc.require(rights::SOCK_SHUTDOWN)?;
            s.shutdown(how).map_err(Errno::from)?;
            Ok(())
        }
        Kind::Listener(_) => Err(Errno::NOTCONN.into()),
        _ => Err(Errno::NOTSOCK.into()),
    }
}

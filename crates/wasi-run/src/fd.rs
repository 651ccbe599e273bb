//! The `fd_*` functions of wasi_snapshot_preview1.

use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::FileExt;

use crate::abi::{fdflags, fstflags, rights, whence, FdStat, FileStat};
use crate::ctx::{Stream, WasiCtx};
use crate::errno::Errno;
use crate::fdtable::{DirEntry, Kind};
use crate::mem::{IoVec, Mem};
use crate::Fault;

type R = Result<(), Fault>;

/// `fstat` of a host descriptor.
pub fn fstat(fd: i32) -> Result<FileStat, Errno> {
    // SAFETY: an all-zero stat is valid, and fstat only writes into it.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: st is a valid out-pointer.
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        return Err(Errno::last_os());
    }
    Ok(FileStat::from_stat(&st))
}

/// Reads into the iovecs in turn with `read_one`, stopping at the first
/// short read. When `once` is set only the first non-empty iovec is used,
/// so that a stream never blocks after it has delivered data.
fn read_into(
    mem: &mut Mem,
    iovs: &[IoVec],
    once: bool,
    mut read_one: impl FnMut(&mut [u8], u64) -> Result<usize, Errno>,
) -> Result<u32, Errno> {
    let mut total: u64 = 0;
    for iov in iovs.iter().filter(|v| v.len > 0) {
        let buf = mem.slice_mut(iov.ptr, iov.len)?;
        let n = match read_one(buf, total) {
            Ok(n) => n,
            Err(e) if total > 0 && e != Errno::FAULT => break,
            Err(e) => return Err(e),
        };
        total += n as u64;
        if n < iov.len as usize || once {
            break;
        }
    }
    Ok(total as u32)
}

/// Writes the iovecs in turn with `write_one`, stopping at a short write.
fn write_from(
    mem: &Mem,
    iovs: &[IoVec],
    mut write_one: impl FnMut(&[u8], u64) -> Result<usize, Errno>,
) -> Result<u32, Errno> {
    let mut total: u64 = 0;
    for iov in iovs.iter().filter(|v| v.len > 0) {
        let buf = mem.slice(iov.ptr, iov.len)?;
        let n = match write_one(buf, total) {
            Ok(n) => n,
            Err(e) if total > 0 => {
                let _ = e;
                break;
            }
            Err(e) => return Err(e),
        };
        total += n as u64;
        if n < buf.len() {
            break;
        }
    }
    Ok(total as u32)
}

/// The current offset of a file, without moving it.
pub fn position(f: &std::fs::File) -> Option<u64> {
    // SAFETY: lseek on a descriptor we own; SEEK_CUR by 0 changes nothing.
    let pos = unsafe { libc::lseek(f.as_raw_fd(), 0, libc::SEEK_CUR) };
    u64::try_from(pos).ok()
}

/// The file behind a descriptor for positioned I/O: a directory is
/// `badf` (as in wasmtime), a stream `spipe`.
fn file_of(kind: &Kind) -> Result<&std::fs::File, Errno> {
    match kind {
        Kind::File(f) => Ok(f),
        Kind::Dir { .. } => Err(Errno::BADF),
        _ => Err(Errno::SPIPE),
    }
}

/// witx `fd_read(fd, iovs: iovec_array) -> (result size errno)`.
pub fn fd_read(ctx: &mut WasiCtx, mem: &mut Mem, fd: u32, iovs: u32, n: u32, out: u32) -> R {
    let iovs = mem.iovecs(iovs, n)?;
    mem.slice(out, 4)?;
    let desc = ctx.fds.get_mut(fd)?;
    if desc.base & rights::FD_READ == 0 {
        // Directories included: wasmtime says `badf`, not `isdir`.
        return Err(Errno::BADF.into());
    }
    if matches!(desc.kind, Kind::Stdin) {
        let nread = read_into(mem, &iovs, true, |buf, _| ctx.read_stdin(buf))?;
        mem.write_u32(out, nread)?;
        return Ok(());
    }
    let nread = match &mut desc.kind {
        Kind::File(f) => read_into(mem, &iovs, false, |buf, _| f.read(buf).map_err(Errno::from))?,
        Kind::Stream(s) => read_into(mem, &iovs, true, |buf, _| s.read(buf).map_err(Errno::from))?,
        _ => return Err(Errno::BADF.into()),
    };
    mem.write_u32(out, nread)?;
    Ok(())
}

/// witx `fd_write(fd, iovs: ciovec_array) -> (result size errno)`.
pub fn fd_write(ctx: &mut WasiCtx, mem: &mut Mem, fd: u32, iovs: u32, n: u32, out: u32) -> R {
    let iovs = mem.iovecs(iovs, n)?;
    mem.slice(out, 4)?;
    let desc = ctx.fds.get_mut(fd)?;
    if desc.base & rights::FD_WRITE == 0 {
        // Directories included: wasmtime says `badf`, not `isdir`.
        return Err(Errno::BADF.into());
    }
    let which = match desc.kind {
        Kind::Stdout => Some(Stream::Out),
        Kind::Stderr => Some(Stream::Err),
        _ => None,
    };
    if let Some(which) = which {
        let written = write_from(mem, &iovs, |buf, _| ctx.write_stream(which, buf))?;
        mem.write_u32(out, written)?;
        return Ok(());
    }
    let written = match &mut desc.kind {
        Kind::File(f) => write_from(mem, &iovs, |buf, _| f.write(buf).map_err(Errno::from))?,
        Kind::Stream(s) => write_from(mem, &iovs, |buf, _| s.write(buf).map_err(Errno::from))?,
        _ => return Err(Errno::BADF.into()),
    };
    mem.write_u32(out, written)?;
    Ok(())
}

/// The file behind `fd` for `fd_pread`/`fd_pwrite`: without `access`
/// (`fd_read` or `fd_write`) the descriptor is `badf` for it, as for
/// `fd_read`/`fd_write`; positioned I/O also needs `fd_seek`, and an offset
/// beyond the host's signed file offsets is `inval`.
fn positioned_file(
    ctx: &WasiCtx,
    fd: u32,
    access: u64,
    offset: u64,
) -> Result<&std::fs::File, Errno> {
    let desc = ctx.fds.get(fd)?;
    let f = file_of(&desc.kind)?;
    if desc.base & access == 0 {
        return Err(Errno::BADF);
    }
    desc.require(rights::FD_SEEK)?;
    if offset > i64::MAX as u64 {
        return Err(Errno::INVAL);
    }
    Ok(f)
}

/// witx `fd_pread(fd, iovs: iovec_array, offset: filesize) -> (result size errno)`.
pub fn fd_pread(
    ctx: &mut WasiCtx,
    mem: &mut Mem,
    fd: u32,
    iovs: u32,
    n: u32,
    offset: u64,
    out: u32,
) -> R {
    let iovs = mem.iovecs(iovs, n)?;
    mem.slice(out, 4)?;
    let f = positioned_file(ctx, fd, rights::FD_READ, offset)?;
    let nread = read_into(mem, &iovs, false, |buf, done| {
        f.read_at(buf, offset + done).map_err(Errno::from)
    })?;
    mem.write_u32(out, nread)?;
    Ok(())
}

/// witx `fd_pwrite(fd, iovs: ciovec_array, offset: filesize) -> (result size errno)`.
pub fn fd_pwrite(
    ctx: &mut WasiCtx,
    mem: &mut Mem,
    fd: u32,
    iovs: u32,
    n: u32,
    offset: u64,
    out: u32,
) -> R {
    let iovs = mem.iovecs(iovs, n)?;
    mem.slice(out, 4)?;
    let f = positioned_file(ctx, fd, rights::FD_WRITE, offset)?;
    let written = write_from(mem, &iovs, |buf, done| {
        f.write_at(buf, offset + done).map_err(Errno::from)
    })?;
    mem.write_u32(out, written)?;
    Ok(())
}

/// witx `fd_seek(fd, offset: filedelta, whence) -> (result filesize errno)`.
pub fn fd_seek(ctx: &mut WasiCtx, mem: &mut Mem, fd: u32, offset: u64, wh: u32, out: u32) -> R {
    mem.slice(out, 8)?;
    let desc = ctx.fds.get_mut(fd)?;
    let offset = offset as i64;
    let pos = match wh {
        w if w == u32::from(whence::SET) => {
            if offset < 0 {
                return Err(Errno::INVAL.into());
            }
            SeekFrom::Start(offset as u64)
        }
        w if w == u32::from(whence::CUR) => SeekFrom::Current(offset),
        w if w == u32::from(whence::END) => SeekFrom::End(offset),
        _ => return Err(Errno::INVAL.into()),
    };
    // wasi-libc's lseek asks for `fd_tell` only when the offset is 0 from
    // the current position; any other seek needs `fd_seek`.
    let needed = if matches!(pos, SeekFrom::Current(0)) {
        rights::FD_TELL
    } else {
        rights::FD_SEEK
    };
    let Kind::File(f) = &mut desc.kind else {
        return Err(match desc.kind {
            Kind::Dir { .. } => Errno::BADF,
            _ => Errno::SPIPE,
        }
        .into());
    };
    if desc.base & (rights::FD_SEEK | needed) == 0 {
        return Err(Errno::NOTCAPABLE.into());
    }
    let new = f.seek(pos).map_err(Errno::from)?;
    mem.write_u64(out, new)?;
    Ok(())
}

/// witx `fd_tell(fd) -> (result filesize errno)`.
pub fn fd_tell(ctx: &mut WasiCtx, mem: &mut Mem, fd: u32, out: u32) -> R {
    fd_seek(ctx, mem, fd, 0, u32::from(whence::CUR), out)
}

/// witx `fd_close(fd) -> errno`. Preopens may be closed too.
pub fn fd_close(ctx: &mut WasiCtx, _mem: &mut Mem, fd: u32) -> R {
    ctx.fds.remove(fd)?;
    Ok(())
}

/// witx `fd_fdstat_get(fd) -> (result fdstat errno)`.
pub fn fd_fdstat_get(ctx: &mut WasiCtx, mem: &mut Mem, fd: u32, out: u32) -> R {
    let desc = ctx.fds.get(fd)?;
    let st = FdStat {
        filetype: desc.filetype(),
        flags: desc.flags,
        rights_base: desc.base,
        rights_inheriting: desc.inheriting,
    };
    st.store(mem, out)?;
    Ok(())
}

/// witx `fd_fdstat_set_flags(fd, flags: fdflags) -> errno`. Only `append`
/// and `nonblock` can change after opening (as in wasmtime); asking to
/// change a `*sync` flag is `inval`.
pub fn fd_fdstat_set_flags(ctx: &mut WasiCtx, _mem: &mut Mem, fd: u32, flags: u32) -> R {
    let desc = ctx.fds.get_mut(fd)?;
    if flags > u32::from(fdflags::ALL) {
        return Err(Errno::INVAL.into());
    }
    let flags = flags as u16;
    let sync = fdflags::DSYNC | fdflags::RSYNC | fdflags::SYNC;
    if (flags ^ desc.flags) & sync != 0 {
        return Err(Errno::INVAL.into());
    }
    desc.require(rights::FD_FDSTAT_SET_FLAGS)?;
    let raw = match &desc.kind {
        Kind::File(f) => Some(f.as_raw_fd()),
        Kind::Stream(s) => Some(s.as_raw_fd()),
        Kind::Listener(l) => Some(l.as_raw_fd()),
        Kind::Dir { .. } => return Err(Errno::BADF.into()),
        Kind::Stdin | Kind::Stdout | Kind::Stderr => None,
    };
    if let Some(raw) = raw {
        // SAFETY: fcntl on a descriptor this table owns.
        let cur = unsafe { libc::fcntl(raw, libc::F_GETFL) };
        if cur < 0 {
            return Err(Errno::last_os().into());
        }
        let mut new = cur & !(libc::O_APPEND | libc::O_NONBLOCK);
        if flags & fdflags::APPEND != 0 {
            new |= libc::O_APPEND;
        }
        if flags & fdflags::NONBLOCK != 0 {
            new |= libc::O_NONBLOCK;
        }
        // SAFETY: as above.
        if unsafe { libc::fcntl(raw, libc::F_SETFL, new) } < 0 {
            return Err(Errno::last_os().into());
        }
    } else if flags & fdflags::APPEND != 0 {
        return Err(Errno::INVAL.into());
    }
    desc.flags = flags;
    Ok(())
}

/// witx `fd_fdstat_set_rights(fd, fs_rights_base, fs_rights_inheriting) -> errno`.
/// Rights may only be dropped, never gained.
pub fn fd_fdstat_set_rights(ctx: &mut WasiCtx, _mem: &mut Mem, fd: u32, base: u64, inh: u64) -> R {
    let desc = ctx.fds.get_mut(fd)?;
    if base & !desc.base != 0 || inh & !desc.inheriting != 0 {
        return Err(Errno::NOTCAPABLE.into());
    }
    desc.base = base;
    desc.inheriting = inh;
    Ok(())
}

/// witx `fd_filestat_get(fd) -> (result filestat errno)`.
pub fn fd_filestat_get(ctx: &mut WasiCtx, mem: &mut Mem, fd: u32, out: u32) -> R {
    let desc = ctx.fds.get(fd)?;
    desc.require(rights::FD_FILESTAT_GET)
        .or_else(|e| match desc.kind {
            Kind::Stdin | Kind::Stdout | Kind::Stderr => Ok(()),
            _ => Err(e),
        })?;
    let st = match &desc.kind {
        Kind::File(f) => fstat(f.as_raw_fd())?,
        Kind::Dir { dir, .. } => fstat(dir.as_raw_fd())?,
        Kind::Stream(s) => fstat(s.as_raw_fd())?,
        Kind::Listener(l) => fstat(l.as_raw_fd())?,
        Kind::Stdin | Kind::Stdout | Kind::Stderr => FileStat::default(),
    };
    let st = FileStat {
        filetype: desc.filetype(),
        ..st
    };
    st.store(mem, out)?;
    Ok(())
}

/// witx `fd_filestat_set_size(fd, size: filesize) -> errno`.
pub fn fd_filestat_set_size(ctx: &mut WasiCtx, _mem: &mut Mem, fd: u32, size: u64) -> R {
    let desc = ctx.fds.get(fd)?;
    let f = match &desc.kind {
        Kind::File(f) => f,
        Kind::Dir { .. } => return Err(Errno::BADF.into()),
        _ => return Err(Errno::INVAL.into()),
    };
    if desc.base & rights::FD_FILESTAT_SET_SIZE == 0 {
        return Err(Errno::BADF.into());
    }
    if size > i64::MAX as u64 {
        return Err(Errno::FBIG.into());
    }
    f.set_len(size).map_err(Errno::from)?;
    Ok(())
}

/// Converts a witx timestamp pair and `fstflags` to `utimensat` times.
pub fn timespecs(atim: u64, mtim: u64, flags: u32) -> Result<[libc::timespec; 2], Errno> {
    if flags > u32::from(fstflags::ALL) {
        return Err(Errno::INVAL);
    }
    let flags = flags as u16;
    if flags & fstflags::ATIM != 0 && flags & fstflags::ATIM_NOW != 0
        || flags & fstflags::MTIM != 0 && flags & fstflags::MTIM_NOW != 0
    {
        return Err(Errno::INVAL);
    }
    let one = |t: u64, set: u16, now: u16| {
        if flags & now != 0 {
            libc::timespec {
                tv_sec: 0,
                tv_nsec: libc::UTIME_NOW,
            }
        } else if flags & set != 0 {
            libc::timespec {
                tv_sec: (t / 1_000_000_000) as libc::time_t,
                tv_nsec: (t % 1_000_000_000) as libc::c_long,
            }
        } else {
            libc::timespec {
                tv_sec: 0,
                tv_nsec: libc::UTIME_OMIT,
            }
        }
    };
    Ok([
        one(atim, fstflags::ATIM, fstflags::ATIM_NOW),
        one(mtim, fstflags::MTIM, fstflags::MTIM_NOW),
    ])
}

/// witx `fd_filestat_set_times(fd, atim, mtim, fst_flags) -> errno`.
pub fn fd_filestat_set_times(
    ctx: &mut WasiCtx,
    _mem: &mut Mem,
    fd: u32,
    atim: u64,
    mtim: u64,
    flags: u32,
) -> R {
    let desc = ctx.fds.get(fd)?;
    let times = timespecs(atim, mtim, flags)?;
    let raw = match &desc.kind {
        Kind::File(f) => f.as_raw_fd(),
        Kind::Dir { dir, .. } => dir.as_raw_fd(),
        _ => return Err(Errno::BADF.into()),
    };
    desc.require(rights::FD_FILESTAT_SET_TIMES)?;
    // SAFETY: times points at two timespecs.
    if unsafe { libc::futimens(raw, times.as_ptr()) } != 0 {
        return Err(Errno::last_os().into());
    }
    Ok(())
}

fn sync(ctx: &mut WasiCtx, fd: u32, data_only: bool) -> R {
    let desc = ctx.fds.get(fd)?;
    // Directories hold neither right, so they are `badf` as in wasmtime.
    let raw = match &desc.kind {
        Kind::File(f) => f.as_raw_fd(),
        Kind::Dir { .. } => return Err(Errno::BADF.into()),
        _ => return Err(Errno::INVAL.into()),
    };
    let right = if data_only {
        rights::FD_DATASYNC
    } else {
        rights::FD_SYNC
    };
    if desc.base & right == 0 {
        return Err(Errno::BADF.into());
    }
    // SAFETY: a descriptor this table owns.
    let r = unsafe {
        if data_only {
            libc::fdatasync(raw)
        } else {
            libc::fsync(raw)
        }
    };
    if r != 0 {
        return Err(Errno::last_os().into());
    }
    Ok(())
}

/// witx `fd_sync(fd) -> errno`.
pub fn fd_sync(ctx: &mut WasiCtx, _mem: &mut Mem, fd: u32) -> R {
    sync(ctx, fd, false)
}

/// witx `fd_datasync(fd) -> errno`.
pub fn fd_datasync(ctx: &mut WasiCtx, _mem: &mut Mem, fd: u32) -> R {
    sync(ctx, fd, true)
}

/// witx `fd_advise(fd, offset, len, advice) -> errno`.
pub fn fd_advise(
    ctx: &mut WasiCtx,
    _mem: &mut Mem,
    fd: u32,
    offset: u64,
    len: u64,
    advice: u32,
) -> R {
    let desc = ctx.fds.get(fd)?;
    let f = match &desc.kind {
        Kind::File(f) => f,
        Kind::Dir { .. } => return Err(Errno::BADF.into()),
        _ => return Err(Errno::SPIPE.into()),
    };
    let advice = match advice {
        0 => libc::POSIX_FADV_NORMAL,
        1 => libc::POSIX_FADV_SEQUENTIAL,
        2 => libc::POSIX_FADV_RANDOM,
        3 => libc::POSIX_FADV_WILLNEED,
        4 => libc::POSIX_FADV_DONTNEED,
        5 => libc::POSIX_FADV_NOREUSE,
        _ => return Err(Errno::INVAL.into()),
    };
    desc.require(rights::FD_ADVISE)?;
    if offset > i64::MAX as u64 || len > i64::MAX as u64 {
        return Err(Errno::INVAL.into());
    }
    // SAFETY: a descriptor this table owns.
    let r = unsafe { libc::posix_fadvise(f.as_raw_fd(), offset as i64, len as i64, advice) };
    if r != 0 {
        return Err(Errno::from_raw_os(r).into());
    }
    Ok(())
}

/// witx `fd_allocate(fd, offset, len) -> errno`: makes the file at least
/// `offset + len` long, like `posix_fallocate`.
pub fn fd_allocate(ctx: &mut WasiCtx, _mem: &mut Mem, fd: u32, offset: u64, len: u64) -> R {
    let desc = ctx.fds.get(fd)?;
    let f = match &desc.kind {
        Kind::File(f) => f,
        Kind::Dir { .. } => return Err(Errno::BADF.into()),
        _ => return Err(Errno::SPIPE.into()),
    };
    if desc.base & rights::FD_WRITE == 0 {
        return Err(Errno::BADF.into());
    }
    desc.require(rights::FD_ALLOCATE)?;
    let end = offset.checked_add(len).ok_or(Errno::FBIG)?;
    if end > i64::MAX as u64 || len == 0 {
        return Err(if len == 0 { Errno::INVAL } else { Errno::FBIG }.into());
    }
    let size = f.metadata().map_err(Errno::from)?.len();
    if end > size {
        f.set_len(end).map_err(Errno::from)?;
    }
    Ok(())
}

/// witx `fd_renumber(fd, to) -> errno`.
pub fn fd_renumber(ctx: &mut WasiCtx, _mem: &mut Mem, fd: u32, to: u32) -> R {
    ctx.fds.renumber(fd, to)?;
    Ok(())
}

/// witx `fd_prestat_get(fd) -> (result prestat errno)`.
pub fn fd_prestat_get(ctx: &mut WasiCtx, mem: &mut Mem, fd: u32, out: u32) -> R {
    let desc = ctx.fds.get(fd)?;
    let Kind::Dir {
        preopen: Some(name),
        ..
    } = &desc.kind
    else {
        return Err(Errno::BADF.into());
    };
    let mut b = [0u8; 8];
    b[4..8].copy_from_slice(&(name.len() as u32).to_le_bytes());
    mem.write(out, &b)?;
    Ok(())
}

/// witx `fd_prestat_dir_name(fd, path: pointer<u8>, path_len: size) -> errno`.
///
/// A regular file is `notdir` here (but `badf` in `fd_prestat_get`), as
/// wasmtime answers.
pub fn fd_prestat_dir_name(ctx: &mut WasiCtx, mem: &mut Mem, fd: u32, ptr: u32, len: u32) -> R {
    let desc = ctx.fds.get(fd)?;
    let name = match &desc.kind {
        Kind::Dir {
            preopen: Some(name),
            ..
        } => name,
        Kind::File(_) => return Err(Errno::NOTDIR.into()),
        _ => return Err(Errno::BADF.into()),
    };
    if (len as usize) < name.len() {
        return Err(Errno::NAMETOOLONG.into());
    }
    mem.write(ptr, name.as_bytes())?;
    Ok(())
}

/// Lists a directory, `.` and `..` first, then the rest in the order the
/// host returns them.
fn list_dir(dir: &std::fs::File) -> Result<Vec<DirEntry>, Errno> {
    // SAFETY: dup of a descriptor we own; the copy is owned by the DIR.
    let dupfd = unsafe { libc::fcntl(dir.as_raw_fd(), libc::F_DUPFD_CLOEXEC, 0) };
    if dupfd < 0 {
        return Err(Errno::last_os());
    }
    // SAFETY: dupfd is a fresh descriptor; on failure we close it.
    let d = unsafe { libc::fdopendir(dupfd) };
    if d.is_null() {
        let e = Errno::last_os();
        // SAFETY: dupfd is still ours.
        unsafe { libc::close(dupfd) };
        return Err(e);
    }
    // SAFETY: d is a valid DIR* until closedir below.
    unsafe { libc::rewinddir(d) };
    let own = fstat(dir.as_raw_fd())?;
    let mut out = vec![
        DirEntry {
            ino: own.ino,
            filetype: crate::abi::filetype::DIRECTORY,
            name: b".".to_vec(),
        },
        DirEntry {
            ino: 0,
            filetype: crate::abi::filetype::DIRECTORY,
            name: b"..".to_vec(),
        },
    ];
    loop {
        // SAFETY: d is valid; the returned entry is read before the next call.
        let ent = unsafe { libc::readdir64(d) };
        if ent.is_null() {
            break;
        }
        // SAFETY: readdir returned a valid entry with a NUL-terminated name.
        let (ino, dtype, name) = unsafe {
            let e = &*ent;
            (
                e.d_ino,
                e.d_type,
                std::ffi::CStr::from_ptr(e.d_name.as_ptr())
                    .to_bytes()
                    .to_vec(),
            )
        };
        if name == b"." {
            continue;
        }
        if name == b".." {
            out[1].ino = ino;
            continue;
        }
        let filetype = match crate::abi::filetype::from_dtype(dtype) {
            Some(t) => t,
            None => crate::pathops::stat_at(dir.as_raw_fd(), &name, false)
                .map(|s| s.filetype)
                .unwrap_or(crate::abi::filetype::UNKNOWN),
        };
        out.push(DirEntry {
            ino,
            filetype,
            name,
        });
    }
    // SAFETY: d is valid and not used after this.
    unsafe { libc::closedir(d) };
    Ok(out)
}

/// witx `fd_readdir(fd, buf, buf_len, cookie: dircookie) -> (result size errno)`.
///
/// Entry `i` of the listing carries `d_next = i + 1`, so a cookie is the
/// index of the next entry. A cookie of 0 lists the directory afresh; a
/// cookie past the end yields nothing.
pub fn fd_readdir(
    ctx: &mut WasiCtx,
    mem: &mut Mem,
    fd: u32,
    buf: u32,
    buf_len: u32,
    cookie: u64,
    out: u32,
) -> R {
    mem.slice(buf, buf_len)?;
    mem.slice(out, 4)?;
    let desc = ctx.fds.get_mut(fd)?;
    let base = desc.base;
    let Kind::Dir { dir, listing, .. } = &mut desc.kind else {
        return Err(Errno::BADF.into());
    };
    if base & rights::FD_READDIR == 0 {
        return Err(Errno::NOTCAPABLE.into());
    }
    if cookie == 0 || listing.is_none() {
        *listing = Some(list_dir(dir)?);
    }
    let entries = listing.as_deref().unwrap_or(&[]);
    let mut bytes = Vec::new();
    let start = usize::try_from(cookie).unwrap_or(usize::MAX);
    for (i, e) in entries.iter().enumerate().skip(start) {
        if bytes.len() >= buf_len as usize {
            break;
        }
        let mut head = [0u8; 24];
        head[0..8].copy_from_slice(&(i as u64 + 1).to_le_bytes());
        head[8..16].copy_from_slice(&e.ino.to_le_bytes());
        head[16..20].copy_from_slice(&(e.name.len() as u32).to_le_bytes());
        head[20] = e.filetype;
        bytes.extend_from_slice(&head);
        bytes.extend_from_slice(&e.name);
    }
    bytes.truncate(buf_len as usize);
    mem.write(buf, &bytes)?;
    mem.write_u32(out, bytes.len() as u32)?;
    Ok(())
}

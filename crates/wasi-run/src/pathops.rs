//! The `path_*` functions of wasi_snapshot_preview1. Each resolves its
//! guest path with [`crate::path::resolve`] and then makes one `*at`
//! system call on the final component, never following a symlink there.

use std::ffi::CString;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};

use crate::abi::{fdflags, oflags, rights, FileStat, LOOKUP_SYMLINK_FOLLOW};
use crate::ctx::WasiCtx;
use crate::errno::Errno;
use crate::fdtable::{Desc, Kind};
use crate::mem::Mem;
use crate::path::{resolve, Resolved};
use crate::Fault;

type R = Result<(), Fault>;

/// `fstatat` without following a final symlink unless `follow`.
pub fn stat_at(dir: RawFd, name: &[u8], follow: bool) -> Result<FileStat, Errno> {
    let name = CString::new(name).map_err(|_| Errno::INVAL)?;
    // SAFETY: zeroed stat is valid; fstatat writes into it.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: valid NUL-terminated name and out-pointer.
    if unsafe { libc::fstatat(dir, name.as_ptr(), &mut st, flags) } != 0 {
        return Err(Errno::last_os());
    }
    Ok(FileStat::from_stat(&st))
}

/// The directory behind `fd`, with its rights and read-only flag.
struct DirRef {
    raw: RawFd,
    base: u64,
    inheriting: u64,
    read_only: bool,
}

fn dir_of(ctx: &WasiCtx, fd: u32, needed: u64) -> Result<DirRef, Errno> {
    let desc = ctx.fds.get(fd)?;
    // wasmtime's answer for a descriptor that is no directory.
    let Kind::Dir { dir, read_only, .. } = &desc.kind else {
        return Err(Errno::BADF);
    };
    if *read_only && needed & rights::MUTATING != 0 {
        return Err(crate::READ_ONLY_ERRNO);
    }
    desc.require(needed)?;
    Ok(DirRef {
        raw: dir.as_raw_fd(),
        base: desc.base,
        inheriting: desc.inheriting,
        read_only: *read_only,
    })
}

fn check(r: libc::c_int) -> Result<(), Errno> {
    if r != 0 {
        Err(Errno::last_os())
    } else {
        Ok(())
    }
}

/// witx `path_open(fd, dirflags: lookupflags, path: string, oflags,
/// fs_rights_base, fs_rights_inheriting, fdflags) -> (result fd errno)`.
///
/// The new descriptor's rights are those asked for, limited by what the
/// directory may pass on and by what the open mode allows. Whether it is
/// opened for writing follows wasi-libc's convention: any of `fd_write`,
/// `fd_datasync`, `fd_allocate` or `fd_filestat_set_size` asks for it.
pub fn path_open(
    ctx: &mut WasiCtx,
    mem: &mut Mem,
    fd: u32,
    dirflags: u32,
    path: u32,
    path_len: u32,
    oflags: u32,
    base: u64,
    inheriting: u64,
    fdflags: u32,
    out: u32,
) -> R {
    let path = mem.read_str(path, path_len)?.to_owned();
    mem.slice(out, 4)?;
    if oflags > u32::from(oflags::ALL) || fdflags > u32::from(fdflags::ALL) {
        return Err(Errno::INVAL.into());
    }
    let (oflags, fdflags) = (oflags as u16, fdflags as u16);
    let write_rights =
        rights::FD_WRITE | rights::FD_DATASYNC | rights::FD_ALLOCATE | rights::FD_FILESTAT_SET_SIZE;
    let want_write = base & write_rights != 0;
    let want_read = base & (rights::FD_READ | rights::FD_READDIR) != 0 || !want_write;
    let mut needed = rights::PATH_OPEN;
    if oflags & oflags::CREAT != 0 {
        needed |= rights::PATH_CREATE_FILE;
    }
    // wasmtime answers `notdir` for a regular file here (and `badf` in
    // the other path functions).
    if matches!(ctx.fds.get(fd)?.kind, Kind::File(_)) {
        return Err(Errno::NOTDIR.into());
    }
    let dir = dir_of(ctx, fd, needed)?;
    if dir.read_only && (want_write || oflags & (oflags::CREAT | oflags::TRUNC) != 0) {
        return Err(crate::READ_ONLY_ERRNO.into());
    }
    let follow = dirflags & LOOKUP_SYMLINK_FOLLOW != 0;
    let r = resolve(dir.raw, &path, follow)?;

    let mut flags = libc::O_CLOEXEC | libc::O_NOFOLLOW | libc::O_NOCTTY;
    flags |= match (want_read, want_write) {
        (true, true) => libc::O_RDWR,
        (false, true) => libc::O_WRONLY,
        _ => libc::O_RDONLY,
    };
    if oflags & oflags::DIRECTORY != 0 {
        if want_write {
            return Err(Errno::ISDIR.into());
        }
        flags |= libc::O_DIRECTORY;
    }
    if oflags & oflags::CREAT != 0 {
        flags |= libc::O_CREAT;
    }
    if oflags & oflags::EXCL != 0 {
        flags |= libc::O_EXCL;
    }
    if oflags & oflags::TRUNC != 0 {
        flags |= libc::O_TRUNC;
    }
    if fdflags & fdflags::APPEND != 0 {
        flags |= libc::O_APPEND;
    }
    if fdflags & fdflags::NONBLOCK != 0 {
        flags |= libc::O_NONBLOCK;
    }
    if fdflags & fdflags::DSYNC != 0 {
        flags |= libc::O_DSYNC;
    }
    if fdflags & (fdflags::SYNC | fdflags::RSYNC) != 0 {
        flags |= libc::O_SYNC;
    }
    let name = r.kernel_name();
    // SAFETY: NUL-terminated name; the descriptor is checked before use.
    let raw = unsafe { libc::openat(r.dirfd(), name.as_ptr(), flags, 0o666 as libc::c_uint) };
    if raw < 0 {
        return Err(Errno::last_os().into());
    }
    // SAFETY: raw is a fresh descriptor nobody else owns.
    let owned = unsafe { OwnedFd::from_raw_fd(raw) };
    let st = crate::fd::fstat(owned.as_raw_fd())?;
    let file = std::fs::File::from(owned);
    let desc = if st.filetype == crate::abi::filetype::DIRECTORY {
        let (dbase, dinh) = crate::fdtable::dir_rights(dir.read_only);
        Desc::new(
            Kind::Dir {
                dir: file,
                preopen: None,
                read_only: dir.read_only,
                listing: None,
            },
            base & dir.inheriting & dbase,
            inheriting & dir.inheriting & dinh,
        )
    } else {
        let mut allowed = rights::FILE;
        if !want_write {
            allowed &= !write_rights;
        }
        if !want_read {
            allowed &= !rights::FD_READ;
        }
        if dir.read_only {
            allowed &= !rights::MUTATING;
        }
        Desc::new(
            Kind::File(file),
            base & dir.inheriting & allowed,
            inheriting & dir.inheriting,
        )
    };
    let _ = dir.base;
    let mut desc = desc;
    desc.flags = fdflags;
    let new = ctx.fds.insert(desc)?;
    mem.write_u32(out, new)?;
    Ok(())
}

fn resolve_in(
    ctx: &WasiCtx,
    mem: &Mem,
    fd: u32,
    needed: u64,
    path: u32,
    len: u32,
    follow: bool,
) -> Result<Resolved, Errno> {
    let path = mem.read_str(path, len)?;
    let dir = dir_of(ctx, fd, needed)?;
    resolve(dir.raw, path, follow)
}

/// witx `path_filestat_get(fd, flags: lookupflags, path) -> (result filestat errno)`.
pub fn path_filestat_get(
    ctx: &mut WasiCtx,
    mem: &mut Mem,
    fd: u32,
    flags: u32,
    path: u32,
    len: u32,
    out: u32,
) -> R {
    let follow = flags & LOOKUP_SYMLINK_FOLLOW != 0;
    let r = resolve_in(ctx, mem, fd, rights::PATH_FILESTAT_GET, path, len, follow)?;
    let st = stat_at(r.dirfd(), r.kernel_name().as_bytes(), false)?;
    st.store(mem, out)?;
    Ok(())
}

/// witx `path_filestat_set_times(fd, flags, path, atim, mtim, fst_flags) -> errno`.
pub fn path_filestat_set_times(
    ctx: &mut WasiCtx,
    mem: &mut Mem,
    fd: u32,
    flags: u32,
    path: u32,
    len: u32,
    atim: u64,
    mtim: u64,
    fst: u32,
) -> R {
    let times = crate::fd::timespecs(atim, mtim, fst)?;
    let follow = flags & LOOKUP_SYMLINK_FOLLOW != 0;
    let r = resolve_in(
        ctx,
        mem,
        fd,
        rights::PATH_FILESTAT_SET_TIMES,
        path,
        len,
        follow,
    )?;
    let name = r.kernel_name();
    // SAFETY: valid name and a pointer to two timespecs.
    check(unsafe {
        libc::utimensat(
            r.dirfd(),
            name.as_ptr(),
            times.as_ptr(),
            libc::AT_SYMLINK_NOFOLLOW,
        )
    })?;
    Ok(())
}

/// witx `path_create_directory(fd, path) -> errno`.
pub fn path_create_directory(ctx: &mut WasiCtx, mem: &mut Mem, fd: u32, path: u32, len: u32) -> R {
    let r = resolve_in(
        ctx,
        mem,
        fd,
        rights::PATH_CREATE_DIRECTORY,
        path,
        len,
        false,
    )?;
    let name = r.kernel_name();
    // SAFETY: valid name.
    check(unsafe { libc::mkdirat(r.dirfd(), name.as_ptr(), 0o777) })?;
    Ok(())
}

/// witx `path_unlink_file(fd, path) -> errno`.
pub fn path_unlink_file(ctx: &mut WasiCtx, mem: &mut Mem, fd: u32, path: u32, len: u32) -> R {
    let r = resolve_in(ctx, mem, fd, rights::PATH_UNLINK_FILE, path, len, false)?;
    let name = r.kernel_name();
    // SAFETY: valid name.
    check(unsafe { libc::unlinkat(r.dirfd(), name.as_ptr(), 0) })?;
    Ok(())
}

/// witx `path_remove_directory(fd, path) -> errno`.
pub fn path_remove_directory(ctx: &mut WasiCtx, mem: &mut Mem, fd: u32, path: u32, len: u32) -> R {
    let r = resolve_in(
        ctx,
        mem,
        fd,
        rights::PATH_REMOVE_DIRECTORY,
        path,
        len,
        false,
    )?;
    let name = r.kernel_name();
    // SAFETY: valid name.
    check(unsafe { libc::unlinkat(r.dirfd(), name.as_ptr(), libc::AT_REMOVEDIR) })?;
    Ok(())
}

/// witx `path_readlink(fd, path, buf, buf_len) -> (result size errno)`.
/// A target longer than the buffer is truncated, as `readlink(2)` does.
pub fn path_readlink(
    ctx: &mut WasiCtx,
    mem: &mut Mem,
    fd: u32,
    path: u32,
    len: u32,
    buf: u32,
    buf_len: u32,
    out: u32,
) -> R {
    mem.slice(buf, buf_len)?;
    mem.slice(out, 4)?;
    let r = resolve_in(ctx, mem, fd, rights::PATH_READLINK, path, len, false)?;
    let name = r.kernel_name();
    let mut target = vec![0u8; 4096];
    // SAFETY: valid name and buffer.
    let n = unsafe {
        libc::readlinkat(
            r.dirfd(),
            name.as_ptr(),
            target.as_mut_ptr().cast(),
            target.len(),
        )
    };
    if n < 0 {
        return Err(Errno::last_os().into());
    }
    target.truncate((n as usize).min(buf_len as usize));
    mem.write(buf, &target)?;
    mem.write_u32(out, target.len() as u32)?;
    Ok(())
}

/// witx `path_symlink(old_path: string, fd, new_path: string) -> errno`.
///
/// The link's target is stored as given; it is not resolved now, but any
/// later resolution through it stays inside the sandbox, so an absolute
/// target or one climbing out can be created but never followed. wasmtime
/// refuses to create absolute ones (`perm`), and so do we.
pub fn path_symlink(
    ctx: &mut WasiCtx,
    mem: &mut Mem,
    old: u32,
    old_len: u32,
    fd: u32,
    new: u32,
    new_len: u32,
) -> R {
    let target = mem.read_str(old, old_len)?.to_owned();
    if target.starts_with('/') {
        return Err(Errno::PERM.into());
    }
    let r = resolve_in(ctx, mem, fd, rights::PATH_SYMLINK, new, new_len, false)?;
    let target = CString::new(target).map_err(|_| Errno::INVAL)?;
    let name = r.kernel_name();
    // SAFETY: valid names.
    check(unsafe { libc::symlinkat(target.as_ptr(), r.dirfd(), name.as_ptr()) })?;
    Ok(())
}

/// witx `path_link(old_fd, old_flags, old_path, new_fd, new_path) -> errno`.
pub fn path_link(
    ctx: &mut WasiCtx,
    mem: &mut Mem,
    old_fd: u32,
    old_flags: u32,
    old: u32,
    old_len: u32,
    new_fd: u32,
    new: u32,
    new_len: u32,
) -> R {
    let follow = old_flags & LOOKUP_SYMLINK_FOLLOW != 0;
    let from = resolve_in(
        ctx,
        mem,
        old_fd,
        rights::PATH_LINK_SOURCE,
        old,
        old_len,
        follow,
    )?;
    let to = resolve_in(
        ctx,
        mem,
        new_fd,
        rights::PATH_LINK_TARGET,
        new,
        new_len,
        false,
    )?;
    let (a, b) = (from.kernel_name(), to.kernel_name());
    // SAFETY: valid names.
    check(unsafe { libc::linkat(from.dirfd(), a.as_ptr(), to.dirfd(), b.as_ptr(), 0) })?;
    Ok(())
}

/// witx `path_rename(fd, old_path, new_fd, new_path) -> errno`.
pub fn path_rename(
    ctx: &mut WasiCtx,
    mem: &mut Mem,
    fd: u32,
    old: u32,
    old_len: u32,
    new_fd: u32,
    new: u32,
    new_len: u32,
) -> R {
    let from = resolve_in(
        ctx,
        mem,
        fd,
        rights::PATH_RENAME_SOURCE,
        old,
        old_len,
        false,
    )?;
    let to = resolve_in(
        ctx,
        mem,
        new_fd,
        rights::PATH_RENAME_TARGET,
        new,
        new_len,
        false,
    )?;
    let (a, b) = (from.kernel_name(), to.kernel_name());
    // SAFETY: valid names.
    check(unsafe { libc::renameat(from.dirfd(), a.as_ptr(), to.dirfd(), b.as_ptr()) })?;
    Ok(())
}

//! Path resolution inside the sandbox.
//!
//! A guest path is always relative to a directory descriptor. It is walked
//! one component at a time with `openat(O_NOFOLLOW)`, and symbolic links
//! are expanded here, by the host, never by the kernel, so that no step can
//! leave the directory the walk started in:
//!
//! * an absolute path, or `..` that would climb above the starting
//!   directory, is `perm` (what wasmtime reports);
//! * a symlink whose target is absolute, or whose relative target climbs
//!   out, is `perm` as well;
//! * more than [`MAX_SYMLINKS`] expansions is `loop`;
//! * an empty path is `noent`; NUL bytes and invalid UTF-8 were already
//!   refused when the string was read from guest memory.
//!
//! The result is a directory descriptor plus one final component, which the
//! caller hands to an `*at` system call together with `AT_SYMLINK_NOFOLLOW`
//! or `O_NOFOLLOW`.

use std::collections::VecDeque;
use std::ffi::CString;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};

use crate::errno::Errno;

/// Symlink expansions allowed in one resolution (Linux's `MAXSYMLINKS`).
pub const MAX_SYMLINKS: usize = 40;

/// A resolved path: the directory holding the final component, and that
/// component (`"."` when the path names the directory itself).
#[derive(Debug)]
pub struct Resolved {
    base: RawFd,
    /// Directories opened while walking; the last one holds `name`.
    stack: Vec<OwnedFd>,
    pub name: CString,
    /// The path ended in `/`: the final component must be a directory.
    pub trailing_slash: bool,
}

impl Resolved {
    /// The descriptor of the directory holding [`Resolved::name`].
    pub fn dirfd(&self) -> RawFd {
        self.stack.last().map_or(self.base, |fd| fd.as_raw_fd())
    }

    /// The final component as the kernel should see it (with the trailing
    /// slash when there was one, so that it must be a directory).
    pub fn kernel_name(&self) -> CString {
        if self.trailing_slash && self.name.as_bytes() != b"." {
            let mut v = self.name.as_bytes().to_vec();
            v.push(b'/');
            CString::new(v).unwrap_or_else(|_| self.name.clone())
        } else {
            self.name.clone()
        }
    }
}

/// Reads the target of the symlink `name` in `dir`, or `None` when `name`
/// is not a symlink (or does not exist).
fn readlink(dir: RawFd, name: &CString) -> Result<Option<Vec<u8>>, Errno> {
    let mut buf = vec![0u8; 256];
    loop {
        // SAFETY: buf is valid for buf.len() bytes; name is NUL-terminated.
        let n = unsafe { libc::readlinkat(dir, name.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
        if n < 0 {
            let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
            return match e {
                libc::EINVAL | libc::ENOENT => Ok(None),
                _ => Err(Errno::from_raw_os(e)),
            };
        }
        let n = n as usize;
        if n < buf.len() {
            buf.truncate(n);
            return Ok(Some(buf));
        }
        if buf.len() >= 1 << 16 {
            return Err(Errno::NAMETOOLONG);
        }
        buf.resize(buf.len() * 2, 0);
    }
}

fn open_dir(dir: RawFd, name: &CString) -> Result<OwnedFd, Errno> {
    // SAFETY: name is NUL-terminated; the result is checked before use.
    let fd = unsafe {
        libc::openat(
            dir,
            name.as_ptr(),
            libc::O_PATH | libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_CLOEXEC,
        )
    };
    if fd < 0 {
        return Err(Errno::last_os());
    }
    // SAFETY: fd is a fresh descriptor that nothing else owns.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

fn cstr(bytes: &[u8]) -> Result<CString, Errno> {
    CString::new(bytes).map_err(|_| Errno::INVAL)
}

/// Splits a path into its components; returns them and whether the path
/// ended with a slash.
fn split(path: &[u8]) -> (Vec<Vec<u8>>, bool) {
    let parts = path
        .split(|&b| b == b'/')
        .filter(|c| !c.is_empty())
        .map(|c| c.to_vec())
        .collect();
    (parts, path.ends_with(b"/"))
}

/// Looks up a symlink: its target, or `None` when the name is no symlink.
pub type ReadLink<'a> = &'a mut dyn FnMut(RawFd, &CString) -> Result<Option<Vec<u8>>, Errno>;

/// Resolves `path` beneath the directory `base`. When `follow` is set a
/// symlink in the final position is expanded too.
pub fn resolve(base: RawFd, path: &str, follow: bool) -> Result<Resolved, Errno> {
    resolve_with(base, path.as_bytes(), follow, &mut |dir, name| {
        readlink(dir, name)
    })
}

/// [`resolve`] for a path given as bytes (which need not be UTF-8).
pub fn resolve_bytes(base: RawFd, path: &[u8], follow: bool) -> Result<Resolved, Errno> {
    resolve_with(base, path, follow, &mut |dir, name| readlink(dir, name))
}

/// [`resolve`] with the symlink lookup supplied, so that the walk can be
/// exercised without a file system (see the fuzz targets).
pub fn resolve_with(
    base: RawFd,
    path: &[u8],
    follow: bool,
    readlink: ReadLink,
) -> Result<Resolved, Errno> {
    if path.is_empty() {
        return Err(Errno::NOENT);
    }
    if path.contains(&0) {
        return Err(Errno::INVAL);
    }
    if path[0] == b'/' {
        return Err(crate::ESCAPE_ERRNO);
    }
    let (parts, mut trailing_slash) = split(path);
    let mut queue: VecDeque<Vec<u8>> = parts.into();
    let mut out = Resolved {
        base,
        stack: Vec::new(),
        name: cstr(b".")?,
        trailing_slash,
    };
    let mut links = 0usize;
    while let Some(comp) = queue.pop_front() {
        let last = queue.is_empty();
        match comp.as_slice() {
            b"." => {
                if last {
                    out.name = cstr(b".")?;
                }
            }
            b".." => {
                if out.stack.pop().is_none() {
                    return Err(crate::ESCAPE_ERRNO);
                }
                if last {
                    out.name = cstr(b".")?;
                }
            }
            _ => {
                let name = cstr(&comp)?;
                // A final component is only expanded when following, or
                // when a trailing slash demands a directory (POSIX 4.13).
                let expand = !last || follow || trailing_slash;
                if expand {
                    if let Some(target) = readlink(out.dirfd(), &name)? {
                        links += 1;
                        if links > MAX_SYMLINKS {
                            return Err(Errno::LOOP);
                        }
                        if target.first() == Some(&b'/') {
                            return Err(crate::ESCAPE_ERRNO);
                        }
                        let (tparts, tslash) = split(&target);
                        if last {
                            trailing_slash |= tslash;
                            out.trailing_slash = trailing_slash;
                        }
                        for p in tparts.into_iter().rev() {
                            queue.push_front(p);
                        }
                        if queue.is_empty() {
                            // A link to "." or to "": the directory itself.
                            out.name = cstr(b".")?;
                        }
                        continue;
                    }
                }
                if last {
                    out.name = name;
                } else {
                    let fd = open_dir(out.dirfd(), &name)?;
                    out.stack.push(fd);
                }
            }
        }
    }
    Ok(out)
}

//! The descriptor table: what each guest `fd` stands for and the rights
//! (witx `$rights`) it carries.

use std::fs::File;
use std::net::{TcpListener, TcpStream};

use crate::abi::{filetype, rights};
use crate::errno::Errno;

/// One directory entry as `fd_readdir` reports it.
#[derive(Clone, Debug)]
pub struct DirEntry {
    pub ino: u64,
    pub filetype: u8,
    pub name: Vec<u8>,
}

/// What a descriptor refers to.
#[derive(Debug)]
pub enum Kind {
    /// The guest's standard streams, whatever [`crate::Input`] and
    /// [`crate::Output`] made of them.
    Stdin,
    Stdout,
    Stderr,
    File(File),
    Dir {
        dir: File,
        /// Guest name of a preopen (`fd_prestat_dir_name`).
        preopen: Option<String>,
        /// Everything beneath a `:ro` preopen is read-only.
        read_only: bool,
        /// Entries listed by the last `fd_readdir` with cookie 0, so that
        /// later cookies index a stable list.
        listing: Option<Vec<DirEntry>>,
    },
    Listener(TcpListener),
    Stream(TcpStream),
}

#[derive(Debug)]
pub struct Desc {
    pub kind: Kind,
    pub base: u64,
    pub inheriting: u64,
    /// witx `$fdflags` as the guest set them.
    pub flags: u16,
    /// For `Stdin`/`Stdout`/`Stderr`: whether the host end is a terminal.
    pub tty: bool,
}

impl Desc {
    pub fn new(kind: Kind, base: u64, inheriting: u64) -> Desc {
        Desc {
            kind,
            base,
            inheriting,
            flags: 0,
            tty: false,
        }
    }

    /// Fails with `notcapable` unless all of `needed` are held.
    pub fn require(&self, needed: u64) -> Result<(), Errno> {
        if self.base & needed == needed {
            Ok(())
        } else {
            Err(Errno::NOTCAPABLE)
        }
    }

    pub fn filetype(&self) -> u8 {
        match &self.kind {
            Kind::Stdin | Kind::Stdout | Kind::Stderr => {
                if self.tty {
                    filetype::CHARACTER_DEVICE
                } else {
                    filetype::UNKNOWN
                }
            }
            Kind::File(f) => {
                use std::os::unix::fs::FileTypeExt;
                match f.metadata() {
                    Ok(m) if m.file_type().is_char_device() => filetype::CHARACTER_DEVICE,
                    Ok(m) if m.file_type().is_block_device() => filetype::BLOCK_DEVICE,
                    Ok(m) if m.is_file() => filetype::REGULAR_FILE,
                    _ => filetype::UNKNOWN,
                }
            }
            Kind::Dir { .. } => filetype::DIRECTORY,
            Kind::Listener(_) | Kind::Stream(_) => filetype::SOCKET_STREAM,
        }
    }
}

/// The table itself. Free numbers are reused lowest first, as POSIX does.
#[derive(Debug, Default)]
pub struct FdTable {
    slots: Vec<Option<Desc>>,
}

/// Largest number of open descriptors a guest may hold.
pub const MAX_FDS: usize = 1 << 14;

impl FdTable {
    pub fn get(&self, fd: u32) -> Result<&Desc, Errno> {
        self.slots
            .get(fd as usize)
            .and_then(|s| s.as_ref())
            .ok_or(Errno::BADF)
    }

    pub fn get_mut(&mut self, fd: u32) -> Result<&mut Desc, Errno> {
        self.slots
            .get_mut(fd as usize)
            .and_then(|s| s.as_mut())
            .ok_or(Errno::BADF)
    }

    /// Puts `desc` at the lowest free number.
    pub fn insert(&mut self, desc: Desc) -> Result<u32, Errno> {
        let idx = match self.slots.iter().position(|s| s.is_none()) {
            Some(i) => i,
            None => {
                if self.slots.len() >= MAX_FDS {
                    return Err(Errno::MFILE);
                }
                self.slots.push(None);
                self.slots.len() - 1
            }
        };
        self.slots[idx] = Some(desc);
        Ok(idx as u32)
    }

    pub fn remove(&mut self, fd: u32) -> Result<Desc, Errno> {
        self.slots
            .get_mut(fd as usize)
            .and_then(|s| s.take())
            .ok_or(Errno::BADF)
    }

    /// `fd_renumber`: moves `from` onto `to`, closing what `to` held. Both
    /// must be open.
    pub fn renumber(&mut self, from: u32, to: u32) -> Result<(), Errno> {
        self.get(from)?;
        self.get(to)?;
        if from == to {
            return Ok(());
        }
        let desc = self.remove(from)?;
        self.slots[to as usize] = Some(desc);
        Ok(())
    }

    /// Iterates over the open descriptors (used for the preopen list).
    pub fn iter(&self) -> impl Iterator<Item = (u32, &Desc)> {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.as_ref().map(|d| (i as u32, d)))
    }
}

/// Rights of a directory descriptor. A read-only one reports the same
/// rights (as wasmtime does), so that wasi-libc still asks for write
/// access and a mutation fails with `perm` where it is attempted.
pub fn dir_rights(_read_only: bool) -> (u64, u64) {
    (rights::DIR, rights::DIR_INHERITING)
}

//! `errno` of wasi_snapshot_preview1 (witx `$errno`, an `u16` enum) and the
//! mapping from host `errno` values.

use std::fmt;

/// A WASI preview1 error number. `Errno::SUCCESS` is never used as an
/// error; host functions return `Ok(())` for it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Errno(pub u16);

macro_rules! errnos {
    ($($name:ident = $val:expr, $text:expr;)*) => {
        impl Errno {
            $(pub const $name: Errno = Errno($val);)*

            /// The witx name of this error number, e.g. `"badf"`.
            pub fn name(self) -> &'static str {
                match self.0 {
                    $($val => $text,)*
                    _ => "?",
                }
            }
        }
    };
}

errnos! {
    SUCCESS = 0, "success";
    TOOBIG = 1, "2big";
    ACCES = 2, "acces";
    ADDRINUSE = 3, "addrinuse";
    ADDRNOTAVAIL = 4, "addrnotavail";
    AFNOSUPPORT = 5, "afnosupport";
    AGAIN = 6, "again";
    ALREADY = 7, "already";
    BADF = 8, "badf";
    BADMSG = 9, "badmsg";
    BUSY = 10, "busy";
    CANCELED = 11, "canceled";
    CHILD = 12, "child";
    CONNABORTED = 13, "connaborted";
    CONNREFUSED = 14, "connrefused";
    CONNRESET = 15, "connreset";
    DEADLK = 16, "deadlk";
    DESTADDRREQ = 17, "destaddrreq";
    DOM = 18, "dom";
    DQUOT = 19, "dquot";
    EXIST = 20, "exist";
    FAULT = 21, "fault";
    FBIG = 22, "fbig";
    HOSTUNREACH = 23, "hostunreach";
    IDRM = 24, "idrm";
    ILSEQ = 25, "ilseq";
    INPROGRESS = 26, "inprogress";
    INTR = 27, "intr";
    INVAL = 28, "inval";
    IO = 29, "io";
    ISCONN = 30, "isconn";
    ISDIR = 31, "isdir";
    LOOP = 32, "loop";
    MFILE = 33, "mfile";
    MLINK = 34, "mlink";
    MSGSIZE = 35, "msgsize";
    MULTIHOP = 36, "multihop";
    NAMETOOLONG = 37, "nametoolong";
    NETDOWN = 38, "netdown";
    NETRESET = 39, "netreset";
    NETUNREACH = 40, "netunreach";
    NFILE = 41, "nfile";
    NOBUFS = 42, "nobufs";
    NODEV = 43, "nodev";
    NOENT = 44, "noent";
    NOEXEC = 45, "noexec";
    NOLCK = 46, "nolck";
    NOLINK = 47, "nolink";
    NOMEM = 48, "nomem";
    NOMSG = 49, "nomsg";
    NOPROTOOPT = 50, "noprotoopt";
    NOSPC = 51, "nospc";
    NOSYS = 52, "nosys";
    NOTCONN = 53, "notconn";
    NOTDIR = 54, "notdir";
    NOTEMPTY = 55, "notempty";
    NOTRECOVERABLE = 56, "notrecoverable";
    NOTSOCK = 57, "notsock";
    NOTSUP = 58, "notsup";
    NOTTY = 59, "notty";
    NXIO = 60, "nxio";
    OVERFLOW = 61, "overflow";
    OWNERDEAD = 62, "ownerdead";
    PERM = 63, "perm";
    PIPE = 64, "pipe";
    PROTO = 65, "proto";
    PROTONOSUPPORT = 66, "protonosupport";
    PROTOTYPE = 67, "prototype";
    RANGE = 68, "range";
    ROFS = 69, "rofs";
    SPIPE = 70, "spipe";
    SRCH = 71, "srch";
    STALE = 72, "stale";
    TIMEDOUT = 73, "timedout";
    TXTBSY = 74, "txtbsy";
    XDEV = 75, "xdev";
    NOTCAPABLE = 76, "notcapable";
}

impl Errno {
    /// Maps a Linux `errno` to its WASI counterpart. Unknown values become
    /// `io`, which is what a guest can do least harm with.
    pub fn from_raw_os(code: i32) -> Errno {
        use libc::*;
        match code {
            E2BIG => Errno::TOOBIG,
            EACCES => Errno::ACCES,
            EADDRINUSE => Errno::ADDRINUSE,
            EADDRNOTAVAIL => Errno::ADDRNOTAVAIL,
            EAFNOSUPPORT => Errno::AFNOSUPPORT,
            EAGAIN => Errno::AGAIN,
            EALREADY => Errno::ALREADY,
            EBADF => Errno::BADF,
            EBADMSG => Errno::BADMSG,
            EBUSY => Errno::BUSY,
            ECANCELED => Errno::CANCELED,
            ECHILD => Errno::CHILD,
            ECONNABORTED => Errno::CONNABORTED,
            ECONNREFUSED => Errno::CONNREFUSED,
            ECONNRESET => Errno::CONNRESET,
            EDEADLK => Errno::DEADLK,
            EDESTADDRREQ => Errno::DESTADDRREQ,
            EDOM => Errno::DOM,
            EDQUOT => Errno::DQUOT,
            EEXIST => Errno::EXIST,
            EFAULT => Errno::FAULT,
            EFBIG => Errno::FBIG,
            EHOSTUNREACH => Errno::HOSTUNREACH,
            EIDRM => Errno::IDRM,
            EILSEQ => Errno::ILSEQ,
            EINPROGRESS => Errno::INPROGRESS,
            EINTR => Errno::INTR,
            EINVAL => Errno::INVAL,
            EIO => Errno::IO,
            EISCONN => Errno::ISCONN,
            EISDIR => Errno::ISDIR,
            ELOOP => Errno::LOOP,
            EMFILE => Errno::MFILE,
            EMLINK => Errno::MLINK,
            EMSGSIZE => Errno::MSGSIZE,
            EMULTIHOP => Errno::MULTIHOP,
            ENAMETOOLONG => Errno::NAMETOOLONG,
            ENETDOWN => Errno::NETDOWN,
            ENETRESET => Errno::NETRESET,
            ENETUNREACH => Errno::NETUNREACH,
            ENFILE => Errno::NFILE,
            ENOBUFS => Errno::NOBUFS,
            ENODEV => Errno::NODEV,
            ENOENT => Errno::NOENT,
            ENOEXEC => Errno::NOEXEC,
            ENOLCK => Errno::NOLCK,
            ENOLINK => Errno::NOLINK,
            ENOMEM => Errno::NOMEM,
            ENOMSG => Errno::NOMSG,
            ENOPROTOOPT => Errno::NOPROTOOPT,
            ENOSPC => Errno::NOSPC,
            ENOSYS => Errno::NOSYS,
            ENOTCONN => Errno::NOTCONN,
            ENOTDIR => Errno::NOTDIR,
            ENOTEMPTY => Errno::NOTEMPTY,
            ENOTRECOVERABLE => Errno::NOTRECOVERABLE,
            ENOTSOCK => Errno::NOTSOCK,
            EOPNOTSUPP => Errno::NOTSUP,
            ENOTTY => Errno::NOTTY,
            ENXIO => Errno::NXIO,
            EOVERFLOW => Errno::OVERFLOW,
            EOWNERDEAD => Errno::OWNERDEAD,
            EPERM => Errno::PERM,
            EPIPE => Errno::PIPE,
            EPROTO => Errno::PROTO,
            EPROTONOSUPPORT => Errno::PROTONOSUPPORT,
            EPROTOTYPE => Errno::PROTOTYPE,
            ERANGE => Errno::RANGE,
            EROFS => Errno::ROFS,
            ESPIPE => Errno::SPIPE,
            ESRCH => Errno::SRCH,
            ESTALE => Errno::STALE,
            ETIMEDOUT => Errno::TIMEDOUT,
            ETXTBSY => Errno::TXTBSY,
            EXDEV => Errno::XDEV,
            _ => Errno::IO,
        }
    }

    /// The error of the last failed libc call on this thread.
    pub fn last_os() -> Errno {
        Errno::from_raw_os(std::io::Error::last_os_error().raw_os_error().unwrap_or(0))
    }
}

impl From<std::io::Error> for Errno {
    fn from(e: std::io::Error) -> Errno {
        match e.raw_os_error() {
            Some(code) => Errno::from_raw_os(code),
            None => match e.kind() {
                std::io::ErrorKind::NotFound => Errno::NOENT,
                std::io::ErrorKind::PermissionDenied => Errno::ACCES,
                std::io::ErrorKind::AlreadyExists => Errno::EXIST,
                std::io::ErrorKind::WouldBlock => Errno::AGAIN,
                std::io::ErrorKind::InvalidInput => Errno::INVAL,
                std::io::ErrorKind::BrokenPipe => Errno::PIPE,
                _ => Errno::IO,
            },
        }
    }
}

impl fmt::Display for Errno {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.0, self.name())
    }
}

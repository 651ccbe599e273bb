/*
 * wasi/api.h: the wasi_snapshot_preview1 interface in C.
 *
 * Written from the WASI preview1 witx description (typenames.witx and
 * wasi_snapshot_preview1.witx in the WebAssembly/WASI repository). Names
 * follow the witx ones: a witx type `$t` is `__wasi_t_t`, a case or flag
 * `$c` of it is `__WASI_T_C`. Flag macros are written as `1 << n` where n
 * is the flag's position in the witx list; enum values are the case's
 * position.
 *
 * Layout rules of the witx ABI, which every struct below follows and
 * asserts: a record is laid out like a C struct of its fields; a union is
 * a one-byte tag followed by the payload at the payload's own alignment;
 * `size` and pointers are 32 bits.
 *
 * Each function appears twice. `__imported_wasi_snapshot_preview1_*` is the
 * raw host import, with the core-wasm signature the witx lowers to (i32 and
 * i64 only, results written through trailing pointers, the errno as the
 * return value). `__wasi_*` is the typed wrapper that C code calls; strings
 * are passed NUL-terminated and the wrapper supplies the length. The
 * wrappers' names, parameters and their order are ABI: code compiled
 * against other WASI libcs links against them.
 */

#ifndef __wasi_api_h
#define __wasi_api_h

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Layout checks, in whatever form the language version offers; none before
 * C11 and C++11. Each macro ends its own declaration.
 */
#if defined(__cplusplus) && __cplusplus >= 201103L
#define __WASI_API_CHECK_TYPE(type, size, align)                               \
    static_assert(sizeof(type) == (size), "size of " #type);                   \
    static_assert(alignof(type) == (align), "alignment of " #type);
#define __WASI_API_CHECK_FIELD(type, field, offset)                            \
    static_assert(offsetof(type, field) == (offset),                           \
                  "offset of " #type "::" #field);
#elif !defined(__cplusplus) && defined(__STDC_VERSION__) &&                   \
    __STDC_VERSION__ >= 201112L
#define __WASI_API_CHECK_TYPE(type, size, align)                               \
    _Static_assert(sizeof(type) == (size), "size of " #type);                  \
    _Static_assert(_Alignof(type) == (align), "alignment of " #type);
#define __WASI_API_CHECK_FIELD(type, field, offset)                            \
    _Static_assert(offsetof(type, field) == (offset),                          \
                   "offset of " #type "." #field);
#else
#define __WASI_API_CHECK_TYPE(type, size, align)
#define __WASI_API_CHECK_FIELD(type, field, offset)
#endif

/* ---------------------------------------------------------------- types */

/* Byte counts and lengths in linear memory: witx `size`, a u32. */
typedef __SIZE_TYPE__ __wasi_size_t;
__WASI_API_CHECK_TYPE(__wasi_size_t, 4, 4)

/* A file size, or the length of a region of a file. */
typedef uint64_t __wasi_filesize_t;
__WASI_API_CHECK_TYPE(__wasi_filesize_t, 8, 8)

/* Nanoseconds. */
typedef uint64_t __wasi_timestamp_t;
__WASI_API_CHECK_TYPE(__wasi_timestamp_t, 8, 8)

/* Which clock `clock_time_get`, `clock_res_get` and `poll_oneoff` use. */
typedef uint32_t __wasi_clockid_t;
__WASI_API_CHECK_TYPE(__wasi_clockid_t, 4, 4)

/* Wall-clock time; zero is the Unix epoch. */
#define __WASI_CLOCKID_REALTIME (UINT32_C(0))
/* Never goes backwards and is never adjusted; its epoch is meaningless. */
#define __WASI_CLOCKID_MONOTONIC (UINT32_C(1))
/* CPU time consumed by the process. */
#define __WASI_CLOCKID_PROCESS_CPUTIME_ID (UINT32_C(2))
/* CPU time consumed by the calling thread. */
#define __WASI_CLOCKID_THREAD_CPUTIME_ID (UINT32_C(3))

/*
 * Status of a call. Zero is success; the others carry the meaning of the
 * POSIX error of the same name (E2BIG, EACCES, ...), except NOTCAPABLE,
 * which WASI adds: the descriptor lacks a right the operation needs.
 */
typedef uint16_t __wasi_errno_t;
__WASI_API_CHECK_TYPE(__wasi_errno_t, 2, 2)

#define __WASI_ERRNO_SUCCESS (UINT16_C(0))
#define __WASI_ERRNO_2BIG (UINT16_C(1))
#define __WASI_ERRNO_ACCES (UINT16_C(2))
#define __WASI_ERRNO_ADDRINUSE (UINT16_C(3))
#define __WASI_ERRNO_ADDRNOTAVAIL (UINT16_C(4))
#define __WASI_ERRNO_AFNOSUPPORT (UINT16_C(5))
#define __WASI_ERRNO_AGAIN (UINT16_C(6))
#define __WASI_ERRNO_ALREADY (UINT16_C(7))
#define __WASI_ERRNO_BADF (UINT16_C(8))
#define __WASI_ERRNO_BADMSG (UINT16_C(9))
#define __WASI_ERRNO_BUSY (UINT16_C(10))
#define __WASI_ERRNO_CANCELED (UINT16_C(11))
#define __WASI_ERRNO_CHILD (UINT16_C(12))
#define __WASI_ERRNO_CONNABORTED (UINT16_C(13))
#define __WASI_ERRNO_CONNREFUSED (UINT16_C(14))
#define __WASI_ERRNO_CONNRESET (UINT16_C(15))
#define __WASI_ERRNO_DEADLK (UINT16_C(16))
#define __WASI_ERRNO_DESTADDRREQ (UINT16_C(17))
#define __WASI_ERRNO_DOM (UINT16_C(18))
#define __WASI_ERRNO_DQUOT (UINT16_C(19))
#define __WASI_ERRNO_EXIST (UINT16_C(20))
#define __WASI_ERRNO_FAULT (UINT16_C(21))
#define __WASI_ERRNO_FBIG (UINT16_C(22))
#define __WASI_ERRNO_HOSTUNREACH (UINT16_C(23))
#define __WASI_ERRNO_IDRM (UINT16_C(24))
#define __WASI_ERRNO_ILSEQ (UINT16_C(25))
#define __WASI_ERRNO_INPROGRESS (UINT16_C(26))
#define __WASI_ERRNO_INTR (UINT16_C(27))
#define __WASI_ERRNO_INVAL (UINT16_C(28))
#define __WASI_ERRNO_IO (UINT16_C(29))
#define __WASI_ERRNO_ISCONN (UINT16_C(30))
#define __WASI_ERRNO_ISDIR (UINT16_C(31))
#define __WASI_ERRNO_LOOP (UINT16_C(32))
#define __WASI_ERRNO_MFILE (UINT16_C(33))
#define __WASI_ERRNO_MLINK (UINT16_C(34))
#define __WASI_ERRNO_MSGSIZE (UINT16_C(35))
#define __WASI_ERRNO_MULTIHOP (UINT16_C(36))
#define __WASI_ERRNO_NAMETOOLONG (UINT16_C(37))
#define __WASI_ERRNO_NETDOWN (UINT16_C(38))
#define __WASI_ERRNO_NETRESET (UINT16_C(39))
#define __WASI_ERRNO_NETUNREACH (UINT16_C(40))
#define __WASI_ERRNO_NFILE (UINT16_C(41))
#define __WASI_ERRNO_NOBUFS (UINT16_C(42))
#define __WASI_ERRNO_NODEV (UINT16_C(43))
#define __WASI_ERRNO_NOENT (UINT16_C(44))
#define __WASI_ERRNO_NOEXEC (UINT16_C(45))
#define __WASI_ERRNO_NOLCK (UINT16_C(46))
#define __WASI_ERRNO_NOLINK (UINT16_C(47))
#define __WASI_ERRNO_NOMEM (UINT16_C(48))
#define __WASI_ERRNO_NOMSG (UINT16_C(49))
#define __WASI_ERRNO_NOPROTOOPT (UINT16_C(50))
#define __WASI_ERRNO_NOSPC (UINT16_C(51))
#define __WASI_ERRNO_NOSYS (UINT16_C(52))
#define __WASI_ERRNO_NOTCONN (UINT16_C(53))
#define __WASI_ERRNO_NOTDIR (UINT16_C(54))
#define __WASI_ERRNO_NOTEMPTY (UINT16_C(55))
#define __WASI_ERRNO_NOTRECOVERABLE (UINT16_C(56))
#define __WASI_ERRNO_NOTSOCK (UINT16_C(57))
#define __WASI_ERRNO_NOTSUP (UINT16_C(58))
#define __WASI_ERRNO_NOTTY (UINT16_C(59))
#define __WASI_ERRNO_NXIO (UINT16_C(60))
#define __WASI_ERRNO_OVERFLOW (UINT16_C(61))
#define __WASI_ERRNO_OWNERDEAD (UINT16_C(62))
#define __WASI_ERRNO_PERM (UINT16_C(63))
#define __WASI_ERRNO_PIPE (UINT16_C(64))
#define __WASI_ERRNO_PROTO (UINT16_C(65))
#define __WASI_ERRNO_PROTONOSUPPORT (UINT16_C(66))
#define __WASI_ERRNO_PROTOTYPE (UINT16_C(67))
#define __WASI_ERRNO_RANGE (UINT16_C(68))
#define __WASI_ERRNO_ROFS (UINT16_C(69))
#define __WASI_ERRNO_SPIPE (UINT16_C(70))
#define __WASI_ERRNO_SRCH (UINT16_C(71))
#define __WASI_ERRNO_STALE (UINT16_C(72))
#define __WASI_ERRNO_TIMEDOUT (UINT16_C(73))
#define __WASI_ERRNO_TXTBSY (UINT16_C(74))
#define __WASI_ERRNO_XDEV (UINT16_C(75))
#define __WASI_ERRNO_NOTCAPABLE (UINT16_C(76))

/*
 * What a descriptor may be used for. Most bits are named after the one call
 * they permit; the exceptions are commented.
 */
typedef uint64_t __wasi_rights_t;
__WASI_API_CHECK_TYPE(__wasi_rights_t, 8, 8)

/* With PATH_OPEN, also lets path_open ask for FDFLAGS_DSYNC. */
#define __WASI_RIGHTS_FD_DATASYNC (UINT64_C(1) << 0)
/* fd_read and sock_recv; fd_pread too when FD_SEEK is held. */
#define __WASI_RIGHTS_FD_READ (UINT64_C(1) << 1)
/* Any fd_seek; implies FD_TELL. */
#define __WASI_RIGHTS_FD_SEEK (UINT64_C(1) << 2)
#define __WASI_RIGHTS_FD_FDSTAT_SET_FLAGS (UINT64_C(1) << 3)
/* With PATH_OPEN, also lets path_open ask for FDFLAGS_RSYNC and _DSYNC. */
#define __WASI_RIGHTS_FD_SYNC (UINT64_C(1) << 4)
/* fd_tell, and fd_seek calls that leave the offset where it is. */
#define __WASI_RIGHTS_FD_TELL (UINT64_C(1) << 5)
/* fd_write and sock_send; fd_pwrite too when FD_SEEK is held. */
#define __WASI_RIGHTS_FD_WRITE (UINT64_C(1) << 6)
#define __WASI_RIGHTS_FD_ADVISE (UINT64_C(1) << 7)
#define __WASI_RIGHTS_FD_ALLOCATE (UINT64_C(1) << 8)
#define __WASI_RIGHTS_PATH_CREATE_DIRECTORY (UINT64_C(1) << 9)
/* With PATH_OPEN, lets path_open use OFLAGS_CREAT. */
#define __WASI_RIGHTS_PATH_CREATE_FILE (UINT64_C(1) << 10)
/* path_link, this descriptor being the directory of the existing file. */
#define __WASI_RIGHTS_PATH_LINK_SOURCE (UINT64_C(1) << 11)
/* path_link, this descriptor being the directory of the new link. */
#define __WASI_RIGHTS_PATH_LINK_TARGET (UINT64_C(1) << 12)
#define __WASI_RIGHTS_PATH_OPEN (UINT64_C(1) << 13)
#define __WASI_RIGHTS_FD_READDIR (UINT64_C(1) << 14)
#define __WASI_RIGHTS_PATH_READLINK (UINT64_C(1) << 15)
/* path_rename, this descriptor being the directory renamed from. */
#define __WASI_RIGHTS_PATH_RENAME_SOURCE (UINT64_C(1) << 16)
/* path_rename, this descriptor being the directory renamed into. */
#define __WASI_RIGHTS_PATH_RENAME_TARGET (UINT64_C(1) << 17)
#define __WASI_RIGHTS_PATH_FILESTAT_GET (UINT64_C(1) << 18)
/* No call of that name exists; with PATH_OPEN, permits OFLAGS_TRUNC. */
#define __WASI_RIGHTS_PATH_FILESTAT_SET_SIZE (UINT64_C(1) << 19)
#define __WASI_RIGHTS_PATH_FILESTAT_SET_TIMES (UINT64_C(1) << 20)
#define __WASI_RIGHTS_FD_FILESTAT_GET (UINT64_C(1) << 21)
#define __WASI_RIGHTS_FD_FILESTAT_SET_SIZE (UINT64_C(1) << 22)
#define __WASI_RIGHTS_FD_FILESTAT_SET_TIMES (UINT64_C(1) << 23)
#define __WASI_RIGHTS_PATH_SYMLINK (UINT64_C(1) << 24)
#define __WASI_RIGHTS_PATH_REMOVE_DIRECTORY (UINT64_C(1) << 25)
#define __WASI_RIGHTS_PATH_UNLINK_FILE (UINT64_C(1) << 26)
/* poll_oneoff on this descriptor, for reading if FD_READ is held and for
   writing if FD_WRITE is. */
#define __WASI_RIGHTS_POLL_FD_READWRITE (UINT64_C(1) << 27)
#define __WASI_RIGHTS_SOCK_SHUTDOWN (UINT64_C(1) << 28)
#define __WASI_RIGHTS_SOCK_ACCEPT (UINT64_C(1) << 29)

/* A descriptor number: a witx handle, passed as an i32. */
typedef int __wasi_fd_t;
__WASI_API_CHECK_TYPE(__wasi_fd_t, 4, 4)

/* One buffer that a scatter read fills. */
typedef struct __wasi_iovec_t {
    uint8_t *buf;
    __wasi_size_t buf_len;
} __wasi_iovec_t;
__WASI_API_CHECK_TYPE(__wasi_iovec_t, 8, 4)
__WASI_API_CHECK_FIELD(__wasi_iovec_t, buf, 0)
__WASI_API_CHECK_FIELD(__wasi_iovec_t, buf_len, 4)

/* One buffer that a gather write takes its bytes from. */
typedef struct __wasi_ciovec_t {
    const uint8_t *buf;
    __wasi_size_t buf_len;
} __wasi_ciovec_t;
__WASI_API_CHECK_TYPE(__wasi_ciovec_t, 8, 4)
__WASI_API_CHECK_FIELD(__wasi_ciovec_t, buf, 0)
__WASI_API_CHECK_FIELD(__wasi_ciovec_t, buf_len, 4)

/* A signed distance to move a file offset by. */
typedef int64_t __wasi_filedelta_t;
__WASI_API_CHECK_TYPE(__wasi_filedelta_t, 8, 8)

/* The point fd_seek measures from. */
typedef uint8_t __wasi_whence_t;
__WASI_API_CHECK_TYPE(__wasi_whence_t, 1, 1)

#define __WASI_WHENCE_SET (UINT8_C(0))
#define __WASI_WHENCE_CUR (UINT8_C(1))
#define __WASI_WHENCE_END (UINT8_C(2))

/* An opaque position in a directory stream, as fd_readdir hands it out. */
typedef uint64_t __wasi_dircookie_t;
__WASI_API_CHECK_TYPE(__wasi_dircookie_t, 8, 8)

/* The witx reserves cookie 0 for "from the first entry". */
#define __WASI_DIRCOOKIE_START (UINT64_C(0))

/* Length of the name that follows a __wasi_dirent_t. */
typedef uint32_t __wasi_dirnamlen_t;
__WASI_API_CHECK_TYPE(__wasi_dirnamlen_t, 4, 4)

/* File serial number, unique within one device. */
typedef uint64_t __wasi_inode_t;
__WASI_API_CHECK_TYPE(__wasi_inode_t, 8, 8)

typedef uint8_t __wasi_filetype_t;
__WASI_API_CHECK_TYPE(__wasi_filetype_t, 1, 1)

/* Also used for anything that none of the other values describes. */
#define __WASI_FILETYPE_UNKNOWN (UINT8_C(0))
#define __WASI_FILETYPE_BLOCK_DEVICE (UINT8_C(1))
#define __WASI_FILETYPE_CHARACTER_DEVICE (UINT8_C(2))
#define __WASI_FILETYPE_DIRECTORY (UINT8_C(3))
#define __WASI_FILETYPE_REGULAR_FILE (UINT8_C(4))
#define __WASI_FILETYPE_SOCKET_DGRAM (UINT8_C(5))
#define __WASI_FILETYPE_SOCKET_STREAM (UINT8_C(6))
#define __WASI_FILETYPE_SYMBOLIC_LINK (UINT8_C(7))

/*
 * The fixed part of each fd_readdir record; d_namlen bytes of name (not
 * NUL-terminated) follow it in the buffer.
 */
typedef struct __wasi_dirent_t {
    /* Cookie that resumes reading after this entry. */
    __wasi_dircookie_t d_next;
    __wasi_inode_t d_ino;
    __wasi_dirnamlen_t d_namlen;
    __wasi_filetype_t d_type;
} __wasi_dirent_t;
__WASI_API_CHECK_TYPE(__wasi_dirent_t, 24, 8)
__WASI_API_CHECK_FIELD(__wasi_dirent_t, d_next, 0)
__WASI_API_CHECK_FIELD(__wasi_dirent_t, d_ino, 8)
__WASI_API_CHECK_FIELD(__wasi_dirent_t, d_namlen, 16)
__WASI_API_CHECK_FIELD(__wasi_dirent_t, d_type, 20)

/* Access-pattern hint for fd_advise, as in posix_fadvise. */
typedef uint8_t __wasi_advice_t;
__WASI_API_CHECK_TYPE(__wasi_advice_t, 1, 1)

#define __WASI_ADVICE_NORMAL (UINT8_C(0))
#define __WASI_ADVICE_SEQUENTIAL (UINT8_C(1))
#define __WASI_ADVICE_RANDOM (UINT8_C(2))
#define __WASI_ADVICE_WILLNEED (UINT8_C(3))
#define __WASI_ADVICE_DONTNEED (UINT8_C(4))
#define __WASI_ADVICE_NOREUSE (UINT8_C(5))

/* Per-descriptor flags, the counterparts of O_APPEND and friends. */
typedef uint16_t __wasi_fdflags_t;
__WASI_API_CHECK_TYPE(__wasi_fdflags_t, 2, 2)

#define __WASI_FDFLAGS_APPEND (UINT16_C(1) << 0)
#define __WASI_FDFLAGS_DSYNC (UINT16_C(1) << 1)
#define __WASI_FDFLAGS_NONBLOCK (UINT16_C(1) << 2)
#define __WASI_FDFLAGS_RSYNC (UINT16_C(1) << 3)
#define __WASI_FDFLAGS_SYNC (UINT16_C(1) << 4)

/* What fd_fdstat_get reports. */
typedef struct __wasi_fdstat_t {
    __wasi_filetype_t fs_filetype;
    __wasi_fdflags_t fs_flags;
    /* Rights held by this descriptor. */
    __wasi_rights_t fs_rights_base;
    /* Upper bound on the rights of descriptors opened through this one. */
    __wasi_rights_t fs_rights_inheriting;
} __wasi_fdstat_t;
__WASI_API_CHECK_TYPE(__wasi_fdstat_t, 24, 8)
__WASI_API_CHECK_FIELD(__wasi_fdstat_t, fs_filetype, 0)
__WASI_API_CHECK_FIELD(__wasi_fdstat_t, fs_flags, 2)
__WASI_API_CHECK_FIELD(__wasi_fdstat_t, fs_rights_base, 8)
__WASI_API_CHECK_FIELD(__wasi_fdstat_t, fs_rights_inheriting, 16)

/* Identifies a file system; with an inode, identifies a file. */
typedef uint64_t __wasi_device_t;
__WASI_API_CHECK_TYPE(__wasi_device_t, 8, 8)

/*
 * Which timestamps the *_filestat_set_times calls change: ATIM and MTIM
 * take the value passed in, the _NOW variants the current realtime clock.
 */
typedef uint16_t __wasi_fstflags_t;
__WASI_API_CHECK_TYPE(__wasi_fstflags_t, 2, 2)

#define __WASI_FSTFLAGS_ATIM (UINT16_C(1) << 0)
#define __WASI_FSTFLAGS_ATIM_NOW (UINT16_C(1) << 1)
#define __WASI_FSTFLAGS_MTIM (UINT16_C(1) << 2)
#define __WASI_FSTFLAGS_MTIM_NOW (UINT16_C(1) << 3)

/* How the last component of a path is resolved. */
typedef uint32_t __wasi_lookupflags_t;
__WASI_API_CHECK_TYPE(__wasi_lookupflags_t, 4, 4)

/* Without it, a symbolic link in the last component is not followed. */
#define __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW (UINT32_C(1) << 0)

/* path_open's counterparts of O_CREAT, O_DIRECTORY, O_EXCL, O_TRUNC. */
typedef uint16_t __wasi_oflags_t;
__WASI_API_CHECK_TYPE(__wasi_oflags_t, 2, 2)

#define __WASI_OFLAGS_CREAT (UINT16_C(1) << 0)
#define __WASI_OFLAGS_DIRECTORY (UINT16_C(1) << 1)
#define __WASI_OFLAGS_EXCL (UINT16_C(1) << 2)
#define __WASI_OFLAGS_TRUNC (UINT16_C(1) << 3)

/* Hard-link count. */
typedef uint64_t __wasi_linkcount_t;
__WASI_API_CHECK_TYPE(__wasi_linkcount_t, 8, 8)

/* What fd_filestat_get and path_filestat_get report. */
typedef struct __wasi_filestat_t {
    __wasi_device_t dev;
    __wasi_inode_t ino;
    __wasi_filetype_t filetype;
    __wasi_linkcount_t nlink;
    /* For a symbolic link, the length of its target. */
    __wasi_filesize_t size;
    /* Hosts that cannot tell report 0 for any of the three times. */
    __wasi_timestamp_t atim;
    __wasi_timestamp_t mtim;
    __wasi_timestamp_t ctim;
} __wasi_filestat_t;
__WASI_API_CHECK_TYPE(__wasi_filestat_t, 64, 8)
__WASI_API_CHECK_FIELD(__wasi_filestat_t, dev, 0)
__WASI_API_CHECK_FIELD(__wasi_filestat_t, ino, 8)
__WASI_API_CHECK_FIELD(__wasi_filestat_t, filetype, 16)
__WASI_API_CHECK_FIELD(__wasi_filestat_t, nlink, 24)
__WASI_API_CHECK_FIELD(__wasi_filestat_t, size, 32)
__WASI_API_CHECK_FIELD(__wasi_filestat_t, atim, 40)
__WASI_API_CHECK_FIELD(__wasi_filestat_t, mtim, 48)
__WASI_API_CHECK_FIELD(__wasi_filestat_t, ctim, 56)

/* Caller-chosen tag that poll_oneoff copies from a subscription to its
   event. */
typedef uint64_t __wasi_userdata_t;
__WASI_API_CHECK_TYPE(__wasi_userdata_t, 8, 8)

/* What a subscription waits for, and what an event reports. */
typedef uint8_t __wasi_eventtype_t;
__WASI_API_CHECK_TYPE(__wasi_eventtype_t, 1, 1)

/* A clock reached the subscription's timeout. */
#define __WASI_EVENTTYPE_CLOCK (UINT8_C(0))
/* A descriptor can be read (always true of regular files). */
#define __WASI_EVENTTYPE_FD_READ (UINT8_C(1))
/* A descriptor can be written (always true of regular files). */
#define __WASI_EVENTTYPE_FD_WRITE (UINT8_C(2))

/* State of a descriptor in an FD_READ or FD_WRITE event. */
typedef uint16_t __wasi_eventrwflags_t;
__WASI_API_CHECK_TYPE(__wasi_eventrwflags_t, 2, 2)

/* The other end of the socket has gone away. */
#define __WASI_EVENTRWFLAGS_FD_READWRITE_HANGUP (UINT16_C(1) << 0)

/* Payload of an FD_READ or FD_WRITE event. */
typedef struct __wasi_event_fd_readwrite_t {
    /* Bytes that can be read or written. */
    __wasi_filesize_t nbytes;
    __wasi_eventrwflags_t flags;
} __wasi_event_fd_readwrite_t;
__WASI_API_CHECK_TYPE(__wasi_event_fd_readwrite_t, 16, 8)
__WASI_API_CHECK_FIELD(__wasi_event_fd_readwrite_t, nbytes, 0)
__WASI_API_CHECK_FIELD(__wasi_event_fd_readwrite_t, flags, 8)

/* One entry of poll_oneoff's output. */
typedef struct __wasi_event_t {
    __wasi_userdata_t userdata;
    /* Nonzero if the subscription itself failed. */
    __wasi_errno_t error;
    __wasi_eventtype_t type;
    /* Meaningless for CLOCK events. */
    __wasi_event_fd_readwrite_t fd_readwrite;
} __wasi_event_t;
__WASI_API_CHECK_TYPE(__wasi_event_t, 32, 8)
__WASI_API_CHECK_FIELD(__wasi_event_t, userdata, 0)
__WASI_API_CHECK_FIELD(__wasi_event_t, error, 8)
__WASI_API_CHECK_FIELD(__wasi_event_t, type, 10)
__WASI_API_CHECK_FIELD(__wasi_event_t, fd_readwrite, 16)

typedef uint16_t __wasi_subclockflags_t;
__WASI_API_CHECK_TYPE(__wasi_subclockflags_t, 2, 2)

/* The timeout is a time on the clock, not a delay from now. */
#define __WASI_SUBCLOCKFLAGS_SUBSCRIPTION_CLOCK_ABSTIME (UINT16_C(1) << 0)

/* Payload of a CLOCK subscription. */
typedef struct __wasi_subscription_clock_t {
    __wasi_clockid_t id;
    __wasi_timestamp_t timeout;
    /* How much later than the timeout the host may report it, so that it
       can batch wake-ups. */
    __wasi_timestamp_t precision;
    __wasi_subclockflags_t flags;
} __wasi_subscription_clock_t;
__WASI_API_CHECK_TYPE(__wasi_subscription_clock_t, 32, 8)
__WASI_API_CHECK_FIELD(__wasi_subscription_clock_t, id, 0)
__WASI_API_CHECK_FIELD(__wasi_subscription_clock_t, timeout, 8)
__WASI_API_CHECK_FIELD(__wasi_subscription_clock_t, precision, 16)
__WASI_API_CHECK_FIELD(__wasi_subscription_clock_t, flags, 24)

/* Payload of an FD_READ or FD_WRITE subscription. */
typedef struct __wasi_subscription_fd_readwrite_t {
    __wasi_fd_t file_descriptor;
} __wasi_subscription_fd_readwrite_t;
__WASI_API_CHECK_TYPE(__wasi_subscription_fd_readwrite_t, 4, 4)
__WASI_API_CHECK_FIELD(__wasi_subscription_fd_readwrite_t, file_descriptor, 0)

/* The payloads of a subscription, one member per eventtype value. */
typedef union __wasi_subscription_u_u_t {
    __wasi_subscription_clock_t clock;
    __wasi_subscription_fd_readwrite_t fd_read;
    __wasi_subscription_fd_readwrite_t fd_write;
} __wasi_subscription_u_u_t;
__WASI_API_CHECK_TYPE(__wasi_subscription_u_u_t, 32, 8)

/* A subscription's kind (an eventtype value) and its payload. */
typedef struct __wasi_subscription_u_t {
    uint8_t tag;
    __wasi_subscription_u_u_t u;
} __wasi_subscription_u_t;
__WASI_API_CHECK_TYPE(__wasi_subscription_u_t, 40, 8)
__WASI_API_CHECK_FIELD(__wasi_subscription_u_t, tag, 0)
__WASI_API_CHECK_FIELD(__wasi_subscription_u_t, u, 8)

/* One entry of poll_oneoff's input. */
typedef struct __wasi_subscription_t {
    __wasi_userdata_t userdata;
    __wasi_subscription_u_t u;
} __wasi_subscription_t;
__WASI_API_CHECK_TYPE(__wasi_subscription_t, 48, 8)
__WASI_API_CHECK_FIELD(__wasi_subscription_t, userdata, 0)
__WASI_API_CHECK_FIELD(__wasi_subscription_t, u, 8)

/* Status passed to proc_exit; 0 means success. */
typedef uint32_t __wasi_exitcode_t;
__WASI_API_CHECK_TYPE(__wasi_exitcode_t, 4, 4)

/* Signals for proc_raise, named as in POSIX; 0 is no signal. */
typedef uint8_t __wasi_signal_t;
__WASI_API_CHECK_TYPE(__wasi_signal_t, 1, 1)

#define __WASI_SIGNAL_NONE (UINT8_C(0))
#define __WASI_SIGNAL_HUP (UINT8_C(1))
#define __WASI_SIGNAL_INT (UINT8_C(2))
#define __WASI_SIGNAL_QUIT (UINT8_C(3))
#define __WASI_SIGNAL_ILL (UINT8_C(4))
#define __WASI_SIGNAL_TRAP (UINT8_C(5))
#define __WASI_SIGNAL_ABRT (UINT8_C(6))
#define __WASI_SIGNAL_BUS (UINT8_C(7))
#define __WASI_SIGNAL_FPE (UINT8_C(8))
#define __WASI_SIGNAL_KILL (UINT8_C(9))
#define __WASI_SIGNAL_USR1 (UINT8_C(10))
#define __WASI_SIGNAL_SEGV (UINT8_C(11))
#define __WASI_SIGNAL_USR2 (UINT8_C(12))
#define __WASI_SIGNAL_PIPE (UINT8_C(13))
#define __WASI_SIGNAL_ALRM (UINT8_C(14))
#define __WASI_SIGNAL_TERM (UINT8_C(15))
#define __WASI_SIGNAL_CHLD (UINT8_C(16))
#define __WASI_SIGNAL_CONT (UINT8_C(17))
#define __WASI_SIGNAL_STOP (UINT8_C(18))
#define __WASI_SIGNAL_TSTP (UINT8_C(19))
#define __WASI_SIGNAL_TTIN (UINT8_C(20))
#define __WASI_SIGNAL_TTOU (UINT8_C(21))
#define __WASI_SIGNAL_URG (UINT8_C(22))
#define __WASI_SIGNAL_XCPU (UINT8_C(23))
#define __WASI_SIGNAL_XFSZ (UINT8_C(24))
#define __WASI_SIGNAL_VTALRM (UINT8_C(25))
#define __WASI_SIGNAL_PROF (UINT8_C(26))
#define __WASI_SIGNAL_WINCH (UINT8_C(27))
#define __WASI_SIGNAL_POLL (UINT8_C(28))
#define __WASI_SIGNAL_PWR (UINT8_C(29))
#define __WASI_SIGNAL_SYS (UINT8_C(30))

/* Flags sock_recv takes, as MSG_PEEK and MSG_WAITALL. */
typedef uint16_t __wasi_riflags_t;
__WASI_API_CHECK_TYPE(__wasi_riflags_t, 2, 2)

#define __WASI_RIFLAGS_RECV_PEEK (UINT16_C(1) << 0)
#define __WASI_RIFLAGS_RECV_WAITALL (UINT16_C(1) << 1)

/* Flags sock_recv returns. */
typedef uint16_t __wasi_roflags_t;
__WASI_API_CHECK_TYPE(__wasi_roflags_t, 2, 2)

/* The message was longer than the buffers, as MSG_TRUNC. */
#define __WASI_ROFLAGS_RECV_DATA_TRUNCATED (UINT16_C(1) << 0)

/* Flags sock_send takes. None are defined; pass 0. */
typedef uint16_t __wasi_siflags_t;
__WASI_API_CHECK_TYPE(__wasi_siflags_t, 2, 2)

/* Directions sock_shutdown closes, as SHUT_RD and SHUT_WR. */
typedef uint8_t __wasi_sdflags_t;
__WASI_API_CHECK_TYPE(__wasi_sdflags_t, 1, 1)

#define __WASI_SDFLAGS_RD (UINT8_C(1) << 0)
#define __WASI_SDFLAGS_WR (UINT8_C(1) << 1)

/* Kinds of capability the host hands the program before it starts. */
typedef uint8_t __wasi_preopentype_t;
__WASI_API_CHECK_TYPE(__wasi_preopentype_t, 1, 1)

#define __WASI_PREOPENTYPE_DIR (UINT8_C(0))

/* Payload of a DIR preopen. */
typedef struct __wasi_prestat_dir_t {
    /* Buffer size fd_prestat_dir_name needs; the name is not
       NUL-terminated. */
    __wasi_size_t pr_name_len;
} __wasi_prestat_dir_t;
__WASI_API_CHECK_TYPE(__wasi_prestat_dir_t, 4, 4)
__WASI_API_CHECK_FIELD(__wasi_prestat_dir_t, pr_name_len, 0)

/* The payloads of a prestat, one member per preopentype value. */
typedef union __wasi_prestat_u_t {
    __wasi_prestat_dir_t dir;
} __wasi_prestat_u_t;
__WASI_API_CHECK_TYPE(__wasi_prestat_u_t, 4, 4)

/* What fd_prestat_get reports: a preopentype value and its payload. */
typedef struct __wasi_prestat_t {
    uint8_t tag;
    __wasi_prestat_u_t u;
} __wasi_prestat_t;
__WASI_API_CHECK_TYPE(__wasi_prestat_t, 8, 4)
__WASI_API_CHECK_FIELD(__wasi_prestat_t, tag, 0)
__WASI_API_CHECK_FIELD(__wasi_prestat_t, u, 4)

/* ---------------------------------------------------------- host imports */

#define __WASI_API_IMPORT(name)                                                \
    __attribute__((__import_module__("wasi_snapshot_preview1"),                \
                   __import_name__(name)))
#define __WASI_API_NORETURN __attribute__((__noreturn__))
#define __WASI_API_MUST_CHECK __attribute__((__warn_unused_result__))

/*
 * Parameter names give the witx parameter each i32/i64 carries; `_len`
 * follows a pointer it measures, `retptrN` is where result N is written.
 */
int32_t __imported_wasi_snapshot_preview1_args_get(int32_t argv, int32_t argv_buf)
    __WASI_API_IMPORT("args_get");
int32_t __imported_wasi_snapshot_preview1_args_sizes_get(int32_t retptr0, int32_t retptr1)
    __WASI_API_IMPORT("args_sizes_get");
int32_t __imported_wasi_snapshot_preview1_environ_get(int32_t environ, int32_t environ_buf)
    __WASI_API_IMPORT("environ_get");
int32_t __imported_wasi_snapshot_preview1_environ_sizes_get(int32_t retptr0, int32_t retptr1)
    __WASI_API_IMPORT("environ_sizes_get");
int32_t __imported_wasi_snapshot_preview1_clock_res_get(int32_t id, int32_t retptr0)
    __WASI_API_IMPORT("clock_res_get");
int32_t __imported_wasi_snapshot_preview1_clock_time_get(int32_t id, int64_t precision,
                                                         int32_t retptr0)
    __WASI_API_IMPORT("clock_time_get");
int32_t __imported_wasi_snapshot_preview1_fd_advise(int32_t fd, int64_t offset, int64_t len,
                                                    int32_t advice)
    __WASI_API_IMPORT("fd_advise");
int32_t __imported_wasi_snapshot_preview1_fd_allocate(int32_t fd, int64_t offset, int64_t len)
    __WASI_API_IMPORT("fd_allocate");
int32_t __imported_wasi_snapshot_preview1_fd_close(int32_t fd)
    __WASI_API_IMPORT("fd_close");
int32_t __imported_wasi_snapshot_preview1_fd_datasync(int32_t fd)
    __WASI_API_IMPORT("fd_datasync");
int32_t __imported_wasi_snapshot_preview1_fd_fdstat_get(int32_t fd, int32_t retptr0)
    __WASI_API_IMPORT("fd_fdstat_get");
int32_t __imported_wasi_snapshot_preview1_fd_fdstat_set_flags(int32_t fd, int32_t flags)
    __WASI_API_IMPORT("fd_fdstat_set_flags");
int32_t __imported_wasi_snapshot_preview1_fd_fdstat_set_rights(int32_t fd,
                                                               int64_t fs_rights_base,
                                                               int64_t fs_rights_inheriting)
    __WASI_API_IMPORT("fd_fdstat_set_rights");
int32_t __imported_wasi_snapshot_preview1_fd_filestat_get(int32_t fd, int32_t retptr0)
    __WASI_API_IMPORT("fd_filestat_get");
int32_t __imported_wasi_snapshot_preview1_fd_filestat_set_size(int32_t fd, int64_t size)
    __WASI_API_IMPORT("fd_filestat_set_size");
int32_t __imported_wasi_snapshot_preview1_fd_filestat_set_times(int32_t fd, int64_t atim,
                                                                int64_t mtim,
                                                                int32_t fst_flags)
    __WASI_API_IMPORT("fd_filestat_set_times");
int32_t __imported_wasi_snapshot_preview1_fd_pread(int32_t fd, int32_t iovs, int32_t iovs_len,
                                                   int64_t offset, int32_t retptr0)
    __WASI_API_IMPORT("fd_pread");
int32_t __imported_wasi_snapshot_preview1_fd_prestat_get(int32_t fd, int32_t retptr0)
    __WASI_API_IMPORT("fd_prestat_get");
int32_t __imported_wasi_snapshot_preview1_fd_prestat_dir_name(int32_t fd, int32_t path,
                                                              int32_t path_len)
    __WASI_API_IMPORT("fd_prestat_dir_name");
int32_t __imported_wasi_snapshot_preview1_fd_pwrite(int32_t fd, int32_t iovs, int32_t iovs_len,
                                                    int64_t offset, int32_t retptr0)
    __WASI_API_IMPORT("fd_pwrite");
int32_t __imported_wasi_snapshot_preview1_fd_read(int32_t fd, int32_t iovs, int32_t iovs_len,
                                                  int32_t retptr0)
    __WASI_API_IMPORT("fd_read");
int32_t __imported_wasi_snapshot_preview1_fd_readdir(int32_t fd, int32_t buf, int32_t buf_len,
                                                     int64_t cookie, int32_t retptr0)
    __WASI_API_IMPORT("fd_readdir");
int32_t __imported_wasi_snapshot_preview1_fd_renumber(int32_t fd, int32_t to)
    __WASI_API_IMPORT("fd_renumber");
int32_t __imported_wasi_snapshot_preview1_fd_seek(int32_t fd, int64_t offset, int32_t whence,
                                                  int32_t retptr0)
    __WASI_API_IMPORT("fd_seek");
int32_t __imported_wasi_snapshot_preview1_fd_sync(int32_t fd)
    __WASI_API_IMPORT("fd_sync");
int32_t __imported_wasi_snapshot_preview1_fd_tell(int32_t fd, int32_t retptr0)
    __WASI_API_IMPORT("fd_tell");
int32_t __imported_wasi_snapshot_preview1_fd_write(int32_t fd, int32_t iovs, int32_t iovs_len,
                                                   int32_t retptr0)
    __WASI_API_IMPORT("fd_write");
int32_t __imported_wasi_snapshot_preview1_path_create_directory(int32_t fd, int32_t path,
                                                                int32_t path_len)
    __WASI_API_IMPORT("path_create_directory");
int32_t __imported_wasi_snapshot_preview1_path_filestat_get(int32_t fd, int32_t flags,
                                                            int32_t path, int32_t path_len,
                                                            int32_t retptr0)
    __WASI_API_IMPORT("path_filestat_get");
int32_t __imported_wasi_snapshot_preview1_path_filestat_set_times(int32_t fd, int32_t flags,
                                                                  int32_t path,
                                                                  int32_t path_len,
                                                                  int64_t atim, int64_t mtim,
                                                                  int32_t fst_flags)
    __WASI_API_IMPORT("path_filestat_set_times");
int32_t __imported_wasi_snapshot_preview1_path_link(int32_t old_fd, int32_t old_flags,
                                                    int32_t old_path, int32_t old_path_len,
                                                    int32_t new_fd, int32_t new_path,
                                                    int32_t new_path_len)
    __WASI_API_IMPORT("path_link");
int32_t __imported_wasi_snapshot_preview1_path_open(int32_t fd, int32_t dirflags, int32_t path,
                                                    int32_t path_len, int32_t oflags,
                                                    int64_t fs_rights_base,
                                                    int64_t fs_rights_inheriting,
                                                    int32_t fdflags, int32_t retptr0)
    __WASI_API_IMPORT("path_open");
int32_t __imported_wasi_snapshot_preview1_path_readlink(int32_t fd, int32_t path,
                                                        int32_t path_len, int32_t buf,
                                                        int32_t buf_len, int32_t retptr0)
    __WASI_API_IMPORT("path_readlink");
int32_t __imported_wasi_snapshot_preview1_path_remove_directory(int32_t fd, int32_t path,
                                                                int32_t path_len)
    __WASI_API_IMPORT("path_remove_directory");
int32_t __imported_wasi_snapshot_preview1_path_rename(int32_t fd, int32_t old_path,
                                                      int32_t old_path_len, int32_t new_fd,
                                                      int32_t new_path, int32_t new_path_len)
    __WASI_API_IMPORT("path_rename");
int32_t __imported_wasi_snapshot_preview1_path_symlink(int32_t old_path, int32_t old_path_len,
                                                       int32_t fd, int32_t new_path,
                                                       int32_t new_path_len)
    __WASI_API_IMPORT("path_symlink");
int32_t __imported_wasi_snapshot_preview1_path_unlink_file(int32_t fd, int32_t path,
                                                           int32_t path_len)
    __WASI_API_IMPORT("path_unlink_file");
int32_t __imported_wasi_snapshot_preview1_poll_oneoff(int32_t in, int32_t out,
                                                      int32_t nsubscriptions, int32_t retptr0)
    __WASI_API_IMPORT("poll_oneoff");
void __imported_wasi_snapshot_preview1_proc_exit(int32_t rval)
    __WASI_API_IMPORT("proc_exit") __WASI_API_NORETURN;
int32_t __imported_wasi_snapshot_preview1_proc_raise(int32_t sig)
    __WASI_API_IMPORT("proc_raise");
int32_t __imported_wasi_snapshot_preview1_sched_yield(void)
    __WASI_API_IMPORT("sched_yield");
int32_t __imported_wasi_snapshot_preview1_random_get(int32_t buf, int32_t buf_len)
    __WASI_API_IMPORT("random_get");
int32_t __imported_wasi_snapshot_preview1_sock_accept(int32_t fd, int32_t flags, int32_t retptr0)
    __WASI_API_IMPORT("sock_accept");
int32_t __imported_wasi_snapshot_preview1_sock_recv(int32_t fd, int32_t ri_data,
                                                    int32_t ri_data_len, int32_t ri_flags,
                                                    int32_t retptr0, int32_t retptr1)
    __WASI_API_IMPORT("sock_recv");
int32_t __imported_wasi_snapshot_preview1_sock_send(int32_t fd, int32_t si_data,
                                                    int32_t si_data_len, int32_t si_flags,
                                                    int32_t retptr0)
    __WASI_API_IMPORT("sock_send");
int32_t __imported_wasi_snapshot_preview1_sock_shutdown(int32_t fd, int32_t how)
    __WASI_API_IMPORT("sock_shutdown");

/* ------------------------------------------------------------- wrappers */

/*
 * In witx order. Results come back through the trailing retptrN pointers
 * and mean nothing unless the call returns __WASI_ERRNO_SUCCESS. Comments
 * name the POSIX call each one resembles where the name does not say it.
 */

/* Fill argv with pointers into argv_buf, sized by args_sizes_get. */
__wasi_errno_t __wasi_args_get(uint8_t **argv, uint8_t *argv_buf) __WASI_API_MUST_CHECK;
/* Argument count, then total bytes of the NUL-terminated arguments. */
__wasi_errno_t __wasi_args_sizes_get(__wasi_size_t *retptr0, __wasi_size_t *retptr1)
    __WASI_API_MUST_CHECK;
/* As args_get, for "NAME=value" strings. */
__wasi_errno_t __wasi_environ_get(uint8_t **environ, uint8_t *environ_buf) __WASI_API_MUST_CHECK;
__wasi_errno_t __wasi_environ_sizes_get(__wasi_size_t *retptr0, __wasi_size_t *retptr1)
    __WASI_API_MUST_CHECK;
/* clock_getres; INVAL for a clock the host does not have. */
__wasi_errno_t __wasi_clock_res_get(__wasi_clockid_t id, __wasi_timestamp_t *retptr0)
    __WASI_API_MUST_CHECK;
/* clock_gettime; precision is the error the caller can tolerate. */
__wasi_errno_t __wasi_clock_time_get(__wasi_clockid_t id, __wasi_timestamp_t precision,
                                     __wasi_timestamp_t *retptr0) __WASI_API_MUST_CHECK;
/* posix_fadvise. */
__wasi_errno_t __wasi_fd_advise(__wasi_fd_t fd, __wasi_filesize_t offset, __wasi_filesize_t len,
                                __wasi_advice_t advice) __WASI_API_MUST_CHECK;
/* posix_fallocate. */
__wasi_errno_t __wasi_fd_allocate(__wasi_fd_t fd, __wasi_filesize_t offset,
                                  __wasi_filesize_t len) __WASI_API_MUST_CHECK;
__wasi_errno_t __wasi_fd_close(__wasi_fd_t fd) __WASI_API_MUST_CHECK;
/* fdatasync. */
__wasi_errno_t __wasi_fd_datasync(__wasi_fd_t fd) __WASI_API_MUST_CHECK;
__wasi_errno_t __wasi_fd_fdstat_get(__wasi_fd_t fd, __wasi_fdstat_t *retptr0)
    __WASI_API_MUST_CHECK;
/* fcntl(F_SETFL). */
__wasi_errno_t __wasi_fd_fdstat_set_flags(__wasi_fd_t fd, __wasi_fdflags_t flags)
    __WASI_API_MUST_CHECK;
/* Can only drop rights; asking for more gives NOTCAPABLE. */
__wasi_errno_t __wasi_fd_fdstat_set_rights(__wasi_fd_t fd, __wasi_rights_t fs_rights_base,
                                           __wasi_rights_t fs_rights_inheriting)
    __WASI_API_MUST_CHECK;
/* fstat. */
__wasi_errno_t __wasi_fd_filestat_get(__wasi_fd_t fd, __wasi_filestat_t *retptr0)
    __WASI_API_MUST_CHECK;
/* ftruncate; growing fills with zero bytes. */
__wasi_errno_t __wasi_fd_filestat_set_size(__wasi_fd_t fd, __wasi_filesize_t size)
    __WASI_API_MUST_CHECK;
/* futimens; fst_flags picks which of atim and mtim apply. */
__wasi_errno_t __wasi_fd_filestat_set_times(__wasi_fd_t fd, __wasi_timestamp_t atim,
                                            __wasi_timestamp_t mtim, __wasi_fstflags_t fst_flags)
    __WASI_API_MUST_CHECK;
/* preadv: reads at offset without moving the descriptor's own offset. */
__wasi_errno_t __wasi_fd_pread(__wasi_fd_t fd, const __wasi_iovec_t *iovs, size_t iovs_len,
                               __wasi_filesize_t offset, __wasi_size_t *retptr0)
    __WASI_API_MUST_CHECK;
/* BADF for a descriptor that was not preopened. */
__wasi_errno_t __wasi_fd_prestat_get(__wasi_fd_t fd, __wasi_prestat_t *retptr0)
    __WASI_API_MUST_CHECK;
/* Copies the preopen's name into path, without a terminating NUL. */
__wasi_errno_t __wasi_fd_prestat_dir_name(__wasi_fd_t fd, uint8_t *path, __wasi_size_t path_len)
    __WASI_API_MUST_CHECK;
/* pwritev. */
__wasi_errno_t __wasi_fd_pwrite(__wasi_fd_t fd, const __wasi_ciovec_t *iovs, size_t iovs_len,
                                __wasi_filesize_t offset, __wasi_size_t *retptr0)
    __WASI_API_MUST_CHECK;
/* readv. */
__wasi_errno_t __wasi_fd_read(__wasi_fd_t fd, const __wasi_iovec_t *iovs, size_t iovs_len,
                              __wasi_size_t *retptr0) __WASI_API_MUST_CHECK;
/*
 * Packs dirent records, each followed by its name, into buf from cookie
 * on; the last record may be cut short. A byte count below buf_len means
 * the end of the directory was reached.
 */
__wasi_errno_t __wasi_fd_readdir(__wasi_fd_t fd, uint8_t *buf, __wasi_size_t buf_len,
                                 __wasi_dircookie_t cookie, __wasi_size_t *retptr0)
    __WASI_API_MUST_CHECK;
/* Gives descriptor fd the number `to`, closing whatever `to` was; like
   dup2 followed by close(fd), but atomic. */
__wasi_errno_t __wasi_fd_renumber(__wasi_fd_t fd, __wasi_fd_t to) __WASI_API_MUST_CHECK;
/* lseek; reports the new offset. */
__wasi_errno_t __wasi_fd_seek(__wasi_fd_t fd, __wasi_filedelta_t offset, __wasi_whence_t whence,
                              __wasi_filesize_t *retptr0) __WASI_API_MUST_CHECK;
/* fsync. */
__wasi_errno_t __wasi_fd_sync(__wasi_fd_t fd) __WASI_API_MUST_CHECK;
/* lseek(fd, 0, SEEK_CUR). */
__wasi_errno_t __wasi_fd_tell(__wasi_fd_t fd, __wasi_filesize_t *retptr0) __WASI_API_MUST_CHECK;
/* writev. */
__wasi_errno_t __wasi_fd_write(__wasi_fd_t fd, const __wasi_ciovec_t *iovs, size_t iovs_len,
                               __wasi_size_t *retptr0) __WASI_API_MUST_CHECK;
/* mkdirat. */
__wasi_errno_t __wasi_path_create_directory(__wasi_fd_t fd, const char *path)
    __WASI_API_MUST_CHECK;
/* fstatat. */
__wasi_errno_t __wasi_path_filestat_get(__wasi_fd_t fd, __wasi_lookupflags_t flags,
                                        const char *path, __wasi_filestat_t *retptr0)
    __WASI_API_MUST_CHECK;
/* utimensat. */
__wasi_errno_t __wasi_path_filestat_set_times(__wasi_fd_t fd, __wasi_lookupflags_t flags,
                                              const char *path, __wasi_timestamp_t atim,
                                              __wasi_timestamp_t mtim,
                                              __wasi_fstflags_t fst_flags) __WASI_API_MUST_CHECK;
/* linkat. */
__wasi_errno_t __wasi_path_link(__wasi_fd_t old_fd, __wasi_lookupflags_t old_flags,
                                const char *old_path, __wasi_fd_t new_fd, const char *new_path)
    __WASI_API_MUST_CHECK;
/*
 * openat. The host may grant fewer base rights than asked when the others
 * cannot apply to the kind of file opened. The new descriptor is below
 * 2^31 but need not be the lowest free one.
 */
__wasi_errno_t __wasi_path_open(__wasi_fd_t fd, __wasi_lookupflags_t dirflags, const char *path,
                                __wasi_oflags_t oflags, __wasi_rights_t fs_rights_base,
                                __wasi_rights_t fs_rights_inheriting, __wasi_fdflags_t fdflags,
                                __wasi_fd_t *retptr0) __WASI_API_MUST_CHECK;
/* readlinkat; reports the bytes stored, with no NUL added. */
__wasi_errno_t __wasi_path_readlink(__wasi_fd_t fd, const char *path, uint8_t *buf,
                                    __wasi_size_t buf_len, __wasi_size_t *retptr0)
    __WASI_API_MUST_CHECK;
/* unlinkat(AT_REMOVEDIR); NOTEMPTY if entries remain. */
__wasi_errno_t __wasi_path_remove_directory(__wasi_fd_t fd, const char *path)
    __WASI_API_MUST_CHECK;
/* renameat. */
__wasi_errno_t __wasi_path_rename(__wasi_fd_t fd, const char *old_path, __wasi_fd_t new_fd,
                                  const char *new_path) __WASI_API_MUST_CHECK;
/* symlinkat: old_path is the link's contents, new_path where it goes. */
__wasi_errno_t __wasi_path_symlink(const char *old_path, __wasi_fd_t fd, const char *new_path)
    __WASI_API_MUST_CHECK;
/* unlinkat(0); ISDIR for a directory. */
__wasi_errno_t __wasi_path_unlink_file(__wasi_fd_t fd, const char *path) __WASI_API_MUST_CHECK;
/*
 * Waits for any of nsubscriptions subscriptions; out must have room for as
 * many events. INVAL if nsubscriptions is 0.
 */
__wasi_errno_t __wasi_poll_oneoff(const __wasi_subscription_t *in, __wasi_event_t *out,
                                  __wasi_size_t nsubscriptions, __wasi_size_t *retptr0)
    __WASI_API_MUST_CHECK;
/* Ends the process; the meaning of nonzero codes is up to the host. */
void __wasi_proc_exit(__wasi_exitcode_t rval) __WASI_API_NORETURN;
/* raise. */
__wasi_errno_t __wasi_proc_raise(__wasi_signal_t sig) __WASI_API_MUST_CHECK;
__wasi_errno_t __wasi_sched_yield(void) __WASI_API_MUST_CHECK;
/* Cryptographic-quality bytes; may block, and may be slow, so better used
   to seed a generator than as a bulk source. */
__wasi_errno_t __wasi_random_get(uint8_t *buf, __wasi_size_t buf_len) __WASI_API_MUST_CHECK;
/* accept, with the new descriptor's flags. */
__wasi_errno_t __wasi_sock_accept(__wasi_fd_t fd, __wasi_fdflags_t flags, __wasi_fd_t *retptr0)
    __WASI_API_MUST_CHECK;
/* recv into several buffers; reports the bytes stored and roflags. */
__wasi_errno_t __wasi_sock_recv(__wasi_fd_t fd, const __wasi_iovec_t *ri_data,
                                size_t ri_data_len, __wasi_riflags_t ri_flags,
                                __wasi_size_t *retptr0, __wasi_roflags_t *retptr1)
    __WASI_API_MUST_CHECK;
/* send from several buffers. */
__wasi_errno_t __wasi_sock_send(__wasi_fd_t fd, const __wasi_ciovec_t *si_data,
                                size_t si_data_len, __wasi_siflags_t si_flags,
                                __wasi_size_t *retptr0) __WASI_API_MUST_CHECK;
/* shutdown. */
__wasi_errno_t __wasi_sock_shutdown(__wasi_fd_t fd, __wasi_sdflags_t how) __WASI_API_MUST_CHECK;

#undef __WASI_API_CHECK_TYPE
#undef __WASI_API_CHECK_FIELD
#undef __WASI_API_IMPORT
#undef __WASI_API_NORETURN
#undef __WASI_API_MUST_CHECK

#ifdef __cplusplus
}
#endif

#endif

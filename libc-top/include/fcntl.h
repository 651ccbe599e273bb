#ifndef _FCNTL_H
#define _FCNTL_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#define __NEED_off_t
#define __NEED_pid_t
#define __NEED_mode_t
#define __NEED_size_t
#define __NEED_ssize_t
#include <bits/alltypes.h>

/* POSIX: <fcntl.h> defines the file mode constants and may make all of
   <sys/stat.h> visible. */
#include <sys/stat.h>

/* The low bits are WASI fdflags; the WASI oflags are shifted left by 12; the
   access modes and the flags WASI lacks take the high bits. These values are
   the established WASI libc ABI. */
#define O_APPEND    0x0001
#define O_DSYNC     0x0002
#define O_NONBLOCK  0x0004
#define O_RSYNC     0x0008
#define O_SYNC      0x0010
#define O_CREAT     (0x0001 << 12)
#define O_DIRECTORY (0x0002 << 12)
#define O_EXCL      (0x0004 << 12)
#define O_TRUNC     (0x0008 << 12)

#define O_NOFOLLOW  0x01000000
#define O_EXEC      0x02000000
#define O_RDONLY    0x04000000
#define O_SEARCH    0x08000000
#define O_WRONLY    0x10000000
#define O_RDWR      (O_RDONLY | O_WRONLY)
#define O_ACCMODE   (O_EXEC | O_RDWR | O_SEARCH)

#define O_CLOEXEC   0
#define O_NOCTTY    0
#define O_TTY_INIT  0

#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#define O_PATH      O_SEARCH
#define O_NDELAY    O_NONBLOCK
#define O_LARGEFILE 0
#define O_NOATIME   0
#define FAPPEND     O_APPEND
#define FNONBLOCK   O_NONBLOCK
#define FNDELAY     O_NONBLOCK
#define FASYNC      0
#endif

#define F_GETFD 1
#define F_SETFD 2
#define F_GETFL 3
#define F_SETFL 4
/* Linux's values, as F_GETFD..F_SETFL above already are. */
#define F_DUPFD 0
#define F_GETLK 5
#define F_SETLK 6
#define F_SETLKW 7
#define F_DUPFD_CLOEXEC 1030

#define FD_CLOEXEC 1

#define F_RDLCK 0
#define F_WRLCK 1
#define F_UNLCK 2

#define AT_FDCWD (-2)
#define AT_EACCESS 0x0
#define AT_SYMLINK_NOFOLLOW 0x1
#define AT_SYMLINK_FOLLOW 0x2
#define AT_REMOVEDIR 0x4

/* The WASI advice values. */
#define POSIX_FADV_NORMAL     0
#define POSIX_FADV_SEQUENTIAL 1
#define POSIX_FADV_RANDOM     2
#define POSIX_FADV_WILLNEED   3
#define POSIX_FADV_DONTNEED   4
#define POSIX_FADV_NOREUSE    5

#undef SEEK_SET
#undef SEEK_CUR
#undef SEEK_END
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

struct flock {
	short l_type;
	short l_whence;
	off_t l_start;
	off_t l_len;
	pid_t l_pid;
};

int creat(const char *, mode_t);
int fcntl(int, int, ...);
int open(const char *, int, ...);
int openat(int, const char *, int, ...);
int posix_fadvise(int, off_t, off_t, int);
int posix_fallocate(int, off_t, off_t);

#if defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)
#define open64 open
#define openat64 openat
#define creat64 creat
#define posix_fadvise64 posix_fadvise
#define posix_fallocate64 posix_fallocate
#define off64_t off_t
#define loff_t off_t
#endif

#ifdef __cplusplus
}
#endif

#endif

/* The established WASI libc's extension API: the preopened directories
   through which paths reach the host, and the *at calls taken apart. */
#ifndef __wasi_libc_h
#define __wasi_libc_h

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#define __NEED_off_t
#define __NEED_time_t
#define __NEED_struct_timespec
#include <bits/alltypes.h>

struct stat;
struct timespec;

/* Adds a directory descriptor to the preopens, named `prefix` (relative
   names are taken relative to "/"). Paths under that name resolve through
   it from now on; the longest matching name wins. */
int __wasilibc_register_preopened_fd(int fd, const char *prefix);

/* Reads the host's preopens now rather than at the first path lookup. */
void __wasilibc_populate_preopens(void);

/* Forgets every preopen, the host's included. */
void __wasilibc_reset_preopens(void);

/* fd_renumber: moves fd onto newfd, closing what newfd was. */
int __wasilibc_fd_renumber(int fd, int newfd);

/* unlinkat without the flag, and its AT_REMOVEDIR form. */
int __wasilibc_unlinkat(int dirfd, const char *path);
int __wasilibc_rmdirat(int dirfd, const char *path);

/* open and openat with no mode argument to read. */
int __wasilibc_open_nomode(const char *path, int oflag);
int __wasilibc_openat_nomode(int dirfd, const char *path, int oflag);

/* The offset of fd, as lseek(fd, 0, SEEK_CUR) but with fd_tell. */
off_t __wasilibc_tell(int fd);

/* faccessat, fstatat and utimensat relative to the current directory. */
int __wasilibc_access(const char *path, int mode, int flags);
int __wasilibc_stat(const char *__restrict path, struct stat *__restrict st, int flags);
int __wasilibc_utimens(const char *path, const struct timespec times[2], int flags);

/* linkat and renameat with one side relative to the current directory. */
int __wasilibc_link(const char *oldpath, const char *newpath, int flags);
int __wasilibc_link_oldat(int olddirfd, const char *oldpath, const char *newpath, int flags);
int __wasilibc_link_newat(const char *oldpath, int newdirfd, const char *newpath, int flags);
int __wasilibc_rename_oldat(int olddirfd, const char *oldpath, const char *newpath);
int __wasilibc_rename_newat(const char *oldpath, int newdirfd, const char *newpath);

#ifdef __cplusplus
}
#endif

#endif

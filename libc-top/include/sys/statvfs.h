#ifndef _SYS_STATVFS_H
#define _SYS_STATVFS_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#define __NEED_fsblkcnt_t
#define __NEED_fsfilcnt_t
#include <bits/alltypes.h>

/* The layout of musl's struct statvfs on a 32-bit little-endian target,
   which WASI libcs share: f_fsid takes the low half of a 64-bit slot. */
struct statvfs {
	unsigned long f_bsize, f_frsize;
	fsblkcnt_t f_blocks, f_bfree, f_bavail;
	fsfilcnt_t f_files, f_ffree, f_favail;
	unsigned long f_fsid;
	int __fsid_high;
	unsigned long f_flag, f_namemax;
	unsigned f_type;
	int __reserved[5];
};

#define ST_RDONLY 1
#define ST_NOSUID 2

int statvfs(const char *__restrict, struct statvfs *__restrict);
int fstatvfs(int, struct statvfs *);

#ifdef __cplusplus
}
#endif

#endif

#include <limits.h>
#include <string.h>
#include <sys/statvfs.h>
#include "stat_impl.h"

/* WASI reports nothing about file systems: only the identity of the one
   holding the file is known (its st_dev). Sizes and counts read as 0,
   which POSIX permits when they are unknown. */
hidden void __statvfs_fill(struct statvfs *out, const struct stat *st)
{
	memset(out, 0, sizeof *out);
	out->f_bsize = 4096;
	out->f_frsize = 4096;
	out->f_fsid = (unsigned long)st->st_dev;
	out->f_flag = ST_NOSUID;
	out->f_namemax = NAME_MAX;
}

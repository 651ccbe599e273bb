#include <dirent.h>
#include <sys/stat.h>
#include "stat_impl.h"

/* DTTOIF: the file-type bits of st_mode for a d_type. */
int __wasilibc_dttoif(int type)
{
	return (int)(__wasi_mode((__wasi_filetype_t)type) & S_IFMT);
}

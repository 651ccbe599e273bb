#include <string.h>
#include "stat_impl.h"

static struct timespec to_timespec(__wasi_timestamp_t t)
{
	return (struct timespec){ (time_t)(t / 1000000000), (long)(t % 1000000000) };
}

hidden void __wasi_to_stat(const __wasi_filestat_t *in, struct stat *out)
{
	mode_t type;
	switch (in->filetype) {
	case __WASI_FILETYPE_BLOCK_DEVICE: type = S_IFBLK; break;
	case __WASI_FILETYPE_CHARACTER_DEVICE: type = S_IFCHR; break;
	case __WASI_FILETYPE_DIRECTORY: type = S_IFDIR; break;
	case __WASI_FILETYPE_REGULAR_FILE: type = S_IFREG; break;
	case __WASI_FILETYPE_SOCKET_DGRAM:
	case __WASI_FILETYPE_SOCKET_STREAM: type = S_IFSOCK; break;
	case __WASI_FILETYPE_SYMBOLIC_LINK: type = S_IFLNK; break;
	default: type = 0; break;
	}
	memset(out, 0, sizeof *out);
	out->st_dev = in->dev;
	out->st_ino = in->ino;
	out->st_nlink = in->nlink;
	out->st_mode = type | (type == S_IFDIR ? 0755 : 0644);
	out->st_size = (off_t)in->size;
	out->st_blksize = 512;
	out->st_blocks = (blkcnt_t)((in->size + 511) / 512);
	out->st_atim = to_timespec(in->atim);
	out->st_mtim = to_timespec(in->mtim);
	out->st_ctim = to_timespec(in->ctim);
}

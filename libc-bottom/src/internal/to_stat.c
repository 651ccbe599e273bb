#include <string.h>
#include "stat_impl.h"

/* WASI has no permission bits: every file reads as its owner's to read
   and write (and to search, for a directory), world-readable, so that
   programs checking modes see a usable file; a symbolic link has the mode
   Linux gives links. Nothing in WASI can be executed, so no file has an x
   bit. */
hidden mode_t __wasi_mode(__wasi_filetype_t type)
{
	switch (type) {
	case __WASI_FILETYPE_BLOCK_DEVICE: return S_IFBLK | 0644;
	case __WASI_FILETYPE_CHARACTER_DEVICE: return S_IFCHR | 0644;
	case __WASI_FILETYPE_DIRECTORY: return S_IFDIR | 0755;
	case __WASI_FILETYPE_REGULAR_FILE: return S_IFREG | 0644;
	case __WASI_FILETYPE_SOCKET_DGRAM:
	case __WASI_FILETYPE_SOCKET_STREAM: return S_IFSOCK | 0644;
	case __WASI_FILETYPE_SYMBOLIC_LINK: return S_IFLNK | 0777;
	default: return 0644;
	}
}

static struct timespec to_timespec(__wasi_timestamp_t t)
{
	return (struct timespec){ (time_t)(t / 1000000000), (long)(t % 1000000000) };
}

hidden void __wasi_to_stat(const __wasi_filestat_t *in, struct stat *out)
{
	memset(out, 0, sizeof *out);
	out->st_dev = in->dev;
	out->st_ino = in->ino;
	out->st_nlink = in->nlink;
	out->st_mode = __wasi_mode(in->filetype);
	out->st_size = (off_t)in->size;
	out->st_blksize = 512;
	out->st_blocks = (blkcnt_t)((in->size + 511) / 512);
	out->st_atim = to_timespec(in->atim);
	out->st_mtim = to_timespec(in->mtim);
	out->st_ctim = to_timespec(in->ctim);
}

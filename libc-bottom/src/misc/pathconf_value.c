#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include "misc_impl.h"

/* The same for every file: WASI says nothing about file systems. -1
   without errno: no limit, or an option not supported. */
hidden long __pathconf_value(int name)
{
	switch (name) {
	case _PC_LINK_MAX: return -1;
	case _PC_MAX_CANON: return 255;
	case _PC_MAX_INPUT: return 255;
	case _PC_NAME_MAX: return NAME_MAX;
	case _PC_PATH_MAX: return PATH_MAX;
	case _PC_PIPE_BUF: return PIPE_BUF;
	case _PC_CHOWN_RESTRICTED: return 1;
	case _PC_NO_TRUNC: return 1;
	case _PC_VDISABLE: return 0;
	case _PC_SYNC_IO: return -1;
	case _PC_ASYNC_IO: return -1;
	case _PC_PRIO_IO: return -1;
	case _PC_SOCK_MAXBUF: return -1;
	case _PC_FILESIZEBITS: return 64;
	case _PC_REC_INCR_XFER_SIZE: return -1;
	case _PC_REC_MAX_XFER_SIZE: return -1;
	case _PC_REC_MIN_XFER_SIZE: return -1;
	case _PC_REC_XFER_ALIGN: return -1;
	case _PC_ALLOC_SIZE_MIN: return -1;
	case _PC_SYMLINK_MAX: return -1;
	case _PC_2_SYMLINKS: return 1;
	default:
		errno = EINVAL;
		return -1;
	}
}

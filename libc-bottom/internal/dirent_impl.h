#ifndef _INTERNAL_DIRENT_IMPL_H
#define _INTERNAL_DIRENT_IMPL_H

#include <dirent.h>
#include <wasi/api.h>

/* A directory stream: fd_readdir's raw output, read ahead a buffer at a
   time, and the entry readdir last returned. */
struct __dirstream {
	int fd;
	__wasi_dircookie_t cookie; /* of the entry at buf + pos */
	char *buf;
	size_t size;     /* of buf */
	size_t len;      /* bytes in buf */
	size_t pos;      /* next entry in buf */
	int end;         /* the host had no entries after buf[len] */
	struct dirent ent;
};

#endif

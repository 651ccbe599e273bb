#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "dirent_impl.h"
#include "fd_impl.h"
#include "syscall.h"

/* Refills the buffer with the entries from d->cookie on. */
static int fill(DIR *d)
{
	int h = __fd_host(d->fd, EBADF);
	if (h < 0)
		return -1;
	__wasi_size_t len;
	__wasi_errno_t e = __wasi_fd_readdir(h, (uint8_t *)d->buf, d->size, d->cookie, &len);
	if (e)
		return __wasi_fail(e);
	d->len = len;
	d->pos = 0;
	/* The host fills the buffer whenever more entries remain. */
	d->end = len < d->size;
	return 0;
}

struct dirent *readdir(DIR *d)
{
	for (;;) {
		size_t left = d->len - d->pos;
		__wasi_dirent_t w;
		if (left >= sizeof w) {
			memcpy(&w, d->buf + d->pos, sizeof w);
			if (w.d_namlen > NAME_MAX) {
				errno = ENAMETOOLONG;
				return 0;
			}
			if (left >= sizeof w + w.d_namlen) {
				d->ent.d_ino = w.d_ino;
				d->ent.d_type = w.d_type;
				memcpy(d->ent.d_name, d->buf + d->pos + sizeof w, w.d_namlen);
				d->ent.d_name[w.d_namlen] = 0;
				d->pos += sizeof w + w.d_namlen;
				d->cookie = w.d_next;
				return &d->ent;
			}
			if (d->pos == 0) {
				/* One entry larger than the buffer. */
				char *b = realloc(d->buf, 2 * d->size);
				if (!b)
					return 0;
				d->buf = b;
				d->size *= 2;
			}
		} else if (d->end) {
			return 0;
		}
		if (fill(d) < 0)
			return 0;
		if (d->len == 0)
			return 0;
	}
}

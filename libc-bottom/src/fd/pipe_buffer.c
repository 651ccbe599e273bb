#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include "pipe_impl.h"

hidden struct __pipe *__pipe_new(void)
{
	struct __pipe *p = calloc(1, sizeof *p);
	if (p)
		p->readers = p->writers = 1;
	return p;
}

hidden ssize_t __pipe_read(struct __pipe *p, const struct iovec *iov, int n, int nonblock, int peek)
{
	if (p->len == 0) {
		if (p->writers == 0)
			return 0;
		errno = nonblock ? EAGAIN : EDEADLK;
		return -1;
	}
	size_t got = 0, at = p->start, left = p->len;
	for (int i = 0; i < n && left; i++) {
		size_t k = iov[i].iov_len < left ? iov[i].iov_len : left;
		memcpy(iov[i].iov_base, p->buf + at, k);
		at += k;
		left -= k;
		got += k;
	}
	if (!peek) {
		p->start = left ? at : 0;
		p->len = left;
	}
	return (ssize_t)got;
}

hidden ssize_t __pipe_write(struct __pipe *p, const struct iovec *iov, int n, int nonblock)
{
	if (p->readers == 0) {
		errno = EPIPE;
		return -1;
	}
	size_t total = 0;
	for (int i = 0; i < n; i++)
		total += iov[i].iov_len;
	if (p->start + p->len + total > p->size) {
		if (p->start) {
			memmove(p->buf, p->buf + p->start, p->len);
			p->start = 0;
		}
		size_t size = p->size ? p->size : 4096;
		while (size < p->len + total)
			size *= 2;
		if (size > p->size) {
			unsigned char *b = realloc(p->buf, size);
			if (!b) {
				errno = nonblock ? EAGAIN : ENOMEM;
				return -1;
			}
			p->buf = b;
			p->size = size;
		}
	}
	for (int i = 0; i < n; i++) {
		memcpy(p->buf + p->start + p->len, iov[i].iov_base, iov[i].iov_len);
		p->len += iov[i].iov_len;
	}
	return (ssize_t)total;
}

hidden void __pipe_drop(struct __pipe *p, int reader)
{
	if (reader)
		p->readers--;
	else
		p->writers--;
	if (p->readers == 0 && p->writers == 0) {
		free(p->buf);
		free(p);
	}
}

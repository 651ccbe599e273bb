/* The growing buffers behind open_memstream and open_wmemstream: one
   implementation counted in elements of `width` bytes (1 for char, the
   size of wchar_t for the wide stream). */
#ifndef _INTERNAL_MEMSTREAM_IMPL_H
#define _INTERNAL_MEMSTREAM_IMPL_H

#include <wchar.h>
#include "stdio_impl.h"

struct memstream {
	FILE f;
	void *bufp;                  /* the caller's char ** or wchar_t ** */
	size_t *sizep;
	char *mem;
	size_t width, cap, len, pos; /* in elements */
	mbstate_t st;                /* the wide stream's decoding state */
	unsigned char buf[UNGET + BUFSIZ];
};

/* Opens a stream whose write operation is `write`; EINVAL for a null
   bufp or sizep (POSIX). */
hidden FILE *__memstream_open(void *bufp, size_t *sizep, size_t width,
                              size_t (*write)(FILE *, const unsigned char *, size_t));

/* Stores n elements at the position, growing the buffer and filling a gap
   left by a seek past the end with zeros; keeps a terminating zero element
   after the end and tells the caller's variables. 0 on success, -1 (with
   F_ERR set, errno ENOMEM or EFBIG) if it cannot. */
hidden int __memstream_put(struct memstream *, const void *src, size_t n);

#endif

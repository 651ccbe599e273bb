/* The mmap emulation's record of what is mapped. */
#ifndef _INTERNAL_MMAN_IMPL_H
#define _INTERNAL_MMAN_IMPL_H

#include <stddef.h>
#include <sys/types.h>
#include "libc.h"

/* A block of heap memory some mappings live in: freed with the last. */
struct __mblock {
	void *mem;
	int refs;
};

/* A mapped range. A shared writable file mapping keeps its own
   descriptor for the file, to write the range back through. */
struct __mapping {
	char *start;
	size_t len;
	struct __mblock *block;
	int fd;        /* -1 unless shared and writable */
	off_t off;     /* file offset of start */
	int prot;
	struct __mapping *next;
};

extern hidden struct __mapping *__mappings;

/* Writes a shared mapping's [start, start+len) back to its file. */
hidden int __mapping_sync(struct __mapping *, char *start, size_t len);

/* Checks that [addr, addr+len) is page-aligned (EINVAL) and wholly
   mapped (ENOMEM). */
hidden int __mapping_check(void *addr, size_t len);

#endif

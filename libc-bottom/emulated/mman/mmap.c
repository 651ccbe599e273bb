#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "mman_impl.h"

hidden struct __mapping *__mappings;

/* WebAssembly has one linear memory and no way to map anything into it:
   a mapping is heap memory (aligned to the page size), zeroed for an
   anonymous one, filled with the file's bytes for a file one. Changes to
   a private mapping stay in memory; a shared one is written back to its
   file by msync and munmap (docs/posix.md). MAP_FIXED would need memory
   at an address of the caller's choosing: ENOTSUP, as POSIX allows. */
void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	int type = flags & MAP_TYPE;
	if (len == 0 || (type != MAP_SHARED && type != MAP_PRIVATE && type != MAP_SHARED_VALIDATE)
	    || (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) || off < 0 || off % PAGESIZE) {
		errno = EINVAL;
		return MAP_FAILED;
	}
	if (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) {
		errno = ENOTSUP;
		return MAP_FAILED;
	}
	if (len > SIZE_MAX - PAGESIZE) {
		errno = ENOMEM;
		return MAP_FAILED;
	}
	int anon = flags & MAP_ANON;
	struct stat st;
	if (!anon && fstat(fd, &st) < 0)
		return MAP_FAILED;
	if (!anon && !S_ISREG(st.st_mode)) {
		errno = ENODEV;
		return MAP_FAILED;
	}
	int shared = type != MAP_PRIVATE && (prot & PROT_WRITE) && !anon;
	struct __mapping *m = malloc(sizeof *m);
	struct __mblock *b = malloc(sizeof *b);
	size_t size = (len + PAGESIZE - 1) / PAGESIZE * PAGESIZE;
	char *mem = aligned_alloc(PAGESIZE, size);
	int own = shared ? dup(fd) : -1;
	if (!m || !b || !mem || (shared && own < 0)) {
		if (own >= 0)
			close(own);
		free(m);
		free(b);
		free(mem);
		errno = ENOMEM;
		return MAP_FAILED;
	}
	memset(mem, 0, size);
	if (!anon) {
		size_t done = 0;
		while (done < len) {
			ssize_t r = pread(fd, mem + done, len - done, off + (off_t)done);
			if (r < 0) {
				int saved = errno == EISDIR || errno == ESPIPE ? ENODEV : errno == EBADF ? EACCES : errno;
				if (own >= 0)
					close(own);
				free(m);
				free(b);
				free(mem);
				errno = saved;
				return MAP_FAILED;
			}
			if (r == 0)
				break;
			done += (size_t)r;
		}
	}
	b->mem = mem;
	b->refs = 1;
	*m = (struct __mapping){ mem, size, b, own, off, prot, __mappings };
	__mappings = m;
	return mem;
}

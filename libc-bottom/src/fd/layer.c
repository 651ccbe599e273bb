/* The part of the descriptor layer that changes slots. See fd_impl.h. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include "fd_impl.h"
#include "preopen.h"
#include "syscall.h"

/* Gives fd a slot, growing the table. */
static struct __fd_slot *slot(int fd)
{
	if ((size_t)fd >= __fd_nslots) {
		size_t n = __fd_nslots ? __fd_nslots : 16;
		while (n <= (size_t)fd)
			n *= 2;
		struct __fd_slot *t = realloc(__fd_slots, n * sizeof *t);
		if (!t)
			return 0;
		memset(t + __fd_nslots, 0, (n - __fd_nslots) * sizeof *t);
		__fd_slots = t;
		__fd_nslots = n;
	}
	return &__fd_slots[fd];
}

/* A new host descriptor that holds a number and nothing else: a
   preopened directory opened again, with no rights at all. Without any
   preopen the host has nothing to give: EMFILE. */
static int placeholder(void)
{
	int dir;
	__wasi_errno_t e = __WASI_ERRNO_MFILE;
	for (size_t i = 0; __preopen_get(i, &dir); i++) {
		__wasi_fd_t fd;
		e = __wasi_path_open(dir, 0, ".", __WASI_OFLAGS_DIRECTORY, 0, 0, 0, &fd);
		if (!e)
			return (int)fd;
		if (e == __WASI_ERRNO_NFILE || e == __WASI_ERRNO_MFILE)
			break;
	}
	return __wasi_fail(e == __WASI_ERRNO_NFILE ? __WASI_ERRNO_MFILE : e);
}

/* A placeholder at `want`, or at the lowest number >= `want` when exact is
   0. Hosts hand out the lowest free number (wasi-run, wasmtime and Node
   all do), so asking repeatedly reaches it; the numbers taken on the way
   are given back. Fails with EMFILE if the host skips past `want`. */
static int placeholder_at(int want, int exact)
{
	int *held = 0, got;
	size_t nheld = 0, cap = 0;
	for (;;) {
		got = placeholder();
		if (got < 0 || got >= want)
			break;
		if (nheld == cap) {
			cap = cap ? 2 * cap : 16;
			int *t = realloc(held, cap * sizeof *t);
			if (!t) {
				(void)__wasi_fd_close(got);
				errno = ENOMEM;
				got = -1;
				break;
			}
			held = t;
		}
		held[nheld++] = got;
	}
	if (got > want && exact) {
		(void)__wasi_fd_close(got);
		errno = EMFILE;
		got = -1;
	}
	while (nheld > 0)
		(void)__wasi_fd_close(held[--nheld]);
	free(held);
	return got;
}

/* The open file description of fd, made shareable: a plain host
   descriptor gets one here. */
static struct __fd_file *share(int fd)
{
	struct __fd_file *f = __fd_file(fd);
	if (f)
		return f;
	__wasi_fdstat_t st;
	__wasi_errno_t e = fd < 0 ? __WASI_ERRNO_BADF : __wasi_fd_fdstat_get(fd, &st);
	if (e) {
		__wasi_fail(e);
		return 0;
	}
	struct __fd_slot *s = slot(fd);
	f = calloc(1, sizeof *f);
	if (!s || !f) {
		free(f);
		errno = ENOMEM;
		return 0;
	}
	f->refs = 1;
	f->host = fd;
	s->file = f;
	return f;
}

/* A host file shared by one number only is a plain descriptor again. */
static void unshare(struct __fd_file *f)
{
	if (f->refs == 1 && f->host >= 0) {
		__fd_slots[f->host].file = 0;
		free(f);
	}
}

/* Drops number fd's reference to f (its slot is already cleared). With
   `keep`, the number stays reserved in the host by a placeholder, for
   dup2 to reuse; otherwise it is closed. */
static int drop(int fd, struct __fd_file *f, int keep)
{
	if (f->host == fd) {
		/* fd holds the host file itself, which other numbers share (a
		   host file with one number has no slot): move it over the
		   placeholder of one of them. */
		int to = 0;
		for (size_t i = 0; i < __fd_nslots; i++)
			if (__fd_slots[i].file == f)
				to = (int)i;
		__wasi_errno_t e = __wasi_fd_renumber(fd, to);
		if (e)
			return __wasi_fail(e);
		f->host = to;
		f->refs--;
		unshare(f);
		return keep && placeholder_at(fd, 1) < 0 ? -1 : 0;
	}
	if (!keep)
		(void)__wasi_fd_close(fd);
	if (--f->refs > 0) {
		unshare(f);
		return 0;
	}
	/* Only a libc-only file loses its last number here. */
	f->ops->release(f);
	free(f);
	return 0;
}

hidden int __fd_close(int fd)
{
	struct __fd_slot *s = &__fd_slots[fd];
	struct __fd_file *f = s->file;
	s->cloexec = 0;
	if (!f)
		return __wasi_result(__wasi_fd_close(fd));
	s->file = 0;
	return drop(fd, f, 0);
}

hidden int __fd_dup(int fd, int min, int cloexec)
{
	struct __fd_file *f = share(fd);
	if (!f)
		return -1;
	int to = placeholder_at(min, 0);
	struct __fd_slot *s = to < 0 ? 0 : slot(to);
	if (!s) {
		if (to >= 0) {
			(void)__wasi_fd_close(to);
			errno = ENOMEM;
		}
		unshare(f);
		return -1;
	}
	s->file = f;
	s->cloexec = cloexec;
	f->refs++;
	return to;
}

hidden int __fd_dup2(int fd, int to, int cloexec)
{
	struct __fd_file *f = share(fd);
	if (!f)
		return -1;
	struct __fd_slot *s = slot(to);
	if (!s) {
		unshare(f);
		errno = ENOMEM;
		return -1;
	}
	struct __fd_file *old = s->file;
	if (old == f) {
		s->cloexec = cloexec;
		return to;
	}
	__wasi_fdstat_t st;
	int r;
	if (old) {
		s->file = 0;
		r = drop(to, old, 1);
	} else if (!__wasi_fd_fdstat_get(to, &st)) {
		/* A plain host descriptor: replace it by a placeholder. */
		int p = placeholder();
		r = p < 0 ? -1 : __wasi_result(__wasi_fd_renumber(p, to));
		if (r < 0 && p >= 0)
			(void)__wasi_fd_close(p);
	} else {
		r = placeholder_at(to, 1);
	}
	if (r < 0) {
		unshare(f);
		return -1;
	}
	s = &__fd_slots[to];
	s->file = f;
	s->cloexec = cloexec;
	f->refs++;
	return to;
}

hidden int __fd_new(const struct __fd_ops *ops, void *obj, int flags, int cloexec)
{
	struct __fd_file *f = calloc(1, sizeof *f);
	if (!f) {
		errno = ENOMEM;
		return -1;
	}
	int fd = placeholder();
	struct __fd_slot *s = fd < 0 ? 0 : slot(fd);
	if (!s) {
		if (fd >= 0) {
			(void)__wasi_fd_close(fd);
			errno = ENOMEM;
		}
		free(f);
		return -1;
	}
	f->refs = 1;
	f->host = -1;
	f->flags = flags;
	f->ops = ops;
	f->obj = obj;
	s->file = f;
	s->cloexec = cloexec;
	return fd;
}

hidden int __fd_set_cloexec(int fd, int on)
{
	if (!on && (size_t)fd >= __fd_nslots)
		return 0;
	struct __fd_slot *s = slot(fd);
	if (!s) {
		errno = ENOMEM;
		return -1;
	}
	s->cloexec = on;
	return 0;
}

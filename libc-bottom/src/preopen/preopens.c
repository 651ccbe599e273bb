#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "path.h"
#include "preopen.h"
#include "syscall.h"

/* The directories the host preopened (descriptors 3, 4, ... in the order
   the host gives them) and those the program registered. */
struct preopen {
	char *name;
	int fd;
};

static struct preopen *table;
static size_t count, capacity;
static int populated;

static int add(int fd, const char *name)
{
	if (count == capacity) {
		size_t cap = capacity ? 2 * capacity : 4;
		struct preopen *t = realloc(table, cap * sizeof *t);
		if (!t)
			return -1;
		table = t;
		capacity = cap;
	}
	/* A relative name is relative to the initial working directory "/",
	   whatever the current one is now. */
	char *abs = malloc(strlen(name) + 2);
	if (!abs)
		return -1;
	abs[0] = '/';
	strcpy(abs + 1, name);
	char *norm = __path_absolute(abs);
	free(abs);
	if (!norm)
		return -1;
	size_t n = strlen(norm);
	if (n > 1 && norm[n - 1] == '/')
		norm[n - 1] = 0;
	table[count].name = norm;
	table[count].fd = fd;
	count++;
	return 0;
}

/* Asks the host for its preopens, once. A failure here (out of memory)
   leaves the table with the preopens found so far. */
void __wasilibc_populate_preopens(void)
{
	if (populated)
		return;
	populated = 1;
	for (__wasi_fd_t fd = 3;; fd++) {
		__wasi_prestat_t ps;
		if (__wasi_fd_prestat_get(fd, &ps))
			break;
		if (ps.tag != __WASI_PREOPENTYPE_DIR)
			continue;
		size_t len = ps.u.dir.pr_name_len;
		char *name = malloc(len + 1);
		if (!name)
			return;
		if (__wasi_fd_prestat_dir_name(fd, (uint8_t *)name, len)) {
			free(name);
			continue;
		}
		name[len] = 0;
		int r = add((int)fd, name);
		free(name);
		if (r < 0)
			return;
	}
}

int __wasilibc_register_preopened_fd(int fd, const char *name)
{
	__wasilibc_populate_preopens();
	if (add(fd, name) < 0) {
		errno = ENOMEM;
		return -1;
	}
	return 0;
}

/* Forgets every preopen, including the host's: they will not be asked for
   again. */
void __wasilibc_reset_preopens(void)
{
	for (size_t i = 0; i < count; i++)
		free(table[i].name);
	count = 0;
	populated = 1;
}

/* Length of the match of a preopen name (without its leading '/', so ""
   for "/") against a path (without its leading slashes), or -1. A match
   ends at a component boundary. */
static long match(const char *name, const char *path)
{
	size_t n = strlen(name);
	if (n && (strncmp(name, path, n) || (path[n] && path[n] != '/')))
		return -1;
	return (long)n;
}

hidden int __preopen_match(const char *path, const char **rel, const char **name)
{
	__wasilibc_populate_preopens();
	while (*path == '/')
		path++;
	long best = -1;
	size_t which = 0;
	/* The latest registration wins a tie. */
	for (size_t i = count; i-- > 0;) {
		long m = match(table[i].name + 1, path);
		if (m > best) {
			best = m;
			which = i;
		}
	}
	if (best < 0) {
		errno = ENOENT;
		return -1;
	}
	const char *r = path + best;
	while (*r == '/')
		r++;
	*rel = *r ? r : ".";
	if (name)
		*name = table[which].name;
	return table[which].fd;
}

hidden const char *__preopen_get(size_t i, int *fd)
{
	__wasilibc_populate_preopens();
	if (i >= count)
		return 0;
	*fd = table[i].fd;
	return table[i].name;
}

hidden int __preopen_is_ancestor(const char *abs)
{
	__wasilibc_populate_preopens();
	size_t n = strlen(abs);
	for (size_t i = 0; i < count; i++) {
		const char *p = table[i].name;
		if (!strcmp(abs, "/") || (!strncmp(p, abs, n) && p[n] == '/'))
			return 1;
	}
	return 0;
}

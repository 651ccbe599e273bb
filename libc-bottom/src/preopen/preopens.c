#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "preopen.h"
#include "syscall.h"

/* The directories the host preopened (descriptors 3, 4, ... in the order
   the host gives them) or the program registered, each with its path in the
   guest namespace, normalised: no "./" prefix, no trailing '/', "" for the
   directory that relative paths resolve against ("." on the command line). */
struct preopen {
	const char *prefix;
	int fd;
};

static struct preopen *table;
static size_t count, capacity;
static int populated;

/* Drops leading "./" and trailing '/' (but keeps a lone "/"). */
static char *normalise(const char *path)
{
	while (path[0] == '.' && path[1] == '/')
		path += 2;
	if (!strcmp(path, "."))
		path = "";
	size_t n = strlen(path);
	while (n > 1 && path[n - 1] == '/')
		n--;
	return strndup(path, n);
}

static int add(int fd, const char *prefix)
{
	if (count == capacity) {
		size_t cap = capacity ? 2 * capacity : 4;
		struct preopen *t = realloc(table, cap * sizeof *t);
		if (!t)
			return -1;
		table = t;
		capacity = cap;
	}
	char *p = normalise(prefix);
	if (!p)
		return -1;
	table[count].prefix = p;
	table[count].fd = fd;
	count++;
	return 0;
}

/* Asks the host for its preopens. A failure here (out of memory) leaves
   the table with the preopens found so far. */
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

int __wasilibc_register_preopened_fd(int fd, const char *prefix)
{
	__wasilibc_populate_preopens();
	if (add(fd, prefix) < 0) {
		errno = ENOMEM;
		return -1;
	}
	return 0;
}

void __wasilibc_reset_preopens(void)
{
	for (size_t i = 0; i < count; i++)
		free((char *)table[i].prefix);
	count = 0;
	populated = 1;
}

/* The length of the match of prefix p against path, or -1: a match ends at
   a component boundary. "/" matches every absolute path; "" matches every
   relative one. */
static long match(const char *p, const char *path)
{
	size_t n = strlen(p);
	if (n == 0)
		return path[0] != '/' ? 0 : -1;
	if (!strcmp(p, "/"))
		return path[0] == '/' ? 1 : -1;
	if (strncmp(p, path, n) || (path[n] && path[n] != '/'))
		return -1;
	return (long)n;
}

int __wasilibc_find_abspath(const char *path, const char **abs_prefix, const char **rel)
{
	__wasilibc_populate_preopens();
	while (path[0] == '.' && path[1] == '/')
		path += 2;
	long best = -1;
	size_t which = 0;
	for (size_t i = count; i-- > 0;) {
		long m = match(table[i].prefix, path);
		if (m > best) {
			best = m;
			which = i;
		}
	}
	/* With no current directory yet, a relative path also names the entry
	   under "/": match it against the absolute preopens without their
	   leading '/'. */
	if (best < 0 && path[0] != '/') {
		for (size_t i = count; i-- > 0;) {
			const char *p = table[i].prefix;
			long m = p[0] == '/' ? match(p + 1, path) : -1;
			if (m > best) {
				best = m;
				which = i;
			}
		}
	}
	if (best < 0) {
		errno = ENOENT;
		return -1;
	}
	const char *r = path + best;
	while (*r == '/')
		r++;
	*abs_prefix = table[which].prefix;
	*rel = *r ? r : ".";
	return table[which].fd;
}

int __wasilibc_find_relpath(const char *path, const char **abs_prefix, char **relative_path,
                            size_t relative_path_len)
{
	const char *rel;
	int fd = __wasilibc_find_abspath(path, abs_prefix, &rel);
	if (fd < 0)
		return -1;
	size_t n = strlen(rel) + 1;
	if (n > relative_path_len) {
		errno = ERANGE;
		return -1;
	}
	memcpy(*relative_path, rel, n);
	return fd;
}

#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "libc.h"

typedef int (*callback)(const char *, const struct stat *, int, struct FTW *);

/* A directory on the way down, to stop at a loop of symbolic links. */
struct ancestor {
	dev_t dev;
	ino_t ino;
	const struct ancestor *up;
};

struct walk {
	char path[PATH_MAX];
	callback fn;
	int flags;
	dev_t dev;
	char *start; /* the directory the walk started in, for FTW_CHDIR */
};

/* With FTW_CHDIR, goes to the directory that holds the object whose name
   starts at w->path + base. */
static int to_parent(struct walk *w, int base)
{
	if (!(w->flags & FTW_CHDIR))
		return 0;
	if ((base == 0 || w->path[0] != '/') && chdir(w->start) < 0)
		return -1;
	if (base == 0)
		return 0;
	char c = w->path[base];
	w->path[base] = 0;
	int r = chdir(w->path);
	w->path[base] = c;
	return r;
}

static int visit(struct walk *w, size_t len, int base, int level, const struct ancestor *up);

/* Reports the entries of the open directory d, whose path is w->path. */
static int children(struct walk *w, DIR *d, size_t len, int level, const struct ancestor *self)
{
	struct dirent *e;
	int r = 0;
	errno = 0;
	while ((e = readdir(d))) {
		const char *n = e->d_name;
		if (n[0] == '.' && (!n[1] || (n[1] == '.' && !n[2])))
			continue;
		size_t nl = strlen(n), sep = len > 0 && w->path[len - 1] != '/';
		if (len + sep + nl >= sizeof w->path) {
			errno = ENAMETOOLONG;
			return -1;
		}
		if (sep)
			w->path[len] = '/';
		memcpy(w->path + len + sep, n, nl + 1);
		if (to_parent(w, (int)(len + sep)) < 0)
			return -1;
		r = visit(w, len + sep + nl, (int)(len + sep), level + 1, self);
		w->path[len] = 0;
		if (r)
			return r;
		errno = 0;
	}
	return errno ? -1 : 0;
}

static int visit(struct walk *w, size_t len, int base, int level, const struct ancestor *up)
{
	struct stat st;
	struct FTW ftw = { base, level };
	int type, phys = w->flags & FTW_PHYS;
	/* With FTW_CHDIR the current directory holds the object. */
	const char *at = (w->flags & FTW_CHDIR) && level > 0 ? w->path + base : w->path;
	if ((phys ? lstat(at, &st) : stat(at, &st)) < 0) {
		if (!phys && errno == ENOENT && lstat(at, &st) == 0)
			type = FTW_SLN;
		else if (errno == EACCES || errno == ENOENT || errno == ENOTDIR || errno == ELOOP)
			type = FTW_NS;
		else
			return -1;
	} else if (S_ISDIR(st.st_mode)) {
		type = FTW_D;
	} else if (S_ISLNK(st.st_mode)) {
		type = FTW_SL;
	} else {
		type = FTW_F;
	}
	if (level == 0)
		w->dev = st.st_dev;
	else if (type != FTW_NS && (w->flags & FTW_MOUNT) && st.st_dev != w->dev)
		return 0;
	if (type != FTW_D)
		return w->fn(w->path, &st, type, &ftw);
	for (const struct ancestor *a = up; a; a = a->up)
		if (a->dev == st.st_dev && a->ino == st.st_ino)
			return 0;
	DIR *d = opendir(at);
	if (!d)
		return w->fn(w->path, &st, FTW_DNR, &ftw);
	int r = 0;
	if (!(w->flags & FTW_DEPTH))
		r = w->fn(w->path, &st, FTW_D, &ftw);
	if (!r) {
		struct ancestor self = { st.st_dev, st.st_ino, up };
		r = children(w, d, len, level, &self);
	}
	int saved = errno;
	closedir(d);
	errno = saved;
	if (!r && (w->flags & FTW_DEPTH)) {
		r = to_parent(w, base);
		if (!r)
			r = w->fn(w->path, &st, FTW_DP, &ftw);
	}
	return r;
}

/* The descriptor limit is not needed: one directory stream is open per
   level of the walk. */
int nftw(const char *path, callback fn, int fd_limit, int flags)
{
	size_t len = strlen(path);
	if (len >= PATH_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	struct walk *w = malloc(sizeof *w);
	if (!w)
		return -1;
	w->start = 0;
	if ((flags & FTW_CHDIR) && !(w->start = getcwd(0, 0))) {
		free(w);
		return -1;
	}
	memcpy(w->path, path, len + 1);
	w->fn = fn;
	w->flags = flags;
	size_t base = len;
	while (base > 1 && path[base - 1] == '/')
		base--;
	while (base > 0 && path[base - 1] != '/')
		base--;
	int r = visit(w, len, (int)base, 0, 0);
	if (w->start) {
		int saved = errno;
		chdir(w->start);
		errno = saved;
		free(w->start);
	}
	free(w);
	return r;
}

weak_alias(nftw, nftw64);

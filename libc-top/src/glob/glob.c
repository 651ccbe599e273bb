#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "libc.h"

/* POSIX glob (XSH glob, XCU 2.13.3). The pattern is taken one slash-
   separated component at a time: a component without '*', '?' or '[' is
   appended as it is (less its escapes), one with them is matched with
   fnmatch against the entries of each directory reached so far. A path
   made of plain components only is a match if it exists. */

struct paths {
	char **v;
	size_t n, cap;
};

static int push(struct paths *p, char *s)
{
	if (!s)
		return 0;
	if (p->n == p->cap) {
		size_t cap = p->cap ? 2 * p->cap : 16;
		char **v = realloc(p->v, cap * sizeof *v);
		if (!v) {
			free(s);
			return 0;
		}
		p->v = v;
		p->cap = cap;
	}
	p->v[p->n++] = s;
	return 1;
}

static void clear(struct paths *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->v[i]);
	free(p->v);
	p->v = 0;
	p->n = p->cap = 0;
}

/* dir + sep + name as a new string. */
static char *join(const char *dir, const char *sep, size_t seplen, const char *name, size_t len)
{
	size_t d = strlen(dir);
	char *s = malloc(d + seplen + len + 1);
	if (s) {
		memcpy(s, dir, d);
		memcpy(s + d, sep, seplen);
		memcpy(s + d + seplen, name, len);
		s[d + seplen + len] = 0;
	}
	return s;
}

static int has_magic(const char *s, size_t n, int noescape)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '*' || s[i] == '?' || s[i] == '[')
			return 1;
		if (s[i] == '\\' && !noescape && i + 1 < n)
			i++;
	}
	return 0;
}

/* A plain component less its escapes, in place of the n bytes at s. */
static size_t unescape(char *out, const char *s, size_t n, int noescape)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\\' && !noescape && i + 1 < n)
			i++;
		out[k++] = s[i];
	}
	return k;
}

static int compare(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_dir(const char *path)
{
	struct stat st;
	return !stat(path, &st) && S_ISDIR(st.st_mode);
}

struct search {
	int flags;
	int (*errfunc)(const char *, int);
	int aborted;
};

/* Adds to out each entry of dir (the path so far: "" for the current
   directory, or for the root when seplen says the pattern starts with
   slashes) whose name the component pattern [pat, pat + n) matches. */
static int expand(struct search *g, const char *dir, const char *sep, size_t seplen,
                  const char *pat, size_t n, struct paths *out)
{
	char *component = malloc(n + 1);
	if (!component)
		return 0;
	memcpy(component, pat, n);
	component[n] = 0;
	const char *open_path = *dir ? dir : seplen ? "/" : ".";
	DIR *d = opendir(open_path);
	if (!d && errno != ENOENT && errno != ENOTDIR &&
	    ((g->errfunc && g->errfunc(open_path, errno)) || g->flags & GLOB_ERR))
		g->aborted = 1;
	int fnflags = FNM_PERIOD * !(g->flags & GLOB_PERIOD) | FNM_NOESCAPE * !!(g->flags & GLOB_NOESCAPE);
	int ok = 1;
	struct dirent *e;
	while (d && ok && (errno = 0, e = readdir(d)))
		if (!fnmatch(component, e->d_name, fnflags))
			ok = push(out, join(dir, sep, seplen, e->d_name, strlen(e->d_name)));
	if (d && ok && errno && ((g->errfunc && g->errfunc(open_path, errno)) || g->flags & GLOB_ERR))
		g->aborted = 1;
	if (d)
		closedir(d);
	free(component);
	return ok;
}

/* Runs the pattern; the matches go to out. */
static int search(struct search *g, const char *pattern, struct paths *out)
{
	struct paths cur = { 0 }, next = { 0 };
	int noescape = (g->flags & GLOB_NOESCAPE) != 0, last_magic = 0;
	const char *p = pattern, *sep = p;
	while (*p == '/')
		p++;
	size_t seplen = (size_t)(p - sep);
	if (!push(&cur, strdup("")))
		return GLOB_NOSPACE;
	/* cur holds the paths so far; sep and seplen, the slashes between
	   them and the component at p */
	while (*p) {
		size_t n = strcspn(p, "/");
		last_magic = has_magic(p, n, noescape);
		for (size_t i = 0; i < cur.n && !g->aborted; i++) {
			int ok;
			if (last_magic) {
				ok = expand(g, cur.v[i], sep, seplen, p, n, &next);
			} else {
				char *plain = malloc(n + 1);
				ok = plain != 0;
				if (ok) {
					size_t k = unescape(plain, p, n, noescape);
					ok = push(&next, join(cur.v[i], sep, seplen, plain, k));
					free(plain);
				}
			}
			if (!ok) {
				clear(&cur);
				clear(&next);
				return GLOB_NOSPACE;
			}
		}
		clear(&cur);
		cur = next;
		next = (struct paths){ 0 };
		p += n;
		sep = p;
		while (*p == '/')
			p++;
		seplen = (size_t)(p - sep);
	}
	/* What came from a directory exists; a plain last component must be
	   checked. Trailing slashes keep only directories, and stay on them. */
	int ok = 1;
	for (size_t i = 0; i < cur.n; i++) {
		char *path = cur.v[i];
		struct stat st;
		const char *name = *path ? path : "/";
		int keep = seplen ? is_dir(name) : *path && (last_magic || !lstat(path, &st));
		if (keep && ok && seplen) {
			ok = push(out, join(path, sep, seplen, "", 0));
		} else if (keep && ok) {
			ok = push(out, path);
			continue;
		}
		free(path);
	}
	free(cur.v);
	return ok ? 0 : GLOB_NOSPACE;
}

int glob(const char *__restrict pattern, int flags, int (*errfunc)(const char *, int), glob_t *__restrict g)
{
	struct search s = { flags, errfunc, 0 };
	struct paths found = { 0 };
	if (!(flags & GLOB_APPEND)) {
		g->gl_pathc = 0;
		g->gl_pathv = 0;
		if (!(flags & GLOB_DOOFFS))
			g->gl_offs = 0;
	}
	size_t offs = flags & GLOB_DOOFFS ? g->gl_offs : 0;
	int r = search(&s, pattern, &found);
	if (!r && s.aborted)
		r = GLOB_ABORTED;
	if (!r && !found.n) {
		if (flags & GLOB_NOCHECK)
			r = push(&found, strdup(pattern)) ? 0 : GLOB_NOSPACE;
		else
			r = GLOB_NOMATCH;
	}
	for (size_t i = 0; !r && flags & GLOB_MARK && i < found.n; i++) {
		size_t len = strlen(found.v[i]);
		if (len && found.v[i][len - 1] != '/' && is_dir(found.v[i])) {
			char *marked = join(found.v[i], "/", 1, "", 0);
			if (!marked) {
				r = GLOB_NOSPACE;
				break;
			}
			free(found.v[i]);
			found.v[i] = marked;
		}
	}
	if (!r && !(flags & GLOB_NOSORT))
		qsort(found.v, found.n, sizeof *found.v, compare);
	if (r != 0 && r != GLOB_ABORTED) {
		clear(&found);
		return r;
	}
	/* gl_pathv: gl_offs nulls, the earlier matches, the new, a null */
	size_t old = g->gl_pathc;
	char **v = realloc(g->gl_pathv, (offs + old + found.n + 1) * sizeof *v);
	if (!v) {
		clear(&found);
		return GLOB_NOSPACE;
	}
	if (!old)
		for (size_t i = 0; i < offs; i++)
			v[i] = 0;
	memcpy(v + offs + old, found.v, found.n * sizeof *v);
	v[offs + old + found.n] = 0;
	g->gl_pathv = v;
	g->gl_pathc = old + found.n;
	free(found.v);
	return r;
}

weak_alias(glob, glob64);

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "fd_impl.h"
#include "path.h"
#include "preopen.h"

/* The absolute path each host descriptor was opened with (see
   __path_note): a number reused since is caught by comparing the file's
   serial number with what the path names now. */
static char **notes;
static size_t nnotes;

hidden void __path_note(int fd, int dirfd, const char *path)
{
	char *abs;
	if (path[0] == '/' || dirfd == AT_FDCWD) {
		abs = __path_absolute(path);
	} else {
		int h = __fd_host(dirfd, ENOTDIR);
		const char *base = h >= 0 && (size_t)h < nnotes ? notes[h] : 0;
		char *joined = base ? malloc(strlen(base) + strlen(path) + 2) : 0;
		if (joined) {
			strcat(strcat(strcpy(joined, base), "/"), path);
		}
		abs = joined ? __path_absolute(joined) : 0;
		free(joined);
	}
	if ((size_t)fd >= nnotes) {
		size_t n = nnotes ? nnotes : 16;
		while (n <= (size_t)fd)
			n *= 2;
		char **t = realloc(notes, n * sizeof *t);
		if (!t) {
			free(abs);
			return;
		}
		memset(t + nnotes, 0, (n - nnotes) * sizeof *t);
		notes = t;
		nnotes = n;
	}
	free(notes[fd]);
	notes[fd] = abs;
}

/* The path of a directory descriptor: the one it was opened with, or a
   preopen's name. */
static const char *path_of(int h, const struct stat *st)
{
	struct stat now;
	if ((size_t)h < nnotes && notes[h] && stat(notes[h], &now) == 0
	    && now.st_dev == st->st_dev && now.st_ino == st->st_ino)
		return notes[h];
	int fd;
	const char *name;
	for (size_t i = 0; (name = __preopen_get(i, &fd)); i++)
		if (fd == h)
			return name;
	return 0;
}

int fchdir(int fd)
{
	int h = __fd_host(fd, ENOTDIR);
	if (h < 0)
		return -1;
	struct stat st;
	if (fstat(fd, &st) < 0)
		return -1;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return -1;
	}
	const char *path = path_of(h, &st);
	/* A directory reached other than by open (fdopendir on an inherited
	   descriptor) has no known path: WASI gives no way to search up
	   from it. */
	char *copy = path ? strdup(path) : 0;
	if (!copy) {
		errno = path ? ENOMEM : EACCES;
		return -1;
	}
	size_t n = strlen(copy);
	if (n > 1 && copy[n - 1] == '/')
		copy[n - 1] = 0;
	free(__cwd);
	__cwd = copy;
	return 0;
}

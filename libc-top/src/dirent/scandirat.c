#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void free_list(struct dirent **list, size_t n)
{
	while (n > 0)
		free(list[--n]);
	free(list);
}

int scandirat(int dirfd, const char *path, struct dirent ***out,
              int (*keep)(const struct dirent *),
              int (*cmp)(const struct dirent **, const struct dirent **))
{
	int fd = openat(dirfd, path, O_RDONLY | O_DIRECTORY);
	if (fd < 0)
		return -1;
	DIR *d = fdopendir(fd);
	if (!d) {
		close(fd);
		return -1;
	}
	struct dirent **list = 0, *e;
	size_t n = 0, cap = 0;
	int saved = errno;
	errno = 0;
	while ((e = readdir(d))) {
		if (keep && !keep(e))
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			struct dirent **t = realloc(list, cap * sizeof *t);
			if (!t)
				break;
			list = t;
		}
		/* Only the used part of d_name is copied; the rest of the
		   struct is never read. */
		size_t len = offsetof(struct dirent, d_name) + strlen(e->d_name) + 1;
		struct dirent *copy = malloc(len);
		if (!copy)
			break;
		memcpy(copy, e, len);
		list[n++] = copy;
	}
	int err = errno;
	closedir(d);
	if (err || n > INT32_MAX) {
		free_list(list, n);
		errno = err ? err : EOVERFLOW;
		return -1;
	}
	errno = saved;
	if (cmp && n > 1)
		qsort(list, n, sizeof *list, (int (*)(const void *, const void *))cmp);
	*out = list;
	return (int)n;
}

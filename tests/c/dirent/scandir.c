/* scandir, scandirat, alphasort, versionsort. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

static int no_dots(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

int main(void)
{
	const char *names[] = { "file10", "file9", "b", "A", "file1", ".hidden" };
	CHECK(mkdir("/tmp/d", 0755) == 0);
	for (int i = 0; i < 6; i++) {
		char p[64] = "/tmp/d/";
		strcat(p, names[i]);
		close(open(p, O_WRONLY | O_CREAT, 0644));
	}
	struct dirent **list;
	int n = scandir("/tmp/d", &list, no_dots, alphasort);
	CHECK(n == 5);
	const char *alpha[] = { "A", "b", "file1", "file10", "file9" };
	for (int i = 0; i < n && i < 5; i++) {
		CHECK_STR(list[i]->d_name, alpha[i]);
		free(list[i]);
	}
	free(list);
	n = scandir("/tmp/d", &list, no_dots, versionsort);
	const char *vers[] = { "A", "b", "file1", "file9", "file10" };
	CHECK(n == 5);
	for (int i = 0; i < n && i < 5; i++) {
		CHECK_STR(list[i]->d_name, vers[i]);
		free(list[i]);
	}
	free(list);
	/* no filter: everything, dot files included */
	n = scandir("/tmp/d", &list, 0, 0);
	CHECK(n == 6 || n == 8);
	for (int i = 0; i < n; i++)
		free(list[i]);
	free(list);
	int tmp = open("/tmp", O_RDONLY | O_DIRECTORY);
	n = scandirat(tmp, "d", &list, no_dots, alphasort);
	CHECK(n == 5 && !strcmp(list[0]->d_name, "A"));
	for (int i = 0; i < n; i++)
		free(list[i]);
	free(list);
	close(tmp);
	errno = 0;
	CHECK(scandir("/tmp/none", &list, 0, 0) == -1 && errno == ENOENT);
	errno = 0;
	CHECK(scandir("/tmp/d/b", &list, 0, 0) == -1 && errno == ENOTDIR);
	return check_result();
}

/* opendir, fdopendir, opendirat, readdir, readdir_r, rewinddir, seekdir,
   telldir, dirfd, closedir, fdclosedir. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

#define N 300

static void touch(const char *p)
{
	int fd = open(p, O_WRONLY | O_CREAT, 0644);
	CHECK(fd >= 0);
	close(fd);
}

int main(void)
{
	CHECK(mkdir("/tmp/d", 0755) == 0);
	/* enough entries, some with long names, to need several host reads */
	char name[300];
	for (int i = 0; i < N; i++) {
		snprintf(name, sizeof name, "/tmp/d/%03d-%0*d", i, i % 7 == 0 ? 200 : 10, i);
		touch(name);
	}
	CHECK(mkdir("/tmp/d/sub", 0755) == 0);
	CHECK(symlink("000", "/tmp/d/link") == 0);
	DIR *d = opendir("/tmp/d");
	CHECK(d != 0);
	static char seen[N];
	int files = 0, others = 0, dots = 0;
	long mark = -1;
	char mark_name[256] = "";
	struct dirent *e;
	errno = 0;
	while ((e = readdir(d))) {
		int i;
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) {
			dots++;
			CHECK(e->d_type == DT_DIR);
		} else if (!strcmp(e->d_name, "sub")) {
			others++;
			CHECK(e->d_type == DT_DIR);
		} else if (!strcmp(e->d_name, "link")) {
			others++;
			CHECK(e->d_type == DT_LNK);
		} else if (strlen(e->d_name) > 4 && e->d_name[3] == '-'
		           && (i = atoi(e->d_name)) >= 0 && i < N && !seen[i]) {
			seen[i] = 1;
			files++;
			CHECK(e->d_type == DT_REG);
			CHECK(strlen(e->d_name) == (i % 7 == 0 ? 204 : 14));
			if (i == 150) {
				mark = telldir(d);
				strcpy(mark_name, "");
			} else if (mark >= 0 && !mark_name[0]) {
				strcpy(mark_name, e->d_name);
			}
		} else {
			CHECK(!"unexpected entry");
		}
	}
	CHECK(errno == 0);
	CHECK(files == N && others == 2 && (dots == 0 || dots == 2));
	/* seekdir to a telldir position resumes there */
	seekdir(d, mark);
	e = readdir(d);
	CHECK(e && !strcmp(e->d_name, mark_name));
	/* rewinddir starts again */
	rewinddir(d);
	int again = 0;
	while (readdir(d))
		again++;
	CHECK(again == files + others + dots);
	CHECK(readdir(d) == 0);
	/* dirfd is a directory descriptor for the *at functions */
	struct stat st;
	CHECK(fstatat(dirfd(d), "sub", &st, 0) == 0 && S_ISDIR(st.st_mode));
	CHECK(closedir(d) == 0);
	/* readdir_r */
	d = opendir("/tmp/d/sub");
	struct dirent ent, *res;
	int count = 0;
	while (readdir_r(d, &ent, &res) == 0 && res) {
		CHECK(res == &ent);
		count++;
	}
	CHECK(res == 0 && count == (dots ? 2 : 0));
	closedir(d);
	/* fdopendir and fdclosedir */
	int fd = open("/tmp/d/sub", O_RDONLY | O_DIRECTORY);
	touch("/tmp/d/sub/only");
	d = fdopendir(fd);
	CHECK(d && dirfd(d) == fd);
	count = 0;
	while ((e = readdir(d)))
		count += !strcmp(e->d_name, "only");
	CHECK(count == 1);
	CHECK(fdclosedir(d) == fd);
	CHECK(fstat(fd, &st) == 0);
	close(fd);
	/* opendirat */
	fd = open("/tmp/d", O_RDONLY | O_DIRECTORY);
	d = opendirat(fd, "sub");
	CHECK(d != 0);
	closedir(d);
	close(fd);
	/* errors */
	errno = 0;
	CHECK(opendir("/tmp/none") == 0 && errno == ENOENT);
	errno = 0;
	CHECK(opendir("/tmp/d/001-0000000001") == 0 && errno == ENOTDIR);
	errno = 0;
	CHECK(opendir("") == 0 && errno == ENOENT);
	fd = open("/tmp/d/001-0000000001", O_RDONLY);
	errno = 0;
	CHECK(fdopendir(fd) == 0 && errno == ENOTDIR);
	close(fd);
	errno = 0;
	CHECK(fdopendir(99) == 0 && errno == EBADF);
	/* the d_type conversions */
	CHECK(DTTOIF(DT_DIR) == S_IFDIR && DTTOIF(DT_REG) == S_IFREG && DTTOIF(DT_LNK) == S_IFLNK);
	CHECK(IFTODT(S_IFDIR) == DT_DIR && IFTODT(S_IFREG) == DT_REG && IFTODT(S_IFCHR) == DT_CHR);
	CHECK(IFTODT(S_IFBLK) == DT_BLK && IFTODT(0) == DT_UNKNOWN);
	return check_result();
}

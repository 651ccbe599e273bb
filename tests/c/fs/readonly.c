//! hosts: wasi-run
/* A read-only preopen (/tests here). Only on wasi-run: the harness gives
   the other hosts a writable /tests (and node:wasi cannot make a preopen
   read-only at all). Nothing here changes a file should the preopen turn
   out writable: the names written to do not exist. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	const char *f = "/tests/c/include/check.h";
	int fd = open(f, O_RDONLY);
	CHECK(fd >= 0);
	close(fd);
	errno = 0;
	fd = open(f, O_WRONLY);
	CHECK(fd == -1 && errno == EROFS);
	errno = 0;
	fd = open("/tests/ro-new", O_WRONLY | O_CREAT | O_EXCL, 0644);
	CHECK(fd == -1 && errno == EROFS);
	if (fd >= 0)
		unlink("/tests/ro-new");
	errno = 0;
	if (mkdir("/tests/ro-newdir", 0755) == 0) {
		CHECK(!"mkdir succeeded");
		rmdir("/tests/ro-newdir");
	}
	CHECK(errno == EROFS);
	errno = 0;
	if (symlink("x", "/tests/ro-link") == 0) {
		CHECK(!"symlink succeeded");
		unlink("/tests/ro-link");
	}
	CHECK(errno == EROFS);
	errno = 0;
	CHECK(access(f, W_OK) == -1 && errno == EROFS);
	errno = 0;
	CHECK(access("/tests", W_OK) == -1 && errno == EROFS);
	CHECK(access(f, R_OK) == 0);
	return check_result();
}

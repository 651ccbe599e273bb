//! env: TMPDIR=/tmp/dir
/* mkstemp, mkostemp, mkstemps, mkostemps, mkdtemp, mktemp, tmpfile: new
   names each time, from the host's random source. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	struct stat st;
	char t1[] = "/tmp/fooXXXXXX", t2[] = "/tmp/fooXXXXXX";
	int a = mkstemp(t1), b = mkstemp(t2);
	CHECK(a >= 0 && b >= 0 && strcmp(t1, t2) && strncmp(t1, "/tmp/foo", 8) == 0);
	CHECK(strcmp(t1 + 8, "XXXXXX") && stat(t1, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 0);
	CHECK(write(a, "x", 1) == 1 && (fcntl(a, F_GETFL) & O_ACCMODE) == O_RDWR);
	close(a);
	close(b);
	/* a thousand names, all different */
	static char names[200][20];
	int dup = 0;
	for (int i = 0; i < 200; i++) {
		strcpy(names[i], "/tmp/manyXXXXXX");
		int fd = mkstemp(names[i]);
		CHECK(fd >= 0);
		close(fd);
		for (int j = 0; j < i; j++)
			dup += !strcmp(names[i], names[j]);
	}
	CHECK(dup == 0);
	/* suffixes and flags */
	char t3[] = "/tmp/sXXXXXX.txt";
	int c = mkstemps(t3, 4);
	CHECK(c >= 0 && !strcmp(t3 + 12, ".txt") && strcmp(t3, "/tmp/sXXXXXX.txt"));
	close(c);
	char t4[] = "/tmp/oXXXXXX";
	c = mkostemp(t4, O_APPEND);
	CHECK(c >= 0 && write(c, "ab", 2) == 2 && lseek(c, 0, SEEK_SET) == 0);
	CHECK(write(c, "c", 1) == 1 && lseek(c, 0, SEEK_CUR) == 3);
	close(c);
	char t5[] = "/tmp/qXXXXXXab";
	c = mkostemps(t5, 2, O_CLOEXEC);
	CHECK(c >= 0);
	close(c);
	/* bad templates */
	char bad1[] = "/tmp/short", bad2[] = "/tmp/XXXXX", bad3[] = "/tmp/XXXXXXa";
	errno = 0;
	CHECK(mkstemp(bad1) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(mkstemp(bad2) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(mkstemps(bad3, 2) == -1 && errno == EINVAL);
	char bad4[] = "/tmp/xXXXXXX";
	errno = 0;
	CHECK(mkostemp(bad4, O_TRUNC) == -1 && errno == EINVAL);
	char nodir[] = "/tmp/no/such/XXXXXX";
	errno = 0;
	CHECK(mkstemp(nodir) == -1 && errno == ENOENT);
	/* mkdtemp */
	char d[] = "/tmp/dirXXXXXX";
	CHECK(mkdtemp(d) == d && stat(d, &st) == 0 && S_ISDIR(st.st_mode));
	char dbad[] = "/tmp/dirXXX";
	errno = 0;
	CHECK(mkdtemp(dbad) == 0 && errno == EINVAL);
	/* mktemp: a name, no file */
	char m[] = "/tmp/mXXXXXX";
	CHECK(mktemp(m) == m && strcmp(m, "/tmp/mXXXXXX") && lstat(m, &st) == -1);
	/* tmpfile: in $TMPDIR, which must exist; else /tmp */
	FILE *f = tmpfile();
	CHECK(f != 0);
	CHECK(fputs("scratch", f) >= 0 && fseek(f, 0, SEEK_SET) == 0);
	char buf[16] = { 0 };
	CHECK(fgets(buf, sizeof buf, f) && !strcmp(buf, "scratch"));
	CHECK(fclose(f) == 0);
	CHECK(mkdir("/tmp/dir", 0755) == 0);
	f = tmpfile();
	CHECK(f != 0);
	fclose(f);
	return check_result();
}

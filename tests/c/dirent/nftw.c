/* nftw and ftw over a small tree, with each flag. */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

static char log_[2048];

static void note(const char *path, int type, int level)
{
	char *p = log_ + strlen(log_);
	static const char *names[] = { "?", "F", "D", "DNR", "NS", "SL", "DP", "SLN" };
	strcpy(p, names[type]);
	strcat(p, ":");
	strcat(p, path);
	p += strlen(p);
	*p++ = '@';
	*p++ = (char)('0' + level);
	*p++ = ' ';
	*p = 0;
}

static int fn(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	note(path, type, ftw->level);
	CHECK(ftw->base >= 0 && ftw->base <= (int)strlen(path));
	CHECK(ftw->level == 0 || path[ftw->base - 1] == '/');
	return 0;
}

static int stop_at_b(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	return !strcmp(path + ftw->base, "b") ? 42 : 0;
}

static int in_place(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	/* with FTW_CHDIR, the object is in the current directory */
	struct stat here;
	CHECK(lstat(path + ftw->base, &here) == 0 && here.st_ino == st->st_ino);
	return 0;
}

static int old(const char *path, const struct stat *st, int type)
{
	note(path, type, 0);
	return 0;
}

/* The log sorted by entry, since directory order is the host's. */
static int has(const char *what)
{
	return strstr(log_, what) != 0;
}

int main(void)
{
	CHECK(mkdir("/tmp/t", 0755) == 0 && mkdir("/tmp/t/a", 0755) == 0);
	close(open("/tmp/t/a/f", O_WRONLY | O_CREAT, 0644));
	close(open("/tmp/t/b", O_WRONLY | O_CREAT, 0644));
	CHECK(symlink("a", "/tmp/t/la") == 0);
	CHECK(symlink("none", "/tmp/t/dead") == 0);
	/* physical walk: links are reported, not followed */
	CHECK(nftw("/tmp/t", fn, 8, FTW_PHYS) == 0);
	CHECK(has("D:/tmp/t@0 ") && has("D:/tmp/t/a@1 ") && has("F:/tmp/t/a/f@2 "));
	CHECK(has("F:/tmp/t/b@1 ") && has("SL:/tmp/t/la@1 ") && has("SL:/tmp/t/dead@1 "));
	/* pre-order: a directory before its contents */
	CHECK(strstr(log_, "D:/tmp/t/a@1 ") < strstr(log_, "F:/tmp/t/a/f@2 "));
	/* logical walk: links followed, dangling ones are SLN */
	log_[0] = 0;
	CHECK(nftw("/tmp/t", fn, 8, 0) == 0);
	CHECK(has("D:/tmp/t/la@1 ") && has("F:/tmp/t/la/f@2 ") && has("SLN:/tmp/t/dead@1 "));
	/* FTW_DEPTH: post-order, directories as DP */
	log_[0] = 0;
	CHECK(nftw("/tmp/t/", fn, 8, FTW_PHYS | FTW_DEPTH) == 0);
	CHECK(has("DP:/tmp/t/@0 ") && has("DP:/tmp/t/a@1 "));
	CHECK(strstr(log_, "F:/tmp/t/a/f@2 ") < strstr(log_, "DP:/tmp/t/a@1 "));
	CHECK(strstr(log_, "DP:/tmp/t/a@1 ") < strstr(log_, "DP:/tmp/t/@0 "));
	/* FTW_MOUNT: all on one file system here */
	log_[0] = 0;
	CHECK(nftw("/tmp/t", fn, 8, FTW_PHYS | FTW_MOUNT) == 0 && has("F:/tmp/t/a/f@2 "));
	/* FTW_CHDIR, and the current directory restored after */
	CHECK(chdir("/tmp") == 0);
	CHECK(nftw("t", in_place, 8, FTW_PHYS | FTW_CHDIR) == 0);
	CHECK(nftw("/tmp/t", in_place, 8, FTW_PHYS | FTW_CHDIR | FTW_DEPTH) == 0);
	char cwd[PATH_MAX];
	CHECK_STR(getcwd(cwd, sizeof cwd), "/tmp");
	/* a relative start, and a file as the start */
	log_[0] = 0;
	CHECK(nftw("t/b", fn, 8, 0) == 0);
	CHECK_STR(log_, "F:t/b@0 ");
	/* the callback's nonzero result ends the walk and is returned */
	CHECK(nftw("/tmp/t", stop_at_b, 8, FTW_PHYS) == 42);
	/* a start that does not exist */
	log_[0] = 0;
	CHECK(nftw("/tmp/none", fn, 8, 0) == 0 && has("NS:/tmp/none@0 "));
	/* ftw follows links */
	log_[0] = 0;
	CHECK(ftw("/tmp/t", old, 8) == 0);
	CHECK(has("D:/tmp/t@0 ") && has("F:/tmp/t/la/f@0 ") && has("F:/tmp/t/b@0 "));
	return check_result();
}

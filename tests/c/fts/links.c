/* fts and symbolic links: FTS_PHYSICAL reports them (FTS_SL), FTS_LOGICAL
   follows them (a dangling one FTS_SLNONE, one back to its own directory FTS_DC
   with fts_cycle), FTS_COMFOLLOW follows a root link only, and fts_set's
   FTS_FOLLOW follows one link of a physical walk. */
#include <errno.h>
#include <fcntl.h>
#include <fts.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

static int byname(const FTSENT **a, const FTSENT **b)
{
	return strcmp((*a)->fts_name, (*b)->fts_name);
}

static const char *info_name(int info)
{
	static const char names[][8] = { "?", "D", "DC", "DEFAULT", "DNR", "DOT", "DP", "ERR",
	                                 "F", "INIT", "NS", "NSOK", "SL", "SLNONE", "W" };
	return info >= 1 && info <= 14 ? names[info] : names[0];
}

static void walk(char *const *roots, int options, char *out)
{
	FTS *fts = fts_open(roots, options, byname);
	CHECK(fts != 0);
	FTSENT *e;
	*out = 0;
	while (fts && (e = fts_read(fts))) {
		sprintf(out + strlen(out), "%s %d %s\n", info_name(e->fts_info), (int)e->fts_level,
		        e->fts_path);
		if (e->fts_info == FTS_DC)
			CHECK(e->fts_cycle && e->fts_cycle->fts_info == FTS_D &&
			      e->fts_cycle->fts_ino == e->fts_ino);
	}
	CHECK(errno == 0);
	CHECK(!fts || fts_close(fts) == 0);
}

static int same(const char *got, const char *want)
{
	if (!strcmp(got, want))
		return 1;
	check_put("got:\n");
	check_put(got);
	check_put("want:\n");
	check_put(want);
	return 0;
}

int main(void)
{
	CHECK(mkdir("/tmp/t", 0755) == 0);
	CHECK(mkdir("/tmp/t/a", 0755) == 0);
	int fd = open("/tmp/t/a/x", O_WRONLY | O_CREAT, 0644);
	CHECK(fd >= 0 && close(fd) == 0);
	CHECK(symlink("a", "/tmp/t/c") == 0);
	CHECK(symlink("nowhere", "/tmp/t/d") == 0);
	CHECK(mkdir("/tmp/t/e", 0755) == 0);
	CHECK(symlink(".", "/tmp/t/e/loop") == 0);
	char *root[] = { "/tmp/t", 0 };
	char buf[2048];

	walk(root, FTS_PHYSICAL, buf);
	CHECK(same(buf, "D 0 /tmp/t\n"
	                "D 1 /tmp/t/a\n"
	                "F 2 /tmp/t/a/x\n"
	                "DP 1 /tmp/t/a\n"
	                "SL 1 /tmp/t/c\n"
	                "SL 1 /tmp/t/d\n"
	                "D 1 /tmp/t/e\n"
	                "SL 2 /tmp/t/e/loop\n"
	                "DP 1 /tmp/t/e\n"
	                "DP 0 /tmp/t\n"));
	walk(root, FTS_LOGICAL, buf);
	CHECK(same(buf, "D 0 /tmp/t\n"
	                "D 1 /tmp/t/a\n"
	                "F 2 /tmp/t/a/x\n"
	                "DP 1 /tmp/t/a\n"
	                "D 1 /tmp/t/c\n"
	                "F 2 /tmp/t/c/x\n"
	                "DP 1 /tmp/t/c\n"
	                "SLNONE 1 /tmp/t/d\n"
	                "D 1 /tmp/t/e\n"
	                "DC 2 /tmp/t/e/loop\n"
	                "DP 1 /tmp/t/e\n"
	                "DP 0 /tmp/t\n"));

	char *links[] = { "/tmp/t/c", "/tmp/t/d", 0 };
	walk(links, FTS_PHYSICAL | FTS_COMFOLLOW, buf);
	CHECK(same(buf, "D 0 /tmp/t/c\n"
	                "F 1 /tmp/t/c/x\n"
	                "DP 0 /tmp/t/c\n"
	                "SLNONE 0 /tmp/t/d\n"));
	walk(links, FTS_PHYSICAL, buf);
	CHECK(same(buf, "SL 0 /tmp/t/c\n"
	                "SL 0 /tmp/t/d\n"));

	/* FTS_FOLLOW: the link comes back as what it points to */
	FTS *fts = fts_open(root, FTS_PHYSICAL, byname);
	FTSENT *e;
	char seq[512] = "";
	while (fts && (e = fts_read(fts))) {
		sprintf(seq + strlen(seq), "%s%s ", info_name(e->fts_info), e->fts_name);
		if (e->fts_info == FTS_SL && !strcmp(e->fts_name, "c"))
			CHECK(fts_set(fts, e, FTS_FOLLOW) == 0);
		if (e->fts_info == FTS_D && !strcmp(e->fts_name, "c"))
			CHECK(e->fts_flags & FTS_SYMFOLLOW);
	}
	CHECK(same(seq, "D/tmp/t Da Fx DPa SLc Dc Fx DPc SLd De SLloop DPe DP/tmp/t "));
	fts_close(fts);
	return check_result();
}

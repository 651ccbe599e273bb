/* fts on a tree made in /tmp: the exact visit order (preorder, postorder,
   levels, paths) under a compar, FTS_SKIP and FTS_AGAIN, fts_children
   with and without FTS_NAMEONLY, FTS_NOSTAT, FTS_SEEDOT, a nonexistent
   root (FTS_NS), a directory gone before it is read (FTS_DNR: WASI cannot
   make a directory unreadable), and fts_open's argument errors. */
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

static int backwards(const FTSENT **a, const FTSENT **b)
{
	return strcmp((*b)->fts_name, (*a)->fts_name);
}

static void touch(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0 && write(fd, "x", 1) == 1 && close(fd) == 0);
}

static const char *info_name(int info)
{
	static const char names[][8] = { "?", "D", "DC", "DEFAULT", "DNR", "DOT", "DP", "ERR",
	                                 "F", "INIT", "NS", "NSOK", "SL", "SLNONE", "W" };
	return info >= 1 && info <= 14 ? names[info] : names[0];
}

/* The whole walk as "INFO LEVEL PATH" lines. */
static void walk(char *const *roots, int options, int (*compar)(const FTSENT **, const FTSENT **),
                 char *out, size_t size)
{
	FTS *fts = fts_open(roots, options, compar);
	CHECK(fts != 0);
	size_t n = 0;
	*out = 0;
	FTSENT *e;
	while (fts && (e = fts_read(fts)) && n < size) {
		CHECK(e->fts_pathlen == strlen(e->fts_path));
		CHECK(e->fts_namelen == strlen(e->fts_name));
		CHECK(e->fts_accpath && !strcmp(e->fts_accpath, e->fts_path));
		CHECK(e->fts_level == 0 ? e->fts_parent->fts_level == FTS_ROOTPARENTLEVEL
		                        : e->fts_parent->fts_level == e->fts_level - 1);
		n += snprintf(out + n, size - n, "%s %d %s\n", info_name(e->fts_info),
		              (int)e->fts_level, e->fts_path);
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
	touch("/tmp/t/a/x");
	CHECK(mkdir("/tmp/t/a/y", 0755) == 0);
	touch("/tmp/t/b");
	CHECK(mkdir("/tmp/t/e", 0755) == 0);
	touch("/tmp/t/e/f");
	char *root[] = { "/tmp/t", 0 };
	char buf[2048];

	walk(root, FTS_PHYSICAL, byname, buf, sizeof buf);
	CHECK(same(buf, "D 0 /tmp/t\n"
	                "D 1 /tmp/t/a\n"
	                "F 2 /tmp/t/a/x\n"
	                "D 2 /tmp/t/a/y\n"
	                "DP 2 /tmp/t/a/y\n"
	                "DP 1 /tmp/t/a\n"
	                "F 1 /tmp/t/b\n"
	                "D 1 /tmp/t/e\n"
	                "F 2 /tmp/t/e/f\n"
	                "DP 1 /tmp/t/e\n"
	                "DP 0 /tmp/t\n"));
	char *slashed[] = { "/tmp/t/e/", "/tmp/t/b", "/tmp/none", 0 };
	walk(slashed, FTS_PHYSICAL, backwards, buf, sizeof buf);
	CHECK(same(buf, "D 0 /tmp/t/e/\n"
	                "F 1 /tmp/t/e/f\n"
	                "DP 0 /tmp/t/e/\n"
	                "F 0 /tmp/t/b\n"
	                "NS 0 /tmp/none\n"));
	walk(root, FTS_PHYSICAL | FTS_SEEDOT, byname, buf, sizeof buf);
	CHECK(same(buf, "D 0 /tmp/t\n"
	                "DOT 1 /tmp/t/.\n"
	                "DOT 1 /tmp/t/..\n"
	                "D 1 /tmp/t/a\n"
	                "DOT 2 /tmp/t/a/.\n"
	                "DOT 2 /tmp/t/a/..\n"
	                "F 2 /tmp/t/a/x\n"
	                "D 2 /tmp/t/a/y\n"
	                "DOT 3 /tmp/t/a/y/.\n"
	                "DOT 3 /tmp/t/a/y/..\n"
	                "DP 2 /tmp/t/a/y\n"
	                "DP 1 /tmp/t/a\n"
	                "F 1 /tmp/t/b\n"
	                "D 1 /tmp/t/e\n"
	                "DOT 2 /tmp/t/e/.\n"
	                "DOT 2 /tmp/t/e/..\n"
	                "F 2 /tmp/t/e/f\n"
	                "DP 1 /tmp/t/e\n"
	                "DP 0 /tmp/t\n"));

	/* FTS_NOSTAT: files need no stat when the directory entry types them */
	FTS *fts = fts_open(root, FTS_PHYSICAL | FTS_NOSTAT, byname);
	FTSENT *e;
	int files = 0, dirs = 0;
	while (fts && (e = fts_read(fts))) {
		if (!strcmp(e->fts_name, "x") || !strcmp(e->fts_name, "b") || !strcmp(e->fts_name, "f")) {
			CHECK(e->fts_info == FTS_NSOK || e->fts_info == FTS_F);
			CHECK(S_ISREG(e->fts_statp->st_mode));
			files++;
		} else {
			CHECK(e->fts_info == FTS_D || e->fts_info == FTS_DP);
			dirs++;
		}
	}
	CHECK(files == 3 && dirs == 8);
	fts_close(fts);

	/* FTS_SKIP at a preorder visit: the postorder visit comes next, no
	   children; FTS_AGAIN: the same entry again; fts_number kept */
	fts = fts_open(root, FTS_PHYSICAL, byname);
	char seq[512] = "";
	int again = 0;
	while (fts && (e = fts_read(fts))) {
		strcat(seq, info_name(e->fts_info));
		strcat(seq, e->fts_name);
		strcat(seq, " ");
		if (e->fts_info == FTS_D && !strcmp(e->fts_name, "a")) {
			e->fts_number = 42;
			CHECK(fts_set(fts, e, FTS_SKIP) == 0);
		}
		if (e->fts_info == FTS_DP && !strcmp(e->fts_name, "a"))
			CHECK(e->fts_number == 42);
		if (!strcmp(e->fts_name, "b") && !again++)
			CHECK(fts_set(fts, e, FTS_AGAIN) == 0);
	}
	CHECK(same(seq, "D/tmp/t Da DPa Fb Fb De Ff DPe DP/tmp/t "));
	CHECK(fts_set(fts, e, 99) == -1 && errno == EINVAL);
	fts_close(fts);

	/* fts_children: the roots before the first read; the children of a
	   preorder directory, by name only or in full, which fts_read then
	   walks, with fts_set on them taking effect */
	fts = fts_open(root, FTS_PHYSICAL, byname);
	e = fts_children(fts, 0);
	CHECK(e && !strcmp(e->fts_path, "/tmp/t") && e->fts_info == FTS_D && !e->fts_link);
	CHECK(fts_children(fts, 7) == 0 && errno == EINVAL);
	e = fts_read(fts);
	CHECK(e && e->fts_info == FTS_D);
	FTSENT *k = fts_children(fts, FTS_NAMEONLY);
	strcpy(seq, "");
	for (; k; k = k->fts_link) {
		strcat(seq, k->fts_name);
		CHECK(k->fts_parent == e && k->fts_level == 1);
	}
	CHECK(same(seq, "abe"));
	k = fts_children(fts, 0);
	CHECK(k && k->fts_info == FTS_D && k->fts_link && k->fts_link->fts_info == FTS_F);
	CHECK(k && fts_set(fts, k, FTS_SKIP) == 0);
	strcpy(seq, "");
	while ((e = fts_read(fts))) {
		strcat(seq, info_name(e->fts_info));
		strcat(seq, e->fts_name);
		strcat(seq, " ");
		if (e->fts_info == FTS_F)
			CHECK(fts_children(fts, 0) == 0 && errno == 0);
	}
	CHECK(same(seq, "Fb De Ff DPe DP/tmp/t "));
	CHECK(errno == 0 && fts_read(fts) == 0);
	fts_close(fts);

	/* a directory gone between its preorder visit and the reading of it */
	fts = fts_open(root, FTS_PHYSICAL, byname);
	strcpy(seq, "");
	while (fts && (e = fts_read(fts))) {
		strcat(seq, info_name(e->fts_info));
		strcat(seq, e->fts_name);
		strcat(seq, " ");
		if (e->fts_info == FTS_D && !strcmp(e->fts_name, "y"))
			CHECK(rmdir("/tmp/t/a/y") == 0);
		if (e->fts_info == FTS_DNR)
			CHECK(e->fts_errno == ENOENT);
	}
	CHECK(same(seq, "D/tmp/t Da Fx Dy DNRy DPa Fb De Ff DPe DP/tmp/t "));
	fts_close(fts);

	char *bad[] = { "/tmp/t", "", 0 };
	errno = 0;
	CHECK(fts_open(bad, FTS_PHYSICAL, 0) == 0 && errno == ENOENT);
	CHECK(fts_open(root, 0, 0) == 0 && errno == EINVAL);
	CHECK(fts_open(root, FTS_PHYSICAL | 0x1000, 0) == 0 && errno == EINVAL);
	return check_result();
}

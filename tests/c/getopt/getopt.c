#include <getopt.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static char *v[16];
static int load(const char *words)
{
	static char buf[256];
	strcpy(buf, words);
	int n = 0;
	for (char *p = strtok(buf, " "); p; p = strtok(0, " "))
		v[n++] = p;
	v[n] = 0;
	optind = 0;
	return n;
}

int main(void)
{
	/* POSIX getopt: clusters, attached and separate arguments, "--" */
	int argc = load("prog -ab -cfoo -c bar -- -x rest");
	char seen[16] = {0}, *args[4] = {0};
	int c, k = 0, na = 0;
	opterr = 0;
	while ((c = getopt(argc, v, "abc:")) != -1) {
		seen[k++] = (char)c;
		if (c == 'c')
			args[na++] = optarg;
	}
	CHECK_STR(seen, "abcc");
	CHECK_STR(args[0], "foo");
	CHECK_STR(args[1], "bar");
	CHECK(optind == 6);
	CHECK_STR(v[optind], "-x");

	/* stops at the first non-option */
	argc = load("prog -a file -b");
	CHECK(getopt(argc, v, "ab") == 'a');
	CHECK(getopt(argc, v, "ab") == -1 && optind == 2);

	/* errors: unknown option and missing argument, quiet and not */
	argc = load("prog -z -c");
	CHECK(getopt(argc, v, "c:") == '?' && optopt == 'z');
	CHECK(getopt(argc, v, "c:") == '?' && optopt == 'c');
	argc = load("prog -c");
	CHECK(getopt(argc, v, ":c:") == ':' && optopt == 'c');

	/* getopt_long: permutation, =value, abbreviations, flags */
	int flag = 0, idx = -1;
	struct option longs[] = {
		{ "verbose", no_argument, &flag, 7 },
		{ "output", required_argument, 0, 'o' },
		{ "optional", optional_argument, 0, 'p' },
		{ "output-dir", required_argument, 0, 'd' },
		{ 0, 0, 0, 0 },
	};
	argc = load("prog in1 --verbose -o out in2 --output=x --optional --optional=y --verb --output-d dir in3");
	char got[32] = {0};
	k = 0;
	while ((c = getopt_long(argc, v, "o:", longs, &idx)) != -1)
		got[k++] = c ? (char)c : '0';
	CHECK_STR(got, "0oopp0d");
	CHECK(flag == 7);
	CHECK(optind == argc - 3);
	CHECK_STR(v[optind], "in1");
	CHECK_STR(v[optind + 1], "in2");
	CHECK_STR(v[optind + 2], "in3");

	/* ambiguous prefix, unknown, and a needless argument */
	argc = load("prog --out --nothing --verbose=1");
	CHECK(getopt_long(argc, v, "", longs, 0) == '?');
	CHECK(getopt_long(argc, v, "", longs, 0) == '?');
	CHECK(getopt_long(argc, v, "", longs, 0) == '?');
	CHECK(getopt_long(argc, v, "", longs, 0) == -1);

	/* "--" ends options; what follows stays in order */
	argc = load("prog a -- --verbose b");
	CHECK(getopt_long(argc, v, "", longs, 0) == -1);
	CHECK_STR(v[optind], "a");
	CHECK_STR(v[optind + 1], "--verbose");

	/* getopt_long_only: -name is long; an unknown one falls back to short */
	argc = load("prog -verbose -ab");
	flag = 0;
	CHECK(getopt_long_only(argc, v, "ab", longs, 0) == 0 && flag == 7);
	CHECK(getopt_long_only(argc, v, "ab", longs, 0) == 'a');
	CHECK(getopt_long_only(argc, v, "ab", longs, 0) == 'b');
	CHECK(getopt_long_only(argc, v, "ab", longs, 0) == -1);
	return check_result();
}

#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "getopt_impl.h"

char *optarg;
int optind = 1, opterr = 1, optopt, optreset;
hidden int __optpos;

hidden void __getopt_msg(const char *prog, const char *msg, const char *what, int len)
{
	FILE *f = stderr;
	fputs(prog, f);
	fputs(": ", f);
	fputs(msg, f);
	if (what) {
		fputs(" '", f);
		fwrite(what, 1, (size_t)len, f);
		fputc('\'', f);
	}
	fputc('\n', f);
}

hidden void __getopt_reset(void)
{
	if (optind == 0 || optreset) {
		optreset = 0;
		__optpos = 0;
		optind = 1;
	}
}

/* POSIX getopt: scanning stops at the first non-option or at "--"; a
   leading ':' in optstring selects silent errors, reported as ':' (missing
   argument) or '?' (unknown option), with the option in optopt. */
int getopt(int argc, char *const argv[], const char *optstring)
{
	__getopt_reset();
	optarg = 0;
	if (optind >= argc || !argv[optind])
		return -1;
	const char *arg = argv[optind];
	if (!__optpos) {
		if (arg[0] != '-' || !arg[1])
			return -1;
		if (!strcmp(arg, "--")) {
			optind++;
			return -1;
		}
		__optpos = 1;
	}
	const char *silent = optstring[0] == '+' || optstring[0] == '-' ? optstring + 1 : optstring;
	int quiet = silent[0] == ':';
	int c = (unsigned char)arg[__optpos++];
	const char *spec = c != ':' ? strchr(silent, c) : 0;
	if (!arg[__optpos]) {
		optind++;
		__optpos = 0;
	}
	optopt = c;
	if (!spec) {
		if (opterr && !quiet) {
			char ch = (char)c;
			__getopt_msg(argv[0], "invalid option --", &ch, 1);
		}
		return '?';
	}
	if (spec[1] == ':') {
		if (__optpos) {
			/* The rest of this word is the argument. */
			optarg = (char *)arg + __optpos;
			optind++;
			__optpos = 0;
		} else if (spec[2] != ':') {
			if (optind >= argc) {
				if (quiet)
					return ':';
				if (opterr) {
					char ch = (char)c;
					__getopt_msg(argv[0], "option requires an argument --", &ch, 1);
				}
				return '?';
			}
			optarg = argv[optind++];
		}
	}
	return c;
}

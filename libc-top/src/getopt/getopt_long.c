#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "getopt_impl.h"

/* Moves argv[from] to argv[to] (to < from), shifting the words between up
   by one: how non-options are set aside while options are collected. */
static void rotate(char **argv, int to, int from)
{
	char *t = argv[from];
	memmove(argv + to + 1, argv + to, (size_t)(from - to) * sizeof *argv);
	argv[to] = t;
}

/* Handles "--name[=value]" (or "-name" for getopt_long_only) at argv[optind],
   the name starting at `name`. Returns -2 when long_only should fall back
   to short options. */
static int long_option(int argc, char **argv, const char *optstring,
                       const struct option *longopts, int *idx, const char *name, int long_only)
{
	int quiet = optstring[0] == ':' || ((optstring[0] == '+' || optstring[0] == '-') && optstring[1] == ':');
	size_t len = strcspn(name, "=");
	int found = -1, ambiguous = 0;
	for (int i = 0; longopts[i].name; i++) {
		if (strncmp(longopts[i].name, name, len))
			continue;
		if (strlen(longopts[i].name) == len) {
			found = i;
			ambiguous = 0;
			break;
		}
		if (found < 0)
			found = i;
		else if (longopts[found].has_arg != longopts[i].has_arg || longopts[found].flag != longopts[i].flag
		         || longopts[found].val != longopts[i].val)
			ambiguous = 1;
	}
	if (found < 0 && long_only && strchr(optstring, name[0]))
		return -2;
	optind++;
	if (found < 0 || ambiguous) {
		optopt = 0;
		if (opterr && !quiet)
			__getopt_msg(argv[0], ambiguous ? "ambiguous option" : "unrecognized option",
			             name, (int)len);
		return '?';
	}
	const struct option *o = &longopts[found];
	optopt = o->val;
	if (name[len] == '=') {
		if (o->has_arg == no_argument) {
			if (opterr && !quiet)
				__getopt_msg(argv[0], "option doesn't allow an argument", name, (int)len);
			return '?';
		}
		optarg = (char *)name + len + 1;
	} else if (o->has_arg == required_argument) {
		if (optind >= argc) {
			if (quiet)
				return ':';
			if (opterr)
				__getopt_msg(argv[0], "option requires an argument", name, (int)len);
			return '?';
		}
		optarg = argv[optind++];
	}
	if (idx)
		*idx = found;
	if (o->flag) {
		*o->flag = o->val;
		return 0;
	}
	return o->val;
}

/* One option at argv[optind], with argv in the order getopt would see. */
static int one(int argc, char **argv, const char *optstring, const struct option *longopts, int *idx,
               int long_only)
{
	const char *arg = argv[optind];
	if (!__optpos) {
		if (optstring[0] == '-' && (arg[0] != '-' || !arg[1])) {
			/* '-' mode: each non-option is the argument of option 1. */
			optarg = (char *)arg;
			optind++;
			return 1;
		}
		if (arg[0] == '-' && arg[1] == '-' && arg[2])
			return long_option(argc, argv, optstring, longopts, idx, arg + 2, 0);
		if (long_only && arg[0] == '-' && arg[1] && arg[1] != '-') {
			int r = long_option(argc, argv, optstring, longopts, idx, arg + 1, 1);
			if (r != -2)
				return r;
		}
	}
	return getopt(argc, argv, optstring);
}

/* GNU order: options may follow non-options; each option found beyond
   some non-options is moved (with its argument) in front of them, so that
   when -1 is returned argv[optind..] holds the non-options in their order.
   A '+' at the start of optstring stops at the first non-option instead,
   as POSIX getopt does. */
static int scan(int argc, char *const *argv0, const char *optstring, const struct option *longopts,
                int *idx, int long_only)
{
	char **argv = (char **)argv0;
	__getopt_reset();
	optarg = 0;
	if (optind >= argc || !argv[optind])
		return -1;
	int skipped = optind;
	if (optstring[0] != '+' && optstring[0] != '-') {
		int i = optind;
		for (;; i++) {
			if (i >= argc || !argv[i])
				return -1;
			if (argv[i][0] == '-' && argv[i][1])
				break;
		}
		optind = i;
	}
	int resumed = optind;
	int r = one(argc, argv, optstring, longopts, idx, long_only);
	if (resumed > skipped) {
		int consumed = optind - resumed;
		for (int k = 0; k < consumed; k++)
			rotate(argv, skipped, optind - 1);
		optind = skipped + consumed;
	}
	return r;
}

int getopt_long(int argc, char *const *argv, const char *optstring, const struct option *longopts, int *idx)
{
	return scan(argc, argv, optstring, longopts, idx, 0);
}

int getopt_long_only(int argc, char *const *argv, const char *optstring, const struct option *longopts,
                     int *idx)
{
	return scan(argc, argv, optstring, longopts, idx, 1);
}

#include <sys/stat.h>

static mode_t mask = 022;

/* Kept and returned as POSIX says; with no permission bits in WASI it
   has nothing to mask (docs/posix.md). */
mode_t umask(mode_t m)
{
	mode_t old = mask;
	mask = m & 0777;
	return old;
}

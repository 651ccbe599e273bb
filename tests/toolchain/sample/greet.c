#ifdef HAVE_CONFIG_H
#include "config.h"
#endif
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "greet.h"

/* The line says what the build system's checks found, so each build is
 * checked through the program it made. cbrt needs libm (no instruction
 * does it) and the argument keeps it from being folded. */
int greet(char *buf, size_t size, const char *who)
{
	char name[16];
#ifdef HAVE_STRLCPY
	const char *copy = "strlcpy";
	strlcpy(name, who, sizeof name);
#else
	const char *copy = "snprintf";
	snprintf(name, sizeof name, "%s", who);
#endif
#ifdef HAVE_FORK
	const char *fork = "fork";
#else
	const char *fork = "no fork";
#endif
	return snprintf(buf, size, "hello, %s: %s, %s, cbrt(%zu) = %.6f", name, copy, fork,
	                9 * strlen(name), cbrt(9.0 * strlen(name)));
}

#include <stdio.h>
#include <string.h>
#include "err_impl.h"

extern char *program_invocation_short_name;

hidden void __vwarn(int error, const char *fmt, va_list ap)
{
	const char *name = program_invocation_short_name;
	if (name)
		fprintf(stderr, "%s: ", name);
	if (fmt) {
		vfprintf(stderr, fmt, ap);
		if (error >= 0)
			fputs(": ", stderr);
	}
	if (error >= 0)
		fputs(strerror(error), stderr);
	fputc('\n', stderr);
}

#define _GNU_SOURCE
#include <string.h>
#include <stdio.h>

/* POSIX: the name of the controlling terminal's file. */
char *ctermid(char *s)
{
	static char name[L_ctermid];

	return strcpy(s ? s : name, "/dev/tty");
}

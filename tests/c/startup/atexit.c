//! stdout: tests/c/startup/atexit.out
//! exit: 7
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Handlers run newest first, after main returns, and can still write. The
   exit status is checked by the harness; the order by the output. */
static void say(const char *s)
{
	write(1, s, strlen(s));
}
static void one(void) { say("1"); }
static void two(void) { say("2"); }
static void three(void) { say("3\n"); }

int main(void)
{
	atexit(one);
	atexit(two);
	for (int i = 0; i < 40; i++)
		atexit(one);
	atexit(three);
	exit(7);
}

//! stdout: tests/c/thread/once_exit.out
/* A once routine that ends its thread has not run (POSIX): its control is
   reset by the exit, so a later call, here from an atexit handler after
   pthread_exit ended the only thread, runs the routine again. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_once_t control = PTHREAD_ONCE_INIT;
static int runs;

static void leave(void)
{
	runs++;
	if (runs == 1) {
		puts("first run exits");
		pthread_exit(0);
	}
	puts("second run returns");
}

static void again(void)
{
	if (pthread_once(&control, leave) != 0 || runs != 2) {
		puts("the control was not reset");
		_Exit(1);
	}
	puts("done");
}

int main(void)
{
	atexit(again);
	pthread_once(&control, leave);
	puts("pthread_exit returned");
	return 1;
}

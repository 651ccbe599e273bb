//! stdout: tests/c/thread/thrd_exit.out
/* thrd_exit in the only thread: the tss destructors run, then the program
   ends as exit(EXIT_SUCCESS) would (C11 7.26.5.5), whatever the thread's
   result. */
#include <stdio.h>
#include <stdlib.h>
#include <threads.h>

static tss_t key;
static int calls;

static void dtor(void *p)
{
	calls++;
	/* Set again: destroyed again next round, TSS_DTOR_ITERATIONS in all. */
	tss_set(key, p);
}

static void at_exit(void)
{
	printf("destructor calls %d\n", calls);
	if (calls != TSS_DTOR_ITERATIONS)
		_Exit(1);
}

int main(void)
{
	static int value;
	atexit(at_exit);
	tss_create(&key, dtor);
	tss_set(key, &value);
	thrd_exit(7);
}

//! stdout: tests/c/thread/exit.out
/* pthread_exit in the only thread: the cleanup handlers run innermost
   first, then the key destructors in rounds, PTHREAD_DESTRUCTOR_ITERATIONS
   at most; then the process exits with status 0, running its atexit
   handlers and flushing its streams. */
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>

static pthread_key_t stubborn, chain, later, unset, plain;
static tss_t c11;
static int stubborn_calls, later_calls, c11_calls;
static char order[64];

static void note(const char *what)
{
	strcat(order, what);
}

static void cleanup(void *what)
{
	note(what);
}

/* Sets its value again every time: called once per round. */
static void stubborn_dtor(void *p)
{
	stubborn_calls++;
	pthread_setspecific(stubborn, p);
}

/* Gives another key a value, which the next round destroys. */
static void chain_dtor(void *p)
{
	note("C");
	pthread_setspecific(later, p);
}

static void later_dtor(void *p)
{
	later_calls++;
	note("L");
}

static void never(void *p)
{
	note("!");
}

static void c11_dtor(void *p)
{
	c11_calls++;
}

static void at_exit(void)
{
	printf("order %s\n", order);
	printf("stubborn %d later %d c11 %d\n", stubborn_calls, later_calls, c11_calls);
	int ok = !strcmp(order, "21CL") && stubborn_calls == PTHREAD_DESTRUCTOR_ITERATIONS
	      && later_calls == 1 && c11_calls == 1;
	if (!ok)
		_Exit(1);
}

int main(void)
{
	static int value;
	atexit(at_exit);
	pthread_key_create(&stubborn, stubborn_dtor);
	pthread_key_create(&chain, chain_dtor);
	pthread_key_create(&later, later_dtor);
	pthread_key_create(&unset, never);
	pthread_key_create(&plain, 0);
	tss_create(&c11, c11_dtor);
	pthread_setspecific(stubborn, &value);
	pthread_setspecific(chain, &value);
	pthread_setspecific(plain, &value);
	tss_set(c11, &value);
	puts("exiting");
	pthread_cleanup_push(cleanup, "1");
	pthread_cleanup_push(cleanup, "2");
	pthread_cleanup_push(cleanup, "x");
	pthread_cleanup_pop(0);
	pthread_exit(&value);
	pthread_cleanup_pop(0);
	pthread_cleanup_pop(0);
	puts("pthread_exit returned");
	return 1;
}

/* pthread_once and call_once: one run each, nested use of other controls,
   and a routine that uses its own control. */
#include <errno.h>
#include <pthread.h>
#include <threads.h>
#include "check.h"

static pthread_once_t outer = PTHREAD_ONCE_INIT;
static pthread_once_t inner = PTHREAD_ONCE_INIT;
static pthread_once_t selfish = PTHREAD_ONCE_INIT;
static int outer_runs, inner_runs, selfish_runs, selfish_result = -1;

static void inner_init(void)
{
	inner_runs++;
}

static void outer_init(void)
{
	outer_runs++;
	CHECK(pthread_once(&inner, inner_init) == 0);
	/* The inner control is done by now. */
	CHECK(inner_runs == 1);
	CHECK(pthread_once(&inner, inner_init) == 0);
}

static void selfish_init(void)
{
	selfish_runs++;
	selfish_result = pthread_once(&selfish, selfish_init);
}

static once_flag flag = ONCE_FLAG_INIT;
static once_flag flag2 = ONCE_FLAG_INIT;
static int flag_runs, flag2_runs;

static void flag2_init(void)
{
	flag2_runs++;
}

static void flag_init(void)
{
	flag_runs++;
	call_once(&flag2, flag2_init);
	/* Its own flag: returns without waiting for itself. */
	call_once(&flag, flag_init);
}

int main(void)
{
	for (int i = 0; i < 3; i++)
		CHECK(pthread_once(&outer, outer_init) == 0);
	CHECK(outer_runs == 1);
	CHECK(inner_runs == 1);

	CHECK(pthread_once(&selfish, selfish_init) == 0);
	CHECK(selfish_runs == 1);
	CHECK(selfish_result == EDEADLK);
	CHECK(pthread_once(&selfish, selfish_init) == 0);
	CHECK(selfish_runs == 1);

	call_once(&flag, flag_init);
	call_once(&flag, flag_init);
	CHECK(flag_runs == 1);
	CHECK(flag2_runs == 1);
	return check_result();
}

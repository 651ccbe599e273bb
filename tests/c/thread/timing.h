/* Deadlines a few milliseconds ahead, and whether one has passed. */
#ifndef TIMING_H
#define TIMING_H

#include <time.h>

static struct timespec after_ms(clockid_t clk, long ms)
{
	struct timespec t;
	clock_gettime(clk, &t);
	t.tv_nsec += ms * 1000000L;
	t.tv_sec += t.tv_nsec / 1000000000L;
	t.tv_nsec %= 1000000000L;
	return t;
}

static int reached(clockid_t clk, struct timespec deadline)
{
	struct timespec now;
	clock_gettime(clk, &now);
	return now.tv_sec > deadline.tv_sec
	    || (now.tv_sec == deadline.tv_sec && now.tv_nsec >= deadline.tv_nsec);
}

#endif

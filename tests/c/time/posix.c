/* clock_gettime and clock_getres for every clock, gettimeofday, time,
   timespec_get, clock_settime, clock_getcpuclockid, sched_yield. */
#include <errno.h>
#include <sched.h>
#include <sys/time.h>
#include <time.h>
#include "check.h"

static long long ns(struct timespec t)
{
	return (long long)t.tv_sec * 1000000000 + t.tv_nsec;
}

int main(void)
{
	clockid_t clocks[] = { CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID,
	                       CLOCK_THREAD_CPUTIME_ID };
	for (int i = 0; i < 4; i++) {
		struct timespec a, b, r;
		CHECK(clock_gettime(clocks[i], &a) == 0);
		CHECK(a.tv_nsec >= 0 && a.tv_nsec < 1000000000 && a.tv_sec >= 0);
		CHECK(clock_gettime(clocks[i], &b) == 0 && ns(b) >= ns(a));
		CHECK(clock_getres(clocks[i], &r) == 0 && ns(r) > 0 && ns(r) <= 1000000000);
		CHECK(clock_getres(clocks[i], 0) == 0);
	}
	/* the CPU-time clocks advance while the program runs */
	struct timespec c0, c1;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
	volatile unsigned long x = 0;
	for (unsigned long i = 0; i < 3000000; i++)
		x += i;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
	CHECK(ns(c1) > ns(c0));
	/* realtime agrees with time, gettimeofday and timespec_get */
	struct timespec rt, tg;
	struct timeval tv;
	CHECK(clock_gettime(CLOCK_REALTIME, &rt) == 0 && rt.tv_sec > 1600000000);
	CHECK(gettimeofday(&tv, 0) == 0 && tv.tv_usec >= 0 && tv.tv_usec < 1000000);
	CHECK(tv.tv_sec >= rt.tv_sec && tv.tv_sec - rt.tv_sec < 5);
	CHECK(gettimeofday(0, 0) == 0);
	time_t t = time(0);
	CHECK(t >= rt.tv_sec && t - rt.tv_sec < 5);
	CHECK(timespec_get(&tg, TIME_UTC) == TIME_UTC && tg.tv_sec >= rt.tv_sec);
	CHECK(timespec_get(&tg, 0) == 0);
	/* an unknown clock */
	struct timespec z;
	errno = 0;
	CHECK(clock_gettime((clockid_t)&z, &z) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(clock_getres((clockid_t)0, &z) == -1 && errno == EINVAL);
	/* no clock can be set */
	errno = 0;
	CHECK(clock_settime(CLOCK_REALTIME, &rt) == -1 && errno == EPERM);
	errno = 0;
	CHECK(clock_settime(CLOCK_MONOTONIC, &rt) == -1 && errno == EINVAL);
	/* this process's CPU clock, and no other process */
	clockid_t cc;
	CHECK(clock_getcpuclockid(0, &cc) == 0 && cc == CLOCK_PROCESS_CPUTIME_ID);
	CHECK(clock_getcpuclockid(12345, &cc) == ESRCH);
	CHECK(sched_yield() == 0);
	return check_result();
}

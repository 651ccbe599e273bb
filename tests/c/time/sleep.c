/* nanosleep, clock_nanosleep (relative and absolute), sleep, usleep: each
   waits at least as long as asked, and not much longer. */
#include <errno.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static long long now(clockid_t c)
{
	struct timespec t;
	clock_gettime(c, &t);
	return (long long)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* Elapsed monotonic nanoseconds of f(). */
#define TIMED(f) ({ long long s_ = now(CLOCK_MONOTONIC); f; now(CLOCK_MONOTONIC) - s_; })

int main(void)
{
	long long d;
	struct timespec req = { 0, 20000000 }, rem = { 7, 7 };
	d = TIMED(CHECK(nanosleep(&req, &rem) == 0));
	CHECK(d >= 20000000 && d < 2000000000);
	/* never interrupted: rem untouched */
	CHECK(rem.tv_sec == 7 && rem.tv_nsec == 7);
	d = TIMED(CHECK(clock_nanosleep(CLOCK_MONOTONIC, 0, &req, 0) == 0));
	CHECK(d >= 20000000);
	d = TIMED(CHECK(clock_nanosleep(CLOCK_REALTIME, 0, &req, 0) == 0));
	CHECK(d >= 20000000);
	/* absolute: until an instant of that clock */
	long long until = now(CLOCK_MONOTONIC) + 30000000;
	struct timespec abs = { until / 1000000000, until % 1000000000 };
	CHECK(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &abs, 0) == 0);
	CHECK(now(CLOCK_MONOTONIC) >= until);
	until = now(CLOCK_REALTIME) + 30000000;
	abs = (struct timespec){ until / 1000000000, until % 1000000000 };
	CHECK(clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &abs, 0) == 0);
	CHECK(now(CLOCK_REALTIME) >= until);
	/* an instant already past returns at once */
	abs = (struct timespec){ 1, 0 };
	d = TIMED(CHECK(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &abs, 0) == 0));
	CHECK(d < 1000000000);
	/* zero */
	req = (struct timespec){ 0, 0 };
	CHECK(nanosleep(&req, 0) == 0);
	/* errors */
	req = (struct timespec){ 0, 1000000000 };
	errno = 0;
	CHECK(nanosleep(&req, 0) == -1 && errno == EINVAL);
	req = (struct timespec){ -1, 0 };
	errno = 0;
	CHECK(nanosleep(&req, 0) == -1 && errno == EINVAL);
	req = (struct timespec){ 0, -1 };
	CHECK(clock_nanosleep(CLOCK_MONOTONIC, 0, &req, 0) == EINVAL);
	req = (struct timespec){ 0, 1000 };
	CHECK(clock_nanosleep(CLOCK_PROCESS_CPUTIME_ID, 0, &req, 0) == ENOTSUP);
	CHECK(clock_nanosleep(CLOCK_THREAD_CPUTIME_ID, 0, &req, 0) == EINVAL);
	CHECK(clock_nanosleep(CLOCK_MONOTONIC, 0x40, &req, 0) == EINVAL);
	/* sleep and usleep */
	d = TIMED(CHECK(usleep(15000) == 0));
	CHECK(d >= 15000000);
	d = TIMED(CHECK(sleep(1) == 0));
	CHECK(d >= 1000000000 && d < 5000000000LL);
	CHECK(sleep(0) == 0);
	return check_result();
}

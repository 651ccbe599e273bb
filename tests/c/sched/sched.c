#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include "check.h"

int main(void)
{
	CHECK(sched_yield() == 0);
	CHECK(sched_get_priority_min(SCHED_OTHER) == 0 && sched_get_priority_max(SCHED_OTHER) == 0);
	CHECK(sched_get_priority_min(SCHED_FIFO) == 1 && sched_get_priority_max(SCHED_RR) == 99);
	errno = 0;
	CHECK(sched_get_priority_max(42) == -1 && errno == EINVAL);
	struct sched_param p = { .sched_priority = 5 };
	CHECK(sched_getscheduler(0) == SCHED_OTHER);
	CHECK(sched_getparam(0, &p) == 0 && p.sched_priority == 0);
	errno = 0;
	CHECK(sched_getparam(12345, &p) == -1 && errno == ESRCH);
	p.sched_priority = 10;
	errno = 0;
	CHECK(sched_setscheduler(0, SCHED_FIFO, &p) == -1 && errno == EPERM);
	p.sched_priority = 0;
	CHECK(sched_setscheduler(0, SCHED_OTHER, &p) == SCHED_OTHER);
	struct timespec ts = { 9, 9 };
	CHECK(sched_rr_get_interval(0, &ts) == 0 && ts.tv_sec == 0);
	/* pthread.h brings <sched.h>'s names along */
	int policy = -1;
	CHECK(pthread_getschedparam(pthread_self(), &policy, &p) == 0 && policy == SCHED_OTHER);
	return check_result();
}

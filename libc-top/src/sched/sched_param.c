#include <errno.h>
#include <sched.h>
#include <string.h>

/* There is one process (pid 0 means it; getpid's value is not known here
   without -lwasi-emulated-getpid, so only 0 names it), scheduled by the
   host: its policy is SCHED_OTHER at priority 0, and changing that is not
   permitted (EPERM, as for an unprivileged process). */

int sched_getscheduler(pid_t pid)
{
	if (pid) {
		errno = ESRCH;
		return -1;
	}
	return SCHED_OTHER;
}

int sched_getparam(pid_t pid, struct sched_param *param)
{
	if (pid) {
		errno = ESRCH;
		return -1;
	}
	memset(param, 0, sizeof *param);
	return 0;
}

int sched_setparam(pid_t pid, const struct sched_param *param)
{
	if (pid) {
		errno = ESRCH;
		return -1;
	}
	if (param->sched_priority) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}

int sched_setscheduler(pid_t pid, int policy, const struct sched_param *param)
{
	if (pid) {
		errno = ESRCH;
		return -1;
	}
	if (policy != SCHED_OTHER && policy != SCHED_FIFO && policy != SCHED_RR) {
		errno = EINVAL;
		return -1;
	}
	if (policy != SCHED_OTHER) {
		errno = EPERM;
		return -1;
	}
	if (param->sched_priority) {
		errno = EINVAL;
		return -1;
	}
	return SCHED_OTHER;
}

int sched_rr_get_interval(pid_t pid, struct timespec *ts)
{
	if (pid) {
		errno = ESRCH;
		return -1;
	}
	ts->tv_sec = 0;
	ts->tv_nsec = 0;
	return 0;
}

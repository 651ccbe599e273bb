#include <errno.h>
#include <sys/resource.h>

/* WASI has no way to enforce a limit: setting the limits that already
   hold succeeds, changing one is EPERM rather than a promise that would
   not be kept. */
int setrlimit(int resource, const struct rlimit *rl)
{
	struct rlimit now;
	if (getrlimit(resource, &now) < 0)
		return -1;
	if (rl->rlim_cur > rl->rlim_max) {
		errno = EINVAL;
		return -1;
	}
	if (rl->rlim_cur != now.rlim_cur || rl->rlim_max != now.rlim_max) {
		errno = EPERM;
		return -1;
	}
	return 0;
}

#include <errno.h>
#include <limits.h>
#include <sys/resource.h>

/* The limits WASI implies: no core files, one process, the 4 GiB of
   wasm32 memory, OPEN_MAX descriptors (what sysconf says too); no limit
   on anything else. A soft limit equals its hard limit. */
int getrlimit(int resource, struct rlimit *rl)
{
	rlim_t v;
	switch (resource) {
	case RLIMIT_CORE: v = 0; break;
	case RLIMIT_NPROC: v = 1; break;
	case RLIMIT_DATA:
	case RLIMIT_AS: v = 4294967296ULL; break;
	case RLIMIT_NOFILE: v = OPEN_MAX; break;
	case RLIMIT_CPU:
	case RLIMIT_FSIZE:
	case RLIMIT_STACK:
	case RLIMIT_RSS:
	case RLIMIT_MEMLOCK: v = RLIM_INFINITY; break;
	default:
		errno = EINVAL;
		return -1;
	}
	rl->rlim_cur = rl->rlim_max = v;
	return 0;
}

#include "misc_impl.h"

/* One processor: a WASI program runs on one thread of the host. */
int get_nprocs(void)
{
	return 1;
}

#include <sched.h>
#include "syscall.h"

int sched_yield(void)
{
	return __wasi_result(__wasi_sched_yield());
}

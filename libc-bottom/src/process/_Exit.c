#include <stdlib.h>
#include "syscall.h"

_Noreturn void _Exit(int status)
{
	__wasi_proc_exit((__wasi_exitcode_t)status);
}

#include <sys/mman.h>

/* WebAssembly memory is never paged out: it is locked already. */
int mlockall(int flags)
{
	return 0;
}

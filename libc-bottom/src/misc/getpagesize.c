#include <limits.h>
#include <unistd.h>

/* The WebAssembly page. */
int getpagesize(void)
{
	return PAGESIZE;
}

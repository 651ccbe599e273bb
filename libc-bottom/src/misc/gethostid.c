#include <unistd.h>

/* No host id is known to a WASI program: that of localhost, 127.0.0.1. */
long gethostid(void)
{
	return 0x7f000001;
}

#include <errno.h>

/* For objects built against headers that define errno as
   (*__errno_location()). */
int *__errno_location(void)
{
	return &errno;
}

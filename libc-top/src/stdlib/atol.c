#include <stdlib.h>

/* Out-of-range input is undefined behaviour (C17 7.22.1.2): in range, the
   wider conversion gives the same value. */
long atol(const char *s)
{
	return (long)atoll(s);
}

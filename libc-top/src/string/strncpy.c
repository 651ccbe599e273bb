#include <string.h>

char *strncpy(char *__restrict d, const char *__restrict s, size_t n)
{
	stpncpy(d, s, n);
	return d;
}

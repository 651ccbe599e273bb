#include <string.h>

char *strcpy(char *__restrict dest, const char *__restrict src)
{
	stpcpy(dest, src);
	return dest;
}

#include <string.h>

char *strtok_r(char *__restrict s, const char *__restrict sep, char **__restrict save)
{
	if (!s && !(s = *save))
		return 0;
	s += strspn(s, sep);
	if (!*s)
		return *save = 0;
	char *end = s + strcspn(s, sep);
	if (*end)
		*end++ = 0;
	else
		end = 0;
	*save = end;
	return s;
}

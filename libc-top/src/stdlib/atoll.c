#include <stdlib.h>
#include <ctype.h>

/* Undefined on overflow (C17 7.22.1.2), so no errno bookkeeping; the value
   is accumulated negatively so that LLONG_MIN parses. */
long long atoll(const char *s)
{
	long long n = 0;
	int neg = 0;
	while (isspace((unsigned char)*s))
		s++;
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	while (isdigit((unsigned char)*s))
		n = 10 * n - (*s++ - '0');
	return neg ? n : -n;
}

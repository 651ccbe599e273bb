#include <wchar.h>

/* POSIX wcpcpy: returns the address of the null written at the end. */
wchar_t *wcpcpy(wchar_t *__restrict d, const wchar_t *__restrict s)
{
	while ((*d = *s++))
		d++;
	return d;
}

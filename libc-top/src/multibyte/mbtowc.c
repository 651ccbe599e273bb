#include <errno.h>
#include <stdlib.h>
#include <wchar.h>

/* No encoding here is state-dependent: mbtowc(0, 0, 0) is 0, and an
   incomplete character is an invalid one. */
int mbtowc(wchar_t *__restrict pwc, const char *__restrict s, size_t n)
{
	mbstate_t st = {0};
	if (!s)
		return 0;
	size_t r = mbrtowc(pwc, s, n, &st);
	if (r == (size_t)-2) {
		errno = EILSEQ;
		return -1;
	}
	return r == (size_t)-1 ? -1 : (int)r;
}

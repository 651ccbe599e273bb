#include <limits.h>
#include <string.h>
#include <wchar.h>

/* Converts at most `nwc` wide characters of *src into at most `len` bytes
   (any number when dst is null), never writing part of a character. */
size_t wcsnrtombs(char *__restrict dst, const wchar_t **__restrict src, size_t nwc, size_t len,
                  mbstate_t *__restrict ps)
{
	const wchar_t *ws = *src;
	size_t count = 0;
	for (; nwc; nwc--, ws++) {
		char buf[MB_LEN_MAX];
		size_t r = wcrtomb(buf, *ws, ps);
		if (r == (size_t)-1) {
			if (dst)
				*src = ws;
			return r;
		}
		if (!*ws) {
			if (dst) {
				if (count >= len)
					break;
				dst[count] = 0;
				*src = 0;
			}
			return count;
		}
		if (dst) {
			if (len - count < r)
				break;
			memcpy(dst + count, buf, r);
		}
		count += r;
	}
	if (dst)
		*src = ws;
	return count;
}

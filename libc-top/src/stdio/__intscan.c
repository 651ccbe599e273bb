#include <errno.h>
#include "intscan.h"

/* The value of a digit character in bases up to 36, or 99. */
static unsigned digit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 32;
	return c >= 'a' && c <= 'z' ? (unsigned)(c - 'a' + 10) : 99;
}

unsigned long long __intscan(FILE *f, int base, unsigned long long max, int is_signed, off_t *end)
{
	unsigned long long v = 0, lim, cut;
	unsigned d, cutd;
	int c, neg = 0, over = 0;

	*end = 0;
	if (base < 0 || base == 1 || base > 36) {
		errno = EINVAL;
		return 0;
	}
	do
		c = shgetc(f);
	while (c == ' ' || (unsigned)(c - '\t') < 5);
	if (c == '+' || c == '-') {
		neg = c == '-';
		c = shgetc(f);
	}
	if (c == '0' && (base == 0 || base == 16)) {
		/* The 0 is a number whatever follows; "0x" is a prefix only if a
		   hexadecimal digit follows it. */
		*end = shcnt(f);
		c = shgetc(f);
		if ((c | 32) == 'x') {
			c = shgetc(f);
			if (digit(c) >= 16) {
				/* "0x" is consumed (it is scanf's input item), but the
				   number ends after the 0. */
				if (c != EOF)
					shunget(f);
				return 0;
			}
			base = 16;
		} else if (!base) {
			base = 8;
		}
	}
	if (!base)
		base = 10;
	lim = is_signed && neg ? max + 1 : max;
	cut = lim / base;
	cutd = lim % base;
	for (; (d = digit(c)) < (unsigned)base; c = shgetc(f)) {
		*end = shcnt(f);
		if (v > cut || (v == cut && d > cutd))
			over = 1;
		else
			v = v * base + d;
	}
	if (c != EOF)
		shunget(f);
	if (!*end)
		return 0;
	if (over) {
		errno = ERANGE;
		return is_signed && neg ? -lim : lim;
	}
	return neg ? -v : v;
}

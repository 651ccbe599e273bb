/* The payload of nan("n-char-sequence"): the sequence read as strtoull
   reads an integer in base 0 (C17 7.22.1.3 gives nan("s") the meaning of
   strtod("NAN(s)")). An empty or malformed sequence gives payload 0. */
#ifndef _LIBM_NAN_H
#define _LIBM_NAN_H

#include <stdint.h>

static inline uint64_t __nan_payload(const char *s)
{
	unsigned base = 10;
	uint64_t v = 0;
	if (s[0] == '0') {
		base = 8;
		s++;
		if ((*s | 32) == 'x') {
			base = 16;
			s++;
		}
	}
	for (; *s; s++) {
		unsigned c = (unsigned char)*s, d;
		if (c - '0' < 10)
			d = c - '0';
		else if ((c | 32) - 'a' < 6)
			d = (c | 32) - 'a' + 10;
		else
			return 0;
		if (d >= base)
			return 0;
		v = v * base + d;
	}
	return v;
}

#endif

/* What printf's conversions share: the parsed flags, the output helpers,
   and the floating-point formatter that both double and long double use. */
#ifndef _INTERNAL_FMT_H
#define _INTERNAL_FMT_H

#include <stdint.h>
#include <string.h>
#include "stdio_impl.h"

/* The flags of a conversion specification (C11 7.21.6.1p6). */
#define FL_MINUS 0x01  /* '-': left-justify */
#define FL_PLUS  0x02  /* '+': always a sign */
#define FL_SPACE 0x04  /* ' ': a space where there is no sign */
#define FL_ALT   0x08  /* '#': alternative form */
#define FL_ZERO  0x10  /* '0': pad with zeros */
#define FL_GROUP 0x20  /* '\'': group thousands; the C locale has no separator */

/* Appends n bytes to the output. Line-buffered streams take __fwritex,
   which flushes at newlines; the others copy straight into the buffer. */
static inline void fmt_out(FILE *f, const char *s, size_t n)
{
	if (f->lbf != '\n' && (size_t)(f->wend - f->wpos) >= n) {
		memcpy(f->wpos, s, n);
		f->wpos += n;
	} else {
		__fwritex((const unsigned char *)s, n, f);
	}
}

/* Appends n copies of c. */
hidden void __fmt_pad(FILE *, int, size_t);

/* Pads the field on the left as the flags ask: spaces before a
   right-justified field (the caller puts zeros after the sign itself). */
static inline void fmt_pad_left(FILE *f, int width, size_t len, unsigned fl)
{
	if (!(fl & (FL_MINUS | FL_ZERO)) && (size_t)width > len)
		__fmt_pad(f, ' ', width - len);
}

static inline void fmt_pad_right(FILE *f, int width, size_t len, unsigned fl)
{
	if ((fl & FL_MINUS) && (size_t)width > len)
		__fmt_pad(f, ' ', width - len);
}

/* A binary floating-point number taken apart: the value is
   (-1)^neg * m * 2^e2 with m = hi * 2^64 + lo, and frac_bits is the
   width of its format's fraction field (52 for double, 112 for
   binary128), which fixes the layout of %a. */
enum { FPV_ZERO, FPV_FINITE, FPV_INF, FPV_NAN };

struct fp_value {
	int neg;
	int kind;
	uint64_t hi, lo;
	int e2;
	int frac_bits;
};

/* Decimal digits are worked on as a big integer in base 10^9, least
   significant limb first. The scratch a conversion needs is at most
   (digits of the exact value) / 9 + 3 limbs: 767 digits for a double,
   11563 for a binary128 long double. */
#define FMT_DBL_LIMBS (767 / 9 + 3)
#define FMT_LDBL_LIMBS (11563 / 9 + 3)

/* Formats v as conversion conv (one of "aAeEfFgG") and returns the
   length of the output, or -1 (errno EOVERFLOW) if it would exceed
   INT_MAX. scratch has room for the limbs v can need. */
hidden int __fmt_fp(FILE *, const struct fp_value *, uint32_t *, int width,
                    int prec, unsigned flags, int conv);

hidden int __fmt_double(FILE *, double, int, int, unsigned, int);
hidden int __fmt_ldouble(FILE *, long double, int, int, unsigned, int);

#endif

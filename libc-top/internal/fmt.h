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

/* x / 10 as a multiplication: WebAssembly engines run a division as a
   real divide, and compilers for it do not rewrite one by a constant.
   Exact for every 32-bit x (0xCCCCCCCD is 2^35 / 10 rounded up). */
static inline uint32_t fmt_div10(uint32_t x)
{
	return (uint64_t)x * 0xCCCCCCCDu >> 35;
}

/* Appends n bytes to the output, and n copies of c (' ' or '0'). */
hidden void __fmt_out(FILE *, const char *, size_t);
hidden void __fmt_pad(FILE *, int, size_t);

/* A field of len bytes padded to width: __fmt_start writes the spaces
   before a right-justified field, then the prefix (sign, "0x"), then the
   zeros the 0 flag asks for; the caller writes the rest of the len bytes
   and calls __fmt_end, which writes the spaces after a left-justified
   field and returns the field's width. len counts the prefix. */
hidden void __fmt_start(FILE *, const char *, size_t, size_t, int, unsigned);
hidden int __fmt_end(FILE *, size_t, int, unsigned);

/* The fields of an IEEE 754 binary floating-point number: sign, biased
   exponent (emax when infinite or NaN), and fraction (hi * 2^64 + lo,
   frac_bits wide: 52 for double, 112 for binary128); and how the
   formatter's scratch is split (see FMT_*_SCRATCH). */
struct fp_value {
	int neg;
	int bexp;
	uint64_t hi, lo;
	int frac_bits;
	int emax;
	int scratch_limbs;
};

/* The scratch of a conversion: a carry limb, then base-10^9 limbs for
   the digits from the leading one on (at most (digits of the exact
   value) / 9 + 2: 767 digits for a double, 11563 for a binary128 long
   double), then 32-bit words for the fraction bits (1074 and 16494). */
#define FMT_DBL_LIMBS (1 + 767 / 9 + 2)
#define FMT_DBL_SCRATCH (FMT_DBL_LIMBS + 1074 / 32 + 2)
#define FMT_LDBL_LIMBS (1 + 11563 / 9 + 2)
#define FMT_LDBL_SCRATCH (FMT_LDBL_LIMBS + 16494 / 32 + 2)

/* Formats v as conversion conv (one of "aAeEfFgG") and returns the
   length of the output, or -1 (errno EOVERFLOW) if it would exceed
   INT_MAX. scratch has room for the limbs v can need. */
hidden int __fmt_fp(FILE *, const struct fp_value *, uint32_t *, int width,
                    int prec, unsigned flags, int conv);

hidden int __fmt_double(FILE *, double, int, int, unsigned, int);
hidden int __fmt_ldouble(FILE *, long double, int, int, unsigned, int);

#endif

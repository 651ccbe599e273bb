/* The scanner behind strtol and its relatives, their wide forms and
   scanf's integer conversions. */
#ifndef _INTERNAL_INTSCAN_H
#define _INTERNAL_INTSCAN_H

#include "stdio_impl.h"

/* Reads an integer in the form strtol accepts (C11 7.22.1.4: white
   space, a sign, then digits in base 2 to 36, or with base 0 a C
   constant's "0x" or "0" prefix choosing 16 or 8; base 16 allows the
   "0x") from f through shgetc. max is the type's largest value; signed
   types allow a magnitude one more when negative. Returns the value's
   bits (negated in the unsigned type after a '-'), or on overflow the
   type's limit in the direction of the sign (the unsigned maximum for an
   unsigned type) with errno ERANGE. *end is the count of characters up
   to the end of the number, 0 if there is none; EINVAL for a bad base. */
hidden unsigned long long __intscan(FILE *, int base, unsigned long long max, int is_signed, off_t *end);

#endif

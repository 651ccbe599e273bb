/* The scanner behind strtod, strtof, strtold, their wide forms and
   scanf's floating-point conversions. */
#ifndef _INTERNAL_FLOATSCAN_H
#define _INTERNAL_FLOATSCAN_H

#include "stdio_impl.h"

enum { FS_FLOAT, FS_DOUBLE, FS_LDOUBLE };

/* Reads a number in the form strtod accepts (C11 7.22.1.3, after white
   space, which it skips) from f through shgetc, and stores
   at out the float, double or long double nearest to it (ties to even),
   setting errno to ERANGE when it overflows, or underflows inexactly.
   Returns the count of characters since shlim up to the end of the
   longest prefix that is a number, or 0 if there is none (and then 0 is
   stored). The characters read after that prefix, up to one that cannot
   continue a number, are consumed too (they are scanf's input item); the
   one that stopped the reading is put back. */
hidden off_t __floatscan(FILE *, int, void *);

#endif

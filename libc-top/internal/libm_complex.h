/* Shared pieces of the complex functions. */
#ifndef _LIBM_COMPLEX_H
#define _LIBM_COMPLEX_H

#include "libm_ldfun.h"
#include <complex.h>

#define PIO2 0x1.921fb54442d18p+0
#define PIO4 0x1.921fb54442d18p-1
#define LN2 0x1.62e42fefa39efp-1
#define PIO2L LDL_PIO2
#define PIO4L (0.5L * LDL_PIO2)

/* a b + c d rounded once, the products exact (barring overflow); a zero
   takes the sign the plain expression gives it, as the special values of
   C17 Annex G need. */
LIBM_INLINE double dot2(double a, double b, double c, double d)
{
	dd s = dd_add(two_prod(a, b), two_prod(c, d));
	return s.hi == 0 ? a * b + c * d : s.hi;
}

/* Kahan's branch cuts and formulas ("Branch cuts for complex elementary
   functions", 1987) keep the inverse functions accurate near their cuts;
   the float forms compute in double, the long double forms follow the
   double ones in binary128 with the long double real functions. */

#endif

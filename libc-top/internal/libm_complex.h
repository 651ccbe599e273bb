/* Shared pieces of the complex functions. */
#ifndef _LIBM_COMPLEX_H
#define _LIBM_COMPLEX_H

#include "libm.h"
#include <complex.h>

#define PIO2 0x1.921fb54442d18p+0
#define PIO4 0x1.921fb54442d18p-1

/* Kahan's branch cuts and formulas ("Branch cuts for complex elementary
   functions", 1987) keep the inverse functions accurate near their cuts;
   the float and long double forms follow the double ones. */

#endif

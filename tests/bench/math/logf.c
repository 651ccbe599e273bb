/* logf over positive values of every magnitude. */
#include "bench.h"

MATH_BENCH(float, magnitude(-120.0, 120.0), 0, logf(x[i]))

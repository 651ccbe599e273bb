/* sqrt over positive values of every magnitude. */
#include "bench.h"

MATH_BENCH(double, magnitude(-990.0, 990.0), 0, sqrt(x[i]))

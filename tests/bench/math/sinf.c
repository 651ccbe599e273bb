/* sinf over [-10, 10]. */
#include "bench.h"

MATH_BENCH(float, uniform(-10.0, 10.0), 0, sinf(x[i]))

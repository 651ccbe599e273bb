/* sin over [-10, 10]. */
#include "bench.h"

MATH_BENCH(double, uniform(-10.0, 10.0), 0, sin(x[i]))

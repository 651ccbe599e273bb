/* atan2f over both arguments in (-100, 100). */
#include "bench.h"

MATH_BENCH(float, uniform(-100.0, 100.0), uniform(-100.0, 100.0), atan2f(x[i], y[i]))

/* atan2 over both arguments in (-100, 100). */
#include "bench.h"

MATH_BENCH(double, uniform(-100.0, 100.0), uniform(-100.0, 100.0), atan2(x[i], y[i]))

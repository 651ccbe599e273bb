/* powf over x in (0, 100), y in (-10, 10). */
#include "bench.h"

MATH_BENCH(float, uniform(0.001, 100.0), uniform(-10.0, 10.0), powf(x[i], y[i]))

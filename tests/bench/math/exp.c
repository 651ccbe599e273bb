/* exp over the range that neither overflows nor underflows. */
#include "bench.h"

MATH_BENCH(double, uniform(-700.0, 700.0), 0, exp(x[i]))

/* expf over the range that neither overflows nor underflows. */
#include "bench.h"

MATH_BENCH(float, uniform(-87.0, 88.0), 0, expf(x[i]))

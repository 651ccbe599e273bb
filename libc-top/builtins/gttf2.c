#include "binary128.h"

/* -1, 0 or 1 as x is less than, equal to or greater than y, and -1 when
 * unordered, so that the caller tests x > y as a result > 0. */
int __gttf2(f128 x, f128 y)
{
	int c = f128_compare(x, y);
	return c == 2 ? -1 : c;
}

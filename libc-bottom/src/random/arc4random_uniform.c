#include <stdint.h>
#include <stdlib.h>

/* Uniform over [0, upper): a value below 2^32 mod upper would make the
   low residues more likely, so it is drawn again. */
uint32_t arc4random_uniform(uint32_t upper)
{
	if (upper < 2)
		return 0;
	uint32_t min = -upper % upper;
	uint32_t r;
	do
		r = arc4random();
	while (r < min);
	return r % upper;
}

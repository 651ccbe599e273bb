#include <stdint.h>
#include <stdlib.h>

uint32_t arc4random(void)
{
	uint32_t r;
	arc4random_buf(&r, sizeof r);
	return r;
}

#include <stdlib.h>
#include <stdint.h>

/* A 64-bit LCG (Knuth's MMIX constants), returning the top 31 bits. */
static uint64_t state;

void srand(unsigned seed)
{
	state = seed - 1;
}

int rand(void)
{
	state = 6364136223846793005ULL * state + 1442695040888963407ULL;
	return (int)(state >> 33);
}

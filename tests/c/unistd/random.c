/* getentropy, getrandom, arc4random, arc4random_buf, arc4random_uniform. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>
#include "check.h"

/* Two buffers from a good source share about 1/256 of their bytes. */
static int different(const unsigned char *a, const unsigned char *b, size_t n)
{
	size_t same = 0;
	for (size_t i = 0; i < n; i++)
		same += a[i] == b[i];
	return same < n / 16;
}

int main(void)
{
	unsigned char a[512], b[512];
	CHECK(getentropy(a, 256) == 0 && getentropy(b, 256) == 0 && different(a, b, 256));
	CHECK(getentropy(a, 0) == 0);
	errno = 0;
	CHECK(getentropy(a, 257) == -1 && errno == EINVAL);
	CHECK(getrandom(a, sizeof a, 0) == (ssize_t)sizeof a);
	CHECK(getrandom(b, sizeof b, GRND_NONBLOCK | GRND_RANDOM) == (ssize_t)sizeof b);
	CHECK(different(a, b, sizeof a));
	errno = 0;
	CHECK(getrandom(a, 1, 0x100) == -1 && errno == EINVAL);
	memset(a, 0, sizeof a);
	arc4random_buf(a, sizeof a);
	memset(b, 0, sizeof b);
	arc4random_buf(b, sizeof b);
	CHECK(different(a, b, sizeof a));
	arc4random_buf(a, 0);
	/* arc4random: all bits vary */
	unsigned long ors = 0, ands = ~0UL;
	for (int i = 0; i < 200; i++) {
		uint32_t r = arc4random();
		ors |= r;
		ands &= r;
	}
	CHECK(ors == 0xffffffffUL && ands == 0);
	/* arc4random_uniform: in range, and every value reached */
	int seen[10] = { 0 };
	for (int i = 0; i < 2000; i++) {
		uint32_t r = arc4random_uniform(10);
		CHECK(r < 10);
		if (r < 10)
			seen[r]++;
	}
	for (int i = 0; i < 10; i++)
		CHECK(seen[i] > 100 && seen[i] < 320);
	CHECK(arc4random_uniform(0) == 0 && arc4random_uniform(1) == 0);
	uint32_t big = arc4random_uniform(0x80000001u);
	CHECK(big <= 0x80000000u);
	return check_result();
}

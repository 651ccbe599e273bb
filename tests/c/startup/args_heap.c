//! args: alpha beta-gamma delta
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

/* The argument vector is carved below malloc's heap at start-up: no block
   malloc returns may overlap it, and filling the heap leaves it intact. */
int main(int argc, char **argv)
{
	CHECK(argc == 4);
	uintptr_t lo = (uintptr_t)argv, hi = (uintptr_t)(argv + argc + 1);
	for (int i = 0; i < argc; i++) {
		uintptr_t end = (uintptr_t)argv[i] + strlen(argv[i]) + 1;
		if ((uintptr_t)argv[i] < lo)
			lo = (uintptr_t)argv[i];
		if (end > hi)
			hi = end;
	}
	CHECK((uintptr_t)argv % sizeof(char *) == 0);
	for (int i = 0; i < 2000; i++) {
		size_t n = 1 + (size_t)(i * 37 % 3000);
		unsigned char *p = malloc(n);
		CHECK(p);
		if (!p)
			break;
		CHECK((uintptr_t)p + n <= lo || (uintptr_t)p >= hi);
		memset(p, 0xa5, n);
	}
	void *big = malloc(1 << 20);
	CHECK(big);
	if (big)
		memset(big, 0x5a, 1 << 20);
	CHECK_STR(argv[1], "alpha");
	CHECK_STR(argv[2], "beta-gamma");
	CHECK_STR(argv[3], "delta");
	CHECK(argv[4] == 0);
	return check_result();
}

#include "fmt.h"

void __fmt_pad(FILE *f, int c, size_t n)
{
	char buf[64];
	size_t k = n < sizeof buf ? n : sizeof buf;

	memset(buf, c, k);
	for (; n > k; n -= k)
		fmt_out(f, buf, k);
	fmt_out(f, buf, n);
}

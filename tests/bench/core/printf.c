/* snprintf of integers, strings and doubles. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	int scale = argc > 1 ? atoi(argv[1]) : 1;
	char buf[128];
	unsigned sum = 0;
	for (int i = 0; i < 60000 * scale; i++) {
		int n = snprintf(buf, sizeof buf, "%d %5u %x %s %.3f %g", i, i * 7u, i, "str",
		                 i * 0.25, i / 3.0);
		sum += (unsigned)n + (unsigned char)buf[n / 2];
	}
	printf("%u\n", sum);
	return 0;
}

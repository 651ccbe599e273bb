/* snprintf of a mix of conversions, as logs and messages use them. */
#include <stdio.h>

int main(void)
{
	char buf[256];
	unsigned sum = 0;
	int i, n;

	for (i = 0; i < 100000; i++) {
		n = snprintf(buf, sizeof buf, "[%s] id=%d/%u hex=%#x %c %-8s %8.3f %.2e %g|%5.1f%%", "tag", i, i * 3u,
		             i * 2654435761u, 'a' + i % 26, "name", i * 0.37, i * 1e-3, i / 7.0, (i % 1000) / 10.0);
		sum += (unsigned)n + (unsigned char)buf[n / 2];
	}
	printf("%u\n", sum);
	return 0;
}

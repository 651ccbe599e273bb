/* fputs lines to a file, then fgets them back. */
#include <stdio.h>
#include <string.h>

int main(void)
{
	static const char *words[] = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta" };
	char line[128];
	unsigned sum = 0;
	FILE *f;
	int i, pass;

	for (pass = 0; pass < 4; pass++) {
		f = fopen("/tmp/bench_io.txt", "w");
		if (!f)
			return 1;
		for (i = 0; i < 50000; i++) {
			fputs(words[i % 6], f);
			fputs(" some more text on this line, ", f);
			fputs(words[(i * 7) % 6], f);
			fputs("\n", f);
		}
		fclose(f);
		f = fopen("/tmp/bench_io.txt", "r");
		if (!f)
			return 1;
		while (fgets(line, sizeof line, f))
			sum += (unsigned)strlen(line) + (unsigned char)line[3];
		fclose(f);
	}
	printf("%u\n", sum);
	return 0;
}

//! stdout: tests/c/stdio/smoke.out
#include <stdio.h>

int main(void)
{
	printf("hello %d %s %.3f %g %e\n", 42, "world", 3.14159, 0.1, 1e300);
	puts("puts line");
	fputs("fputs line\n", stdout);
	putchar('x');
	putchar('\n');
	fwrite("fwrite\n", 1, 7, stdout);
	printf("%.60f\n", 0.1);
	return 0;
}

//! stdin: 12 apples and pears
//! stdout: tests/c/stdio/stdin.out
/* Reading stdin: scanf, getchar and fgets on the same stream, and a
   prompt that a line-buffered stdout shows before reading. */
#include <stdio.h>

int main(void)
{
	char word[16], rest[64];
	int n, c;

	if (scanf("%d %15s", &n, word) != 2)
		return 1;
	c = getchar();
	if (!fgets(rest, sizeof rest, stdin))
		return 2;
	printf("%d [%s] [%c] [%s]", n, word, c, rest);
	if (getchar() != EOF || !feof(stdin))
		return 3;
	return 0;
}

/* qsort of integers and of strings. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	int scale = argc > 1 ? atoi(argv[1]) : 1;
	static int v[200000];
	static char words[20000][8];
	static char *w[20000];
	unsigned x = 1;
	for (int r = 0; r < scale; r++) {
		for (int i = 0; i < 200000; i++) {
			x = x * 1103515245u + 12345u;
			v[i] = (int)(x >> 4);
		}
		qsort(v, 200000, sizeof *v, cmp_int);
	}
	for (int i = 0; i < 20000; i++) {
		for (int k = 0; k < 7; k++) {
			x = x * 1103515245u + 12345u;
			words[i][k] = (char)('a' + (x >> 16) % 26);
		}
		w[i] = words[i];
	}
	qsort(w, 20000, sizeof *w, cmp_str);
	printf("%d %s %s\n", v[100000], w[0], w[19999]);
	return 0;
}

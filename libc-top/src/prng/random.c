#include <stdlib.h>
#include <stdint.h>
#include <string.h>

/* The BSD additive-feedback generator interface (random, srandom,
   initstate, setstate). The state a caller hands over holds one header word
   (the generator's degree and position) and the feedback table; degree 0
   is a plain 32-bit LCG for states shorter than 32 bytes. The degrees and
   tap distances are the classic trinomials x^7+x^3+1, x^15+x+1,
   x^31+x^3+1, x^63+x+1. */

struct gen {
	uint32_t *table;
	int degree, sep, i, j;
};

static uint32_t builtin[32] = { 0 };
static struct gen g = { builtin + 1, 31, 3, 3, 0 };
static int seeded;

static void header_store(void)
{
	g.table[-1] = (uint32_t)g.degree << 16 | (uint32_t)g.i << 8 | (uint32_t)g.j;
}

static void seed(unsigned s)
{
	if (!g.degree) {
		g.table[0] = s;
		return;
	}
	/* Fill with an LCG, then discard enough outputs to mix it. */
	uint64_t x = s;
	for (int k = 0; k < g.degree; k++) {
		x = 6364136223846793005ULL * x + 1;
		g.table[k] = (uint32_t)(x >> 32);
	}
	g.i = g.sep;
	g.j = 0;
	for (int k = 0; k < 10 * g.degree; k++)
		random();
	header_store();
}

void srandom(unsigned s)
{
	seeded = 1;
	seed(s);
}

long random(void)
{
	if (!seeded) {
		seeded = 1;
		seed(1);
	}
	uint32_t r;
	if (!g.degree) {
		r = g.table[0] = 1103515245u * g.table[0] + 12345u;
		return (long)(r & 0x7fffffff);
	}
	r = g.table[g.i] += g.table[g.j];
	if (++g.i == g.degree)
		g.i = 0;
	if (++g.j == g.degree)
		g.j = 0;
	header_store();
	return (long)(r >> 1);
}

static void configure(uint32_t *words, size_t n)
{
	static const int degrees[][2] = { { 63, 1 }, { 31, 3 }, { 15, 1 }, { 7, 3 } };
	g.table = words + 1;
	g.degree = 0;
	g.sep = 0;
	for (size_t k = 0; k < 4; k++)
		if (n - 1 >= (size_t)degrees[k][0]) {
			g.degree = degrees[k][0];
			g.sep = degrees[k][1];
			break;
		}
}

char *initstate(unsigned s, char *state, size_t size)
{
	if (size < 8)
		return 0;
	char *old = (char *)(g.table - 1);
	configure((uint32_t *)(void *)state, size / 4);
	seeded = 1;
	seed(s);
	header_store();
	return old;
}

char *setstate(char *state)
{
	char *old = (char *)(g.table - 1);
	uint32_t *w = (uint32_t *)(void *)state;
	int degree = (int)(w[0] >> 16);
	configure(w, (size_t)degree + 1);
	g.i = (int)(w[0] >> 8 & 0xff);
	g.j = (int)(w[0] & 0xff);
	seeded = 1;
	return old;
}

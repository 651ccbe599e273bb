/* The oracle of the differential tests: runs the generated printf and
   strtod cases through the host's glibc and writes, per batch of 16
   cases, a 64-bit hash of the expected results. The test programs under
   WASI (tests/c/stdio/printf_diff.c, strtod_diff.c) make the same cases,
   hash their own results and compare.

   Build and run on the host (glibc 2.36 on Debian 12 is the reference):

       gcc -O2 -o gen tests/stdio/gen.c
       ./gen printf SEED COUNT > tests/stdio/printf.hash
       ./gen strtod SEED COUNT > tests/stdio/strtod.hash
       ./gen printf-show SEED INDEX    (one case and glibc's output)
       ./gen strtod-show SEED INDEX

   Expected results are glibc's, with one correction: glibc's %#g drops
   trailing zeros it must keep when rounding carries into a new digit
   and the style becomes %e ("%#.2g" of 99.9 gives "1.e+02"; C11
   7.21.6.1p8 requires "1.0e+02"). For those the oracle is glibc's %#e at
   the same precision, which is right. */
#define _GNU_SOURCE
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "printf_cases.h"
#include "strtod_cases.h"
#include "diff_hash.h"

static int run_printf(char *buf, size_t n, const struct pc_case *c, const char *fmt)
{
	_Float128 x;

	switch (c->kind) {
	case PC_DOUBLE:
		return snprintf(buf, n, fmt, c->d);
	case PC_STR:
		return snprintf(buf, n, fmt, c->s);
	case PC_LDOUBLE: {
		/* strfromf128 takes the format without the L */
		char f128[64], *d = f128;
		const char *s;
		for (s = fmt; *s; s++)
			if (*s != 'L')
				*d++ = *s;
		*d = 0;
		memcpy(&x, c->ld, sizeof x);
		return strfromf128(buf, n, f128, x);
	}
	}
	switch (c->lm) {
	case 4:
		return snprintf(buf, n, fmt, (long long)c->u);
	case 5:
		return snprintf(buf, n, fmt, (intmax_t)c->u);
	case 3: case 6: case 7: {
		/* long, size_t and ptrdiff_t are 32 bits on wasm32: int here */
		char f32[64], *d = f32;
		const char *s;
		for (s = fmt; *s; s++)
			if (*s != 'l' && *s != 'z' && *s != 't')
				*d++ = *s;
		*d = 0;
		return snprintf(buf, n, f32, (int)c->u);
	}
	default:
		return snprintf(buf, n, fmt, (int)c->u);
	}
}

/* glibc's result for a case, corrected for its %#g bug (see above). */
static int expected_printf(char *buf, size_t n, const struct pc_case *c)
{
	char fmt[64], e[64];
	int r = run_printf(buf, n, c, c->fmt), len = (int)strlen(c->fmt), P, x;
	char conv = c->fmt[len - 1], *dot, *ep;

	if (c->kind != PC_DOUBLE || (conv != 'g' && conv != 'G') || !strchr(c->fmt, '#'))
		return r;
	/* The precision P, and the exponent X of the value rounded to P
	   digits, decide the style (C11 7.21.6.1p8). */
	dot = strchr(c->fmt, '.');
	P = dot ? atoi(dot + 1) : 6;
	if (!P)
		P = 1;
	snprintf(e, sizeof e, "%.*e", P - 1, c->d);
	ep = strchr(e, 'e');
	if (!ep)
		return r;
	x = atoi(ep + 1);
	if (x >= -4 && x < P)
		return r;
	strcpy(fmt, c->fmt);
	if (dot)
		fmt[dot - c->fmt] = 0;
	else
		fmt[len - 1] = 0;
	snprintf(fmt + strlen(fmt), sizeof fmt - strlen(fmt), ".%d%c", P - 1, conv == 'g' ? 'e' : 'E');
	return snprintf(buf, n, fmt, c->d);
}

static char out[16384], in[13000];

static uint64_t printf_hash(uint64_t seed, uint64_t i, int show)
{
	struct pc_case c;
	int r;

	pc_make(seed, i, &c);
	r = expected_printf(out, sizeof out, &c);
	if (show)
		printf("fmt %s  value %a  int %#llx  ld %016llx%016llx\nglibc %d [%s]\n", c.fmt, c.d,
		       (unsigned long long)c.u, (unsigned long long)c.ld[1], (unsigned long long)c.ld[0], r, out);
	return dh_case(out, r < 0 ? 0 : (size_t)r, r);
}

static uint64_t strtod_hash(uint64_t seed, uint64_t i, int show)
{
	struct strtod_result res;
	char *end[3];
	float f;
	double d;
	_Float128 q;

	sc_make(seed, i, in);
	errno = 0;
	f = strtof(in, &end[0]);
	res.err[0] = errno == ERANGE;
	errno = 0;
	d = strtod(in, &end[1]);
	res.err[1] = errno == ERANGE;
	errno = 0;
	q = strtof128(in, &end[2]);
	res.err[2] = errno == ERANGE;
	memcpy(&res.f, &f, sizeof f);
	memcpy(&res.d, &d, sizeof d);
	memcpy(res.q, &q, sizeof q);
	res.end[0] = (uint32_t)(end[0] - in);
	res.end[1] = (uint32_t)(end[1] - in);
	res.end[2] = (uint32_t)(end[2] - in);
	if (show)
		printf("input [%s]\nglibc float %08x end %u erange %d\n      double %016llx end %u erange %d\n"
		       "      binary128 %016llx%016llx end %u erange %d\n", in, res.f, res.end[0], res.err[0],
		       (unsigned long long)res.d, res.end[1], res.err[1], (unsigned long long)res.q[1],
		       (unsigned long long)res.q[0], res.end[2], res.err[2]);
	return dh_strtod(in, &res);
}

int main(int argc, char **argv)
{
	uint64_t seed, count, i, h = 0;
	int strtod = argc > 1 && !strncmp(argv[1], "strtod", 6);
	uint64_t (*one)(uint64_t, uint64_t, int) = strtod ? strtod_hash : printf_hash;

	if (argc != 4) {
		fprintf(stderr, "usage: gen printf|strtod SEED COUNT > FILE\n"
		                "       gen printf-show|strtod-show SEED INDEX\n");
		return 2;
	}
	seed = strtoull(argv[2], 0, 0);
	count = strtoull(argv[3], 0, 0);
	if (strstr(argv[1], "-show")) {
		one(seed, count, 1);
		return 0;
	}
	dh_write_header(stdout, strtod ? DH_STRTOD : DH_PRINTF, seed, count);
	for (i = 0; i < count; i++) {
		h = dh_mix(h, one(seed, i, 0));
		if (i % DH_BATCH == DH_BATCH - 1 || i == count - 1) {
			dh_write_u64(stdout, h);
			h = 0;
		}
	}
	return 0;
}

/* printf against glibc: the generated cases of tests/stdio/printf_cases.h
   formatted here must hash as glibc's did (tests/stdio/printf.hash, made
   by tests/stdio/gen.c). An argument names another hash file, such as
   the long run's (tests/stdio/long-run.sh). */
#include <stdio.h>
#include <string.h>
#include <stddef.h>
#include <stdint.h>
#include "../../stdio/printf_cases.h"
#include "../../stdio/diff_hash.h"

static char out[16384];

static int format(const struct pc_case *c)
{
	long double x;

	switch (c->kind) {
	case PC_DOUBLE:
		return snprintf(out, sizeof out, c->fmt, c->d);
	case PC_STR:
		return snprintf(out, sizeof out, c->fmt, c->s);
	case PC_LDOUBLE:
		memcpy(&x, c->ld, sizeof x);
		return snprintf(out, sizeof out, c->fmt, x);
	}
	switch (c->lm) {
	case 3:
		return snprintf(out, sizeof out, c->fmt, (long)c->u);
	case 4:
		return snprintf(out, sizeof out, c->fmt, (long long)c->u);
	case 5:
		return snprintf(out, sizeof out, c->fmt, (intmax_t)c->u);
	case 6:
		return snprintf(out, sizeof out, c->fmt, (size_t)c->u);
	case 7:
		return snprintf(out, sizeof out, c->fmt, (ptrdiff_t)c->u);
	default:
		return snprintf(out, sizeof out, c->fmt, (int)c->u);
	}
}

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "/tests/stdio/printf.hash";
	uint64_t seed, count, i, j, h, want, bad = 0;
	struct pc_case c;
	FILE *f = dh_open(path, DH_PRINTF, &seed, &count);
	int r;

	if (!f) {
		printf("cannot read %s\n", path);
		return 1;
	}
	for (i = 0; i < count; i += DH_BATCH) {
		for (h = 0, j = i; j < i + DH_BATCH && j < count; j++) {
			pc_make(seed, j, &c);
			r = format(&c);
			h = dh_mix(h, dh_case(out, r < 0 ? 0 : (size_t)r, r));
		}
		if (!dh_read_u64(f, &want)) {
			printf("%s ends early\n", path);
			return 1;
		}
		if (h == want)
			continue;
		if (bad++ < 10) {
			printf("cases %llu..%llu differ from glibc; ours (glibc's: tests/stdio/gen printf-show %llu INDEX):\n",
			       (unsigned long long)i, (unsigned long long)j - 1, (unsigned long long)seed);
			for (j = i; j < i + DH_BATCH && j < count; j++) {
				pc_make(seed, j, &c);
				r = format(&c);
				printf("  %llu: %s -> %d [%.200s]\n", (unsigned long long)j, c.fmt, r, out);
			}
		}
	}
	fclose(f);
	printf("%llu cases, %llu batches of %d differ\n", (unsigned long long)count, (unsigned long long)bad, DH_BATCH);
	return bad != 0;
}

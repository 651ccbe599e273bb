/* strtof, strtod and strtold against glibc (strtof128 for binary128):
   the generated inputs of tests/stdio/strtod_cases.h must give the same
   bits, end and ERANGE as glibc did (tests/stdio/strtod.hash, made by
   tests/stdio/gen.c). An argument names another hash file, such as the
   long run's (tests/stdio/long-run.sh). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include "../../stdio/strtod_cases.h"
#include "../../stdio/diff_hash.h"

static char in[13000];

static void convert(struct strtod_result *res)
{
	char *end[3];
	float f;
	double d;
	long double q;

	errno = 0;
	f = strtof(in, &end[0]);
	res->err[0] = errno == ERANGE;
	errno = 0;
	d = strtod(in, &end[1]);
	res->err[1] = errno == ERANGE;
	errno = 0;
	q = strtold(in, &end[2]);
	res->err[2] = errno == ERANGE;
	memcpy(&res->f, &f, sizeof f);
	memcpy(&res->d, &d, sizeof d);
	memcpy(res->q, &q, sizeof q);
	res->end[0] = (uint32_t)(end[0] - in);
	res->end[1] = (uint32_t)(end[1] - in);
	res->end[2] = (uint32_t)(end[2] - in);
}

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "/tests/stdio/strtod.hash";
	uint64_t seed, count, i, j, h, want, bad = 0;
	struct strtod_result res;
	FILE *f = dh_open(path, DH_STRTOD, &seed, &count);

	if (!f) {
		printf("cannot read %s\n", path);
		return 1;
	}
	for (i = 0; i < count; i += DH_BATCH) {
		for (h = 0, j = i; j < i + DH_BATCH && j < count; j++) {
			sc_make(seed, j, in);
			convert(&res);
			h = dh_mix(h, dh_strtod(in, &res));
		}
		if (!dh_read_u64(f, &want)) {
			printf("%s ends early\n", path);
			return 1;
		}
		if (h == want)
			continue;
		if (bad++ < 10) {
			printf("cases %llu..%llu differ from glibc; ours (glibc's: tests/stdio/gen strtod-show %llu INDEX):\n",
			       (unsigned long long)i, (unsigned long long)j - 1, (unsigned long long)seed);
			for (j = i; j < i + DH_BATCH && j < count; j++) {
				sc_make(seed, j, in);
				convert(&res);
				printf("  %llu: [%.60s%s] f %08x/%u/%d d %016llx/%u/%d q %016llx%016llx/%u/%d\n",
				       (unsigned long long)j, in, strlen(in) > 60 ? "..." : "", res.f, res.end[0], res.err[0],
				       (unsigned long long)res.d, res.end[1], res.err[1], (unsigned long long)res.q[1],
				       (unsigned long long)res.q[0], res.end[2], res.err[2]);
			}
		}
	}
	fclose(f);
	printf("%llu cases, %llu batches of %d differ\n", (unsigned long long)count, (unsigned long long)bad, DH_BATCH);
	return bad != 0;
}

#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

int main(void)
{
	/* the rand48 family: the POSIX generator's exact sequence */
	srand48(1);
	CHECK(lrand48() == 89400484);
	CHECK(lrand48() == 976015093);
	srand48(1);
	CHECK(mrand48() == 178800969); /* glibc's value */
	unsigned short x[3] = { 0x330e, 1, 0 };
	CHECK(nrand48(x) == 89400484);
	srand48(0);
	double d = drand48();
	CHECK(d >= 0 && d < 1);
	unsigned short s[3] = { 1, 2, 3 }, s2[3] = { 4, 5, 6 };
	seed48(s);
	unsigned short *old = seed48(s2);
	CHECK(old[0] == 1 && old[1] == 2 && old[2] == 3);

	/* random/srandom/initstate/setstate: reproducible, in range, and the
	   state switch works */
	srandom(42);
	long a = random(), b = random();
	srandom(42);
	CHECK(random() == a && random() == b);
	for (int i = 0; i < 1000; i++) {
		long r = random();
		CHECK(r >= 0 && r <= 0x7fffffff);
	}
	static char st1[256], st2[32];
	char *prev = initstate(7, st1, sizeof st1);
	CHECK(prev != 0);
	long r1 = random();
	initstate(7, st2, sizeof st2);
	random();
	setstate(st1);
	initstate(7, st1, sizeof st1);
	CHECK(random() == r1);
	CHECK(initstate(1, st2, 4) == 0);

	/* a64l and l64a are inverses */
	CHECK(a64l("") == 0 && a64l("./") == 64);
	CHECK(!strcmp(l64a(64), "./"));
	for (long v = 0; v < 100000; v += 997)
		CHECK(a64l(l64a(v)) == v);

	/* getsubopt */
	char *const keys[] = { "ro", "rw", "size", 0 };
	char opts[] = "rw,size=10,bogus=1,ro", *p = opts, *val;
	CHECK(getsubopt(&p, keys, &val) == 1 && val == 0);
	CHECK(getsubopt(&p, keys, &val) == 2 && !strcmp(val, "10"));
	CHECK(getsubopt(&p, keys, &val) == -1 && !strcmp(val, "bogus=1"));
	CHECK(getsubopt(&p, keys, &val) == 0);
	CHECK(*p == 0);

	/* ecvt, fcvt, gcvt */
	int dp, sg;
	CHECK(!strcmp(ecvt(3.14159, 4, &dp, &sg), "3142") && dp == 1 && !sg);
	CHECK(!strcmp(ecvt(-0.00125, 2, &dp, &sg), "13") && dp == -2 && sg);
	CHECK(!strcmp(fcvt(1234.5678, 2, &dp, &sg), "123457") && dp == 4 && !sg);
	CHECK(!strcmp(fcvt(0.0123, 4, &dp, &sg), "123") && dp == -1);
	char g[32];
	CHECK(!strcmp(gcvt(1234567.0, 3, g), "1.23e+06"));

	/* __errno_location is errno */
	extern int *__errno_location(void);

	*__errno_location() = 5;
	CHECK(*__errno_location() == 5);
	return check_result();
}

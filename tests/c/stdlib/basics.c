#include <inttypes.h>
#include <stdlib.h>
#include <limits.h>
#include "check.h"

int main(void)
{
	CHECK(atoi("  -42xyz") == -42);
	CHECK(atoi("+17") == 17);
	CHECK(atoi("2147483647") == INT_MAX);
	CHECK(atoi("-2147483648") == INT_MIN);
	CHECK(atoi("") == 0 && atoi("x1") == 0);
	CHECK(atol("\t\n 123") == 123);
	CHECK(atoll("-9223372036854775808") == LLONG_MIN);
	CHECK(abs(-5) == 5 && labs(-5L) == 5 && llabs(-5LL) == 5);
	div_t d = div(-7, 2);
	CHECK(d.quot == -3 && d.rem == -1);
	lldiv_t ld = lldiv(7000000000LL, 3);
	CHECK(ld.quot == 2333333333LL && ld.rem == 1);
	CHECK(imaxabs(-INTMAX_MAX) == INTMAX_MAX);
	imaxdiv_t q = imaxdiv(-7, 2);
	CHECK(q.quot == -3 && q.rem == -1);
	srand(1);
	int a = rand();
	srand(1);
	CHECK(rand() == a);
	for (int i = 0; i < 1000; i++) {
		int r = rand();
		CHECK(r >= 0 && r <= RAND_MAX);
	}
	return check_result();
}

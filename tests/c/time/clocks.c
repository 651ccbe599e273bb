#include <time.h>
#include <errno.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	struct timespec a, b;
	CHECK(clock_gettime(CLOCK_REALTIME, &a) == 0);
	CHECK(a.tv_sec > 1600000000 && a.tv_nsec >= 0 && a.tv_nsec < 1000000000);
	time_t t = time(0), u;
	CHECK(t >= a.tv_sec && t - a.tv_sec < 5);
	CHECK(time(&u) >= t && u >= t);
	CHECK(clock_gettime(CLOCK_MONOTONIC, &a) == 0);
	CHECK(clock_gettime(CLOCK_MONOTONIC, &b) == 0);
	CHECK(b.tv_sec > a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec >= a.tv_nsec));
	unsigned char r1[256], r2[256];
	CHECK(getentropy(r1, sizeof r1) == 0);
	CHECK(getentropy(r2, sizeof r2) == 0);
	int same = 0;
	for (int i = 0; i < 256; i++)
		same += r1[i] == r2[i];
	CHECK(same < 32);
	errno = 0;
	CHECK(getentropy(r1, 257) == -1 && errno == EINVAL);
	return check_result();
}

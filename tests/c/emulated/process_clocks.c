//! cflags: -D_WASI_EMULATED_PROCESS_CLOCKS -lwasi-emulated-process-clocks
/* clock, times and getrusage from the process-clock emulation. */
#include <errno.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	clock_t c0 = clock();
	CHECK(c0 >= 0);
	volatile unsigned long x = 0;
	for (unsigned long i = 0; i < 5000000; i++)
		x += i;
	clock_t c1 = clock();
	CHECK(c1 > c0);
	CHECK(CLOCKS_PER_SEC == 1000000000);
	struct timespec ts;
	CHECK(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) == 0);
	long long cpu = (long long)ts.tv_sec * 1000000000 + ts.tv_nsec;
	CHECK(cpu >= c1);
	struct tms t;
	clock_t r0 = times(&t);
	CHECK(r0 != (clock_t)-1 && t.tms_utime >= 0 && t.tms_stime == 0 && t.tms_cutime == 0);
	CHECK(t.tms_utime <= (cpu + 20000000) / 10000000 + 1);
	usleep(30000);
	clock_t r1 = times(&t);
	CHECK(r1 - r0 >= 2 && r1 - r0 < sysconf(_SC_CLK_TCK) * 10);
	struct rusage ru;
	CHECK(getrusage(RUSAGE_SELF, &ru) == 0 && ru.ru_stime.tv_sec == 0 && ru.ru_stime.tv_usec == 0);
	CHECK(ru.ru_utime.tv_usec >= 0 && ru.ru_utime.tv_usec < 1000000);
	CHECK(ru.ru_utime.tv_sec * 1000000000LL + ru.ru_utime.tv_usec * 1000 >= c0);
	CHECK(getrusage(RUSAGE_CHILDREN, &ru) == 0 && ru.ru_utime.tv_sec == 0 && ru.ru_utime.tv_usec == 0);
	errno = 0;
	CHECK(getrusage(42, &ru) == -1 && errno == EINVAL);
	return check_result();
}

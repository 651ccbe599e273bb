#include <time.h>
#include <unistd.h>

int usleep(unsigned us)
{
	struct timespec ts = { us / 1000000, (long)(us % 1000000) * 1000 };
	return nanosleep(&ts, 0);
}

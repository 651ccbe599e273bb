#define _GNU_SOURCE
#include <signal.h>

void (*bsd_signal(int sig, void (*h)(int)))(int)
{
	return signal(sig, h);
}

#include <limits.h>
#include <unistd.h>

int getdtablesize(void)
{
	return OPEN_MAX;
}

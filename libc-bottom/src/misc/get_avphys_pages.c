#include <unistd.h>
#include "misc_impl.h"

long get_avphys_pages(void)
{
	return sysconf(_SC_AVPHYS_PAGES);
}

#include <unistd.h>
#include "misc_impl.h"

/* In sysconf's pages: linear memory can grow to 4 GiB. */
long get_phys_pages(void)
{
	return sysconf(_SC_PHYS_PAGES);
}

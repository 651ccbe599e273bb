#include "misc_impl.h"

int get_nprocs_conf(void)
{
	return 1;
}

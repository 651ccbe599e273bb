#include <stdlib.h>
#include "locale_impl.h"

size_t __ctype_get_mb_cur_max(void)
{
	return CURRENT_UTF8 ? 4 : 1;
}

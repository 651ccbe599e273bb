#include <wchar.h>
#include "mbstate_impl.h"

int mbsinit(const mbstate_t *ps)
{
	return !ps || !MB_PENDING(ps);
}

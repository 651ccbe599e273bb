#include "libm_log.h"

dd __log_dd(double x)
{
	return log_inline(x);
}

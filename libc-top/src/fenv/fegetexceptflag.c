#include <fenv.h>

int fegetexceptflag(fexcept_t *flagp, int excepts)
{
	*flagp = 0;
	return excepts & ~FE_ALL_EXCEPT ? -1 : 0;
}

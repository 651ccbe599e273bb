#include <fenv.h>

int fesetexceptflag(const fexcept_t *flagp, int excepts)
{
	return excepts & ~FE_ALL_EXCEPT ? -1 : 0;
}

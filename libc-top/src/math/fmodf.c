#include "libm.h"

/* The remainder is exact, so computing it in double and narrowing loses
   nothing. no_builtin keeps the compiler from turning the call back into
   one to fmodf. */
__attribute__((__no_builtin__)) float fmodf(float x, float y)
{
	return (float)fmod(x, y);
}

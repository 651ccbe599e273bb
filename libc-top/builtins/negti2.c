#include "internal.h"

i128 __negti2(i128 a)
{
	return (i128)-(u128)a;
}

#include "internal.h"

/* The low 128 bits of the product; the same bits for signed and unsigned. */
i128 __multi3(i128 a, i128 b)
{
	return (i128)mul128((u128)a, (u128)b);
}

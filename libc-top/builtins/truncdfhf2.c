#include "convert.h"

/* binary16 (__fp16, _Float16) returned as its encoding, rounded once from
 * the double (going through float could round twice). */
u16 __truncdfhf2(double x)
{
	return (u16)fp_convert(f64_bits(x), 52, 11, 10, 5);
}

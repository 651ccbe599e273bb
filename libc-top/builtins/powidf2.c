/* x^n by binary powering from the low bit of n: x, x^2, x^4, ... times
 * the result for each set bit, and the reciprocal at the end for negative
 * n.  This is the sequence gcc's own __powitf2 follows too, so results
 * agree (tests/builtins checks it). */
double __powidf2(double x, int n)
{
	unsigned k = n < 0 ? -(unsigned)n : (unsigned)n;
	double r = 1;
	for (;;) {
		if (k & 1)
			r *= x;
		k >>= 1;
		if (k == 0)
			break;
		x *= x;
	}
	return n < 0 ? 1 / r : r;
}

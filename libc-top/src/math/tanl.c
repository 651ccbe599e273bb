#include "libm_ldfun.h"

/* sin/cos of the reduced argument, or -cos/sin in odd quadrants, each as a
   head and tail, with the quotient's rounding error recovered from its
   remainder. sin's tail r^3 S(r^2) is near 1/10 of sin at |r| = pi/4, so
   that the rounding error of S's leading coefficient -1/6 (-2^-115/3)
   counts: r^3 times it is added to the tail. */
long double tanl(long double x)
{
	long double h = x, l = 0;
	int n = 0;
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : __math_edoml(x - x);
	if (fabsl(x) > 0x1.921fb54442d18469898cc51701b8p-1L)
		n = __rem_pio2l(x, &h, &l);
	else if (fabsl(x) < 0x1p-57L)
		return x;
	long double st, ct, s = ldl_sin_split(h, l, &st), c = ldl_cos_split(h, l, &ct);
	long double sh = s + st, ch = c + ct, q;
	double hd = (double)h;
	double sl = (double)(st - (sh - s)) - hd * hd * hd * (0x1p-115 / 3);
	double cl = (double)(ct - (ch - c)), ql;
	if (n & 1) {
		q = ldl_div_dd(ch, sh, sl, &ql);
		return -(q + (ql + cl / (double)sh));
	}
	q = ldl_div_dd(sh, ch, cl, &ql);
	return q + (ql + sl / (double)ch);
}

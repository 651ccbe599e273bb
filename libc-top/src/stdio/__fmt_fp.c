/* printf's floating-point conversions, exact at every precision.

   A finite binary value m * 2^e2 is an exact decimal D * 10^E:
   D = m * 2^e2 and E = 0 when e2 >= 0, and D = m * 5^-e2 and E = e2
   when e2 < 0 (since 2^-k = 5^k / 10^k). D is built as a big integer in
   base 10^9 by multiplying by small powers of 2 or 5, so every digit
   printed is a digit of the true value and rounding sees the whole tail:
   ties (a tail of exactly 5000...) round to even, as glibc does in its
   default rounding mode. */
#include <errno.h>
#include <limits.h>
#include "fmt.h"

#define BASE 1000000000u

static const uint32_t pow10_tab[10] = {
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
};

/* d = d * m + add, for m <= 2^32; returns the new limb count. The
   product of a limb and m stays below 10^9 * 2^32 < 2^63. */
static int mul_add(uint32_t *d, int n, uint64_t m, uint32_t add)
{
	uint64_t carry = add;
	int i;

	for (i = 0; i < n; i++) {
		uint64_t t = d[i] * m + carry;
		carry = t / BASE;
		d[i] = t - carry * BASE;
	}
	for (; carry; carry /= BASE)
		d[n++] = carry % BASE;
	return n;
}

/* Decimal digits of a limb value in 1..10^9-1. */
static int limb_digits(uint32_t x)
{
	int k = 1;

	while (k < 9 && x >= pow10_tab[k])
		k++;
	return k;
}

/* The exact D and E of a finite nonzero v; returns the limb count. */
static int to_decimal(const struct fp_value *v, uint32_t *d, int *exp10)
{
	uint64_t hi = v->hi, lo = v->lo;
	int e = v->e2, n = 0, t;

	/* Trailing zero bits of m only lengthen D by zeros when e2 < 0
	   (0.5 is 5 * 10^-1, not 2^52 * 5^53 * 10^-53). */
	if (e < 0) {
		t = lo ? __builtin_ctzll(lo) : 64 + __builtin_ctzll(hi);
		if (t > -e)
			t = -e;
		if (t >= 64) {
			lo = hi >> (t - 64);
			hi = 0;
		} else if (t) {
			lo = lo >> t | hi << (64 - t);
			hi >>= t;
		}
		e += t;
	}
	n = mul_add(d, n, 1ULL << 32, hi >> 32);
	n = mul_add(d, n, 1ULL << 32, hi & 0xffffffff);
	n = mul_add(d, n, 1ULL << 32, lo >> 32);
	n = mul_add(d, n, 1ULL << 32, lo & 0xffffffff);
	if (e >= 0) {
		for (; e >= 32; e -= 32)
			n = mul_add(d, n, 1ULL << 32, 0);
		n = mul_add(d, n, 1ULL << e, 0);
		*exp10 = 0;
	} else {
		*exp10 = e;
		/* 5^13 is the largest power of 5 below 2^32. */
		for (e = -e; e >= 13; e -= 13)
			n = mul_add(d, n, 1220703125, 0);
		for (; e; e--)
			n = mul_add(d, n, 5, 0);
	}
	return n;
}

/* Rounds D to its first keep digits, half to even; the dropped digits
   become zeros. Returns the new limb count (0 if D rounded to zero; a
   carry out of the top adds a digit). */
static int round_to(uint32_t *d, int n, long long keep)
{
	int top, g, li, j, up;
	uint32_t p, unit, rem, x;
	long long nd;

	if (!n)
		return 0;
	top = limb_digits(d[n - 1]);
	nd = 9LL * (n - 1) + top;
	if (keep >= nd)
		return n;
	if (keep < 0)
		return 0;
	/* The first dropped digit, numbered from the top with the top limb
	   counted as 9 digits: it is in limb li, with place value p there. */
	g = keep + 9 - top;
	li = n - 1 - g / 9;
	p = pow10_tab[8 - g % 9];
	unit = p * 10;
	x = d[li];
	rem = x % unit;
	if (rem != 5 * p) {
		up = rem > 5 * p;
	} else {
		for (j = 0; j < li && !d[j]; j++)
			;
		if (j < li)
			up = 1;
		else if (unit == BASE)
			up = li + 1 < n && (d[li + 1] & 1);
		else
			up = (x / unit) & 1;
	}
	d[li] = x - rem;
	for (j = 0; j < li; j++)
		d[j] = 0;
	if (up) {
		j = li;
		if (unit == BASE) {
			j++;
			unit = 1;
		}
		for (;; j++) {
			if (j == n) {
				d[n++] = unit;
				break;
			}
			d[j] += unit;
			if (d[j] < BASE)
				break;
			d[j] -= BASE;
			unit = 1;
		}
	}
	while (n && !d[n - 1])
		n--;
	return n;
}

/* The count of D's digits up to its last nonzero one. */
static long long sig_digits(const uint32_t *d, int n)
{
	int j = 0, tz = 0;
	uint32_t x;

	if (!n)
		return 0;
	while (!d[j])
		j++;
	for (x = d[j]; x % 10 == 0; x /= 10)
		tz++;
	return 9LL * (n - 1) + limb_digits(d[n - 1]) - (9LL * j + tz);
}

/* Writes D's digits number from .. from+count-1 (0 is the leading
   digit); positions before the leading digit or past the last are 0. */
static void put_digits(FILE *f, const uint32_t *d, int n, long long from, long long count)
{
	char buf[9];
	long long nd, z;
	int top, g, li, off, k, i;
	uint32_t x;

	if (!n) {
		__fmt_pad(f, '0', count);
		return;
	}
	top = limb_digits(d[n - 1]);
	nd = 9LL * (n - 1) + top;
	if (from < 0) {
		z = -from < count ? -from : count;
		__fmt_pad(f, '0', z);
		from += z;
		count -= z;
	}
	while (count > 0 && from < nd) {
		g = from + 9 - top;
		li = n - 1 - g / 9;
		off = g % 9;
		for (x = d[li], i = 8; i >= 0; i--, x /= 10)
			buf[i] = '0' + x % 10;
		k = 9 - off < count ? 9 - off : count;
		fmt_out(f, buf + off, k);
		from += k;
		count -= k;
	}
	if (count > 0)
		__fmt_pad(f, '0', count);
}

static int too_long(void)
{
	errno = EOVERFLOW;
	return -1;
}

/* Pads and writes a number laid out as prefix, body; the 0 flag puts its
   zeros between the two. */
static void put_padded_start(FILE *f, const char *prefix, size_t plen, size_t len, int width, unsigned fl)
{
	fmt_pad_left(f, width, len, fl);
	fmt_out(f, prefix, plen);
	if ((fl & FL_ZERO) && !(fl & FL_MINUS) && (size_t)width > len)
		__fmt_pad(f, '0', width - len);
}

static int finish(FILE *f, size_t len, int width, unsigned fl)
{
	fmt_pad_right(f, width, len, fl);
	return len > (size_t)width ? len : (size_t)width;
}

/* %a: the significand in hexadecimal, one digit before the point (its
   integer bit, so 0 for subnormals, as glibc prints them). */
static int fmt_hex(FILE *f, const struct fp_value *v, char *prefix, size_t plen,
                   int width, int prec, unsigned fl, int upper)
{
	const char *xd = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	unsigned char dig[29];
	char ebuf[8], *es = ebuf + sizeof ebuf;
	int nd = v->frac_bits / 4, i, e, up;
	int frac_hi_bits = v->frac_bits - 64;
	uint64_t hi = v->hi, lo = v->lo;
	size_t len;

	/* dig[0] is the integer bit; dig[1..nd] the fraction, from the top. */
	for (i = nd; i >= 1; i--) {
		dig[i] = lo & 15;
		lo = lo >> 4 | hi << 60;
		hi >>= 4;
	}
	dig[0] = lo & 1;
	(void)frac_hi_bits;
	e = v->kind == FPV_ZERO ? 0 : v->e2 + v->frac_bits;
	if (prec < 0) {
		while (nd && !dig[nd])
			nd--;
		prec = nd;
	} else if (prec < nd) {
		/* Round to nearest, ties to even, on the hexadecimal digits. */
		up = dig[prec + 1] > 8 || (dig[prec + 1] == 8 && (dig[prec] & 1));
		for (i = prec + 2; !up && dig[prec + 1] == 8 && i <= nd; i++)
			up = dig[i] != 0;
		for (i = prec; up && ++dig[i] == 16 && i; i--)
			dig[i] = 0;
		nd = prec;
	}
	for (i = e < 0 ? -e : e; ; i /= 10) {
		*--es = '0' + i % 10;
		if (i < 10)
			break;
	}
	*--es = e < 0 ? '-' : '+';
	*--es = upper ? 'P' : 'p';
	prefix[plen++] = '0';
	prefix[plen++] = upper ? 'X' : 'x';
	len = plen + 1 + (prec || (fl & FL_ALT)) + (size_t)prec + (ebuf + sizeof ebuf - es);
	if (len > INT_MAX)
		return too_long();
	put_padded_start(f, prefix, plen, len, width, fl);
	fmt_out(f, &xd[dig[0]], 1);
	if (prec || (fl & FL_ALT))
		fmt_out(f, ".", 1);
	for (i = 1; i <= nd; i++)
		fmt_out(f, &xd[dig[i]], 1);
	__fmt_pad(f, '0', prec - nd);
	fmt_out(f, es, ebuf + sizeof ebuf - es);
	return finish(f, len, width, fl);
}

int __fmt_fp(FILE *f, const struct fp_value *v, uint32_t *d, int width, int prec,
             unsigned fl, int conv)
{
	char prefix[4], ebuf[8], *es = ebuf + sizeof ebuf;
	size_t plen = 0, len;
	int upper = conv >= 'A' && conv <= 'Z', n = 0, exp10 = 0, e;
	long long x, p, sd;
	char style = conv | 32;

	if (v->neg)
		prefix[plen++] = '-';
	else if (fl & FL_PLUS)
		prefix[plen++] = '+';
	else if (fl & FL_SPACE)
		prefix[plen++] = ' ';

	if (v->kind == FPV_INF || v->kind == FPV_NAN) {
		const char *s = v->kind == FPV_INF ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan");
		fl &= ~FL_ZERO;
		put_padded_start(f, prefix, plen, plen + 3, width, fl);
		fmt_out(f, s, 3);
		return finish(f, plen + 3, width, fl);
	}
	if (style == 'a')
		return fmt_hex(f, v, prefix, plen, width, prec, fl, upper);

	if (prec < 0)
		prec = 6;
	if (v->kind == FPV_FINITE)
		n = to_decimal(v, d, &exp10);

	/* x is the exponent of the leading digit: v = d.ddd * 10^x. */
#define LEAD_EXP() (n ? 9LL * (n - 1) + limb_digits(d[n - 1]) - 1 + exp10 : 0)
	x = LEAD_EXP();
	if (style == 'g') {
		/* C11 7.21.6.1p8: with P significant digits and the exponent X
		   of the value so rounded, %f if P > X >= -4, else %e. */
		long long P = prec ? prec : 1;
		n = round_to(d, n, P);
		x = LEAD_EXP();
		if (x < P && x >= -4) {
			style = 'f';
			p = P - 1 - x;
		} else {
			style = 'e';
			p = P - 1;
		}
		if (!(fl & FL_ALT)) {
			/* Trailing zeros of the fraction are dropped. */
			sd = sig_digits(d, n);
			if (style == 'e' && p > sd - 1)
				p = sd > 1 ? sd - 1 : 0;
			else if (style == 'f' && p > sd - 1 - x)
				p = sd - 1 - x > 0 ? sd - 1 - x : 0;
		}
	} else if (style == 'e') {
		p = prec;
		n = round_to(d, n, p + 1);
		x = LEAD_EXP();
	} else {
		p = prec;
		n = round_to(d, n, x + 1 + p);
		x = LEAD_EXP();
	}
#undef LEAD_EXP

	if (style == 'e') {
		for (e = x < 0 ? -x : x; e; e /= 10)
			*--es = '0' + e % 10;
		while (es > ebuf + sizeof ebuf - 2)
			*--es = '0';
		*--es = x < 0 ? '-' : '+';
		*--es = upper ? 'E' : 'e';
		len = plen + 1 + (p || (fl & FL_ALT)) + p + (ebuf + sizeof ebuf - es);
	} else {
		len = plen + (x >= 0 ? x + 1 : 1) + (p || (fl & FL_ALT)) + p;
	}
	if (p > INT_MAX || len > INT_MAX)
		return too_long();

	put_padded_start(f, prefix, plen, len, width, fl);
	if (style == 'e') {
		put_digits(f, d, n, 0, 1);
		if (p || (fl & FL_ALT))
			fmt_out(f, ".", 1);
		put_digits(f, d, n, 1, p);
		fmt_out(f, es, ebuf + sizeof ebuf - es);
	} else {
		if (x >= 0)
			put_digits(f, d, n, 0, x + 1);
		else
			fmt_out(f, "0", 1);
		if (p || (fl & FL_ALT))
			fmt_out(f, ".", 1);
		put_digits(f, d, n, x + 1, p);
	}
	return finish(f, len, width, fl);
}

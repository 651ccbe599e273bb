/* printf's floating-point conversions, exact at every precision.

   The value m * 2^e2 is split at the binary point. Its integer part is
   turned into base-10^9 limbs by multiplying by powers of 2; its
   fraction f / 2^k is kept as a k-bit binary number and multiplied by
   10^9, the carry out of the top being the next nine decimal digits
   (every bit product is exact, and no division is needed). Fraction
   limbs are made only as far as the conversion's rounding position, and
   whether anything nonzero is left is remembered ("sticky"): so every
   digit printed is a digit of the true value, and the rounding sees the
   whole tail. A tail of exactly 5000... rounds to even, as glibc does in
   the default rounding mode (the only one WebAssembly has). */
#include <errno.h>
#include <limits.h>
#include "fmt.h"

#define BASE 1000000000u

static const uint32_t pow10_tab[10] = {
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
};

/* The decimal digits of the value, as far as they are needed: limbs
   b[0..cnt) most significant first (b[0] nonzero unless cnt is 0), the
   first ip of them before the decimal point, b[0] with lead leading zero
   digits, and sticky if nonzero digits follow b[cnt-1]. Digit i of the
   value, counted from the leading one, is digit (lead + i) % 9 of limb
   b[(lead + i) / 9], and the leading one has exponent 9 ip - 1 - lead. */
struct dec {
	uint32_t *b;
	int cnt, ip, lead, sticky;
};

/* d = d * m + add on little-endian limbs, for m <= 2^32; returns the new
   limb count. A limb times m stays below 10^9 * 2^32 < 2^63. */
__attribute__((__noinline__))
static int mul_add(uint32_t *d, int n, uint64_t m, uint32_t add)
{
	uint64_t carry = add;
	int i;

	for (i = 0; i < n; i++) {
		uint64_t t = d[i] * m + carry;
		carry = t / BASE;
		d[i] = t - carry * BASE;
	}
	for (; carry >= BASE; carry /= BASE)
		d[n++] = carry % BASE;
	if (carry)
		d[n++] = carry;
	return n;
}

/* Bits b .. b+31 of m = hi * 2^64 + lo (bits below 0 or above 127 are
   zero). */
__attribute__((__noinline__))
static uint32_t bits32(uint64_t hi, uint64_t lo, int b)
{
	if (b <= -32 || b >= 128)
		return 0;
	if (b < 0)
		return lo << -b;
	if (b >= 64)
		return hi >> (b - 64);
	return lo >> b | (b ? hi << (64 - b) : 0);
}

__attribute__((__noinline__))
static int lead_zeros(uint32_t x)
{
	int k = 9;

	while (k && x >= pow10_tab[9 - k])
		k--;
	return k;
}

/* Fills r with the digits of m * 2^e2 (m = hi * 2^64 + lo, below 2^113)
   that a conversion rounding at keep digits needs: keep counts from the
   leading digit for %e and %g (abs == 0), from the decimal point for %f
   (abs != 0). w is room for the fraction's words, b for the limbs. */
__attribute__((__noinline__))
static void to_decimal(struct dec *r, uint32_t *b, uint32_t *w, uint64_t hi, uint64_t lo,
                       int e2, long long keep, int abs)
{
	int k = e2 < 0 ? -e2 : 0, nw = (k + 31) / 32, s = 32 * nw - k;
	int i, n = 0, lo_w = 0, top = 0, fpos = 0, e, step;
	long long need;
	uint64_t carry;
	uint32_t t;

	/* The integer part m >> k, times 2^e2 if e2 > 0, most significant
	   limb first. */
#pragma clang loop unroll(disable)
	for (i = 3; i >= 0; i--)
		n = mul_add(b, n, 1ULL << 32, bits32(hi, lo, k + 32 * i));
	for (e = e2 > 0 ? e2 : 0; e; e -= step) {
		step = e < 32 ? e : 32;
		n = mul_add(b, n, 1ULL << step, 0);
	}
#pragma clang loop unroll(disable)
	for (i = 0; i < n / 2; i++) {
		t = b[i];
		b[i] = b[n - 1 - i];
		b[n - 1 - i] = t;
	}
	r->b = b;
	r->ip = n;
	/* The fraction, the k bits of m below the point, shifted left by s
	   so that the point falls between words: w[0..nw), least
	   significant first. */
	for (i = 0; i < nw; i++)
		if ((w[i] = bits32(hi, lo, 32 * i - s)))
			top = i + 1;
	while (lo_w < top && !w[lo_w])
		lo_w++;
	/* Enough limbs: up to the one holding the first dropped digit, which
	   is fraction limb keep / 9 for %f and is counted from the leading
	   digit (so from the first limb that is not 0) for %e and %g. */
	need = abs ? keep / 9 + 1 : -1;
	while (lo_w < top) {
		if (need < 0 && n)
			need = (lead_zeros(b[0]) + keep) / 9 + 1;
		if ((abs ? fpos : n) >= need && need >= 0)
			break;
#pragma clang loop unroll(disable)
		for (carry = 0, i = lo_w; i < top; i++) {
			carry += w[i] * 1000000000ULL;
			w[i] = carry;
			carry >>= 32;
		}
		if (top < nw) {
			w[top++] = carry;
			carry = 0;
		}
		while (lo_w < top && !w[lo_w])
			lo_w++;
		fpos++;
		if (n || carry)
			b[n++] = carry;
		else
			r->ip--;
	}
	r->sticky = lo_w < top;
	r->cnt = n;
	r->lead = n ? lead_zeros(b[0]) : 0;
}

/* Rounds to keep digits from the leading one, half to even, dropping
   the rest. A carry out of the top makes a new leading limb 1 in front
   (the limbs have room for it). */
__attribute__((__noinline__))
static void round_dec(struct dec *r, long long keep)
{
	uint32_t *b = r->b, p, rem, x;
	long long g = r->lead + keep;
	int li, j, up;

	if (keep < 0 || !r->cnt) {
		r->cnt = 0;
		return;
	}
	if (g >= 9LL * r->cnt)
		return;
	/* The first dropped digit is in limb li, with place value p there. */
	li = g / 9;
	p = pow10_tab[8 - g % 9];
	x = b[li];
	rem = x % (10 * p);
	up = rem > 5 * p;
	if (rem == 5 * p) {
		for (j = li + 1; j < r->cnt && !b[j]; j++)
			;
		/* A tie unless something follows: to even, the last kept digit
		   being the one above. */
		up = j < r->cnt || r->sticky
		     || (p == BASE / 10 ? li && (b[li - 1] & 1) : (x / (10 * p)) & 1);
	}
	b[li] = x - rem;
	r->cnt = li + 1;
	r->sticky = 0;
	for (x = 10 * p, j = li; up && j >= 0; j--, x = 1) {
		up = (b[j] += x) >= BASE;
		if (up)
			b[j] -= BASE;
	}
	if (up) {
		*--r->b = 1;
		r->cnt++;
		r->ip++;
	}
	for (j = 0; j < r->cnt && !r->b[j]; j++)
		;
	if (j == r->cnt)
		r->cnt = 0;
	else
		r->lead = lead_zeros(r->b[0]);
}

/* The count of digits up to the last nonzero one. */
static long long sig_digits(const struct dec *r)
{
	int j = r->cnt - 1, tz = 0;
	uint32_t x;

	while (j >= 0 && !r->b[j])
		j--;
	if (j < 0)
		return 0;
	for (x = r->b[j]; x % 10 == 0; x /= 10)
		tz++;
	return 9LL * (j + 1) - tz - r->lead;
}

/* Writes digits number from .. from+count-1 (0 is the leading digit);
   positions before the leading digit or past the last are 0. */
__attribute__((__noinline__))
static void put_digits(FILE *f, const struct dec *r, long long from, long long count)
{
	char buf[9];
	long long z = from < 0 ? (-from < count ? -from : count) : 0;
	unsigned g, end = 9 * r->cnt, i, k;
	uint32_t x, q;

	if (z) {
		__fmt_pad(f, '0', z);
		from += z;
		count -= z;
	}
	for (; count > 0 && (g = from + r->lead) < end; from += k, count -= k) {
		/* Digits g % 9 .. g % 9 + k - 1 of the limb: the ones below are
		   divided away first. */
		k = 9 - g % 9 < count ? 9 - g % 9 : count;
		x = r->b[g / 9];
		if (9 - g % 9 > k)
			x /= pow10_tab[9 - g % 9 - k];
#pragma clang loop unroll(disable)
		for (i = k; i--; x = q) {
			q = fmt_div10(x);
			buf[i] = '0' + (x - 10 * q);
		}
		__fmt_out(f, buf, k);
	}
	if (count > 0)
		__fmt_pad(f, '0', count);
}

/* Writes the exponent part backwards ending at end: the letter, its
   sign and at least min digits. Returns its length. */
static size_t put_exp(char *end, int e, int letter, int min)
{
	char *s = end;
	unsigned a = e < 0 ? -e : e;

	for (; a || end - s < min; a /= 10)
		*--s = '0' + a % 10;
	*--s = e < 0 ? '-' : '+';
	*--s = letter;
	return end - s;
}

/* %a: the significand in hexadecimal, its integer bit before the point
   (so 0 for subnormals, as glibc prints them), rounded half to even. A
   rare conversion, so compiled for size. */
__attribute__((__noinline__, __minsize__))
static int fmt_hex(FILE *f, int frac_bits, uint64_t hi, uint64_t lo, int e2,
                   char *pre, size_t plen, int width, int prec, unsigned fl, int upper)
{
	const char *xd = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	unsigned char dig[30];
	char ebuf[8], text[30];
	int nd = frac_bits / 4, i, up, zero = !(hi | lo);
	size_t len, elen, tlen;

#pragma clang loop unroll(disable)
	for (i = nd; i >= 0; i--) {
		dig[i] = lo & 15;
		lo = lo >> 4 | hi << 60;
		hi >>= 4;
	}
	elen = put_exp(ebuf + sizeof ebuf, zero ? 0 : e2 + frac_bits, upper ? 'P' : 'p', 1);
	if (prec < 0) {
		while (nd && !dig[nd])
			nd--;
		prec = nd;
	} else if (prec < nd) {
		up = dig[prec + 1] > 8 || (dig[prec + 1] == 8 && (dig[prec] & 1));
		for (i = prec + 2; dig[prec + 1] == 8 && i <= nd; i++)
			up |= dig[i] != 0;
		for (i = prec; up && ++dig[i] == 16; i--)
			dig[i] = 0;
		nd = prec;
	}
	pre[plen++] = '0';
	pre[plen++] = upper ? 'X' : 'x';
	for (i = tlen = 0; i <= nd; i++) {
		text[tlen++] = xd[dig[i]];
		if (!i && (prec || (fl & FL_ALT)))
			text[tlen++] = '.';
	}
	len = plen + tlen + (prec - nd) + elen;
	if (len > INT_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	__fmt_start(f, pre, plen, len, width, fl);
	__fmt_out(f, text, tlen);
	__fmt_pad(f, '0', prec - nd);
	__fmt_out(f, ebuf + sizeof ebuf - elen, elen);
	return __fmt_end(f, len, width, fl);
}

int __fmt_fp(FILE *f, const struct fp_value *v, uint32_t *scratch, int width, int prec,
             unsigned fl, int conv)
{
	char pre[4], ebuf[8];
	size_t plen = 0, len, elen = 0;
	int upper = !(conv & 32), e2, bias = v->emax >> 1;
	long long x, p, sd, first, icount;
	char style = conv | 32;
	uint64_t hi = v->hi, lo = v->lo;
	struct dec r;

	if (v->neg)
		pre[plen++] = '-';
	else if (fl & FL_PLUS)
		pre[plen++] = '+';
	else if (fl & FL_SPACE)
		pre[plen++] = ' ';

	if (v->bexp == v->emax) {
		fl &= ~FL_ZERO;
		__fmt_start(f, pre, plen, plen + 3, width, fl);
		__fmt_out(f, (hi | lo ? "nanNAN" : "infINF") + 3 * upper, 3);
		return __fmt_end(f, plen + 3, width, fl);
	}
	/* The significand m with its integer bit, and the exponent of its
	   last bit (subnormals have the smallest normal exponent). */
	e2 = (v->bexp ? v->bexp : 1) - bias - v->frac_bits;
	if (v->bexp) {
		if (v->frac_bits < 64)
			lo |= 1ULL << v->frac_bits;
		else
			hi |= 1ULL << (v->frac_bits - 64);
	}
	if (style == 'a')
		return fmt_hex(f, v->frac_bits, hi, lo, e2, pre, plen, width, prec, fl, upper);

	if (prec < 0)
		prec = 6;
	if (style == 'g' && !prec)
		prec = 1;
	/* scratch[0] is room for a carry out of the top when rounding; the
	   fraction's words go at the end. */
	to_decimal(&r, scratch + 1, scratch + v->scratch_limbs, hi, lo, e2,
	           style == 'e' ? prec + 1 : prec, style == 'f');
	/* x is the exponent of the leading digit: v = d.ddd * 10^x. */
	x = 9LL * r.ip - 1 - r.lead;
	round_dec(&r, style == 'f' ? x + 1 + prec : style == 'e' ? prec + 1 : prec);
	x = r.cnt ? 9LL * r.ip - 1 - r.lead : 0;
	p = prec;
	if (style == 'g') {
		/* C11 7.21.6.1p8: with P significant digits and the exponent X
		   of the value so rounded, %f if P > X >= -4, else %e; then,
		   without '#', no trailing zeros in the fraction. */
		style = x < prec && x >= -4 ? 'f' : 'e';
		p = style == 'f' ? prec - 1 - x : prec - 1;
		sd = sig_digits(&r) - 1 - (style == 'f' ? x : 0);
		if (!(fl & FL_ALT) && p > sd)
			p = sd > 0 ? sd : 0;
	}
	if (style == 'e') {
		elen = put_exp(ebuf + sizeof ebuf, x, upper ? 'E' : 'e', 2);
		first = 0;
		icount = 1;
	} else {
		first = x < 0 ? x : 0;
		icount = x < 0 ? 1 : x + 1;
	}
	len = plen + icount + (p || (fl & FL_ALT)) + p + elen;
	if (p > INT_MAX || len > INT_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	__fmt_start(f, pre, plen, len, width, fl);
	put_digits(f, &r, first, icount);
	if (p || (fl & FL_ALT))
		__fmt_out(f, ".", 1);
	put_digits(f, &r, first + icount, p);
	__fmt_out(f, ebuf + sizeof ebuf - elen, elen);
	return __fmt_end(f, len, width, fl);
}

/* Decimal and hexadecimal text to binary floating point, correctly
   rounded for every input.

   A decimal number is D * 10^q, with D the integer of its significant
   digits. At most K of them are kept (K exceeds the digit count of every
   midpoint between two neighbouring values of the format), the rest only
   recorded as "something nonzero follows": no midpoint has a nonzero
   digit past the K-th, so that cannot change which side of one the
   number is on. Then, exactly, with big integers in base 2^32:
     q >= 0: D * 5^q is the value / 2^q; its top bits are the result.
     q < 0:  the value is D / (5^k * 2^k), k = -q; dividing D * 2^j by
             5^k, for the j that leaves p + 2 or p + 3 quotient bits,
             gives the result's bits, the remainder telling whether more
             follow.
   Only the final rounding of those bits (round_bits) depends on the
   format, and the result is assembled from its bit fields: no
   floating-point arithmetic is done, except in the classic exact case
   (Clinger): a significand and a power of ten both exact in the type,
   whose one multiplication or division IEEE 754 rounds correctly. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include "floatscan.h"

/* A format: significand bits (with the integer bit), exponent bias,
   the digits kept (above the longest midpoint: 112, 767 and 11563
   digits), the decimal exponents past which every value overflows or
   is below half the smallest subnormal, and the limbs its big integers
   can need. */
struct format {
	short p, bias, k_digits, dec_max, dec_min, limbs;
};

#define LIMBS_FLT 16
#define LIMBS_DBL 92
#define LIMBS_LDBL 1216

static const struct format formats[] = {
	[FS_FLOAT] = { 24, 127, 120, 40, -46, LIMBS_FLT },
	[FS_DOUBLE] = { 53, 1023, 780, 310, -324, LIMBS_DBL },
	[FS_LDOUBLE] = { 113, 16383, 11580, 4934, -4966, LIMBS_LDBL },
};

/* The result's fields: significand (hi * 2^64 + lo, with its integer
   bit) and biased exponent. */
struct bin {
	uint64_t hi, lo;
	int bexp;
};

static void shr128(uint64_t *h, uint64_t *l, int s)
{
	if (s >= 128) {
		*h = *l = 0;
	} else if (s >= 64) {
		*l = *h >> (s - 64);
		*h = 0;
	} else if (s) {
		*l = *l >> s | *h << (64 - s);
		*h >>= s;
	}
}

static void shl128(uint64_t *h, uint64_t *l, int s)
{
	if (s >= 64) {
		*h = *l << (s - 64);
		*l = 0;
	} else if (s) {
		*h = *h << s | *l >> (64 - s);
		*l <<= s;
	}
}

static int bit128(uint64_t h, uint64_t l, int i)
{
	return (i < 64 ? l >> i : h >> (i - 64)) & 1;
}

/* Whether any of the s lowest bits is set. */
static int low128(uint64_t h, uint64_t l, int s)
{
	if (s >= 128)
		return (h | l) != 0;
	if (s > 64)
		return l || h << (128 - s);
	if (s == 64)
		return l != 0;
	return s > 0 && l << (64 - s);
}

/* t >> s (s > 0) rounded to nearest, ties to even, from bit s-1, the
   bits below it and sticky; returns whether any of those was set. */
static int round_shift(uint64_t *h, uint64_t *l, long long s, int sticky)
{
	int half = s <= 128 && bit128(*h, *l, s - 1);
	int rest = sticky || low128(*h, *l, s - 1);

	shr128(h, l, s > 128 ? 128 : s);
	if (half && (rest || (*l & 1))) {
		++*l;
		*h += !*l;
	}
	return half || rest;
}

/* Rounds (t + tail) * 2^e to the format, t = th * 2^64 + tl > 0, with
   tail in (0, 1) when sticky: to nearest, ties to even, a subnormal
   rounded once at its own precision. Sets errno to ERANGE on overflow
   (to infinity) and on underflow: an inexact tiny result, tininess being
   detected after rounding as IEEE 754 defines it (the value rounded to p
   bits with an unbounded exponent is below the smallest normal), which
   is what glibc does for decimal input. */
static void round_bits(struct bin *r, const struct format *fm, uint64_t th, uint64_t tl, long long e, int sticky)
{
	int bl = th ? 128 - __builtin_clzll(th) : 64 - __builtin_clzll(tl);
	long long emin = 1 - fm->bias - (fm->p - 1), ez = e + bl - fm->p;
	int tiny = ez < emin, inexact;
	uint64_t h = th, l = tl;

	/* Just below the normal range, rounding may carry into it. */
	if (ez == emin - 1 && ez > e) {
		round_shift(&h, &l, ez - e, sticky);
		tiny = !bit128(h, l, fm->p);
	}
	if (tiny)
		ez = emin;
	if (ez > e) {
		inexact = round_shift(&th, &tl, ez - e, sticky);
	} else {
		shl128(&th, &tl, e - ez);
		inexact = sticky;
	}
	if (bit128(th, tl, fm->p)) {
		shr128(&th, &tl, 1);
		ez++;
	}
	if (ez > fm->bias - (fm->p - 1)) {
		r->hi = r->lo = 0;
		r->bexp = 2 * fm->bias + 1;
		errno = ERANGE;
		return;
	}
	r->hi = th;
	r->lo = tl;
	r->bexp = bit128(th, tl, fm->p - 1) ? ez + fm->bias + fm->p - 1 : 0;
	if (tiny && inexact)
		errno = ERANGE;
}

/* a = a * m + add, little-endian base 2^32; returns the new length. */
static int mul_add(uint32_t *a, int n, uint32_t m, uint32_t add)
{
	uint64_t carry = add;
	int i;

	for (i = 0; i < n; i++) {
		carry += (uint64_t)a[i] * m;
		a[i] = carry;
		carry >>= 32;
	}
	if (carry)
		a[n++] = carry;
	return n;
}

static int bitlen(const uint32_t *a, int n)
{
	return n ? 32 * n - __builtin_clz(a[n - 1]) : 0;
}

/* a <<= s in place (a has room for the result); returns the new length. */
static int shl(uint32_t *a, int n, int s)
{
	int w = s / 32, b = s % 32, i;

	a[n + w] = 0;
	for (i = n - 1; i >= 0; i--) {
		if (b)
			a[i + w + 1] |= a[i] >> (32 - b);
		a[i + w] = a[i] << b;
	}
	for (i = 0; i < w; i++)
		a[i] = 0;
	n += w + 1;
	while (n && !a[n - 1])
		n--;
	return n;
}

/* Bits s .. s+127 of a. */
static void bits_at(const uint32_t *a, int n, int s, uint64_t *h, uint64_t *l)
{
	uint32_t w[4];
	int i, k;

	for (i = 0; i < 4; i++) {
		k = s / 32 + i;
		w[i] = k < n ? a[k] >> (s % 32) : 0;
		if (s % 32 && k + 1 < n)
			w[i] |= a[k + 1] << (32 - s % 32);
	}
	*l = (uint64_t)w[1] << 32 | w[0];
	*h = (uint64_t)w[3] << 32 | w[2];
}

/* Whether a has a set bit below bit s. */
static int any_below(const uint32_t *a, int n, int s)
{
	int i;

	for (i = 0; i < n && i < s / 32; i++)
		if (a[i])
			return 1;
	return s % 32 && s / 32 < n && a[s / 32] << (32 - s % 32);
}

/* u / v, v normalized (the top bit of its top limb set), the quotient
   below 2^160: Knuth's algorithm D (TAOCP vol. 2, 4.3.1). u has nu
   limbs and room for one more, and is left holding the remainder.
   Returns the quotient's low 128 bits. */
static void divide(uint32_t *u, int nu, const uint32_t *v, int nv, uint64_t *qh, uint64_t *ql)
{
	uint32_t q[5] = { 0 };
	uint64_t qhat, rhat, t, borrow;
	long long top;
	int j, i;

	u[nu] = 0;
	for (j = nu - nv; j >= 0; j--) {
		/* Estimate the quotient digit from the top two limbs; it is at
		   most two too large after this correction. */
		t = (uint64_t)u[j + nv] << 32 | u[j + nv - 1];
		qhat = t / v[nv - 1];
		rhat = t % v[nv - 1];
		while (qhat >> 32 || (nv > 1 && qhat * v[nv - 2] > (rhat << 32 | u[j + nv - 2]))) {
			qhat--;
			rhat += v[nv - 1];
			if (rhat >> 32)
				break;
		}
		for (borrow = 0, i = 0; i < nv; i++) {
			t = qhat * v[i] + borrow;
			borrow = (t >> 32) + ((uint32_t)t > u[i + j]);
			u[i + j] -= (uint32_t)t;
		}
		top = (long long)u[j + nv] - (long long)borrow;
		u[j + nv] = top;
		if (top < 0) {
			/* One too large: add v back. */
			qhat--;
			for (t = 0, i = 0; i < nv; i++) {
				t += (uint64_t)u[i + j] + v[i];
				u[i + j] = t;
				t >>= 32;
			}
			u[j + nv] += t;
		}
		if (j < 5)
			q[j] = qhat;
	}
	*ql = (uint64_t)q[1] << 32 | q[0];
	*qh = (uint64_t)q[3] << 32 | q[2];
}

/* D * 10^q (D of n limbs in a) to the format; b is room for 5^-q. */
static void decimal(struct bin *r, const struct format *fm, uint32_t *a, int n, long long q, int sticky, uint32_t *b)
{
	uint64_t th, tl;
	int nb, j, s, k;

	if (q >= 0) {
		for (k = q; k >= 13; k -= 13)
			n = mul_add(a, n, 1220703125, 0);
		for (; k; k--)
			n = mul_add(a, n, 5, 0);
		s = bitlen(a, n) - (fm->p + 2);
		if (s < 0)
			s = 0;
		bits_at(a, n, s, &th, &tl);
		round_bits(r, fm, th, tl, s + q, sticky || any_below(a, n, s));
		return;
	}
	b[0] = 1;
	nb = 1;
	for (k = -q; k >= 13; k -= 13)
		nb = mul_add(b, nb, 1220703125, 0);
	for (; k; k--)
		nb = mul_add(b, nb, 5, 0);
	/* D * 2^j / 5^k then has p + 2 or p + 3 bits; both operands are
	   then shifted until the divisor's top bit is set. */
	j = fm->p + 2 + bitlen(b, nb) - bitlen(a, n);
	if (j > 0)
		n = shl(a, n, j);
	else if (j < 0)
		nb = shl(b, nb, -j);
	s = __builtin_clz(b[nb - 1]);
	n = shl(a, n, s);
	nb = shl(b, nb, s);
	divide(a, n, b, nb, &th, &tl);
	for (k = 0; k < nb && !a[k]; k++)
		;
	round_bits(r, fm, th, tl, q - j, sticky || k < nb);
}

/* The significand bits and exponent of a hexadecimal number (after
   "0x", *c its first character), into the format. Returns the end of the
   longest valid prefix, 0 if there are no digits. */
static off_t hexadecimal(FILE *f, struct bin *r, const struct format *fm, int *c)
{
	off_t pos = 0;
	uint64_t th = 0, tl = 0;
	long long e = 0, x = 0;
	int digits = 0, dot = 0, sticky = 0, d, esign = 1, nbits = 0;

	for (;; *c = shgetc(f)) {
		if (*c == '.' && !dot) {
			dot = 1;
			if (digits)
				pos = shcnt(f);
			continue;
		}
		d = *c >= '0' && *c <= '9' ? *c - '0' : (*c | 32) >= 'a' && (*c | 32) <= 'f' ? (*c | 32) - 'a' + 10 : -1;
		if (d < 0)
			break;
		digits = 1;
		pos = shcnt(f);
		if (!nbits && !d) {
			/* A leading zero. */
			e -= 4 * dot;
		} else if (nbits <= 124) {
			shl128(&th, &tl, 4);
			tl |= d;
			nbits = nbits ? nbits + 4 : 4;
			e -= 4 * dot;
		} else {
			sticky |= d != 0;
			e += 4 * !dot;
		}
	}
	if (!digits)
		return 0;
	if ((*c | 32) == 'p') {
		*c = shgetc(f);
		if (*c == '+' || *c == '-') {
			esign = *c == '-' ? -1 : 1;
			*c = shgetc(f);
		}
		if (*c >= '0' && *c <= '9') {
			for (; *c >= '0' && *c <= '9'; *c = shgetc(f))
				if (x < 1000000000)
					x = 10 * x + *c - '0';
			e += esign * x;
			pos = shcnt(f) - (*c != EOF);
		}
	}
	if (th | tl)
		round_bits(r, fm, th, tl, e, sticky);
	return pos;
}

/* nan(n-char-sequence): as glibc does, a sequence that reads whole as
   an unsigned number (decimal, 0x hexadecimal or 0 octal) is the
   payload under the quiet bit. Returns whether ')' ended it. */
static int nan_payload(FILE *f, uint64_t *payload, int *c)
{
	uint64_t v = 0;
	int base = 10, d, ok = 1, n = 0;

	for (; (*c = shgetc(f)) != ')'; n++) {
		if (!(*c == '_' || (*c >= '0' && *c <= '9') || ((*c | 32) >= 'a' && (*c | 32) <= 'z')))
			return 0;
		if (n == 0 && *c == '0')
			base = 8;
		else if (n == 1 && base == 8 && (*c | 32) == 'x')
			base = 16;
		else {
			d = *c >= '0' && *c <= '9' ? *c - '0' : (*c | 32) >= 'a' && (*c | 32) <= 'z' ? (*c | 32) - 'a' + 10 : 99;
			if (d >= base)
				ok = 0;
			else
				v = v * base + d;
		}
	}
	*payload = ok ? v : 0;
	return 1;
}

/* Stores the value of the fields as the format's type. */
static void store(void *out, int kind, int neg, const struct bin *r)
{
	uint64_t w[2];
	uint32_t u;

	if (kind == FS_FLOAT) {
		u = (uint32_t)neg << 31 | (uint32_t)r->bexp << 23 | (r->lo & 0x7fffff);
		memcpy(out, &u, sizeof u);
	} else if (kind == FS_DOUBLE) {
		w[0] = (uint64_t)neg << 63 | (uint64_t)r->bexp << 52 | (r->lo & 0xfffffffffffff);
		memcpy(out, w, 8);
	} else {
		w[0] = r->lo;
		w[1] = (uint64_t)neg << 63 | (uint64_t)r->bexp << 48 | (r->hi & 0xffffffffffff);
		memcpy(out, w, 16);
	}
}

off_t __floatscan(FILE *f, int kind, void *out)
{
	const struct format *fm = &formats[kind];
	uint32_t a[kind == FS_FLOAT ? LIMBS_FLT : kind == FS_DOUBLE ? LIMBS_DBL : LIMBS_LDBL];
	uint32_t b[kind == FS_FLOAT ? LIMBS_FLT : kind == FS_DOUBLE ? LIMBS_DBL : LIMBS_LDBL];
	struct bin r = { 0, 0, 0 };
	const char *word;
	off_t pos = 0;
	long long q = 0, x;
	uint64_t payload;
	uint32_t group = 0;
	int c, neg = 0, n = 0, kept = 0, glen = 0, sticky = 0, dot = 0, digits = 0, esign, i;

	do
		c = shgetc(f);
	while (c == ' ' || (unsigned)(c - '\t') < 5);
	if (c == '+' || c == '-') {
		neg = c == '-';
		c = shgetc(f);
	}
	if ((c | 32) == 'i' || (c | 32) == 'n') {
		/* "inf", "infinity" or "nan", in any case, and "nan(...)". */
		word = (c | 32) == 'i' ? "infinity" : "nan";
		for (i = 1; word[i] && ((c = shgetc(f)) | 32) == word[i]; i++)
			if (i == 2)
				pos = shcnt(f);
		if (i < 3)
			goto done;
		r.bexp = 2 * fm->bias + 1;
		if (word[i])
			goto done;
		pos = shcnt(f);
		c = shgetc(f);
		if (*word == 'n') {
			/* The quiet bit, and glibc's payload. */
			payload = 0;
			if (c == '(' && nan_payload(f, &payload, &c)) {
				pos = shcnt(f);
				c = shgetc(f);
			}
			if (fm->p > 64) {
				r.hi = 1ULL << (fm->p - 66);
				r.lo = payload;
			} else {
				r.lo = 1ULL << (fm->p - 2) | (payload & ((1ULL << (fm->p - 2)) - 1));
			}
		}
		goto done;
	}
	if (c == '0') {
		pos = shcnt(f);
		c = shgetc(f);
		if ((c | 32) == 'x') {
			c = shgetc(f);
			x = hexadecimal(f, &r, fm, &c);
			if (x)
				pos = x;
			goto done;
		}
		digits = 1;
	}
	/* The significand: leading zeros are skipped, K digits are kept
	   (gathered nine at a time into a), and the rest only tell whether
	   they are all zero. */
	for (;; c = shgetc(f)) {
		if (c == '.' && !dot) {
			dot = 1;
			if (digits)
				pos = shcnt(f);
			continue;
		}
		if (c < '0' || c > '9')
			break;
		digits = 1;
		pos = shcnt(f);
		if (!kept && c == '0') {
			q -= dot;
		} else if (kept < fm->k_digits) {
			group = 10 * group + (c - '0');
			kept++;
			q -= dot;
			if (++glen == 9) {
				n = mul_add(a, n, 1000000000, group);
				group = glen = 0;
			}
		} else {
			sticky |= c != '0';
			q += !dot;
		}
	}
	if (!digits)
		goto done;
	if ((c | 32) == 'e') {
		c = shgetc(f);
		esign = 1;
		if (c == '+' || c == '-') {
			esign = c == '-' ? -1 : 1;
			c = shgetc(f);
		}
		if (c >= '0' && c <= '9') {
			for (x = 0; c >= '0' && c <= '9'; c = shgetc(f))
				if (x < 1000000000)
					x = 10 * x + c - '0';
			q += esign * x;
			pos = shcnt(f) - (c != EOF);
		}
	}
	if (glen) {
		static const uint32_t pow10[] = { 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000 };
		n = mul_add(a, n, pow10[glen], group);
	}
	if (!n)
		goto done;
	if (kept + q > fm->dec_max) {
		r.bexp = 2 * fm->bias + 1;
		errno = ERANGE;
	} else if (kept + q <= fm->dec_min) {
		errno = ERANGE;
	} else if (!sticky && kept <= 15 && q >= -22 && q <= 22
	           && (kind == FS_DOUBLE || (kind == FS_FLOAT && kept <= 7 && q >= -10 && q <= 10))) {
		/* Clinger's fast path: D and 10^|q| are exact in the type, so
		   the one operation rounds correctly. */
		static const double p10[] = {
			1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
			1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
		};
		uint64_t w = n > 1 ? (uint64_t)a[1] << 32 | a[0] : a[0];
		if (kind == FS_DOUBLE) {
			double d = q < 0 ? (double)w / p10[-q] : (double)w * p10[q];
			memcpy(&r.lo, &d, sizeof d);
			r.bexp = r.lo >> 52;
		} else {
			float v = q < 0 ? (float)w / (float)p10[-q] : (float)w * (float)p10[q];
			memcpy(&i, &v, sizeof v);
			r.lo = (uint32_t)i;
			r.bexp = r.lo >> 23;
		}
	} else {
		decimal(&r, fm, a, n, q, sticky, b);
	}
done:
	if (c != EOF)
		shunget(f);
	store(out, kind, pos ? neg : 0, pos ? &r : &(struct bin){ 0, 0, 0 });
	return pos;
}

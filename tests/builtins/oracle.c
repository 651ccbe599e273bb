/* Differential oracle for libc-top/builtins, built for the x86-64 host with
 * gcc: gcc's own __int128, __float128 (libgcc soft-fp), _Float16 and complex
 * arithmetic are the reference.
 *
 *   oracle gen DIR         write the test vectors that tests/c/builtins
 *                          reads (deterministic: same files every time)
 *   oracle check N [SEED]  run N random cases per operation through the
 *                          builtins themselves, compiled for the host with
 *                          every symbol prefixed by mine_ (see host.sh),
 *                          and compare with gcc
 *
 * Where C leaves the result undefined (floating to integer conversion out
 * of range) the reference is the builtins' documented choice: saturation,
 * NaN as an infinity of its sign.  Complex division is not correctly
 * rounded anywhere; it is checked against a more precise reference with a
 * normwise bound (see close_enough), and in the special cases of C11 Annex
 * G by the kind of result G.5.1 requires (see annex_g_div).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef unsigned __int128 u128;
typedef __int128 i128;
typedef uint64_t u64;
typedef int64_t i64;
typedef uint32_t u32;
typedef int32_t i32;
typedef uint16_t u16;
typedef __float128 f128;
typedef _Complex float __attribute__((mode(TC))) c128;

/* The builtins under test, renamed. */
f128 mine___addtf3(f128, f128);
f128 mine___subtf3(f128, f128);
f128 mine___multf3(f128, f128);
f128 mine___divtf3(f128, f128);
f128 mine___negtf2(f128);
f128 mine___powitf2(f128, int);
int mine___eqtf2(f128, f128);
int mine___netf2(f128, f128);
int mine___lttf2(f128, f128);
int mine___letf2(f128, f128);
int mine___gttf2(f128, f128);
int mine___getf2(f128, f128);
int mine___cmptf2(f128, f128);
int mine___unordtf2(f128, f128);
f128 mine___extendsftf2(float);
f128 mine___extenddftf2(double);
f128 mine___extendhftf2(u16);
float mine___trunctfsf2(f128);
double mine___trunctfdf2(f128);
u16 mine___trunctfhf2(f128);
i32 mine___fixtfsi(f128);
i64 mine___fixtfdi(f128);
i128 mine___fixtfti(f128);
u32 mine___fixunstfsi(f128);
u64 mine___fixunstfdi(f128);
u128 mine___fixunstfti(f128);
f128 mine___floatsitf(i32);
f128 mine___floatditf(i64);
f128 mine___floattitf(i128);
f128 mine___floatunsitf(u32);
f128 mine___floatunditf(u64);
f128 mine___floatuntitf(u128);
float mine___extendhfsf2(u16);
double mine___extendhfdf2(u16);
u16 mine___truncsfhf2(float);
u16 mine___truncdfhf2(double);
i128 mine___fixdfti(double);
i128 mine___fixsfti(float);
u128 mine___fixunsdfti(double);
u128 mine___fixunssfti(float);
double mine___floattidf(i128);
float mine___floattisf(i128);
double mine___floatuntidf(u128);
float mine___floatuntisf(u128);
i128 mine___multi3(i128, i128);
i128 mine___divti3(i128, i128);
i128 mine___modti3(i128, i128);
u128 mine___udivti3(u128, u128);
u128 mine___umodti3(u128, u128);
u128 mine___udivmodti4(u128, u128, u128 *);
i128 mine___divmodti4(i128, i128, i128 *);
i128 mine___ashlti3(i128, int);
i128 mine___ashrti3(i128, int);
i128 mine___lshrti3(i128, int);
i128 mine___muloti4(i128, i128, int *);
i64 mine___mulodi4(i64, i64, int *);
i32 mine___mulosi4(i32, i32, int *);
int mine___clzti2(i128);
int mine___ctzti2(i128);
int mine___ffsti2(i128);
int mine___popcountti2(i128);
int mine___parityti2(i128);
int mine___cmpti2(i128, i128);
int mine___ucmpti2(u128, u128);
_Complex float mine___mulsc3(float, float, float, float);
_Complex double mine___muldc3(double, double, double, double);
c128 mine___multc3(f128, f128, f128, f128);
_Complex float mine___divsc3(float, float, float, float);
_Complex double mine___divdc3(double, double, double, double);
c128 mine___divtc3(f128, f128, f128, f128);

/* Random numbers: splitmix64. */
static u64 rng_state;

static u64 r64(void)
{
	u64 z = (rng_state += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

static u64 below(u64 n)
{
	return r64() % n;
}

static u128 r128(void)
{
	return (u128)r64() << 64 | r64();
}

static u64 hi64(u128 x)
{
	return (u64)(x >> 64);
}

static u128 ones(int n)
{
	return n >= 128 ? ~(u128)0 : ((u128)1 << n) - 1;
}

/* n random-looking bits of the kinds that make carries and rounding hard:
 * uniform, long runs of equal bits, few significant bits, nearly all ones,
 * single bits. */
static u128 pattern(int n)
{
	u128 x = 0;
	int pos, len, bit;
	switch (below(8)) {
	case 0:
	case 1:
		x = r128();
		break;
	case 2:
	case 3:
		for (pos = 0, bit = (int)below(2); pos < 128; pos += len, bit ^= 1) {
			len = 1 + (int)below(below(2) ? 4 : 48);
			x = (len >= 128 ? 0 : x << len) | (bit ? ones(len) : 0);
		}
		break;
	case 4:
		x = r128() & ~ones((int)below(128));
		break;
	case 5:
		x = ~(u128)0 ^ ((u128)1 << below(128)) ^ (below(2) ? (u128)1 << below(128) : 0);
		break;
	case 6:
		x = (u128)1 << (127 - below(4)) | (below(2) ? (u128)1 << below(128) : 0) | below(2);
		break;
	case 7:
		x = (r128() & ~ones((int)below(128))) | (below(2) ? ones((int)below(16)) : 0);
		break;
	}
	return n >= 128 ? x : x >> (128 - n);
}

static u128 f128_bits(f128 x)
{
	u128 b;
	memcpy(&b, &x, 16);
	return b;
}

static f128 f128_of(u128 b)
{
	f128 x;
	memcpy(&x, &b, 16);
	return x;
}

static u64 f64_bits(double x)
{
	u64 b;
	memcpy(&b, &x, 8);
	return b;
}

static double f64_of(u64 b)
{
	double x;
	memcpy(&x, &b, 8);
	return x;
}

static u32 f32_bits(float x)
{
	u32 b;
	memcpy(&b, &x, 4);
	return b;
}

static float f32_of(u32 b)
{
	float x;
	memcpy(&x, &b, 4);
	return x;
}

static u16 f16_bits(_Float16 x)
{
	u16 b;
	memcpy(&b, &x, 2);
	return b;
}

static _Float16 f16_of(u16 b)
{
	_Float16 x;
	memcpy(&x, &b, 2);
	return x;
}

#define TF_BIAS 16383
#define TF_INF ((u128)0x7fff << 112)
#define TF_SIGN ((u128)1 << 127)

static u128 tf_make(int sign, u64 exp, u128 frac)
{
	return (u128)sign << 127 | (u128)exp << 112 | (frac & ones(112));
}

static int tf_isnan(u128 a)
{
	return (a & ~TF_SIGN) > TF_INF;
}

/* A NaN's fraction: quiet or signaling, payload of any pattern. */
static u128 nan_frac(int fbits)
{
	u128 f = pattern(fbits) & ones(fbits);
	if (below(2))
		f |= (u128)1 << (fbits - 1);
	else
		f &= ~((u128)1 << (fbits - 1));
	return f ? f : 1;
}

static u128 tf_special(void)
{
	int s = (int)below(2);
	switch (below(14)) {
	case 0: return tf_make(s, 0, 0);
	case 1: return tf_make(s, 0x7fff, 0);
	case 2: return tf_make(s, 0x7fff, nan_frac(112));
	case 3: return tf_make(s, 0, 1);
	case 4: return tf_make(s, 0, ones(112));
	case 5: return tf_make(s, 1, 0);
	case 6: return tf_make(s, 0x7ffe, ones(112));
	case 7: return tf_make(s, TF_BIAS, 0);
	case 8: return tf_make(s, TF_BIAS, ones(112));
	case 9: return tf_make(s, TF_BIAS - 1, ones(112));
	case 10: return tf_make(s, 0, (u128)1 << 111);
	case 11: return tf_make(s, 1, 1);
	case 12: return tf_make(s, 0x7ffe, 0);
	default: return tf_make(s, TF_BIAS + below(3), below(2));
	}
}

static u128 rand_tf(void)
{
	int s = (int)below(2);
	switch (below(20)) {
	case 0:
	case 1:
		return tf_special();
	case 2:
	case 3:
	case 4:
		return r128();
	case 5:
	case 6:
	case 7:
	case 8:
		return tf_make(s, below(0x7fff), pattern(112));
	case 9:
	case 10:
	case 11:
	case 12:
	case 13:
	case 14:
		return tf_make(s, TF_BIAS - 128 + below(256), pattern(112));
	case 15:
	case 16:
		return tf_make(s, 0, pattern(112) >> below(112));
	default:
		return tf_make(s, below(2) ? below(140) : 0x7ffe - below(140), pattern(112));
	}
}

/* A 112-bit fraction whose first keep bits (-1 <= keep < 112) are random
 * and whose next bit, where rounding to keep bits decides, is a tie: a one
 * followed by zeros, or by zeros and one more one further down so that
 * only the sticky bit tells it from a tie. */
static u128 tie_frac(int keep)
{
	int r = 111 - keep;
	u128 f = keep > 0 ? pattern(keep) << (112 - keep) : 0;
	if (r <= 111)
		f |= (u128)1 << r;
	if (r > 0 && below(2))
		f |= (u128)1 << below(r > 112 ? 112 : r);
	return f & ones(112);
}

/* Operand pairs that stress each operation: for addition close exponents
 * (cancellation, alignment by every shift); for multiplication and
 * division results near overflow, near underflow and in the subnormal
 * range, exact or halfway products of short significands, exact results
 * rounded only by denormalisation (ties, and near-ties decided by the
 * sticky bit), and products a hair above a tie; for NaN operands, pairs
 * that differ only in the sign. */
static void tf_pair(char op, u128 *a, u128 *b)
{
	u64 ea, fa;
	*a = rand_tf();
	*b = rand_tf();
	if (tf_isnan(*a) && below(3) == 0) {
		*b = *a ^ TF_SIGN;
		return;
	}
	if (below(3) == 0)
		return;
	if ((op == '*' || op == '/') && below(4) == 0) {
		/* Denormalisation by d bits of an exact result: a's fraction
		 * has a tie d - 1 bits up, b is a power of two. */
		int d = 1 + (int)below(114);
		u64 e;
		if (op == '*') {
			ea = TF_BIAS - 300 - below(1000);
			e = 1 - d - ea + TF_BIAS;
		} else {
			ea = 1 + below(1000);
			e = ea + TF_BIAS - 1 + d;
		}
		*a = tf_make((int)below(2), ea, tie_frac(112 - d));
		*b = tf_make((int)below(2), e, 0);
		if (below(2)) {
			u128 t = *a;
			*a = op == '*' ? *b : *a;
			*b = op == '*' ? t : *b;
		}
		return;
	}
	if (op == '*' && below(4) == 0) {
		/* (1 + u 2^-112)(1 + t 2^-112) with t = 2^111 + small: the
		 * product's rounding bits read as an exact tie unless the
		 * bits far below count. */
		u128 t = ((u128)1 << 111) + (pattern(97) >> below(97)) + 1;
		*a = tf_make((int)below(2), TF_BIAS - 500 + below(1000), 1 + below(3));
		*b = tf_make((int)below(2), TF_BIAS - 500 + below(1000), below(2) ? t : ((u128)1 << 112) - t);
		return;
	}
	ea = (u64)(*a >> 112) & 0x7fff;
	if (ea == 0x7fff)
		return;
	fa = below(2);
	if (op == '+' || op == '-') {
		i64 d = below(2) ? (i64)below(4) : (i64)below(130);
		i64 e = below(2) ? (i64)ea - d : (i64)ea + d;
		u128 frac = below(2) ? (*a + below(8) - 4) : pattern(112);
		if (e < 0 || e > 0x7ffe)
			e = (i64)ea;
		*b = tf_make((int)below(2), (u64)e, frac);
		return;
	}
	if (below(2)) {
		/* Short significands: the exact product fits in about 113 or
		 * 114 bits, so many results are exact or exactly halfway. */
		int k = 1 + (int)below(64);
		*a = tf_make((int)below(2), ea, pattern(112) & ~ones(112 - k));
		*b = tf_make((int)below(2), 0, pattern(112) & ~ones(112 - (115 - k)));
	} else {
		*b = tf_make((int)below(2), 0, pattern(112));
	}
	/* The exponent of b that puts the result exponent near a target. */
	{
		i64 target;
		switch (below(4)) {
		case 0: target = 0x7ffe - (i64)below(3); break;
		case 1: target = 1 - (i64)below(3); break;
		case 2: target = -(i64)below(116); break;
		default: target = (i64)below(0x7fff); break;
		}
		i64 e = op == '*' ? target - (i64)ea + TF_BIAS : (i64)ea - target + TF_BIAS;
		e += (i64)fa - 1 + (i64)below(3);
		if (e < 0 || e > 0x7ffe)
			e = (i64)below(0x7fff);
		if (below(4) == 0 && op == '/') {
			/* Division by a power of two into the subnormal range: the
			 * rounding there has true ties. */
			*b = tf_make((int)below(2), (u64)e, 0);
			return;
		}
		*b = (*b & ~((u128)0x7fff << 112)) | (u128)e << 112;
	}
}

/* binary128 values for conversion to the format (mbits, ebits): half the
 * time anything, else near the format's range with a tie or near-tie at
 * the bit where the conversion rounds, normal or subnormal. */
static u128 rand_tf_for(int mbits, int ebits)
{
	int emin = 2 - (1 << (ebits - 1)), e, keep;
	if (below(2))
		return rand_tf();
	e = emin - mbits - 2 + (int)below((u64)((1 << ebits) + mbits + 3));
	keep = e >= emin ? mbits : mbits - (emin - e);
	if (keep < -1)
		return tf_make((int)below(2), (u64)(e + TF_BIAS), pattern(112));
	return tf_make((int)below(2), (u64)(e + TF_BIAS), tie_frac(keep));
}

static u64 rand_fp(int mbits, int ebits)
{
	int s = (int)below(2);
	u64 emax = ((u64)1 << ebits) - 1;
	u64 frac, exp;
	switch (below(8)) {
	case 0:
		return r64() & (((u64)1 << (1 + mbits + ebits)) - 1);
	case 1:
		exp = below(2) ? 0 : emax;
		frac = below(3) ? (u64)pattern(mbits) : (below(2) ? 1 : 0);
		break;
	case 2:
		exp = below(2) ? 1 + below(4) : emax - 1 - below(4);
		frac = (u64)pattern(mbits);
		break;
	default:
		exp = below(emax + 1);
		frac = (u64)pattern(mbits);
		break;
	}
	return (u64)s << (mbits + ebits) | exp << mbits | frac;
}

/* Doubles and floats near the integer range limits, and integers near
 * the float spacing. */
static double rand_double_for_int(void)
{
	if (below(3))
		return f64_of(rand_fp(52, 11));
	int e = (int)below(130);
	double v = (double)((u64)pattern(53) | (u64)1 << 52) / 4503599627370496.0;
	while (e-- > 0)
		v *= 2;
	return below(2) ? -v : v;
}

static u128 rand_int(void)
{
	u128 x;
	switch (below(6)) {
	case 0:
		x = r128();
		break;
	case 1: {
		static const u128 special[] = {
			0, 1, 2, 3, ~(u128)0, (u128)1 << 127, ~((u128)1 << 127),
			(u128)1 << 64, ((u128)1 << 64) - 1, (u128)1 << 63, ((u128)1 << 113) - 1,
			(u128)1 << 113, ((u128)1 << 113) + 1,
		};
		x = special[below(sizeof special / sizeof special[0])];
		break;
	}
	default:
		x = pattern(1 + (int)below(128));
		break;
	}
	return below(2) ? x : -x;
}

/* Dividend and divisor pairs that exercise every path of the 128-bit
 * division: divisors of one 64-bit word, quotients near a power of 2, and
 * digit estimates that need correcting (divisors whose top word is just
 * above 2^63 or all ones). */
static void int_div_pair(u128 *a, u128 *b)
{
	int k = (int)below(129);
	*a = rand_int();
	switch (below(5)) {
	case 0:
		*b = rand_int();
		break;
	case 1:
		*b = pattern(1 + (int)below(64));
		break;
	case 2:
		*b = (u128)((u64)1 << 63 | below(4)) << 64 | r64();
		*b >>= below(64);
		break;
	case 3:
		*b = (u128)(~(u64)0 - below(4)) << 64 | pattern(64);
		*b >>= below(64);
		break;
	default: {
		u128 q = pattern(1 + (int)below(64));
		*b = pattern(64 + (int)below(64));
		*a = q * *b + (below(2) ? 0 : *b - 1 - below(2));
		if (k & 1)
			*a = ~*a;
		break;
	}
	}
	if (*b == 0)
		*b = 1;
}

static int int_shift(void)
{
	return below(4) ? (int)below(128) : (int)(below(2) ? below(3) : 125 + below(3));
}

/* ---- References where gcc has none or where C says undefined. ---- */

static u128 sat_int(int negative, int nan_or_big, u128 mag, int bits, int is_signed)
{
	u128 max = is_signed ? ((u128)1 << (bits - 1)) - 1 + negative
	                     : (negative ? 0 : ones(bits));
	if (nan_or_big || mag > max)
		mag = max;
	return negative ? -mag : mag;
}

/* x truncated to an integer of the given width, saturated. */
static u128 ref_fix(f128 x, int bits, int is_signed)
{
	u128 b = f128_bits(x);
	int neg = (int)(b >> 127);
	f128 ax = neg ? -x : x;
	if (tf_isnan(b) || ax >= 0x1p128Q)
		return sat_int(neg, 1, 0, bits, is_signed);
	return sat_int(neg, 0, (u128)ax, bits, is_signed);
}

/* ---- Output helpers. ---- */

static void hex(FILE *f, u128 x, int digits)
{
	int i;
	fputc(' ', f);
	for (i = digits - 1; i >= 0; i--)
		fputc("0123456789abcdef"[(unsigned)(x >> (4 * i)) & 15], f);
}

static char *hexs(u128 x, int digits)
{
	static char buf[8][40];
	static int k;
	char *p = buf[k++ & 7];
	int i;
	for (i = 0; i < digits; i++)
		p[i] = "0123456789abcdef"[(unsigned)(x >> (4 * (digits - 1 - i))) & 15];
	p[digits] = 0;
	return p;
}

static long failures;

static void fail(const char *op, const char *in, const char *want, const char *got)
{
	if (failures++ < 400)
		printf("FAIL %s(%s): want %s got %s\n", op, in, want, got);
}

/* ---- binary128 arithmetic ---- */

/* libgcc's, called directly: through the operators gcc may swap the
 * operands of + and *, which changes which of two NaNs comes out. */
f128 __addtf3(f128, f128);
f128 __subtf3(f128, f128);
f128 __multf3(f128, f128);
f128 __divtf3(f128, f128);

static f128 ref_arith(char op, f128 a, f128 b)
{
	switch (op) {
	case '+': return __addtf3(a, b);
	case '-': return __subtf3(a, b);
	case '*': return __multf3(a, b);
	default: return __divtf3(a, b);
	}
}

static f128 mine_arith(char op, f128 a, f128 b)
{
	switch (op) {
	case '+': return mine___addtf3(a, b);
	case '-': return mine___subtf3(a, b);
	case '*': return mine___multf3(a, b);
	default: return mine___divtf3(a, b);
	}
}

static const char *arith_name(char op)
{
	switch (op) {
	case '+': return "add";
	case '-': return "sub";
	case '*': return "mul";
	default: return "div";
	}
}

/* 'l', 'e', 'g' or 'u' for less, equal, greater, unordered. */
static char ref_order(f128 a, f128 b)
{
	if (__builtin_isunordered(a, b))
		return 'u';
	return a < b ? 'l' : a == b ? 'e' : 'g';
}

static int cmp_ok(char c, f128 a, f128 b)
{
	int lt = c == 'l', eq = c == 'e', gt = c == 'g', un = c == 'u';
	return (mine___eqtf2(a, b) == 0) == eq && (mine___netf2(a, b) != 0) == !eq &&
	       (mine___lttf2(a, b) < 0) == lt && (mine___letf2(a, b) <= 0) == (lt || eq) &&
	       (mine___gttf2(a, b) > 0) == gt && (mine___getf2(a, b) >= 0) == (gt || eq) &&
	       (mine___cmptf2(a, b) <= 0) == (lt || eq) && (mine___unordtf2(a, b) != 0) == un;
}

/* libgcc's, for __float128 on x86-64. */
f128 __powitf2(f128, int);

static int rand_exponent(void)
{
	switch (below(4)) {
	case 0: return (int)below(8) - 4;
	case 1: return (int)below(64) - 32;
	case 2: return (int)r64();
	default: return (int)below(40000) - 20000;
	}
}

/* Bases for powers: mostly close to 1, where long exponents stay finite. */
static u128 rand_pow_base(void)
{
	if (below(3) == 0)
		return rand_tf();
	return tf_make((int)below(2), TF_BIAS - below(2), pattern(112) >> below(100));
}

/* ---- The runs: each draws n cases, compares the builtins with the
 * reference, and in gen mode also writes the cases as vector lines. ---- */

static FILE *out;

static void put(const char *op)
{
	if (out)
		fputs(op, out);
}

static void puth(u128 x, int digits)
{
	if (out)
		hex(out, x, digits);
}

static void endl(void)
{
	if (out)
		fputc('\n', out);
}

static void run_tf_arith(char op, long n)
{
	for (long i = 0; i < n; i++) {
		u128 a, b, r, m;
		tf_pair(op, &a, &b);
		r = f128_bits(ref_arith(op, f128_of(a), f128_of(b)));
		m = f128_bits(mine_arith(op, f128_of(a), f128_of(b)));
		if (r != m) {
			char in[80];
			snprintf(in, sizeof in, "%s, %s", hexs(a, 32), hexs(b, 32));
			fail(arith_name(op), in, hexs(r, 32), hexs(m, 32));
		}
		put(arith_name(op)), puth(a, 32), puth(b, 32), puth(r, 32), endl();
	}
}

static void run_tf_cmp(long n)
{
	for (long i = 0; i < n; i++) {
		u128 a, b;
		char c;
		tf_pair('+', &a, &b);
		switch (below(8)) {
		case 0: b = a; break;
		case 1: b = a ^ TF_SIGN; break;
		case 2: b = a + 1; break;
		case 3: b = a - 1; break;
		}
		c = ref_order(f128_of(a), f128_of(b));
		if (!cmp_ok(c, f128_of(a), f128_of(b))) {
			char in[80], want[2] = {c, 0};
			snprintf(in, sizeof in, "%s, %s", hexs(a, 32), hexs(b, 32));
			fail("cmp", in, want, "a wrong predicate");
		}
		put("cmp"), puth(a, 32), puth(b, 32);
		if (out)
			fprintf(out, " %c\n", c);
	}
}

static void run_tf_neg(long n)
{
	for (long i = 0; i < n; i++) {
		u128 a = rand_tf(), r = a ^ TF_SIGN, m = f128_bits(mine___negtf2(f128_of(a)));
		if (r != m)
			fail("neg", hexs(a, 32), hexs(r, 32), hexs(m, 32));
		put("neg"), puth(a, 32), puth(r, 32), endl();
	}
}

static void run_tf_powi(long n)
{
	for (long i = 0; i < n; i++) {
		u128 a = rand_pow_base(), r, m;
		int e = rand_exponent();
		r = f128_bits(__powitf2(f128_of(a), e));
		m = f128_bits(mine___powitf2(f128_of(a), e));
		if (r != m && !(tf_isnan(r) && tf_isnan(m))) {
			char in[80];
			snprintf(in, sizeof in, "%s, %d", hexs(a, 32), e);
			fail("powi", in, hexs(r, 32), hexs(m, 32));
		}
		put("powi"), puth(a, 32), puth((u32)e, 8), puth(r, 32), endl();
	}
}

/* Conversions: one macro per shape keeps the 30 of them readable. */
#define CONV(name, gen, in_digits, out_digits, ref, mine)                        \
	for (long i = 0; i < n; i++) {                                           \
		u128 x = (gen), r = (ref), m = (mine);                           \
		if (r != m)                                                      \
			fail(name, hexs(x, in_digits), hexs(r, out_digits),      \
			     hexs(m, out_digits));                               \
		put(name), puth(x, in_digits), puth(r, out_digits), endl();      \
	}

static void run_conversions(long n)
{
	CONV("extsf", rand_fp(23, 8), 8, 32,
	     f128_bits((f128)f32_of((u32)x)), f128_bits(mine___extendsftf2(f32_of((u32)x))));
	CONV("extdf", rand_fp(52, 11), 16, 32,
	     f128_bits((f128)f64_of((u64)x)), f128_bits(mine___extenddftf2(f64_of((u64)x))));
	CONV("exthf", rand_fp(10, 5), 4, 32,
	     f128_bits((f128)f16_of((u16)x)), f128_bits(mine___extendhftf2((u16)x)));
	CONV("truncsf", rand_tf_for(23, 8), 32, 8,
	     f32_bits((float)f128_of(x)), f32_bits(mine___trunctfsf2(f128_of(x))));
	CONV("truncdf", rand_tf_for(52, 11), 32, 16,
	     f64_bits((double)f128_of(x)), f64_bits(mine___trunctfdf2(f128_of(x))));
	CONV("trunchf", rand_tf_for(10, 5), 32, 4,
	     f16_bits((_Float16)f128_of(x)), mine___trunctfhf2(f128_of(x)));
	CONV("fixsi", rand_tf(), 32, 8, (u32)ref_fix(f128_of(x), 32, 1), (u32)mine___fixtfsi(f128_of(x)));
	CONV("fixdi", rand_tf(), 32, 16, (u64)ref_fix(f128_of(x), 64, 1), (u64)mine___fixtfdi(f128_of(x)));
	CONV("fixti", rand_tf(), 32, 32, ref_fix(f128_of(x), 128, 1), (u128)mine___fixtfti(f128_of(x)));
	CONV("fixunssi", rand_tf(), 32, 8, (u32)ref_fix(f128_of(x), 32, 0), mine___fixunstfsi(f128_of(x)));
	CONV("fixunsdi", rand_tf(), 32, 16, (u64)ref_fix(f128_of(x), 64, 0), mine___fixunstfdi(f128_of(x)));
	CONV("fixunsti", rand_tf(), 32, 32, ref_fix(f128_of(x), 128, 0), mine___fixunstfti(f128_of(x)));
	CONV("floatsi", (u32)rand_int(), 8, 32,
	     f128_bits((f128)(i32)x), f128_bits(mine___floatsitf((i32)x)));
	CONV("floatdi", (u64)rand_int(), 16, 32,
	     f128_bits((f128)(i64)x), f128_bits(mine___floatditf((i64)x)));
	CONV("floatti", rand_int(), 32, 32,
	     f128_bits((f128)(i128)x), f128_bits(mine___floattitf((i128)x)));
	CONV("floatunsi", (u32)rand_int(), 8, 32,
	     f128_bits((f128)(u32)x), f128_bits(mine___floatunsitf((u32)x)));
	CONV("floatundi", (u64)rand_int(), 16, 32,
	     f128_bits((f128)(u64)x), f128_bits(mine___floatunditf((u64)x)));
	CONV("floatunti", rand_int(), 32, 32,
	     f128_bits((f128)x), f128_bits(mine___floatuntitf(x)));
	CONV("hfsf", rand_fp(10, 5), 4, 8,
	     f32_bits((float)f16_of((u16)x)), f32_bits(mine___extendhfsf2((u16)x)));
	CONV("hfdf", rand_fp(10, 5), 4, 16,
	     f64_bits((double)f16_of((u16)x)), f64_bits(mine___extendhfdf2((u16)x)));
	CONV("sfhf", rand_fp(23, 8), 8, 4,
	     f16_bits((_Float16)f32_of((u32)x)), mine___truncsfhf2(f32_of((u32)x)));
	CONV("dfhf", rand_fp(52, 11), 16, 4,
	     f16_bits((_Float16)f64_of((u64)x)), mine___truncdfhf2(f64_of((u64)x)));
	CONV("fixdfti", f64_bits(rand_double_for_int()), 16, 32,
	     ref_fix((f128)f64_of((u64)x), 128, 1), (u128)mine___fixdfti(f64_of((u64)x)));
	CONV("fixsfti", f32_bits((float)rand_double_for_int()), 8, 32,
	     ref_fix((f128)f32_of((u32)x), 128, 1), (u128)mine___fixsfti(f32_of((u32)x)));
	CONV("fixunsdfti", f64_bits(rand_double_for_int()), 16, 32,
	     ref_fix((f128)f64_of((u64)x), 128, 0), mine___fixunsdfti(f64_of((u64)x)));
	CONV("fixunssfti", f32_bits((float)rand_double_for_int()), 8, 32,
	     ref_fix((f128)f32_of((u32)x), 128, 0), mine___fixunssfti(f32_of((u32)x)));
	CONV("floattidf", rand_int(), 32, 16,
	     f64_bits((double)(i128)x), f64_bits(mine___floattidf((i128)x)));
	CONV("floattisf", rand_int(), 32, 8,
	     f32_bits((float)(i128)x), f32_bits(mine___floattisf((i128)x)));
	CONV("floatuntidf", rand_int(), 32, 16,
	     f64_bits((double)x), f64_bits(mine___floatuntidf(x)));
	CONV("floatuntisf", rand_int(), 32, 8,
	     f32_bits((float)x), f32_bits(mine___floatuntisf(x)));
}

static void run_int(long n)
{
	char in[100];
	for (long i = 0; i < n; i++) {
		u128 a = rand_int(), b = rand_int(), r = a * b, m = (u128)mine___multi3(a, b);
		snprintf(in, sizeof in, "%s, %s", hexs(a, 32), hexs(b, 32));
		if (r != m)
			fail("mul", in, hexs(r, 32), hexs(m, 32));
		put("mul"), puth(a, 32), puth(b, 32), puth(r, 32), endl();
	}
	for (long i = 0; i < n; i++) {
		u128 a, b, q, rem, mq, mr, mq2, mr2;
		int_div_pair(&a, &b);
		q = a / b, rem = a % b;
		mq = mine___udivmodti4(a, b, &mr);
		mq2 = mine___udivti3(a, b), mr2 = mine___umodti3(a, b);
		snprintf(in, sizeof in, "%s, %s", hexs(a, 32), hexs(b, 32));
		if (q != mq || rem != mr || q != mq2 || rem != mr2)
			fail("udivmod", in, hexs(q, 32), hexs(mq != q ? mq : mq2 != q ? mq2 : mr != rem ? mr : mr2, 32));
		put("udivmod"), puth(a, 32), puth(b, 32), puth(q, 32), puth(rem, 32), endl();
	}
	for (long i = 0; i < n; i++) {
		u128 a, b;
		i128 q, rem, mq, mr, mq2, mr2;
		int_div_pair(&a, &b);
		if (below(2))
			b = -b;
		if ((i128)b == -1 && a == (u128)1 << 127)
			b = 1;
		q = (i128)a / (i128)b, rem = (i128)a % (i128)b;
		mq = mine___divmodti4(a, b, &mr);
		mq2 = mine___divti3(a, b), mr2 = mine___modti3(a, b);
		snprintf(in, sizeof in, "%s, %s", hexs(a, 32), hexs(b, 32));
		if (q != mq || rem != mr || q != mq2 || rem != mr2)
			fail("divmod", in, hexs(q, 32), hexs(mq != q ? mq : mq2 != q ? mq2 : mr != rem ? mr : mr2, 32));
		put("divmod"), puth(a, 32), puth(b, 32), puth(q, 32), puth(rem, 32), endl();
	}
	for (long i = 0; i < n; i++) {
		u128 a = rand_int();
		int s = int_shift();
		u128 r1 = a << s, r2 = a >> s, r3 = (u128)((i128)a >> s);
		u128 m1 = mine___ashlti3(a, s), m2 = mine___lshrti3(a, s), m3 = mine___ashrti3(a, s);
		snprintf(in, sizeof in, "%s, %d", hexs(a, 32), s);
		if (r1 != m1 || r2 != m2 || r3 != m3)
			fail("shifts", in, hexs(r1 ^ r2 ^ r3, 32), hexs(m1 ^ m2 ^ m3, 32));
		put("shifts"), puth(a, 32), puth(s, 2), puth(r1, 32), puth(r2, 32), puth(r3, 32), endl();
	}
	for (long i = 0; i < n; i++) {
		u128 a = rand_int(), b = rand_int();
		i128 r, m;
		int o, mo;
		if (below(2))
			b = pattern((int)below(128) + 1);
		o = __builtin_mul_overflow((i128)a, (i128)b, &r);
		m = mine___muloti4(a, b, &mo);
		snprintf(in, sizeof in, "%s, %s", hexs(a, 32), hexs(b, 32));
		if (r != m || o != mo)
			fail("mulo", in, hexs(r, 32), hexs(m, 32));
		put("mulo"), puth(a, 32), puth(b, 32), puth(r, 32), puth(o, 1), endl();
	}
	for (long i = 0; i < n; i++) {
		u64 a = (u64)rand_int(), b = (u64)rand_int();
		i64 r, m;
		int o, mo;
		if (below(2))
			b = (u64)pattern((int)below(64) + 1);
		o = __builtin_mul_overflow((i64)a, (i64)b, &r);
		m = mine___mulodi4(a, b, &mo);
		snprintf(in, sizeof in, "%s, %s", hexs(a, 16), hexs(b, 16));
		if (r != m || o != mo)
			fail("mulodi", in, hexs(r, 16), hexs(m, 16));
		put("mulodi"), puth(a, 16), puth(b, 16), puth((u64)r, 16), puth(o, 1), endl();
	}
	for (long i = 0; i < n; i++) {
		u32 a = (u32)rand_int(), b = (u32)rand_int();
		i32 r, m;
		int o, mo;
		if (below(2))
			b = (u32)pattern((int)below(32) + 1);
		o = __builtin_mul_overflow((i32)a, (i32)b, &r);
		m = mine___mulosi4(a, b, &mo);
		snprintf(in, sizeof in, "%s, %s", hexs(a, 8), hexs(b, 8));
		if (r != m || o != mo)
			fail("mulosi", in, hexs((u32)r, 8), hexs((u32)m, 8));
		put("mulosi"), puth(a, 8), puth(b, 8), puth((u32)r, 8), puth(o, 1), endl();
	}
	for (long i = 0; i < n; i++) {
		u128 a = below(8) ? rand_int() : 0;
		int clz = a ? (hi64(a) ? __builtin_clzll(hi64(a)) : 64 + __builtin_clzll((u64)a)) : 128;
		int ctz = a ? ((u64)a ? __builtin_ctzll((u64)a) : 64 + __builtin_ctzll(hi64(a))) : 128;
		int pop = __builtin_popcountll((u64)a) + __builtin_popcountll(hi64(a));
		int ffs = a ? ctz + 1 : 0;
		if (clz != mine___clzti2(a) || ctz != mine___ctzti2(a) || ffs != mine___ffsti2(a) ||
		    pop != mine___popcountti2(a) || (pop & 1) != mine___parityti2(a))
			fail("bits", hexs(a, 32), "", "");
		put("bits"), puth(a, 32), puth(clz, 2), puth(ctz, 2), puth(ffs, 2), puth(pop, 2), endl();
	}
	for (long i = 0; i < n; i++) {
		u128 a = rand_int(), b = below(4) ? rand_int() : a;
		int sc = (i128)a < (i128)b ? 0 : a == b ? 1 : 2, uc = a < b ? 0 : a == b ? 1 : 2;
		snprintf(in, sizeof in, "%s, %s", hexs(a, 32), hexs(b, 32));
		if (sc != mine___cmpti2(a, b) || uc != mine___ucmpti2(a, b))
			fail("cmpti", in, "", "");
		put("cmpti"), puth(a, 32), puth(b, 32), puth(sc, 1), puth(uc, 1), endl();
	}
}

/* ---- Complex multiplication and division ---- */

/* A component: mostly finite, with zeros, infinities and NaNs often
 * enough that every Annex G case comes up. */
static u128 rand_component(int mbits, int ebits)
{
	u64 emax = ((u64)1 << ebits) - 1;
	int s = (int)below(2);
	u128 exp, frac;
	if (below(4) == 0) {
		switch (below(4)) {
		case 0: exp = 0, frac = 0; break;
		case 1: exp = emax, frac = 0; break;
		case 2: exp = emax, frac = (u128)1 << (mbits - 1); break;
		default: exp = emax, frac = 1; break;
		}
	} else {
		u64 bias = emax >> 1;
		switch (below(4)) {
		case 0: exp = below(emax); break;
		case 1: exp = below(2) ? 1 + below(mbits / 2) : emax - 1 - below(mbits / 2); break;
		default: exp = bias - 20 + below(40); break;
		}
		frac = pattern(mbits);
	}
	return (u128)s << (mbits + ebits) | exp << mbits | frac;
}

static int nan_eq(u128 r, u128 m, int mbits, int ebits)
{
	u128 inf = ((u128)1 << ebits) - 1;
	u128 mag = ((u128)1 << (mbits + ebits)) - 1;
	inf <<= mbits;
	if ((r & mag) > inf && (m & mag) > inf)
		return 1;
	return r == m;
}

/* The largest division error seen, as a fraction of the tolerance. */
static f128 worst[3];

/* |z - ref| within tol * |ref| (1-norm), plus a few subnormal units for
 * results that underflow.  A part whose reference overflows the type (xt,
 * yt: the reference rounded to it) must be that infinity, and a NaN
 * reference part must be matched by a NaN. */
static int close_enough(f128 x, f128 y, f128 xr, f128 yr, f128 xt, f128 yt, f128 tol, f128 tiny,
                        f128 *worst)
{
	f128 err, size;
	if (__builtin_isnan(xr) || __builtin_isnan(yr))
		return __builtin_isnan(x) == __builtin_isnan(xr) && __builtin_isnan(y) == __builtin_isnan(yr);
	if (__builtin_isinf(xt) && x != xt)
		return 0;
	if (__builtin_isinf(yt) && y != yt)
		return 0;
	err = (__builtin_isinf(xt) ? 0 : __builtin_fabsf128(x - xr)) +
	      (__builtin_isinf(yt) ? 0 : __builtin_fabsf128(y - yr));
	size = __builtin_fabsf128(xr) + __builtin_fabsf128(yr);
	if (err > tiny && size > 0 && err / (tol * size) > *worst)
		*worst = err / (tol * size);
	return err <= tol * size + tiny;
}

static void complex_fail(const char *op, const u128 in[4], const u128 want[2], const u128 got[2],
                         int digits)
{
	char s[200], w[80], g[80];
	snprintf(s, sizeof s, "%s %s %s %s", hexs(in[0], digits), hexs(in[1], digits),
	         hexs(in[2], digits), hexs(in[3], digits));
	snprintf(w, sizeof w, "%s %s", hexs(want[0], digits), hexs(want[1], digits));
	snprintf(g, sizeof g, "%s %s", hexs(got[0], digits), hexs(got[1], digits));
	fail(op, s, w, g);
}

/* The kind of a complex value in the sense of C11 G.3: 'i' an infinity
 * (a part infinite, even if the other is NaN), 'z' a zero (both parts
 * zero), 'n' a NaN value (a part NaN, none infinite), 'f' other finite. */
static char annex_g_kind(f128 x, f128 y)
{
	if (__builtin_isinf(x) || __builtin_isinf(y))
		return 'i';
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return 'n';
	return x == 0 && y == 0 ? 'z' : 'f';
}

/* What G.5.1 requires of (a + bi) / (c + di) when an operand is not
 * finite or the divisor is zero: an infinity over a finite number and a
 * nonzero number or infinity over zero give an infinity, a finite number
 * over an infinity gives zero.  As in the standard's G.5.1 EXAMPLE 2, a
 * dividend with one NaN part counts as nonzero when its other part is a
 * nonzero number.  Every other such case (NaN operands, inf over inf, zero
 * over zero) gives a NaN value: the textbook formula produces NaNs, and
 * nothing recovers them. */
static char annex_g_div(f128 a, f128 b, f128 c, f128 d)
{
	char n = annex_g_kind(a, b), m = annex_g_kind(c, d);
	int nonzero = (!__builtin_isnan(a) && a != 0) || (!__builtin_isnan(b) && b != 0);
	if (n == 'i' && (m == 'f' || m == 'z'))
		return 'i';
	if (nonzero && m == 'z')
		return 'i';
	if ((n == 'f' || n == 'z') && m == 'i')
		return 'z';
	return 'n';
}

/* Both runs for one type: multiplication bit for bit against gcc (NaNs
 * as any NaN), division as described at the top. */
#define COMPLEX_RUNS(T, CT, SFX, MBITS, EBITS, DIGITS, TOL, TINY, TOBITS, OFBITS)          \
	static void run_complex_##SFX(long n)                                              \
	{                                                                                  \
		for (long i = 0; i < n; i++) {                                             \
			u128 in[4], r[2], m[2];                                            \
			T a, b, c, d;                                                      \
			CT z;                                                              \
			int k;                                                             \
			for (k = 0; k < 4; k++)                                            \
				in[k] = rand_component(MBITS, EBITS);                      \
			a = OFBITS(in[0]), b = OFBITS(in[1]);                              \
			c = OFBITS(in[2]), d = OFBITS(in[3]);                              \
			z = __builtin_complex(a, b) * __builtin_complex(c, d);             \
			r[0] = TOBITS(__real__ z), r[1] = TOBITS(__imag__ z);              \
			z = mine___mul##SFX##c3(a, b, c, d);                               \
			m[0] = TOBITS(__real__ z), m[1] = TOBITS(__imag__ z);              \
			if (!nan_eq(r[0], m[0], MBITS, EBITS) ||                           \
			    !nan_eq(r[1], m[1], MBITS, EBITS))                             \
				complex_fail("mul" #SFX "c3", in, r, m, DIGITS);           \
			put("mul" #SFX "c3");                                              \
			for (k = 0; k < 4; k++)                                            \
				puth(in[k], DIGITS);                                       \
			puth(r[0], DIGITS), puth(r[1], DIGITS), endl();                    \
		}                                                                          \
		for (long i = 0; i < n; i++) {                                             \
			u128 in[4], r[2], m[2];                                            \
			T a, b, c, d;                                                      \
			f128 xr, yr;                                                       \
			CT q;                                                              \
			int k, special, ok;                                                \
			char kind = 'a';                                                   \
			for (k = 0; k < 4; k++)                                            \
				in[k] = rand_component(MBITS, EBITS);                      \
			a = OFBITS(in[0]), b = OFBITS(in[1]);                              \
			c = OFBITS(in[2]), d = OFBITS(in[3]);                              \
			special = !__builtin_isfinite(a) || !__builtin_isfinite(b) ||      \
			          !__builtin_isfinite(c) || !__builtin_isfinite(d) ||      \
			          (c == 0 && d == 0);                                      \
			q = mine___div##SFX##c3(a, b, c, d);                               \
			m[0] = TOBITS(__real__ q), m[1] = TOBITS(__imag__ q);              \
			if (special) {                                                     \
				kind = annex_g_div(a, b, c, d);                            \
				r[0] = r[1] = 0;                                           \
				ok = kind == annex_g_kind(__real__ q, __imag__ q);         \
			} else {                                                           \
				div_reference_##SFX(a, b, c, d, &xr, &yr);                 \
				r[0] = TOBITS((T)xr), r[1] = TOBITS((T)yr);                \
				ok = close_enough(__real__ q, __imag__ q, xr, yr, (T)xr,   \
				                  (T)yr, TOL, TINY,                        \
				                  &worst[MBITS > 60 ? 2 : MBITS > 30]);    \
			}                                                                  \
			if (!ok)                                                           \
				complex_fail("div" #SFX "c3", in, r, m, DIGITS);           \
			put("div" #SFX "c3");                                              \
			for (k = 0; k < 4; k++)                                            \
				puth(in[k], DIGITS);                                       \
			if (!special)                                                      \
				puth(r[0], DIGITS), puth(r[1], DIGITS);                    \
			if (out)                                                           \
				fprintf(out, " %c\n", kind);                               \
		}                                                                          \
	}

/* Division references.  For float and double the binary128 evaluation of
 * the textbook formula is exact in its products and rounds only the two
 * sums and the quotient, far below the tolerance.  For binary128 the same
 * formula in double-binary128 arithmetic: exact products from fmaq, the
 * sums kept as two words, and the quotient corrected by its remainder;
 * the operands are first scaled by powers of two so that nothing
 * overflows or underflows. */
static void div_reference_s(float a, float b, float c, float d, f128 *x, f128 *y)
{
	f128 den = (f128)c * c + (f128)d * d;
	*x = ((f128)a * c + (f128)b * d) / den;
	*y = ((f128)b * c - (f128)a * d) / den;
}

static void div_reference_d(double a, double b, double c, double d, f128 *x, f128 *y)
{
	f128 den = (f128)c * c + (f128)d * d;
	*x = ((f128)a * c + (f128)b * d) / den;
	*y = ((f128)b * c - (f128)a * d) / den;
}

f128 fmaq(f128, f128, f128);
f128 ldexpq(f128, int);
int ilogbq(f128);

/* p*q + r*s as the unevaluated sum hi + lo, to about 2^-220 of the
 * larger product. */
static void dot2(f128 p, f128 q, f128 r, f128 s, f128 *hi, f128 *lo)
{
	f128 m1 = p * q, e1 = fmaq(p, q, -m1);
	f128 m2 = r * s, e2 = fmaq(r, s, -m2);
	f128 sum = m1 + m2, v = sum - m1;
	f128 err = (m1 - (sum - v)) + (m2 - v);
	*hi = sum;
	*lo = err + e1 + e2;
}

static f128 div2(f128 nh, f128 nl, f128 dh, f128 dl)
{
	f128 q = nh / dh;
	f128 r = fmaq(-q, dh, nh) + nl - q * dl;
	return q + r / dh;
}

static void div_reference_t(f128 a, f128 b, f128 c, f128 d, f128 *x, f128 *y)
{
	f128 ac = __builtin_fabsf128(a) > __builtin_fabsf128(b) ? a : b;
	f128 cc = __builtin_fabsf128(c) > __builtin_fabsf128(d) ? c : d;
	int j = ac == 0 ? 0 : ilogbq(ac), k = ilogbq(cc);
	f128 nh, nl, dh, dl;
	a = ldexpq(a, -j), b = ldexpq(b, -j);
	c = ldexpq(c, -k), d = ldexpq(d, -k);
	dot2(c, c, d, d, &dh, &dl);
	dot2(a, c, b, d, &nh, &nl);
	*x = ldexpq(div2(nh, nl, dh, dl), j - k);
	dot2(b, c, -a, d, &nh, &nl);
	*y = ldexpq(div2(nh, nl, dh, dl), j - k);
}

#define BITS_S(v) ((u128)f32_bits(v))
#define BITS_D(v) ((u128)f64_bits(v))
#define BITS_T(v) f128_bits(v)
#define OF_S(b) f32_of((u32)(b))
#define OF_D(b) f64_of((u64)(b))
#define OF_T(b) f128_of(b)

COMPLEX_RUNS(float, _Complex float, s, 23, 8, 8, 0x1p-21Q, 0x1p-147Q, BITS_S, OF_S)
COMPLEX_RUNS(double, _Complex double, d, 52, 11, 16, 0x1p-50Q, 0x1p-1072Q, BITS_D, OF_D)
COMPLEX_RUNS(f128, c128, t, 112, 15, 32, 0x1p-110Q, 0x1p-16490Q, BITS_T, OF_T)

/* ---- Driver ---- */

static FILE *open_vectors(const char *dir, const char *name)
{
	char path[4096];
	FILE *f;
	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "w");
	if (!f) {
		perror(path);
		exit(2);
	}
	return f;
}

int main(int argc, char **argv)
{
	long n = 0;
	const char *dir = 0;

	if (argc >= 3 && strcmp(argv[1], "gen") == 0) {
		dir = argv[2];
	} else if (argc >= 3 && strcmp(argv[1], "check") == 0) {
		n = atol(argv[2]);
		rng_state = argc > 3 ? strtoull(argv[3], 0, 0) : 1;
	} else {
		fprintf(stderr, "usage: oracle gen DIR | oracle check N [SEED]\n");
		return 2;
	}

	if (dir) {
		rng_state = 20240601;
		out = open_vectors(dir, "binary128.txt");
		n = 1500;
	}
	run_tf_arith('+', n);
	run_tf_arith('-', n);
	run_tf_arith('*', n);
	run_tf_arith('/', n);
	run_tf_cmp(dir ? 1000 : n);
	run_tf_neg(dir ? 50 : n);
	run_tf_powi(dir ? 300 : n / 16);
	if (dir) {
		fclose(out);
		out = open_vectors(dir, "convert.txt");
		n = 200;
	}
	run_conversions(n);
	if (dir) {
		fclose(out);
		out = open_vectors(dir, "int128.txt");
		n = 300;
	}
	run_int(n);
	if (dir) {
		fclose(out);
		out = open_vectors(dir, "complex.txt");
		n = 250;
	}
	run_complex_s(n);
	run_complex_d(n);
	run_complex_t(dir ? n : n / 16);
	if (dir)
		fclose(out);

	printf("complex division, worst error / tolerance: float %.3g double %.3g binary128 %.3g\n",
	       (double)worst[0], (double)worst[1], (double)worst[2]);
	if (failures) {
		printf("%ld failures\n", failures);
		return 1;
	}
	printf("all cases agree\n");
	return 0;
}

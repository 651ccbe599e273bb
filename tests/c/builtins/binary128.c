/* long double (IEEE binary128 in software) arithmetic, comparisons, negation
 * and powers against gcc's soft-fp: every result bit for bit, NaNs
 * included (libc-top/builtins/binary128.h says which NaN comes out). */
#include <math.h>
#include "vectors.h"

int __eqtf2(long double, long double);
int __netf2(long double, long double);
int __lttf2(long double, long double);
int __letf2(long double, long double);
int __gttf2(long double, long double);
int __getf2(long double, long double);
int __cmptf2(long double, long double);
int __unordtf2(long double, long double);
long double __negtf2(long double);
long double __addtf3(long double, long double);
long double __subtf3(long double, long double);
long double __multf3(long double, long double);
long double __divtf3(long double, long double);

static long double ld(u128 b)
{
	long double x;
	memcpy(&x, &b, sizeof x);
	return x;
}

static u128 bits(long double x)
{
	u128 b;
	memcpy(&b, &x, sizeof b);
	return b;
}

static void expect(const struct vec *v, const char *what, u128 got, u128 want)
{
	if (got != want)
		vec_fail(v, what, got, 32);
}

/* An arithmetic case, through the operator and through the builtin.  The
 * compiler may swap the operands of + and *, which changes which of two
 * NaN operands comes out, so through the operator any NaN will do when
 * both are NaNs. */
static void arith(const struct vec *v, const char *what, long double by_op, long double direct)
{
	if (isnan(ld(v->f[0])) && isnan(ld(v->f[1])))
		by_op = isnan(by_op) ? ld(v->f[2]) : by_op;
	expect(v, what, bits(by_op), v->f[2]);
	expect(v, "the builtin called directly", bits(direct), v->f[2]);
}

/* Every way to compare: the operators, the classification macros and the
 * builtins called directly, against the relation in the vector. */
static void compare(const struct vec *v, long double a, long double b, char rel)
{
	int lt = rel == 'l', eq = rel == 'e', gt = rel == 'g', un = rel == 'u';
	int got = (a < b) == lt && (a <= b) == (lt || eq) && (a == b) == eq &&
	          (a != b) == !eq && (a > b) == gt && (a >= b) == (gt || eq) &&
	          isunordered(a, b) == un && isless(a, b) == lt &&
	          islessgreater(a, b) == (lt || gt) && isgreaterequal(a, b) == (gt || eq);
	int direct = (__eqtf2(a, b) == 0) == eq && (__netf2(a, b) != 0) == !eq &&
	             (__lttf2(a, b) < 0) == lt && (__letf2(a, b) <= 0) == (lt || eq) &&
	             (__gttf2(a, b) > 0) == gt && (__getf2(a, b) >= 0) == (gt || eq) &&
	             (__cmptf2(a, b) <= 0) == (lt || eq) && (__unordtf2(a, b) != 0) == un;
	if (!got)
		vec_fail(v, "comparison operators disagree", 0, 1);
	if (!direct)
		vec_fail(v, "comparison builtins disagree", 0, 1);
}

int main(void)
{
	struct vec v = {0};
	vec_open("/tests/builtins/binary128.txt");
	while (vec_next(&v)) {
		long double a = ld(v.f[0]), b = ld(v.f[1]);
		if (!strcmp(v.op, "add"))
			arith(&v, "a + b", a + b, __addtf3(a, b));
		else if (!strcmp(v.op, "sub"))
			arith(&v, "a - b", a - b, __subtf3(a, b));
		else if (!strcmp(v.op, "mul"))
			arith(&v, "a * b", a * b, __multf3(a, b));
		else if (!strcmp(v.op, "div"))
			arith(&v, "a / b", a / b, __divtf3(a, b));
		else if (!strcmp(v.op, "cmp"))
			compare(&v, a, b, v.tag[2]);
		else if (!strcmp(v.op, "neg")) {
			expect(&v, "-a", bits(-a), v.f[1]);
			expect(&v, "__negtf2(a)", bits(__negtf2(a)), v.f[1]);
		} else if (!strcmp(v.op, "powi")) {
			long double r = __builtin_powil(a, (int)v.f[1]);
			/* NaN results: any NaN (gcc returns a signaling NaN
			 * operand unquieted where this multiplies by 1). */
			if (!(isnan(r) && isnan(ld(v.f[2]))))
				expect(&v, "powil(a, n)", bits(r), v.f[2]);
		} else
			vec_fail(&v, "unknown operation", 0, 1);
	}
	return vec_result();
}

/* 128-bit integer multiplication, division, shifts, overflow-checked
 * multiplication, bit counts and comparisons against gcc's native
 * __int128 arithmetic on x86-64. */
#include "vectors.h"

u128 __udivmodti4(u128, u128, u128 *);
u128 __umodti3(u128, u128);
i128 __modti3(i128, i128);
i128 __divmodti4(i128, i128, i128 *);
long long __mulodi4(long long, long long, int *);
int __mulosi4(int, int, int *);
int __clzti2(i128);
int __ctzti2(i128);
int __ffsti2(i128);
int __popcountti2(i128);
int __parityti2(i128);
int __cmpti2(i128, i128);
int __ucmpti2(u128, u128);

#define IS(name) (!strcmp(v.op, name))

static void expect(const struct vec *v, const char *what, u128 got, u128 want, int digits)
{
	if (got != want)
		vec_fail(v, what, got, digits);
}

int main(void)
{
	struct vec v = {0};
	vec_open("/tests/builtins/int128.txt");
	while (vec_next(&v)) {
		u128 a = v.f[0], b = v.f[1], r;
		i128 sr;
		int o;
		if (IS("mul")) {
			expect(&v, "a * b", a * b, v.f[2], 32);
		} else if (IS("udivmod")) {
			expect(&v, "a / b", a / b, v.f[2], 32);
			expect(&v, "a % b", a % b, v.f[3], 32);
			expect(&v, "__umodti3", __umodti3(a, b), v.f[3], 32);
			expect(&v, "__udivmodti4 quotient", __udivmodti4(a, b, &r), v.f[2], 32);
			expect(&v, "__udivmodti4 remainder", r, v.f[3], 32);
		} else if (IS("divmod")) {
			expect(&v, "a / b", (u128)((i128)a / (i128)b), v.f[2], 32);
			expect(&v, "a % b", (u128)((i128)a % (i128)b), v.f[3], 32);
			expect(&v, "__modti3", (u128)__modti3(a, b), v.f[3], 32);
			expect(&v, "__divmodti4 quotient", (u128)__divmodti4(a, b, &sr), v.f[2], 32);
			expect(&v, "__divmodti4 remainder", (u128)sr, v.f[3], 32);
		} else if (IS("shifts")) {
			int n = (int)b;
			expect(&v, "a << n", a << n, v.f[2], 32);
			expect(&v, "a >> n", a >> n, v.f[3], 32);
			expect(&v, "(signed)a >> n", (u128)((i128)a >> n), v.f[4], 32);
		} else if (IS("mulo")) {
			o = __builtin_mul_overflow((i128)a, (i128)b, &sr);
			expect(&v, "mul_overflow product", (u128)sr, v.f[2], 32);
			expect(&v, "mul_overflow flag", (u128)o, v.f[3], 1);
		} else if (IS("mulodi")) {
			long long p = __mulodi4((long long)a, (long long)b, &o);
			expect(&v, "__mulodi4 product", (u64)p, v.f[2], 16);
			expect(&v, "__mulodi4 flag", (u128)o, v.f[3], 1);
		} else if (IS("mulosi")) {
			int p = __mulosi4((int)a, (int)b, &o);
			expect(&v, "__mulosi4 product", (unsigned)p, v.f[2], 8);
			expect(&v, "__mulosi4 flag", (u128)o, v.f[3], 1);
		} else if (IS("bits")) {
			expect(&v, "__clzti2", (u128)__clzti2(a), v.f[1], 2);
			expect(&v, "__ctzti2", (u128)__ctzti2(a), v.f[2], 2);
			expect(&v, "__ffsti2", (u128)__ffsti2(a), v.f[3], 2);
			expect(&v, "__popcountti2", (u128)__popcountti2(a), v.f[4], 2);
			expect(&v, "__parityti2", (u128)__parityti2(a), v.f[4] & 1, 1);
		} else if (IS("cmpti")) {
			expect(&v, "__cmpti2", (u128)__cmpti2(a, b), v.f[2], 1);
			expect(&v, "__ucmpti2", (u128)__ucmpti2(a, b), v.f[3], 1);
		} else {
			vec_fail(&v, "unknown operation", 0, 1);
		}
	}
	return vec_result();
}

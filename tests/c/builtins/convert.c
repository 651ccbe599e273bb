/* Conversions between long double, float, double, __fp16 and the integers
 * against gcc: every result bit for bit.  Where C leaves a conversion to an
 * integer undefined (out of range, NaN) the expected value is the builtins'
 * documented saturation (libc-top/builtins/convert.h). */
#include "vectors.h"

float __gnu_h2f_ieee(unsigned short);
unsigned short __gnu_f2h_ieee(float);
double __extendhfdf2(unsigned short);
long double __extendhftf2(unsigned short);

static long double ld(u128 b)
{
	long double x;
	memcpy(&x, &b, sizeof x);
	return x;
}

static u128 ld_bits(long double x)
{
	u128 b;
	memcpy(&b, &x, sizeof b);
	return b;
}

static float f32(u128 b)
{
	unsigned w = (unsigned)b;
	float x;
	memcpy(&x, &w, sizeof x);
	return x;
}

static u128 f32_bits(float x)
{
	unsigned w;
	memcpy(&w, &x, sizeof w);
	return w;
}

static double f64(u128 b)
{
	u64 w = (u64)b;
	double x;
	memcpy(&x, &w, sizeof x);
	return x;
}

static u128 f64_bits(double x)
{
	u64 w;
	memcpy(&w, &x, sizeof w);
	return w;
}

/* __fp16 is a storage format: values are loaded into and stored from
 * memory, where the conversions happen. */
#define FROM_F16(T, name) \
	static T name(u128 b) \
	{ \
		unsigned short w = (unsigned short)b; \
		__fp16 h; \
		memcpy(&h, &w, sizeof h); \
		return h; \
	}
FROM_F16(float, f16_to_f32)
FROM_F16(double, f16_to_f64)
FROM_F16(long double, f16_to_ld)

#define TO_F16(T, name) \
	static u128 name(T x) \
	{ \
		__fp16 h = x; \
		unsigned short w; \
		memcpy(&w, &h, sizeof w); \
		return w; \
	}
TO_F16(float, f32_to_f16)
TO_F16(double, f64_to_f16)
TO_F16(long double, ld_to_f16)

#define IS(name) (!strcmp(v.op, name))
#define EXPECT(what, got, digits) \
	do { \
		u128 g_ = (got); \
		if (g_ != v.f[1]) \
			vec_fail(&v, what, g_, digits); \
	} while (0)

int main(void)
{
	struct vec v = {0};
	vec_open("/tests/builtins/convert.txt");
	while (vec_next(&v)) {
		u128 x = v.f[0];
		if (IS("extsf"))
			EXPECT("(long double)float", ld_bits(f32(x)), 32);
		else if (IS("extdf"))
			EXPECT("(long double)double", ld_bits(f64(x)), 32);
		else if (IS("exthf")) {
			EXPECT("(long double)__fp16", ld_bits(f16_to_ld(x)), 32);
			EXPECT("__extendhftf2", ld_bits(__extendhftf2((unsigned short)x)), 32);
		} else if (IS("truncsf"))
			EXPECT("(float)long double", f32_bits((float)ld(x)), 8);
		else if (IS("truncdf"))
			EXPECT("(double)long double", f64_bits((double)ld(x)), 16);
		else if (IS("trunchf"))
			EXPECT("(__fp16)long double", ld_to_f16(ld(x)), 4);
		else if (IS("fixsi"))
			EXPECT("(int)long double", (unsigned)(int)ld(x), 8);
		else if (IS("fixdi"))
			EXPECT("(long long)long double", (u64)(long long)ld(x), 16);
		else if (IS("fixti"))
			EXPECT("(__int128)long double", (u128)(i128)ld(x), 32);
		else if (IS("fixunssi"))
			EXPECT("(unsigned)long double", (unsigned)ld(x), 8);
		else if (IS("fixunsdi"))
			EXPECT("(unsigned long long)long double", (u64)ld(x), 16);
		else if (IS("fixunsti"))
			EXPECT("(unsigned __int128)long double", (u128)ld(x), 32);
		else if (IS("floatsi"))
			EXPECT("(long double)int", ld_bits((long double)(int)x), 32);
		else if (IS("floatdi"))
			EXPECT("(long double)long long", ld_bits((long double)(long long)x), 32);
		else if (IS("floatti"))
			EXPECT("(long double)__int128", ld_bits((long double)(i128)x), 32);
		else if (IS("floatunsi"))
			EXPECT("(long double)unsigned", ld_bits((long double)(unsigned)x), 32);
		else if (IS("floatundi"))
			EXPECT("(long double)unsigned long long", ld_bits((long double)(u64)x), 32);
		else if (IS("floatunti"))
			EXPECT("(long double)unsigned __int128", ld_bits((long double)x), 32);
		else if (IS("hfsf")) {
			EXPECT("(float)__fp16", f32_bits(f16_to_f32(x)), 8);
			EXPECT("__gnu_h2f_ieee", f32_bits(__gnu_h2f_ieee((unsigned short)x)), 8);
		} else if (IS("hfdf")) {
			EXPECT("(double)__fp16", f64_bits(f16_to_f64(x)), 16);
			EXPECT("__extendhfdf2", f64_bits(__extendhfdf2((unsigned short)x)), 16);
		} else if (IS("sfhf")) {
			EXPECT("(__fp16)float", f32_to_f16(f32(x)), 4);
			EXPECT("__gnu_f2h_ieee", __gnu_f2h_ieee(f32(x)), 4);
		} else if (IS("dfhf"))
			EXPECT("(__fp16)double", f64_to_f16(f64(x)), 4);
		else if (IS("fixdfti"))
			EXPECT("(__int128)double", (u128)(i128)f64(x), 32);
		else if (IS("fixsfti"))
			EXPECT("(__int128)float", (u128)(i128)f32(x), 32);
		else if (IS("fixunsdfti"))
			EXPECT("(unsigned __int128)double", (u128)f64(x), 32);
		else if (IS("fixunssfti"))
			EXPECT("(unsigned __int128)float", (u128)f32(x), 32);
		else if (IS("floattidf"))
			EXPECT("(double)__int128", f64_bits((double)(i128)x), 16);
		else if (IS("floattisf"))
			EXPECT("(float)__int128", f32_bits((float)(i128)x), 8);
		else if (IS("floatuntidf"))
			EXPECT("(double)unsigned __int128", f64_bits((double)x), 16);
		else if (IS("floatuntisf"))
			EXPECT("(float)unsigned __int128", f32_bits((float)x), 8);
		else
			vec_fail(&v, "unknown operation", 0, 1);
	}
	return vec_result();
}

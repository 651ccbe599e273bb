/* Evaluates the functions of functions.h for accuracy.py: reads lines
   ":name" (select a function) or hex bit patterns of the arguments, and
   writes one line per evaluation with the hex bits of the result (of its
   real and imaginary parts for a complex one). An int argument is written
   in decimal, a complex one as its real and imaginary parts. */
#define _GNU_SOURCE
#include <complex.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fns.h"

static double getd(char **s)
{
	uint64_t u = strtoull(*s, s, 16);
	double x;
	memcpy(&x, &u, 8);
	return x;
}

static float getf(char **s)
{
	uint32_t u = strtoul(*s, s, 16);
	float x;
	memcpy(&x, &u, 4);
	return x;
}

static long double getl(char **s)
{
	while (**s == ' ')
		++*s;
	char hi[17];
	memcpy(hi, *s, 16);
	hi[16] = 0;
	uint64_t w[2];
	w[1] = strtoull(hi, 0, 16);
	w[0] = strtoull(*s + 16, s, 16);
	long double x;
	memcpy(&x, w, 16);
	return x;
}

static double complex getdc(char **s)
{
	double re = getd(s);
	return CMPLX(re, getd(s));
}

static float complex getfc(char **s)
{
	float re = getf(s);
	return CMPLXF(re, getf(s));
}

static long double complex getlc(char **s)
{
	long double re = getl(s);
	return CMPLXL(re, getl(s));
}

static void putd(double x)
{
	uint64_t u;
	memcpy(&u, &x, 8);
	printf("%016llx", (unsigned long long)u);
}

static void putf(float x)
{
	uint32_t u;
	memcpy(&u, &x, 4);
	printf("%08lx", (unsigned long)u);
}

static void putl(long double x)
{
	uint64_t w[2];
	memcpy(w, &x, 16);
	printf("%016llx%016llx", (unsigned long long)w[1],
	       (unsigned long long)w[0]);
}

static void putdc(double complex z)
{
	putd(creal(z));
	putchar(' ');
	putd(cimag(z));
}

static void putfc(float complex z)
{
	putf(crealf(z));
	putchar(' ');
	putf(cimagf(z));
}

static void putlc(long double complex z)
{
	putl(creall(z));
	putchar(' ');
	putl(cimagl(z));
}

typedef double complex dc;
typedef float complex fc;
typedef long double complex lc;

int main(void)
{
	static char line[512];
	const struct fn *f = 0;
	while (fgets(line, sizeof line, stdin)) {
		char *s = line;
		if (line[0] == ':') {
			line[strcspn(line, "\n")] = 0;
			f = 0;
			for (size_t i = 0; i < sizeof fns / sizeof *fns; i++)
				if (!strcmp(fns[i].name, line + 1))
					f = &fns[i];
			if (!f) {
				fprintf(stderr, "driver: unknown function %s\n", line + 1);
				return 1;
			}
			continue;
		}
		if (!f)
			return 1;
		switch (f->kind) {
		case D_D: { double a = getd(&s);
			putd(((double (*)(double))f->f)(a)); break; }
		case D_DD: { double a = getd(&s), b = getd(&s);
			putd(((double (*)(double, double))f->f)(a, b)); break; }
		case D_ID: { int n = strtol(s, &s, 10); double a = getd(&s);
			putd(((double (*)(int, double))f->f)(n, a)); break; }
		case D_DDD: { double a = getd(&s), b = getd(&s), c = getd(&s);
			putd(((double (*)(double, double, double))f->f)(a, b, c)); break; }
		case D_DN: { double a = getd(&s); long long n = strtoll(s, &s, 10);
			putd(((double (*)(double, long long))f->f)(a, n)); break; }
		case F_F: { float a = getf(&s);
			putf(((float (*)(float))f->f)(a)); break; }
		case F_FF: { float a = getf(&s), b = getf(&s);
			putf(((float (*)(float, float))f->f)(a, b)); break; }
		case F_IF: { int n = strtol(s, &s, 10); float a = getf(&s);
			putf(((float (*)(int, float))f->f)(n, a)); break; }
		case F_FFF: { float a = getf(&s), b = getf(&s), c = getf(&s);
			putf(((float (*)(float, float, float))f->f)(a, b, c)); break; }
		case F_FN: { float a = getf(&s); long long n = strtoll(s, &s, 10);
			putf(((float (*)(float, long long))f->f)(a, n)); break; }
		case L_L: { long double a = getl(&s);
			putl(((long double (*)(long double))f->f)(a)); break; }
		case L_LL: { long double a = getl(&s), b = getl(&s);
			putl(((long double (*)(long double, long double))f->f)(a, b)); break; }
		case L_LLL: { long double a = getl(&s), b = getl(&s), c = getl(&s);
			putl(((long double (*)(long double, long double, long double))f->f)(a, b, c)); break; }
		case L_LN: { long double a = getl(&s); long long n = strtoll(s, &s, 10);
			putl(((long double (*)(long double, long long))f->f)(a, n)); break; }
		case DC_DC: { dc a = getdc(&s); putdc(((dc (*)(dc))f->f)(a)); break; }
		case DC_DCDC: { dc a = getdc(&s), b = getdc(&s);
			putdc(((dc (*)(dc, dc))f->f)(a, b)); break; }
		case D_DC: { dc a = getdc(&s); putd(((double (*)(dc))f->f)(a)); break; }
		case FC_FC: { fc a = getfc(&s); putfc(((fc (*)(fc))f->f)(a)); break; }
		case FC_FCFC: { fc a = getfc(&s), b = getfc(&s);
			putfc(((fc (*)(fc, fc))f->f)(a, b)); break; }
		case F_FC: { fc a = getfc(&s); putf(((float (*)(fc))f->f)(a)); break; }
		case LC_LC: { lc a = getlc(&s); putlc(((lc (*)(lc))f->f)(a)); break; }
		case LC_LCLC: { lc a = getlc(&s), b = getlc(&s);
			putlc(((lc (*)(lc, lc))f->f)(a, b)); break; }
		case L_LC: { lc a = getlc(&s); putl(((long double (*)(lc))f->f)(a)); break; }
		}
		putchar('\n');
	}
	return 0;
}

#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>
#include "fmt.h"
#include "lenmod.h"


/* How an argument is taken from the va_list. The integer and pointer
   types are taken by their size: on the WebAssembly C ABI (and the
   usual others) a variadic argument of a 32-bit integer or pointer type
   is passed alike, whatever the type, and so is one of 64 bits. */
enum { A_NONE, A_32, A_64, A_DBL, A_LDBL };
#define A_SIZE_OF(t) (sizeof(t) == 4 ? A_32 : A_64)

/* An argument. Integers and pointers are kept as their bits, zero-
   extended, and given their type when converted. */
union arg {
	uintmax_t i;
	double f;
	long double ld;
	void *p;
};

/* The most positional arguments a format may use. POSIX asks for
   NL_ARGMAX (9); glibc takes any number; this is a generous middle. */
#define ARG_MAX_POS 31

struct spec {
	unsigned flags;
	int width, prec;     /* prec < 0: none */
	int width_arg;       /* width from '*': -1 next argument, n > 0 argument n, 0 none */
	int prec_arg;        /* likewise for the precision */
	int argn;            /* the value's argument number, 0 when sequential */
	int lm;
	int conv;
	int cls;             /* the value's A_ class, A_NONE for none */
};

/* A decimal number in a format; -1 if it exceeds INT_MAX. */
__attribute__((__noinline__))
static int parse_num(const char **s)
{
	int n = 0;

	for (; **s >= '0' && **s <= '9'; (*s)++) {
		int d = **s - '0';
		n = n < 0 || n > INT_MAX / 10 || (n == INT_MAX / 10 && d > INT_MAX % 10) ? -1 : 10 * n + d;
	}
	return n;
}

/* "n$" at *s: the argument number n, or 0 if *s does not start one.
   Callers look for a digit first: most specifications have none. */
__attribute__((__noinline__))
static int parse_pos(const char **s)
{
	const char *t = *s;
	int n = parse_num(&t);

	if (*t != '$' || n <= 0)
		return 0;
	*s = t + 1;
	return n;
}

/* A width or precision: '*' (-1 in *arg), '*n$' (n in *arg) or digits. */
__attribute__((__noinline__))
static int parse_field(const char **s, int *arg)
{
	*arg = 0;
	if (**s != '*')
		return parse_num(s);
	(*s)++;
	if (**s >= '1' && **s <= '9')
		*arg = parse_pos(s);
	if (!*arg)
		*arg = -1;
	return 0;
}

/* Parses the specification after a '%', leaving *s on its conversion
   character. Returns 0, or -1 if a number in it exceeds INT_MAX. */
static int parse_spec(const char **s, struct spec *sp)
{
	static const unsigned char int_class[] = {
		[LM_NONE] = A_SIZE_OF(int), [LM_HH] = A_SIZE_OF(int), [LM_H] = A_SIZE_OF(int),
		[LM_L] = A_SIZE_OF(long), [LM_LL] = A_SIZE_OF(long long),
		[LM_J] = A_SIZE_OF(intmax_t), [LM_Z] = A_SIZE_OF(size_t),
		[LM_T] = A_SIZE_OF(ptrdiff_t), [LM_BIGL] = A_SIZE_OF(long long),
	};
	const char *p = *s;
	int lm = LM_NONE;

	sp->argn = *p >= '1' && *p <= '9' ? parse_pos(&p) : 0;
	for (sp->flags = 0; ; p++) {
		switch (*p) {
		case '-': sp->flags |= FL_MINUS; continue;
		case '+': sp->flags |= FL_PLUS; continue;
		case ' ': sp->flags |= FL_SPACE; continue;
		case '#': sp->flags |= FL_ALT; continue;
		case '0': sp->flags |= FL_ZERO; continue;
		case '\'': sp->flags |= FL_GROUP; continue;
		}
		break;
	}
	sp->width = sp->width_arg = 0;
	if (*p == '*' || (*p >= '0' && *p <= '9'))
		sp->width = parse_field(&p, &sp->width_arg);
	if (sp->width < 0)
		return -1;
	sp->prec = -1;
	sp->prec_arg = 0;
	if (*p == '.') {
		p++;
		sp->prec = parse_field(&p, &sp->prec_arg);
		if (sp->prec < 0)
			return -1;
	}
	for (;; p++) {
		if (*p == 'h')
			lm = lm == LM_H ? LM_HH : LM_H;
		else if (*p == 'l')
			lm = lm == LM_L ? LM_LL : LM_L;
		else if (*p == 'q')
			lm = LM_LL;
		else if (*p == 'j')
			lm = LM_J;
		else if (*p == 'z' || *p == 'Z')
			lm = LM_Z;
		else if (*p == 't')
			lm = LM_T;
		else if (*p == 'L')
			lm = LM_BIGL;
		else
			break;
	}
	sp->lm = lm;
	sp->conv = *p;
	*s = p;
	switch (*p | 32) {
	case 'd': case 'i': case 'o': case 'u': case 'x':
		sp->cls = *p == 'D' || *p == 'I' || *p == 'O' || *p == 'U' ? A_NONE : int_class[lm];
		break;
	case 'c':
		sp->cls = *p == 'c' ? A_SIZE_OF(int) : A_NONE;
		break;
	case 's': case 'p': case 'n':
		sp->cls = *p & 32 ? A_SIZE_OF(void *) : A_NONE;
		break;
	case 'a': case 'e': case 'f': case 'g':
		sp->cls = lm == LM_BIGL ? A_LDBL : A_DBL;
		break;
	default:
		sp->cls = A_NONE;
	}
	return 0;
}

__attribute__((__noinline__))
static void fetch(union arg *a, int cls, va_list *ap)
{
	if (cls == A_32)
		a->i = va_arg(*ap, unsigned);
	else if (cls == A_64)
		a->i = va_arg(*ap, unsigned long long);
	else if (cls == A_DBL)
		a->f = va_arg(*ap, double);
	else if (cls == A_LDBL)
		a->ld = va_arg(*ap, long double);
}

/* The width in bits of the integer a length modifier names. */
static const unsigned char int_bits[] = {
	[LM_NONE] = 8 * sizeof(int), [LM_HH] = 8, [LM_H] = 8 * sizeof(short),
	[LM_L] = 8 * sizeof(long), [LM_LL] = 8 * sizeof(long long),
	[LM_J] = 8 * sizeof(intmax_t), [LM_Z] = 8 * sizeof(size_t),
	[LM_T] = 8 * sizeof(ptrdiff_t), [LM_BIGL] = 8 * sizeof(long long),
};

/* The digits of x in base 8, 10 or 16, written backwards ending at end;
   at least one digit. */
static char *fmt_u(uintmax_t x, char *end, int base, int upper)
{
	uint32_t y, q;

	if (base != 10) {
		do
			*--end = "0123456789abcdef0123456789ABCDEF"[(x & (base - 1)) + 16 * upper];
		while (x >>= (base == 8 ? 3 : 4));
		return end;
	}
	/* 32 bits at a time as soon as x fits them. */
	for (; x > UINT32_MAX; x /= 10)
		*--end = '0' + x % 10;
	for (y = x; y >= 10; y = q) {
		q = fmt_div10(y);
		*--end = '0' + (y - 10 * q);
	}
	*--end = '0' + y;
	return end;
}

/* d i o u x X p: [sign or 0x][zeros][digits], padded to the width. */
static int fmt_int(FILE *f, const struct spec *sp, const union arg *a)
{
	char buf[3 * sizeof(uintmax_t)], *end = buf + sizeof buf, *s, pre[2];
	size_t plen = 0, ndig, zeros = 0, len;
	unsigned fl = sp->flags, sh = 64 - int_bits[sp->lm];
	int prec = sp->prec, conv = sp->conv, base;
	uintmax_t u = a->i << sh;

	/* The argument's own bits, sign- or zero-extended by its type. */
	if (conv == 'p') {
		u = (uintptr_t)a->p;
		conv = 'x';
		fl |= FL_ALT;
	} else if ((conv == 'd' || conv == 'i') && (intmax_t)u < 0) {
		pre[plen++] = '-';
		u = -(uintmax_t)((intmax_t)u >> sh);
	} else {
		u >>= sh;
	}
	if ((conv == 'd' || conv == 'i' || sp->conv == 'p') && !plen && (fl & (FL_PLUS | FL_SPACE)))
		pre[plen++] = (fl & FL_PLUS) ? '+' : ' ';
	base = conv == 'o' ? 8 : (conv | 32) == 'x' ? 16 : 10;
	if (base == 16 && (fl & FL_ALT) && u) {
		pre[plen++] = '0';
		pre[plen++] = conv;
	}
	s = fmt_u(u, end, base, conv == 'X');
	/* C11 7.21.6.1p8: zero converted with precision 0 has no digits;
	   the 0 flag is ignored when there is a precision; '#' with o
	   raises the precision until the first digit is a 0. */
	if (!u && !prec)
		s = end;
	if (prec >= 0)
		fl &= ~FL_ZERO;
	else
		prec = 1;
	ndig = end - s;
	if (base == 8 && (fl & FL_ALT) && (size_t)prec <= ndig && (!ndig || *s != '0'))
		prec = ndig + 1;
	if ((size_t)prec > ndig)
		zeros = prec - ndig;
	len = plen + zeros + ndig;
	if (len > INT_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	__fmt_start(f, pre, plen, len, sp->width, fl);
	__fmt_pad(f, '0', zeros);
	__fmt_out(f, s, ndig);
	return __fmt_end(f, len, sp->width, fl);
}

/* %s %c and glibc's text for a null pointer: n bytes, padded with
   spaces (the 0 flag does not apply, as in glibc). */
__attribute__((__noinline__))
static int fmt_bytes(FILE *f, const struct spec *sp, const char *s, size_t n)
{
	unsigned fl = sp->flags & ~FL_ZERO;

	if (n > INT_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	__fmt_start(f, "", 0, n, sp->width, fl);
	__fmt_out(f, s, n);
	return __fmt_end(f, n, sp->width, fl);
}

/* %ls, and %lc as a string of one: the wide characters converted to
   multibyte, at most prec bytes and never part of a character. -1 (errno
   EILSEQ) on a character that has no multibyte form. */
__attribute__((__noinline__, __minsize__))
static int fmt_wstr(FILE *f, const struct spec *sp, const wchar_t *ws)
{
	char mb[MB_LEN_MAX];
	size_t n = 0, k, limit = sp->prec < 0 ? SIZE_MAX : (size_t)sp->prec;
	const wchar_t *p;
	unsigned fl = sp->flags & ~FL_ZERO;

	/* First the length, for the padding; then the bytes. */
	for (p = ws; *p; p++, n += k) {
		k = wcrtomb(mb, *p, 0);
		if (k == (size_t)-1)
			return -1;
		if (k > limit - n)
			break;
	}
	if (n > INT_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	__fmt_start(f, "", 0, n, sp->width, fl);
	for (p = ws, k = 0; k < n; p++) {
		size_t m = wcrtomb(mb, *p, 0);
		__fmt_out(f, mb, m);
		k += m;
	}
	return __fmt_end(f, n, sp->width, fl);
}

/* Takes the value of argument number n (positional) or the next one. */
__attribute__((__noinline__))
static void get_arg(union arg *a, int n, int cls, va_list *ap, const union arg *args)
{
	if (args)
		*a = args[n];
	else
		fetch(a, cls, ap);
}

static int format(FILE *f, const char *fmt, va_list *ap, const union arg *args)
{
	size_t cnt = 0, n;
	int r;
	struct spec sp;
	union arg a;
	const char *start;

	for (;;) {
		for (start = fmt; *fmt && *fmt != '%'; fmt++)
			;
		if (fmt > start) {
			__fmt_out(f, start, fmt - start);
			cnt += fmt - start;
		}
		if (!*fmt)
			break;
		start = fmt++;
		if (parse_spec(&fmt, &sp))
			goto overflow;
		if (*fmt)
			fmt++;

		if (sp.width_arg) {
			get_arg(&a, sp.width_arg, A_SIZE_OF(int), ap, args);
			sp.width = (int)a.i;
			if (sp.width < 0) {
				/* C11 7.21.6.1p5: a negative width is '-' and the
				   width. */
				if (sp.width == INT_MIN)
					goto overflow;
				sp.flags |= FL_MINUS;
				sp.width = -sp.width;
			}
		}
		if (sp.prec_arg) {
			get_arg(&a, sp.prec_arg, A_SIZE_OF(int), ap, args);
			sp.prec = (int)a.i < 0 ? -1 : (int)a.i;
		}
		get_arg(&a, sp.argn, sp.cls, ap, args);

		switch (sp.conv) {
		case 'd': case 'i': case 'o': case 'u': case 'x': case 'X':
			r = fmt_int(f, &sp, &a);
			break;
		case 'p':
			r = a.p ? fmt_int(f, &sp, &a) : fmt_bytes(f, &sp, "(nil)", 5);
			break;
		case 'c':
			if (sp.lm == LM_L) {
				wchar_t wc[2] = { (wchar_t)a.i, 0 };
				sp.prec = -1;
				r = fmt_wstr(f, &sp, wc);
			} else {
				char c = (char)a.i;
				r = fmt_bytes(f, &sp, &c, 1);
			}
			break;
		case 's':
			if (!a.p) {
				/* glibc's text for a null pointer, dropped when the
				   precision cannot hold it. */
				r = fmt_bytes(f, &sp, "(null)", sp.prec < 0 || sp.prec >= 6 ? 6 : 0);
			} else if (sp.lm == LM_L) {
				r = fmt_wstr(f, &sp, a.p);
			} else {
				const char *str = a.p;
				for (n = 0; (sp.prec < 0 || n < (size_t)sp.prec) && str[n]; n++)
					;
				r = fmt_bytes(f, &sp, str, n);
			}
			break;
		case 'n':
			__store_int(a.p, sp.lm, cnt);
			r = 0;
			break;
		case '%':
			__fmt_out(f, "%", 1);
			r = 1;
			break;
		case 'a': case 'A': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
			if (sp.lm == LM_BIGL)
				r = __fmt_ldouble(f, a.ld, sp.width, sp.prec, sp.flags, sp.conv);
			else
				r = __fmt_double(f, a.f, sp.width, sp.prec, sp.flags, sp.conv);
			break;
		default:
			/* An unknown conversion is printed as written, as glibc
			   does. */
			r = fmt - start;
			__fmt_out(f, start, r);
		}
		/* The conversions set errno when they fail. */
		if (r < 0)
			return -1;
		cnt += r;
		if (cnt > INT_MAX)
			goto overflow;
	}
	return cnt;
overflow:
	errno = EOVERFLOW;
	return -1;
}

/* POSIX positional arguments ("%n$"): the types of all the arguments
   are learnt from the whole format first, then they are taken from the
   va_list in order. Every argument up to the highest must be used, and
   every conversion must be positional. */
__attribute__((__noinline__, __minsize__))
static int format_positional(FILE *f, const char *fmt, va_list *ap)
{
	unsigned char cls[ARG_MAX_POS + 1] = { 0 };
	union arg args[ARG_MAX_POS + 1];
	struct spec sp;
	const char *s = fmt;
	int max = 0, i;

	while (*s) {
		if (*s++ != '%')
			continue;
		if (parse_spec(&s, &sp))
			goto inval;
		if (sp.conv == '%') {
			s++;
			continue;
		}
		if (!sp.argn || sp.width_arg < 0 || sp.prec_arg < 0 || !sp.cls
		    || sp.argn > ARG_MAX_POS || sp.width_arg > ARG_MAX_POS || sp.prec_arg > ARG_MAX_POS)
			goto inval;
		s++;
		cls[sp.argn] = sp.cls;
		cls[sp.width_arg] = A_SIZE_OF(int);
		cls[sp.prec_arg] = A_SIZE_OF(int);
		max = sp.argn > max ? sp.argn : max;
		max = sp.width_arg > max ? sp.width_arg : max;
		max = sp.prec_arg > max ? sp.prec_arg : max;
	}
	for (i = 1; i <= max; i++) {
		if (!cls[i])
			goto inval;
		fetch(&args[i], cls[i], ap);
	}
	return format(f, fmt, ap, args);
inval:
	errno = EINVAL;
	return -1;
}

int __vfprintf_core(FILE *f, const char *fmt, va_list *ap)
{
	unsigned err = f->flags & F_ERR;
	const char *s;
	int r = -1;

	f->flags &= ~F_ERR;
	if (f->wend || !__towrite(f)) {
		/* Positional or not is decided by the first conversion. */
		for (s = fmt; *s && (*s != '%' || s[1] == '%'); s += 1 + (*s == '%'))
			;
		s += !!*s;
		r = *s >= '1' && *s <= '9' && parse_pos(&s) ? format_positional(f, fmt, ap) : format(f, fmt, ap, 0);
	}
	/* C11 7.21.6.1p15: an output error makes the result negative. */
	if (f->flags & F_ERR)
		r = -1;
	f->flags |= err;
	return r;
}

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	va_list ap2;
	int r;

	va_copy(ap2, ap);
	FLOCK(f);
	r = __vfprintf_core(f, fmt, &ap2);
	FUNLOCK(f);
	va_end(ap2);
	return r;
}

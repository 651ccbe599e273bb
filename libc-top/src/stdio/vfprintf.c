#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>
#include "fmt.h"

/* Length modifiers (C11 7.21.6.1p7); 'L' on an integer conversion means
   long long, as in glibc. */
enum { LM_NONE, LM_HH, LM_H, LM_L, LM_LL, LM_J, LM_Z, LM_T, LM_BIGL };

/* How an argument is taken from the va_list: by its promoted type. */
enum { A_NONE, A_INT, A_LONG, A_LLONG, A_INTMAX, A_SIZE, A_PTRDIFF, A_PTR, A_DBL, A_LDBL };

/* An argument; integers are kept as the bits of their own type,
   zero-extended, and given their signedness when converted. */
union arg {
	uintmax_t i;
	double f;
	long double ld;
	void *p;
};

/* The most positional arguments a format may use. POSIX asks for
   NL_ARGMAX (9); glibc takes any number; this is a generous middle. */
#define ARG_MAX_POS 128

struct spec {
	unsigned flags;
	int width, prec;     /* prec < 0: none */
	int width_arg;       /* width from '*': -1 next argument, n > 0 argument n, 0 none */
	int prec_arg;        /* likewise for the precision */
	int argn;            /* the value's argument number, 0 when sequential */
	int lm;
	int conv;
};

/* A decimal number in a format; -1 if it exceeds INT_MAX. */
static int parse_num(const char **s)
{
	int n = 0;

	for (; **s >= '0' && **s <= '9'; (*s)++) {
		if (n < 0 || n > (INT_MAX - (**s - '0')) / 10)
			n = -1;
		else
			n = 10 * n + (**s - '0');
	}
	return n;
}

/* "n$" at *s: the argument number n, or 0 if *s does not start one. */
static int parse_pos(const char **s)
{
	const char *t = *s;
	int n;

	if (*t < '1' || *t > '9')
		return 0;
	n = parse_num(&t);
	if (*t != '$' || n < 0)
		return 0;
	*s = t + 1;
	return n;
}

/* A width or precision given as '*' or '*n$'. */
static int parse_star(const char **s)
{
	int n;

	if (**s != '*')
		return 0;
	(*s)++;
	n = parse_pos(s);
	return n ? n : -1;
}

/* Parses the specification after a '%'. Returns the character after it,
   or a null pointer if the specification is malformed (a number too
   large); an unknown conversion character is left for the caller. */
static const char *parse_spec(const char *s, struct spec *sp)
{
	sp->argn = parse_pos(&s);
	sp->flags = 0;
	for (;; s++) {
		if (*s == '-')
			sp->flags |= FL_MINUS;
		else if (*s == '+')
			sp->flags |= FL_PLUS;
		else if (*s == ' ')
			sp->flags |= FL_SPACE;
		else if (*s == '#')
			sp->flags |= FL_ALT;
		else if (*s == '0')
			sp->flags |= FL_ZERO;
		else if (*s == '\'')
			sp->flags |= FL_GROUP;
		else
			break;
	}
	sp->width = 0;
	sp->width_arg = parse_star(&s);
	if (!sp->width_arg && (sp->width = parse_num(&s)) < 0)
		return 0;
	sp->prec = -1;
	sp->prec_arg = 0;
	if (*s == '.') {
		s++;
		sp->prec_arg = parse_star(&s);
		if (!sp->prec_arg && (sp->prec = parse_num(&s)) < 0)
			return 0;
	}
	sp->lm = LM_NONE;
	switch (*s) {
	case 'h':
		sp->lm = s[1] == 'h' ? (s++, LM_HH) : LM_H;
		s++;
		break;
	case 'l':
		sp->lm = s[1] == 'l' ? (s++, LM_LL) : LM_L;
		s++;
		break;
	case 'q':
		sp->lm = LM_LL;
		s++;
		break;
	case 'j':
		sp->lm = LM_J;
		s++;
		break;
	case 'z':
	case 'Z':
		sp->lm = LM_Z;
		s++;
		break;
	case 't':
		sp->lm = LM_T;
		s++;
		break;
	case 'L':
		sp->lm = LM_BIGL;
		s++;
		break;
	}
	sp->conv = *s;
	return s;
}

/* The argument type of a conversion, A_NONE if it takes none or is
   unknown. */
static int arg_class(int conv, int lm)
{
	static const unsigned char int_class[] = {
		[LM_NONE] = A_INT, [LM_HH] = A_INT, [LM_H] = A_INT,
		[LM_L] = A_LONG, [LM_LL] = A_LLONG, [LM_J] = A_INTMAX,
		[LM_Z] = A_SIZE, [LM_T] = A_PTRDIFF, [LM_BIGL] = A_LLONG,
	};

	switch (conv) {
	case 'd': case 'i': case 'o': case 'u': case 'x': case 'X':
		return int_class[lm];
	case 'c':
		return A_INT;
	case 's': case 'p': case 'n':
		return A_PTR;
	case 'a': case 'A': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
		return lm == LM_BIGL ? A_LDBL : A_DBL;
	}
	return A_NONE;
}

static void fetch(union arg *a, int cls, va_list *ap)
{
	switch (cls) {
	case A_INT:
		a->i = (unsigned)va_arg(*ap, int);
		break;
	case A_LONG:
		a->i = (unsigned long)va_arg(*ap, long);
		break;
	case A_LLONG:
		a->i = (unsigned long long)va_arg(*ap, long long);
		break;
	case A_INTMAX:
		a->i = va_arg(*ap, uintmax_t);
		break;
	case A_SIZE:
		a->i = va_arg(*ap, size_t);
		break;
	case A_PTRDIFF:
		a->i = (size_t)va_arg(*ap, ptrdiff_t);
		break;
	case A_PTR:
		a->p = va_arg(*ap, void *);
		break;
	case A_DBL:
		a->f = va_arg(*ap, double);
		break;
	case A_LDBL:
		a->ld = va_arg(*ap, long double);
		break;
	}
}

static uintmax_t as_unsigned(uintmax_t i, int lm)
{
	switch (lm) {
	case LM_HH:
		return (unsigned char)i;
	case LM_H:
		return (unsigned short)i;
	case LM_NONE:
		return (unsigned)i;
	case LM_L:
		return (unsigned long)i;
	case LM_Z:
	case LM_T:
		return (size_t)i;
	}
	return i;
}

static intmax_t as_signed(uintmax_t i, int lm)
{
	switch (lm) {
	case LM_HH:
		return (signed char)i;
	case LM_H:
		return (short)i;
	case LM_NONE:
		return (int)i;
	case LM_L:
		return (long)i;
	case LM_Z:
	case LM_T:
		return (ptrdiff_t)i;
	}
	return (intmax_t)i;
}

static void store_count(void *p, int lm, size_t n)
{
	switch (lm) {
	case LM_HH:
		*(signed char *)p = n;
		break;
	case LM_H:
		*(short *)p = n;
		break;
	case LM_L:
		*(long *)p = n;
		break;
	case LM_LL:
	case LM_BIGL:
		*(long long *)p = n;
		break;
	case LM_J:
		*(intmax_t *)p = n;
		break;
	case LM_Z:
	case LM_T:
		*(ptrdiff_t *)p = n;
		break;
	default:
		*(int *)p = n;
	}
}

static const char digit_pairs[200] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

/* The digits of x, written backwards ending at end. */
static char *fmt_dec(uintmax_t x, char *end)
{
	unsigned long y;

	/* Most values fit in a long; wider ones shed 32-bit-sized chunks
	   first, so the pairs loop runs on the narrow type. */
	while (x > ULONG_MAX) {
		unsigned long r = x % 100000000;
		int i;

		x /= 100000000;
		for (i = 0; i < 4; i++, r /= 100)
			memcpy(end -= 2, digit_pairs + 2 * (r % 100), 2);
	}
	for (y = x; y >= 100; y /= 100)
		memcpy(end -= 2, digit_pairs + 2 * (y % 100), 2);
	if (y >= 10)
		memcpy(end -= 2, digit_pairs + 2 * y, 2);
	else
		*--end = '0' + y;
	return end;
}

static char *fmt_hex(uintmax_t x, char *end, int upper)
{
	const char *xd = upper ? "0123456789ABCDEF" : "0123456789abcdef";

	for (; x; x >>= 4)
		*--end = xd[x & 15];
	return end;
}

static char *fmt_oct(uintmax_t x, char *end)
{
	for (; x; x >>= 3)
		*--end = '0' + (x & 7);
	return end;
}

/* Fails a conversion whose output would not fit in an int. */
static int too_long(void)
{
	errno = EOVERFLOW;
	return -1;
}

/* d i o u x X p: [sign][prefix][zeros][digits], padded to the width. */
static int fmt_int(FILE *f, const struct spec *sp, const union arg *a)
{
	char buf[3 * sizeof(uintmax_t)], *end = buf + sizeof buf, *s;
	const char *prefix = "";
	size_t plen = 0, ndig, zeros = 0, len;
	unsigned fl = sp->flags;
	int prec = sp->prec;
	uintmax_t u;
	char sign = 0;

	switch (sp->conv) {
	case 'p':
		u = (uintptr_t)a->p;
		s = fmt_hex(u, end, 0);
		prefix = "0x";
		plen = 2;
		break;
	case 'x':
	case 'X':
		u = as_unsigned(a->i, sp->lm);
		s = fmt_hex(u, end, sp->conv == 'X');
		if ((fl & FL_ALT) && u) {
			prefix = sp->conv == 'X' ? "0X" : "0x";
			plen = 2;
		}
		break;
	case 'o':
		u = as_unsigned(a->i, sp->lm);
		s = fmt_oct(u, end);
		break;
	case 'u':
		u = as_unsigned(a->i, sp->lm);
		s = fmt_dec(u, end);
		break;
	default: {
		intmax_t v = as_signed(a->i, sp->lm);
		u = v < 0 ? -(uintmax_t)v : (uintmax_t)v;
		if (v < 0)
			sign = '-';
		s = fmt_dec(u, end);
	}
	}
	if (sp->conv != 'u' && sp->conv != 'o' && sp->conv != 'x' && sp->conv != 'X' && !sign)
		sign = (fl & FL_PLUS) ? '+' : (fl & FL_SPACE) ? ' ' : 0;
	/* C11 7.21.6.1p8: zero converted with precision 0 has no digits;
	   the 0 flag is ignored when there is a precision. */
	if (!u && !prec)
		s = end;
	if (prec >= 0)
		fl &= ~FL_ZERO;
	if (prec < 0)
		prec = 1;
	ndig = end - s;
	/* '#' with o: the precision grows until the first digit is a 0. */
	if (sp->conv == 'o' && (fl & FL_ALT) && (size_t)prec <= ndig)
		prec = ndig + 1;
	if ((size_t)prec > ndig)
		zeros = prec - ndig;
	len = !!sign + plen + zeros + ndig;
	if (len > INT_MAX)
		return too_long();
	if ((fl & FL_ZERO) && !(fl & FL_MINUS) && (size_t)sp->width > len) {
		zeros += sp->width - len;
		len = sp->width;
	}
	fmt_pad_left(f, sp->width, len, fl);
	if (sign)
		fmt_out(f, &sign, 1);
	fmt_out(f, prefix, plen);
	__fmt_pad(f, '0', zeros);
	fmt_out(f, s, ndig);
	fmt_pad_right(f, sp->width, len, fl);
	return len > (size_t)sp->width ? len : (size_t)sp->width;
}

/* s c, and the strings that stand for a null pointer: n bytes of s,
   padded with spaces (the 0 flag does not apply, as in glibc). */
static int fmt_bytes(FILE *f, const struct spec *sp, const char *s, size_t n)
{
	if (n > INT_MAX)
		return too_long();
	fmt_pad_left(f, sp->width, n, sp->flags & ~FL_ZERO);
	fmt_out(f, s, n);
	fmt_pad_right(f, sp->width, n, sp->flags);
	return n > (size_t)sp->width ? n : (size_t)sp->width;
}

/* %ls: the wide string converted to multibyte, at most prec bytes and
   never part of a character. -1 on an unconvertible character. */
static int fmt_wstr(FILE *f, const struct spec *sp, const wchar_t *ws)
{
	char mb[MB_LEN_MAX];
	size_t n = 0, k, limit = sp->prec < 0 ? SIZE_MAX : (size_t)sp->prec;
	const wchar_t *p;
	mbstate_t st = { 0 };

	/* First the length, for the padding; then the bytes. */
	for (p = ws; *p; p++) {
		k = wcrtomb(mb, *p, &st);
		if (k == (size_t)-1)
			return -1;
		if (k > limit - n)
			break;
		n += k;
	}
	if (n > INT_MAX)
		return too_long();
	fmt_pad_left(f, sp->width, n, sp->flags & ~FL_ZERO);
	for (p = ws, k = 0; k < n; p++) {
		size_t m = wcrtomb(mb, *p, &st);
		fmt_out(f, mb, m);
		k += m;
	}
	fmt_pad_right(f, sp->width, n, sp->flags);
	return n > (size_t)sp->width ? n : (size_t)sp->width;
}

/* Takes the value of argument number n (positional) or the next one. */
static void get_arg(union arg *a, int n, int cls, va_list *ap, const union arg *args)
{
	if (args)
		*a = args[n];
	else
		fetch(a, cls, ap);
}

static int format(FILE *f, const char *fmt, va_list *ap, const union arg *args)
{
	size_t cnt = 0;
	int r;
	struct spec sp;
	union arg a;
	const char *s, *start;

	for (;;) {
		for (start = fmt; *fmt && *fmt != '%'; fmt++)
			;
		if (fmt > start) {
			fmt_out(f, start, fmt - start);
			cnt += fmt - start;
		}
		if (!*fmt)
			break;
		start = fmt;
		s = parse_spec(fmt + 1, &sp);
		if (!s)
			goto overflow;
		fmt = *s ? s + 1 : s;

		if (sp.width_arg) {
			get_arg(&a, sp.width_arg, A_INT, ap, args);
			sp.width = (int)a.i;
			if (sp.width < 0) {
				if (sp.width == INT_MIN)
					goto overflow;
				sp.flags |= FL_MINUS;
				sp.width = -sp.width;
			}
		}
		if (sp.prec_arg) {
			get_arg(&a, sp.prec_arg, A_INT, ap, args);
			sp.prec = (int)a.i;
			/* A negative precision is taken as if omitted. */
			if (sp.prec < 0)
				sp.prec = -1;
		}
		if (sp.conv != '%')
			get_arg(&a, sp.argn, arg_class(sp.conv, sp.lm), ap, args);

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
			if (sp.lm == LM_L && a.p) {
				r = fmt_wstr(f, &sp, a.p);
			} else if (a.p) {
				const char *str = a.p;
				r = fmt_bytes(f, &sp, str, sp.prec < 0 ? strlen(str) : strnlen(str, sp.prec));
			} else {
				/* glibc's rendering of a null pointer, dropped when the
				   precision cannot hold it. */
				r = fmt_bytes(f, &sp, "(null)", sp.prec < 0 || sp.prec >= 6 ? 6 : 0);
			}
			break;
		case 'n':
			store_count(a.p, sp.lm, cnt);
			r = 0;
			break;
		case '%':
			fmt_out(f, "%", 1);
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
			fmt_out(f, start, fmt - start);
			r = fmt - start;
		}
		/* The conversions set errno when they fail. */
		if (r < 0)
			return -1;
		cnt += r;
		if (cnt > INT_MAX)
			goto overflow;
	}
	if (cnt > INT_MAX)
		goto overflow;
	return cnt;
overflow:
	errno = EOVERFLOW;
	return -1;
}

/* POSIX positional arguments ("%n$"): the types of all the arguments
   are learnt from the whole format first, then they are taken from the
   va_list in order. Every argument up to the highest must be used. */
static int format_positional(FILE *f, const char *fmt, va_list *ap)
{
	unsigned char cls[ARG_MAX_POS + 1] = { 0 };
	union arg args[ARG_MAX_POS + 1];
	struct spec sp;
	const char *s;
	int max = 0, i, c;

	for (s = fmt; (s = strchr(s, '%')); ) {
		s = parse_spec(s + 1, &sp);
		if (!s)
			goto inval;
		if (sp.conv == '%') {
			s++;
			continue;
		}
		c = arg_class(sp.conv, sp.lm);
		if (!sp.argn || sp.width_arg < 0 || sp.prec_arg < 0 || !c)
			goto inval;
		if (sp.argn > ARG_MAX_POS || sp.width_arg > ARG_MAX_POS || sp.prec_arg > ARG_MAX_POS)
			goto inval;
		cls[sp.argn] = c;
		cls[sp.width_arg] = A_INT;
		cls[sp.prec_arg] = A_INT;
		max = sp.argn > max ? sp.argn : max;
		max = sp.width_arg > max ? sp.width_arg : max;
		max = sp.prec_arg > max ? sp.prec_arg : max;
		s++;
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

/* Whether the first conversion of the format is positional; POSIX does
   not let a format mix the two kinds. */
static int is_positional(const char *fmt)
{
	for (; (fmt = strchr(fmt, '%')); fmt += 2) {
		if (fmt[1] != '%') {
			fmt++;
			return parse_pos(&fmt) > 0;
		}
	}
	return 0;
}

int __vfprintf_core(FILE *f, const char *fmt, va_list *ap)
{
	unsigned err = f->flags & F_ERR;
	int r;

	f->flags &= ~F_ERR;
	if (!f->wend && __towrite(f))
		r = -1;
	else
		r = is_positional(fmt) ? format_positional(f, fmt, ap) : format(f, fmt, ap, 0);
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

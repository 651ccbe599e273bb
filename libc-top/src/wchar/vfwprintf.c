#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "stdio_impl.h"

/* The wide printf. Literal text goes out character by character; each
   conversion is parsed here, its argument taken here (so that "%n$"
   positional arguments work as in printf), and then either formatted by
   the byte printf, when its output is ASCII (numbers, pointers, "%%"), or
   done here, where the wide functions count characters rather than
   bytes: %c %s %lc %ls and %n (C11 7.29.2.1). */

enum { A_NONE, A_INT, A_LONG, A_LLONG, A_PTR, A_DBL, A_LDBL };

#define ARG_MAX_POS 31

union warg {
	long long i;
	long l;
	int n;
	void *p;
	double f;
	long double ld;
};

struct wspec {
	char text[40];   /* the specification as a byte format "%flags*.*lc" */
	int width, prec; /* the width (negative: left-justified) and precision */
	int width_arg, prec_arg, argn; /* as in printf: -1 next, n > 0 positional */
	int lm, conv, cls;
};

/* Parses the specification after '%' into sp; returns the character
   after it, or a null pointer if it is malformed. */
static const wchar_t *parse(const wchar_t *s, struct wspec *sp)
{
	char *t = sp->text;
	const wchar_t *q;
	int n;

	*t++ = '%';
	sp->argn = sp->width_arg = sp->prec_arg = 0;
	sp->width = 0;
	sp->prec = -1;
	for (n = 0, q = s; *q >= '0' && *q <= '9'; q++)
		n = n < INT_MAX / 10 ? 10 * n + (*q - '0') : INT_MAX;
	if (*q == '$' && n) {
		sp->argn = n;
		s = q + 1;
	}
	for (; *s && wcschr(L"-+ #0'", *s) && t < sp->text + 12; s++)
		*t++ = *s;
	/* width and precision always go as arguments */
	memcpy(t, "*.*", 3);
	t += 3;
	for (n = 0; n < 2; n++) {
		int *val = n ? &sp->prec : &sp->width, *arg = n ? &sp->prec_arg : &sp->width_arg, v = 0;
		if (n) {
			if (*s != '.')
				break;
			s++;
			v = 0;
			*val = 0;
		}
		if (*s == '*') {
			s++;
			for (v = 0; *s >= '0' && *s <= '9'; s++)
				v = v < INT_MAX / 10 ? 10 * v + (*s - '0') : INT_MAX;
			if (v && *s != '$')
				return 0;
			s += v != 0;
			*arg = v ? v : -1;
		} else {
			for (; *s >= '0' && *s <= '9'; s++)
				v = v < INT_MAX / 10 ? 10 * v + (*s - '0') : INT_MAX;
			*val = v;
		}
	}
	sp->lm = 0;
	for (; *s && wcschr(L"hljztLqZ", *s) && t < sp->text + sizeof sp->text - 4; s++) {
		*t++ = *s;
		/* hh is 'H', ll, q and L are 'q' */
		sp->lm = *s == 'l' && sp->lm == 'l' ? 'q' : *s == 'h' && sp->lm == 'h' ? 'H' : *s == 'L' ? 'q' : *s;
	}
	sp->conv = *s;
	if (!*s)
		return 0;
	if (wcschr(L"diouxX", *s))
		sp->cls = sp->lm == 'q' || sp->lm == 'j' ? A_LLONG : sp->lm == 'l' ? A_LONG : A_INT;
	else if (wcschr(L"aAeEfFgG", *s))
		sp->cls = *(t - 1) == 'L' ? A_LDBL : A_DBL;
	else if (*s == 'c')
		sp->cls = A_INT;
	else if (*s == 's' || *s == 'p' || *s == 'n')
		sp->cls = A_PTR;
	else if (*s == '%')
		sp->cls = A_NONE;
	else
		return 0;
	/* z and t are long on wasm32, j is long long. */
	if (sp->cls == A_INT && (sp->lm == 'z' || sp->lm == 'Z' || sp->lm == 't'))
		sp->cls = sizeof(size_t) == sizeof(long) ? A_LONG : A_LLONG;
	*t++ = (char)*s;
	*t = 0;
	return s + 1;
}

static void fetch(union warg *a, int cls, va_list *ap)
{
	switch (cls) {
	case A_INT:
		a->n = va_arg(*ap, int);
		break;
	case A_LONG:
		a->l = va_arg(*ap, long);
		break;
	case A_LLONG:
		a->i = va_arg(*ap, long long);
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

/* Writes n spaces. */
static int pad(FILE *f, int n)
{
	for (; n > 0; n--)
		if (__fputwc_unlocked(L' ', f) == (wint_t)WEOF)
			return -1;
	return 0;
}

/* %s %ls %c %lc: n wide characters from ws (or, if ws is null, from the
   multibyte string mb), padded to the width in characters. */
static int put_text(FILE *f, const struct wspec *sp, const wchar_t *ws, const char *mb, size_t n)
{
	mbstate_t st = { 0 };
	size_t i, k;
	wchar_t wc;

	int left = sp->width < 0 || strchr(sp->text, '-'), width = sp->width < 0 ? -sp->width : sp->width;

	if (width < 0)
		width = INT_MAX;
	if (!left && pad(f, width - (int)n))
		return -1;
	for (i = 0; i < n; i++) {
		if (ws) {
			wc = ws[i];
		} else {
			k = mbrtowc(&wc, mb, MB_LEN_MAX, &st);
			mb += k ? k : 1;
		}
		if (__fputwc_unlocked(wc, f) == (wint_t)WEOF)
			return -1;
	}
	if (left && pad(f, width - (int)n))
		return -1;
	return n > (size_t)width ? (int)n : width;
}

static int wformat(FILE *f, const wchar_t *fmt, va_list *ap, union warg *args)
{
	struct wspec sp;
	union warg a, w;
	size_t cnt = 0, n;
	mbstate_t st;
	wchar_t wc[2];
	int r;

	while (*fmt) {
		if (*fmt != '%') {
			if (__fputwc_unlocked(*fmt++, f) == (wint_t)WEOF)
				return -1;
			cnt++;
			continue;
		}
		fmt = parse(fmt + 1, &sp);
		if (!fmt) {
			errno = EINVAL;
			return -1;
		}
		if (sp.width_arg) {
			if (args)
				w = args[sp.width_arg];
			else
				fetch(&w, A_INT, ap);
			sp.width = w.n;
		}
		if (sp.prec_arg) {
			if (args)
				w = args[sp.prec_arg];
			else
				fetch(&w, A_INT, ap);
			sp.prec = w.n < 0 ? -1 : w.n;
		}
		if (args)
			a = args[sp.argn];
		else
			fetch(&a, sp.cls, ap);
		switch (sp.conv) {
		case 'c':
			wc[0] = sp.lm == 'l' ? (wchar_t)a.n : (wchar_t)btowc(a.n);
			r = put_text(f, &sp, wc, 0, 1);
			break;
		case 's':
			if (!a.p) {
				r = put_text(f, &sp, L"(null)", 0, sp.prec < 0 || sp.prec >= 6 ? 6 : 0);
			} else if (sp.lm == 'l') {
				n = sp.prec < 0 ? wcslen(a.p) : wcsnlen(a.p, sp.prec);
				r = put_text(f, &sp, a.p, 0, n);
			} else {
				/* The characters of the multibyte string, up to the
				   precision. */
				const char *mb = a.p;
				size_t k;
				st = (mbstate_t){ 0 };
				for (n = 0; *mb && (sp.prec < 0 || n < (size_t)sp.prec); n++) {
					k = mbrtowc(wc, mb, MB_LEN_MAX, &st);
					if (k == (size_t)-1 || k == (size_t)-2)
						return -1;
					mb += k;
				}
				r = put_text(f, &sp, 0, a.p, n);
			}
			break;
		case 'n':
			if (sp.lm == 'H')
				*(signed char *)a.p = cnt;
			else if (sp.lm == 'h')
				*(short *)a.p = cnt;
			else if (sp.lm == 'l' || sp.lm == 'z' || sp.lm == 't')
				*(long *)a.p = cnt;
			else if (sp.lm == 'q' || sp.lm == 'j')
				*(long long *)a.p = cnt;
			else
				*(int *)a.p = cnt;
			r = 0;
			break;
		default:
			/* ASCII output: the byte printf writes it to the stream. */
			switch (sp.cls) {
			case A_INT:
				r = fprintf(f, sp.text, sp.width, sp.prec, a.n);
				break;
			case A_LONG:
				r = fprintf(f, sp.text, sp.width, sp.prec, a.l);
				break;
			case A_LLONG:
				r = fprintf(f, sp.text, sp.width, sp.prec, a.i);
				break;
			case A_PTR:
				r = fprintf(f, sp.text, sp.width, sp.prec, a.p);
				break;
			case A_DBL:
				r = fprintf(f, sp.text, sp.width, sp.prec, a.f);
				break;
			case A_LDBL:
				r = fprintf(f, sp.text, sp.width, sp.prec, a.ld);
				break;
			default:
				r = fprintf(f, "%%");
			}
		}
		if (r < 0)
			return -1;
		cnt += r;
		if (cnt > INT_MAX) {
			errno = EOVERFLOW;
			return -1;
		}
	}
	return cnt;
}

/* POSIX positional arguments: all their types are learnt from the whole
   format first, as in printf. */
static int wformat_positional(FILE *f, const wchar_t *fmt, va_list *ap)
{
	unsigned char cls[ARG_MAX_POS + 1] = { 0 };
	union warg args[ARG_MAX_POS + 1];
	struct wspec sp;
	const wchar_t *s = fmt;
	int max = 0, i;

	while (*s) {
		if (*s++ != '%')
			continue;
		s = parse(s, &sp);
		if (!s || (sp.cls && !sp.argn) || sp.width_arg < 0 || sp.prec_arg < 0
		    || sp.argn > ARG_MAX_POS || sp.width_arg > ARG_MAX_POS || sp.prec_arg > ARG_MAX_POS)
			goto inval;
		cls[sp.argn] = sp.cls;
		cls[sp.width_arg] = A_INT;
		cls[sp.prec_arg] = A_INT;
		max = sp.argn > max ? sp.argn : max;
		max = sp.width_arg > max ? sp.width_arg : max;
		max = sp.prec_arg > max ? sp.prec_arg : max;
	}
	for (i = 1; i <= max; i++) {
		if (!cls[i])
			goto inval;
		fetch(&args[i], cls[i], ap);
	}
	return wformat(f, fmt, ap, args);
inval:
	errno = EINVAL;
	return -1;
}

int vfwprintf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap)
{
	const wchar_t *s;
	unsigned err;
	va_list ap2;
	int r = -1;

	va_copy(ap2, ap);
	FLOCK(f);
	err = f->flags & F_ERR;
	f->flags &= ~F_ERR;
	if (!f->orient)
		f->orient = 1;
	if (f->wend || !__towrite(f)) {
		/* Positional or not is decided by the first conversion. */
		for (s = fmt; *s && (*s != '%' || s[1] == '%'); s += 1 + (*s == '%'))
			;
		for (s += !!*s; *s >= '0' && *s <= '9'; s++)
			;
		r = *s == '$' ? wformat_positional(f, fmt, &ap2) : wformat(f, fmt, &ap2, 0);
	}
	if (f->flags & F_ERR)
		r = -1;
	f->flags |= err;
	FUNLOCK(f);
	va_end(ap2);
	return r;
}

#define _GNU_SOURCE
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "floatscan.h"
#include "intscan.h"
#include "lenmod.h"

static int is_space(int c)
{
	return c == ' ' || (unsigned)(c - '\t') < 5;
}

/* Positional arguments ("%n$", POSIX): every argument is a pointer, so
   argument n is found by skipping n - 1 of them from the start. */
static void *arg_n(va_list *first, int n)
{
	va_list ap;
	void *p = 0;

	va_copy(ap, *first);
	while (n--)
		p = va_arg(ap, void *);
	va_end(ap);
	return p;
}

/* Whether c is in the scanset that starts after "[" at *set ("^" negates,
   a leading ']' is a member, "a-z" is a range, glibc's reading of the
   implementation-defined '-'). */
static int in_set(const unsigned char *set, int c)
{
	int neg = *set == '^', in = 0;
	const unsigned char *p = set + neg;

	if (*p == ']') {
		in = c == ']';
		p++;
	}
	for (; *p && *p != ']'; p++) {
		if (p[1] == '-' && p[2] && p[2] != ']') {
			in |= c >= p[0] && c <= p[2];
			p += 2;
		} else {
			in |= c == *p;
		}
	}
	return in != neg;
}

/* The end of a scanset (its ']'), or a null pointer. */
static const unsigned char *set_end(const unsigned char *set)
{
	const unsigned char *p = set + (*set == '^');

	if (*p == ']')
		p++;
	while (*p && *p != ']')
		p++;
	return *p ? p : 0;
}

/* Appends the byte or wide character c to a %s, %c or %[ destination,
   growing it when it was allocated by 'm'. Returns 0 when out of memory. */
struct sink {
	char *buf;
	size_t len, cap;
	int wide, alloc;
	mbstate_t st;
};

static int sink_put(struct sink *k, int c)
{
	size_t size = k->wide ? sizeof(wchar_t) : 1;
	wchar_t wc;
	char b = c;

	if (k->wide) {
		/* Multibyte input to wide characters, a byte at a time. */
		size_t r = mbrtowc(&wc, &b, 1, &k->st);
		if (r == (size_t)-2)
			return 1;
		if (r == (size_t)-1)
			return -1;
	}
	if (!k->buf)
		return 1;
	if (k->alloc && k->len + 2 > k->cap) {
		char *nb = realloc(k->buf, (k->cap *= 2) * size);
		if (!nb)
			return 0;
		k->buf = nb;
	}
	if (k->wide)
		((wchar_t *)k->buf)[k->len++] = wc;
	else
		k->buf[k->len++] = c;
	return 1;
}

int __vfscanf_core(FILE *f, const char *fmt, va_list *ap)
{
	va_list first;
	const unsigned char *p = (const unsigned char *)fmt, *set = 0;
	struct sink k;
	void *dest;
	off_t pos = 0, end;
	unsigned long long v;
	int matched = 0, c, width, lm, conv, suppress, alloc, base, r;
	union { float f; double d; long double ld; } fv;

	va_copy(first, *ap);
	for (; *p; p++) {
		__shlim(f, 0);
		if (is_space(*p)) {
			/* White space matches any amount of it, none included. */
			while (is_space(p[1]))
				p++;
			while (is_space(c = shgetc(f)))
				;
			if (c != EOF)
				shunget(f);
			pos += shcnt(f);
			continue;
		}
		if (*p != '%' || p[1] == '%') {
			/* An ordinary character, or "%%" (which skips white space
			   first, as conversions do). */
			if (*p == '%') {
				p++;
				while (is_space(c = shgetc(f)))
					;
			} else {
				c = shgetc(f);
			}
			if (c != *p) {
				if (c == EOF)
					goto input_failure;
				shunget(f);
				goto matching_failure;
			}
			pos += shcnt(f);
			continue;
		}

		/* A conversion: '*' or "n$", width, 'm', length, conversion. */
		p++;
		suppress = *p == '*';
		dest = 0;
		if (suppress) {
			p++;
		} else if (*p >= '1' && *p <= '9') {
			const unsigned char *q = p;
			for (r = 0; *q >= '0' && *q <= '9'; q++)
				r = 10 * r + (*q - '0');
			if (*q == '$') {
				dest = arg_n(&first, r);
				p = q + 1;
			}
		}
		for (width = 0; *p >= '0' && *p <= '9'; p++)
			width = 10 * width + (*p - '0');
		alloc = *p == 'm';
		p += alloc;
		for (lm = LM_NONE;; p++) {
			if (*p == 'h')
				lm = lm == LM_H ? LM_HH : LM_H;
			else if (*p == 'l')
				lm = lm == LM_L ? LM_LL : LM_L;
			else if (*p == 'q')
				lm = LM_LL;
			else if (*p == 'j')
				lm = LM_J;
			else if (*p == 'z')
				lm = LM_Z;
			else if (*p == 't')
				lm = LM_T;
			else if (*p == 'L')
				lm = LM_BIGL;
			else
				break;
		}
		conv = *p;
		if (!conv)
			goto matching_failure;
		if (conv == '[') {
			set = p + 1;
			p = set_end(set);
			if (!p)
				goto matching_failure;
		}
		if (!suppress && !dest)
			dest = va_arg(*ap, void *);

		if (conv == 'n') {
			if (!suppress)
				__store_int(dest, lm, pos);
			continue;
		}
		if (conv != 'c' && conv != '[') {
			while (is_space(c = shgetc(f)))
				;
			if (c == EOF)
				goto input_failure;
			shunget(f);
			pos += shcnt(f);
		}
		__shlim(f, width);
		c = shgetc(f);
		if (c == EOF)
			goto input_failure;
		shunget(f);

		switch (conv) {
		case 'd': case 'i': case 'o': case 'u': case 'x': case 'X': case 'p':
			base = conv == 'd' || conv == 'u' ? 10 : conv == 'i' ? 0 : conv == 'o' ? 8 : 16;
			if (conv == 'p' && c == '(') {
				/* glibc prints a null pointer "(nil)" and reads it back. */
				const char *nil = "(nil)";
				while (*nil && shgetc(f) == *nil)
					nil++;
				if (*nil)
					goto matching_failure;
				v = 0;
			} else {
				v = __intscan(f, base, conv == 'd' || conv == 'i' ? LLONG_MAX : ULLONG_MAX,
				              conv == 'd' || conv == 'i', &end);
				if (!end || end != shcnt(f))
					goto matching_failure;
			}
			if (!suppress) {
				if (conv == 'p')
					*(void **)dest = (void *)(uintptr_t)v;
				else
					__store_int(dest, lm, v);
			}
			break;
		case 'a': case 'A': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
			end = __floatscan(f, lm == LM_BIGL ? FS_LDOUBLE : lm == LM_L ? FS_DOUBLE : FS_FLOAT, &fv);
			if (!end || end != shcnt(f))
				goto matching_failure;
			if (!suppress) {
				if (lm == LM_BIGL)
					*(long double *)dest = fv.ld;
				else if (lm == LM_L)
					*(double *)dest = fv.d;
				else
					*(float *)dest = fv.f;
			}
			break;
		case 's': case 'c': case '[':
			if (!width && conv == 'c')
				width = 1;
			k.wide = lm == LM_L;
			k.alloc = alloc && !suppress;
			k.len = 0;
			k.st = (mbstate_t){ 0 };
			k.cap = k.alloc ? (conv == 'c' ? (size_t)width + 1 : 32) : 0;
			k.buf = k.alloc ? malloc(k.cap * (k.wide ? sizeof(wchar_t) : 1)) : suppress ? 0 : dest;
			if (k.alloc && !k.buf)
				goto alloc_failure;
			for (r = 1; (c = shgetc(f)) != EOF; ) {
				if (conv == 's' ? is_space(c) : conv == '[' ? !in_set(set, c) : 0) {
					shunget(f);
					break;
				}
				r = sink_put(&k, c);
				if (r <= 0)
					break;
			}
			if (r < 0 || (k.wide && !mbsinit(&k.st)))
				goto matching_failure_free;
			if (!r)
				goto alloc_failure_free;
			if (!shcnt(f))
				goto matching_failure_free;
			/* %c takes exactly its width: fewer is an input failure. */
			if (conv == 'c' && shcnt(f) < width)
				goto input_failure_free;
			if (conv != 'c' && k.buf) {
				if (k.wide)
					((wchar_t *)k.buf)[k.len] = 0;
				else
					k.buf[k.len] = 0;
			}
			if (k.alloc)
				*(char **)dest = k.buf;
			break;
		default:
			goto matching_failure;
		}
		pos += shcnt(f);
		if (!suppress)
			matched++;
	}
	va_end(first);
	return matched;

input_failure_free:
	if (k.alloc)
		free(k.buf);
input_failure:
	va_end(first);
	return matched ? matched : EOF;
alloc_failure_free:
	free(k.buf);
alloc_failure:
	va_end(first);
	return matched ? matched : EOF;
matching_failure_free:
	if (k.alloc)
		free(k.buf);
matching_failure:
	va_end(first);
	return matched;
}

int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	va_list ap2;
	int r;

	va_copy(ap2, ap);
	FLOCK(f);
	r = __vfscanf_core(f, fmt, &ap2);
	FUNLOCK(f);
	va_end(ap2);
	return r;
}

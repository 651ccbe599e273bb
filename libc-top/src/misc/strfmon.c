#include <errno.h>
#include <monetary.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* POSIX strfmon in the C locale, the only monetary category there is:
   no currency symbol, no grouping, '.' as the radix, two fraction digits
   unless a precision says otherwise, and a leading '-' (or, with the '('
   flag, parentheses) for negative values. */

struct out {
	char *p, *end;
};

static int put(struct out *o, const char *s, size_t n)
{
	if ((size_t)(o->end - o->p) < n)
		return 0;
	memcpy(o->p, s, n);
	o->p += n;
	return 1;
}

static int pad(struct out *o, char c, size_t n)
{
	if ((size_t)(o->end - o->p) < n)
		return 0;
	memset(o->p, c, n);
	o->p += n;
	return 1;
}

/* Reads a decimal number at *f, up to a sane bound; -1 if none. */
static int number(const char **f)
{
	int n = -1;
	while (**f >= '0' && **f <= '9') {
		n = (n < 0 ? 0 : n) * 10 + (*(*f)++ - '0');
		if (n > 10000)
			return -2;
	}
	return n;
}

/* One conversion of `value`: the specification's flags and numbers, then
   the sign, fill and digits, right- or left-justified in the field. */
static int convert(struct out *o, const char **fp, va_list *ap)
{
	const char *f = *fp;
	char fill = ' ';
	int parens = 0, plus = 0, left = 0;
	for (;; f++) {
		if (*f == '=' && f[1])
			fill = *++f;
		else if (*f == '(')
			parens = 1;
		else if (*f == '+')
			plus = 1;
		else if (*f == '-')
			left = 1;
		else if (*f != '^' && *f != '!')
			break;
	}
	if (parens && plus)
		return -1;
	int width = number(&f), lprec = -1, rprec = 2;
	if (*f == '#' && (++f, (lprec = number(&f)) < 0))
		return -1;
	if (*f == '.' && (++f, (rprec = number(&f)) < 0))
		return -1;
	if (width < -1 || (*f != 'n' && *f != 'i'))
		return -1;
	*fp = f + 1;

	double v = va_arg(*ap, double);
	int negative = v < 0;
	char digits[400];
	int n = snprintf(digits, sizeof digits, "%.*f", rprec, negative ? -v : v);
	if (n < 0 || (size_t)n >= sizeof digits)
		return -1;
	int whole = rprec ? n - rprec - 1 : n;
	int fill_count = lprec > whole ? lprec - whole : 0;

	/* With a left precision, positive values leave room for the sign so
	   that columns line up (POSIX strfmon, '#'). */
	const char *open = negative ? (parens ? "(" : "-") : lprec >= 0 ? " " : "";
	const char *close = parens ? (negative ? ")" : lprec >= 0 ? " " : "") : "";
	size_t len = strlen(open) + (size_t)fill_count + (size_t)n + strlen(close);
	size_t field = width > 0 && (size_t)width > len ? (size_t)width - len : 0;
	if (!left && !pad(o, ' ', field))
		return 0;
	if (!put(o, open, strlen(open)) || !pad(o, fill, (size_t)fill_count) ||
	    !put(o, digits, (size_t)n) || !put(o, close, strlen(close)))
		return 0;
	if (left && !pad(o, ' ', field))
		return 0;
	return 1;
}

static ssize_t format(char *s, size_t max, const char *f, va_list ap)
{
	struct out o = { s, s + max };
	if (!max) {
		errno = E2BIG;
		return -1;
	}
	va_list args;
	va_copy(args, ap);
	while (*f) {
		int r = 1;
		if (*f != '%') {
			r = put(&o, f++, 1);
		} else if (f[1] == '%') {
			r = put(&o, "%", 1);
			f += 2;
		} else {
			f++;
			r = convert(&o, &f, &args);
			if (r < 0) {
				va_end(args);
				errno = EINVAL;
				return -1;
			}
		}
		if (!r || o.p == o.end) {
			va_end(args);
			errno = E2BIG;
			return -1;
		}
	}
	va_end(args);
	*o.p = 0;
	return o.p - s;
}

ssize_t strfmon(char *__restrict s, size_t max, const char *__restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	ssize_t r = format(s, max, fmt, ap);
	va_end(ap);
	return r;
}

ssize_t strfmon_l(char *__restrict s, size_t max, locale_t loc, const char *__restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	ssize_t r = format(s, max, fmt, ap);
	va_end(ap);
	return r;
}

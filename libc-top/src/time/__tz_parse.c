#include "time_impl.h"

static int digit(char c)
{
	return c >= '0' && c <= '9';
}

static int alpha(char c)
{
	return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* A zone name: three or more letters, or <...> of letters, digits, '+'
   and '-' (three or more) for names such as <+0330>. */
static const char *name(const char *s, const char **out)
{
	const char *b = s, *e;
	if (*s == '<') {
		for (b = ++s; alpha(*s) || digit(*s) || *s == '+' || *s == '-'; s++)
			;
		if (*s != '>')
			return 0;
		e = s++;
	} else {
		while (alpha(*s))
			s++;
		e = s;
	}
	if (e - b < 3 || !(*out = __tz_intern(b, (size_t)(e - b))))
		return 0;
	return s;
}

static const char *number(const char *s, int max_digits, long lo, long hi, long *out)
{
	long v = 0;
	int k = 0;
	for (; k < max_digits && digit(*s); k++)
		v = v * 10 + (*s++ - '0');
	if (!k || v < lo || v > hi)
		return 0;
	*out = v;
	return s;
}

/* [+-]hh[:mm[:ss]] in seconds, hours at most max_h. */
static const char *hms(const char *s, long max_h, long *out)
{
	long h, m = 0, sec = 0;
	int neg = *s == '-';
	if (*s == '+' || *s == '-')
		s++;
	if (!(s = number(s, 3, 0, max_h, &h)))
		return 0;
	if (*s == ':' && !(s = number(s + 1, 2, 0, 59, &m)))
		return 0;
	if (*s == ':' && !(s = number(s + 1, 2, 0, 59, &sec)))
		return 0;
	*out = (h * 3600 + m * 60 + sec) * (neg ? -1 : 1);
	return s;
}

static const char *date(const char *s, struct tz_date *d)
{
	long a = 0, b = 0, c;
	d->kind = *s == 'J' || *s == 'M' ? *s++ : 'D';
	if (d->kind == 'M') {
		if (!(s = number(s, 2, 1, 12, &a)) || *s != '.' || !(s = number(s + 1, 1, 1, 5, &b))
		    || *s != '.' || !(s = number(s + 1, 1, 0, 6, &c)))
			return 0;
	} else if (!(s = number(s, 3, d->kind == 'J', 365, &c))) {
		return 0;
	}
	d->mon = (short)a;
	d->week = (short)b;
	d->day = (short)c;
	d->time = 7200;
	if (*s == '/')
		s = hms(s + 1, 167, &d->time);
	return s;
}

/* XBD 8.3: std offset [dst [offset] [,start[/time],end[/time]]]. The
   offset says how far west of Greenwich the zone is; daylight time is an
   hour ahead unless given. Without rules, daylight time runs from the
   second Sunday of March to the first Sunday of November, the United
   States' rule since 2007, as glibc and tzcode assume. On failure
   std_name is still the leading name if there is one. */
int __tz_parse(const char *s, struct tz_rule *r)
{
	long off;
	r->std_name = r->dst_name = 0;
	if (!(s = name(s, &r->std_name)) || !(s = hms(s, 24, &off)))
		return -1;
	r->std_off = r->dst_off = -off;
	if (!*s)
		return 0;
	if (!(s = name(s, &r->dst_name)))
		return -1;
	r->dst_off = r->std_off + 3600;
	if (*s && *s != ',') {
		if (!(s = hms(s, 24, &off)))
			return -1;
		r->dst_off = -off;
	}
	if (!*s)
		s = ",M3.2.0,M11.1.0";
	if (*s != ',' || !(s = date(s + 1, &r->start)) || *s != ',' || !(s = date(s + 1, &r->end)))
		return -1;
	return *s ? -1 : 0;
}

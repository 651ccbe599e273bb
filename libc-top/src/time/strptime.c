#include <ctype.h>
#include <limits.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include "time_impl.h"

/* Parses an unsigned decimal of at most `max` digits (an optional sign
   when `sign`), between lo and hi; returns the rest or 0. */
static const char *num(const char *s, int max, int lo, int hi, int sign, int *out)
{
	int neg = 0, v = 0, k = 0;
	while (isspace((unsigned char)*s))
		s++;
	if (sign && (*s == '+' || *s == '-'))
		neg = *s++ == '-';
	for (; k < max && isdigit((unsigned char)*s); k++) {
		if (v > (INT_MAX - 9) / 10)
			return 0;
		v = v * 10 + (*s++ - '0');
	}
	if (!k)
		return 0;
	if (neg)
		v = -v;
	if (v < lo || v > hi)
		return 0;
	*out = v;
	return s;
}

/* Matches one of n names, full or three-letter, ignoring case. */
static const char *name(const char *s, const char (*names)[10], int n, int *out)
{
	while (isspace((unsigned char)*s))
		s++;
	for (int i = 0; i < n; i++) {
		size_t len = strlen(names[i]);
		if (!strncasecmp(s, names[i], len)) {
			*out = i;
			return s + len;
		}
	}
	for (int i = 0; i < n; i++)
		if (!strncasecmp(s, names[i], 3)) {
			*out = i;
			return s + 3;
		}
	return 0;
}

/* What strptime learned beyond tm's fields. */
struct parsed {
	int century, year2; /* -1: not seen */
	int pm;             /* -1: no %p */
};

static const char *parse(const char *s, const char *f, struct tm *tm, struct parsed *p)
{
	for (; *f; f++) {
		if (isspace((unsigned char)*f)) {
			while (isspace((unsigned char)*s))
				s++;
			continue;
		}
		if (*f != '%') {
			if (*s++ != *f)
				return 0;
			continue;
		}
		f++;
		if (*f == 'E' || *f == 'O')
			f++;
		int v;
		switch (*f) {
		case 'a': case 'A':
			s = name(s, __day_names, 7, &tm->tm_wday);
			break;
		case 'b': case 'B': case 'h':
			s = name(s, __month_names, 12, &tm->tm_mon);
			break;
		case 'c': s = parse(s, "%a %b %e %H:%M:%S %Y", tm, p); break;
		case 'D': case 'x': s = parse(s, "%m/%d/%y", tm, p); break;
		case 'r': s = parse(s, "%I:%M:%S %p", tm, p); break;
		case 'R': s = parse(s, "%H:%M", tm, p); break;
		case 'T': case 'X': s = parse(s, "%H:%M:%S", tm, p); break;
		case 'F': s = parse(s, "%Y-%m-%d", tm, p); break;
		case 'C':
			s = num(s, 2, 0, 99, 0, &v);
			p->century = v;
			break;
		case 'd': case 'e': s = num(s, 2, 1, 31, 0, &tm->tm_mday); break;
		case 'H': case 'k': s = num(s, 2, 0, 23, 0, &tm->tm_hour); break;
		case 'I': case 'l': s = num(s, 2, 1, 12, 0, &tm->tm_hour); break;
		case 'j':
			s = num(s, 3, 1, 366, 0, &v);
			tm->tm_yday = v - 1;
			break;
		case 'm':
			s = num(s, 2, 1, 12, 0, &v);
			tm->tm_mon = v - 1;
			break;
		case 'M': s = num(s, 2, 0, 59, 0, &tm->tm_min); break;
		case 'S': s = num(s, 2, 0, 60, 0, &tm->tm_sec); break;
		case 'U': case 'W': s = num(s, 2, 0, 53, 0, &v); break;
		case 'u':
			s = num(s, 1, 1, 7, 0, &v);
			tm->tm_wday = v % 7;
			break;
		case 'w': s = num(s, 1, 0, 6, 0, &tm->tm_wday); break;
		case 'y':
			s = num(s, 2, 0, 99, 0, &v);
			p->year2 = v;
			break;
		case 'Y':
			s = num(s, 9, INT_MIN + 1900, INT_MAX, 1, &v);
			if (s) {
				tm->tm_year = v - 1900;
				p->century = p->year2 = -1;
			}
			break;
		case 'p':
			while (isspace((unsigned char)*s))
				s++;
			if (!strncasecmp(s, "AM", 2))
				p->pm = 0;
			else if (!strncasecmp(s, "PM", 2))
				p->pm = 1;
			else
				return 0;
			s += 2;
			break;
		case 'z': {
			while (isspace((unsigned char)*s))
				s++;
			if (*s == 'Z') {
				tm->__tm_gmtoff = 0;
				s++;
				break;
			}
			int neg = *s == '-';
			if (*s != '+' && *s != '-')
				return 0;
			s++;
			int hh, mm = 0;
			if (!(s = num(s, 2, 0, 23, 0, &hh)))
				return 0;
			if (*s == ':')
				s++;
			if (isdigit((unsigned char)*s) && !(s = num(s, 2, 0, 59, 0, &mm)))
				return 0;
			tm->__tm_gmtoff = (neg ? -1 : 1) * (hh * 3600L + mm * 60L);
			break;
		}
		case 'n': case 't':
			while (isspace((unsigned char)*s))
				s++;
			break;
		case '%':
			while (isspace((unsigned char)*s))
				s++;
			if (*s++ != '%')
				return 0;
			break;
		default:
			return 0;
		}
		if (!s)
			return 0;
	}
	return s;
}

/* POSIX strptime in the C locale. Fields not in the format are left as
   they were; %y alone means 1969-2068 (POSIX), and %C combines with it. */
char *strptime(const char *__restrict s, const char *__restrict f, struct tm *__restrict tm)
{
	struct parsed p = { -1, -1, -1 };
	const char *end = parse(s, f, tm, &p);
	if (!end)
		return 0;
	if (p.year2 >= 0)
		tm->tm_year = (p.century >= 0 ? p.century * 100 : p.year2 < 69 ? 2000 : 1900) + p.year2 - 1900;
	else if (p.century >= 0)
		tm->tm_year = p.century * 100 - 1900;
	if (p.pm >= 0)
		tm->tm_hour = tm->tm_hour % 12 + 12 * p.pm;
	return (char *)end;
}

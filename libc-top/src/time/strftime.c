#include <limits.h>
#include <string.h>
#include <time.h>
#include "time_impl.h"

/* Output so far; `n` is the room for bytes including the terminator. */
struct out {
	char *s;
	size_t n, len;
	int overflow;
};

static void put(struct out *o, const char *p, size_t k)
{
	if (o->len + k >= o->n) {
		o->overflow = 1;
		return;
	}
	memcpy(o->s + o->len, p, k);
	o->len += k;
}

/* A decimal field: at least `width` characters, padded with `pad` (0 for
   none); `plus` forces a sign on a value wider than `plus_width`, POSIX's
   rule for %+4Y. */
static void put_num(struct out *o, long long v, int width, char pad, int plus, int plus_width)
{
	char buf[32], *p = buf + sizeof buf;
	unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	int digits = (int)(buf + sizeof buf - p);
	char sign = v < 0 ? '-' : plus && digits > plus_width ? '+' : 0;
	int fill = width - digits - (sign != 0);
	if (pad == ' ')
		for (; fill > 0; fill--)
			put(o, " ", 1);
	if (sign)
		put(o, &sign, 1);
	if (pad == '0')
		for (; fill > 0; fill--)
			put(o, "0", 1);
	put(o, p, (size_t)digits);
}

static void put_str(struct out *o, const char *s, size_t k, int upper)
{
	if (!upper) {
		put(o, s, k);
		return;
	}
	for (size_t i = 0; i < k; i++) {
		char c = s[i] >= 'a' && s[i] <= 'z' ? (char)(s[i] - 32) : s[i];
		put(o, &c, 1);
	}
}

static long long floor_div(long long a, long long b)
{
	return a / b - (a % b < 0);
}

/* ISO 8601 weeks (%G %g %V): weeks start on Monday; week 1 holds the
   year's first Thursday. */
static int iso_weeks_in(long long y)
{
	long long p = (y + floor_div(y, 4) - floor_div(y, 100) + floor_div(y, 400)) % 7;
	long long q = (y - 1 + floor_div(y - 1, 4) - floor_div(y - 1, 100) + floor_div(y - 1, 400)) % 7;
	p = (p + 7) % 7;
	q = (q + 7) % 7;
	return 52 + (p == 4 || q == 3);
}

static void iso_week(const struct tm *tm, long long *year, int *week)
{
	long long y = (long long)tm->tm_year + 1900;
	int wday = (tm->tm_wday + 6) % 7 + 1; /* Monday 1 .. Sunday 7 */
	int w = (tm->tm_yday + 1 - wday + 10) / 7;
	if (w < 1) {
		y--;
		w = iso_weeks_in(y);
	} else if (w > iso_weeks_in(y)) {
		y++;
		w = 1;
	}
	*year = y;
	*week = w;
}

static void format(struct out *o, const char *f, const struct tm *tm);

/* One conversion, after the flags and width have been read. */
static void convert(struct out *o, char c, char flag, int width, const struct tm *tm)
{
	char pad = flag == '-' ? 0 : flag == '_' ? ' ' : '0';
	int upper = flag == '^';
	int plus = flag == '+';
	long long year = (long long)tm->tm_year + 1900;
	long long v;
	int w = 2;
	const char *sub = 0;
	switch (c) {
	case 'a':
		if ((unsigned)tm->tm_wday < 7)
			put_str(o, __day_names[tm->tm_wday], 3, upper);
		else
			put(o, "?", 1);
		return;
	case 'A':
		if ((unsigned)tm->tm_wday < 7)
			put_str(o, __day_names[tm->tm_wday], strlen(__day_names[tm->tm_wday]), upper);
		else
			put(o, "?", 1);
		return;
	case 'b':
	case 'h':
		if ((unsigned)tm->tm_mon < 12)
			put_str(o, __month_names[tm->tm_mon], 3, upper);
		else
			put(o, "?", 1);
		return;
	case 'B':
		if ((unsigned)tm->tm_mon < 12)
			put_str(o, __month_names[tm->tm_mon], strlen(__month_names[tm->tm_mon]), upper);
		else
			put(o, "?", 1);
		return;
	case 'c': sub = "%a %b %e %H:%M:%S %Y"; break;
	case 'D': sub = "%m/%d/%y"; break;
	case 'r': sub = "%I:%M:%S %p"; break;
	case 'R': sub = "%H:%M"; break;
	case 'T': sub = "%H:%M:%S"; break;
	case 'x': sub = "%m/%d/%y"; break;
	case 'X': sub = "%H:%M:%S"; break;
	case 'F':
		/* POSIX: %F is %+4Y-%m-%d; a width applies to the whole. */
		put_num(o, year, width > 6 ? width - 6 : 4, pad ? pad : '0', 1, 4);
		put(o, "-", 1);
		put_num(o, tm->tm_mon + 1, 2, '0', 0, 0);
		put(o, "-", 1);
		put_num(o, tm->tm_mday, 2, '0', 0, 0);
		return;
	case 'n': put(o, "\n", 1); return;
	case 't': put(o, "\t", 1); return;
	case '%': put(o, "%", 1); return;
	case 'p':
	case 'P': {
		const char *s = tm->tm_hour >= 12 ? (c == 'p' ? "PM" : "pm") : (c == 'p' ? "AM" : "am");
		put_str(o, s, 2, upper);
		return;
	}
	case 'z': {
		long off = tm->__tm_gmtoff;
		char sign = off < 0 ? '-' : '+';
		unsigned long a = off < 0 ? 0 - (unsigned long)off : (unsigned long)off;
		put(o, &sign, 1);
		put_num(o, (long long)(a / 3600 * 100 + a / 60 % 60), 4, '0', 0, 0);
		return;
	}
	case 'Z':
		if (tm->__tm_zone)
			put_str(o, tm->__tm_zone, strlen(tm->__tm_zone), upper);
		return;
	case 'C': v = floor_div(year, 100); break;
	case 'd': v = tm->tm_mday; break;
	case 'e': v = tm->tm_mday; if (!flag) pad = ' '; break;
	case 'g': { long long y; int wk; iso_week(tm, &y, &wk); v = ((y % 100) + 100) % 100; break; }
	case 'G': { long long y; int wk; iso_week(tm, &y, &wk); v = y; w = 4; break; }
	case 'H': v = tm->tm_hour; break;
	case 'I': v = tm->tm_hour % 12 ? tm->tm_hour % 12 : 12; break;
	case 'j': v = tm->tm_yday + 1; w = 3; break;
	case 'k': v = tm->tm_hour; if (!flag) pad = ' '; break;
	case 'l': v = tm->tm_hour % 12 ? tm->tm_hour % 12 : 12; if (!flag) pad = ' '; break;
	case 'm': v = tm->tm_mon + 1; break;
	case 'M': v = tm->tm_min; break;
	case 's': {
		long long t;
		__tm_to_secs(tm, &t);
		v = t - tm->__tm_gmtoff;
		w = 1;
		break;
	}
	case 'S': v = tm->tm_sec; break;
	case 'u': v = tm->tm_wday ? tm->tm_wday : 7; w = 1; break;
	case 'U': v = (tm->tm_yday + 7 - tm->tm_wday) / 7; break;
	case 'V': { long long y; int wk; iso_week(tm, &y, &wk); v = wk; break; }
	case 'w': v = tm->tm_wday; w = 1; break;
	case 'W': v = (tm->tm_yday + 7 - (tm->tm_wday + 6) % 7) / 7; break;
	case 'y': v = ((year % 100) + 100) % 100; break;
	case 'Y': v = year; w = 4; if (!flag && !width) pad = 0; break;
	default:
		/* Unknown conversions are copied as written. */
		put(o, "%", 1);
		put(o, &c, 1);
		return;
	}
	if (sub) {
		format(o, sub, tm);
		return;
	}
	int plus_width = w;
	if (width)
		w = width;
	if (c == 'Y' && plus)
		pad = '0';
	put_num(o, v, pad ? w : 0, pad, plus && (c == 'Y' || c == 'G' || c == 'C'), plus_width);
}

static void format(struct out *o, const char *f, const struct tm *tm)
{
	for (; *f && !o->overflow; f++) {
		if (*f != '%') {
			put(o, f, 1);
			continue;
		}
		f++;
		char flag = 0;
		if (*f == '_' || *f == '-' || *f == '0' || *f == '^' || *f == '+' || *f == '#')
			flag = *f++;
		int width = 0;
		while (*f >= '0' && *f <= '9' && width < 1000)
			width = width * 10 + (*f++ - '0');
		if (*f == 'E' || *f == 'O')
			f++; /* alternative representations: the C locale has none */
		if (!*f) {
			put(o, "%", 1);
			return;
		}
		convert(o, *f, flag == '#' ? 0 : flag, width, tm);
	}
}

/* C17 7.27.3.5 and POSIX (flags _ - 0 ^ + and field widths). Returns the
   length, or 0 when the result and its terminator do not fit in n. */
size_t strftime(char *__restrict s, size_t n, const char *__restrict f, const struct tm *__restrict tm)
{
	struct out o = { s, n, 0, 0 };
	if (!n)
		return 0;
	format(&o, f, tm);
	if (o.overflow)
		return 0;
	s[o.len] = 0;
	return o.len;
}

size_t strftime_l(char *__restrict s, size_t n, const char *__restrict f, const struct tm *__restrict tm,
                  locale_t loc)
{
	return strftime(s, n, f, tm);
}

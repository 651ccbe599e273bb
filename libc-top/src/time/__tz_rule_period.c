#include <limits.h>
#include "time_impl.h"

static int leap(long long y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

/* The instant a date rule names in year y, read in the local time `off`
   that is in effect just before it. */
static long long when(const struct tz_date *d, long long y, long off)
{
	long long day;
	if (d->kind == 'J') {
		day = __days_from_civil(y, 1, d->day) + (d->day >= 60 && leap(y));
	} else if (d->kind == 'D') {
		day = __days_from_civil(y, 1, 1) + d->day;
	} else {
		long long first = __days_from_civil(y, d->mon, 1);
		long long next = d->mon == 12 ? __days_from_civil(y + 1, 1, 1)
		                              : __days_from_civil(y, d->mon + 1, 1);
		int wday = (int)(((first + 4) % 7 + 7) % 7);
		day = first + (d->day - wday + 7) % 7 + (d->week - 1) * 7;
		while (day >= next)
			day -= 7;
	}
	return day * 86400 + d->time - off;
}

/* Transition times may stray a week beyond their year (POSIX 2024 allows
   167 hours either way), so the years around t are all looked at: the
   state at t is that of the latest transition at or before it. When a
   start and an end fall together, daylight time runs all year (POSIX
   2024's J1/0,J365/25), so the start wins the tie. */
hidden void __tz_rule_period(const struct tz_rule *r, long long t, struct tz_period *p)
{
	p->off = r->std_off;
	p->isdst = 0;
	p->name = r->std_name;
	p->end = LLONG_MAX;
	if (!r->dst_name)
		return;
	/* Far enough out for any year tm can hold; the rule repeats anyway. */
	const long long far = 1LL << 57;
	long long u = t < -far ? -far : t > far ? far : t;
	long long y = 1970 + (u >= 0 ? u / 31556952 : (u + 1) / 31556952 - 1);
	long long last = LLONG_MIN;
	for (long long yy = y - 2; yy <= y + 2; yy++) {
		long long on = when(&r->start, yy, r->std_off), off = when(&r->end, yy, r->dst_off);
		if (off <= u && off > last) {
			last = off;
			p->isdst = 0;
		}
		if (on <= u && on >= last) {
			last = on;
			p->isdst = 1;
		}
		if (on > u && on < p->end)
			p->end = on;
		if (off > u && off < p->end)
			p->end = off;
	}
	if (p->isdst) {
		p->off = r->dst_off;
		p->name = r->dst_name;
	}
	if (u != t)
		p->end = t < 0 ? u : LLONG_MAX;
}

/* The proleptic Gregorian calendar and the local time zone, shared by
   the time conversions. */
#ifndef _INTERNAL_TIME_IMPL_H
#define _INTERNAL_TIME_IMPL_H

#include <time.h>
#include "libc.h"

/* Days from 1970-01-01 to year-month-day (month 1-12, any day). */
hidden long long __days_from_civil(long long year, int month, int day);

/* Breaks seconds since the epoch into tm (UTC, all fields); returns 0, or
   -1 when the year does not fit tm_year. */
hidden int __secs_to_tm(long long t, struct tm *tm);

/* Seconds since the epoch of tm read as UTC, with every field allowed out
   of its range (C17 7.27.2.3: mktime normalises). Returns 0 and sets *t,
   or -1 when the arithmetic would overflow. */
hidden int __tm_to_secs(const struct tm *tm, long long *t);

/* The C locale's names. */
extern hidden const char __day_names[7][10];
extern hidden const char __month_names[12][10];

/* A date rule of a POSIX TZ string (XBD 8.3): 'J' the Julian day `day`
   (1-365, never counting Feb 29), 'D' the zero-based day `day` (0-365),
   'M' weekday `day` (0 Sunday) of week `week` (5: the last) of month
   `mon`; `time` is the local time of day, in seconds, which POSIX 2024
   lets run from -167 h to 167 h. */
struct tz_date {
	char kind;
	short mon, week, day;
	long time;
};

/* A parsed POSIX TZ string. Offsets are seconds east of UTC (the sign of
   tm_gmtoff, the opposite of the string's). dst_name is 0 when the zone
   has no daylight time. */
struct tz_rule {
	long std_off, dst_off;
	const char *std_name, *dst_name;
	struct tz_date start, end;
};

/* One local time type of a TZif file (RFC 8536 3.2). */
struct tz_type {
	long off;
	int isdst;
	const char *name;
};

/* The local zone: TZif transitions and types, and a rule (a TZ string, or
   a TZif footer) for the times after the last transition. A zone from a
   TZ string alone has no types. */
struct tz_zone {
	size_t ntrans, ntypes;
	long long *trans;
	unsigned char *idx;
	struct tz_type *types;
	int has_rule;
	struct tz_rule rule;
};

/* What local time is at an instant: the offset, whether it is daylight
   time, the abbreviation, and when this stretch of it ends (the next
   transition; LLONG_MAX if there is none). */
struct tz_period {
	long off;
	int isdst;
	const char *name;
	long long end;
};

/* Takes the zone lock and, if TZ changed since the zone was built,
   rebuilds it and sets tzname, timezone and daylight (tzset's work). */
hidden void __tz_lock(void);
hidden void __tz_unlock(void);

/* Local time at t in the current zone; call with the lock held. */
hidden void __tz_period(long long t, struct tz_period *p);

/* A copy of s[0..n) that lives as long as the program, so that tm_zone
   and tzname stay valid when TZ changes; equal names share one copy.
   0 when out of memory. */
hidden const char *__tz_intern(const char *s, size_t n);

/* Parses a whole POSIX TZ string; 0 on success. On failure std_name is
   the string's leading name if it has one (glibc names UTC by it). */
hidden int __tz_parse(const char *s, struct tz_rule *r);

/* Local time at t under a parsed rule. */
hidden void __tz_rule_period(const struct tz_rule *r, long long t, struct tz_period *p);

/* Reads the TZif file at path into z; 0 on success, -1 when it cannot be
   read or is malformed (z is then left empty). */
hidden int __tz_load(const char *path, struct tz_zone *z);

#endif

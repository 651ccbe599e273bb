/* The proleptic Gregorian calendar, shared by the time conversions. */
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

/* The zone localtime uses: UTC until time-zone support reads TZ. */
#define LOCAL_ZONE "UTC"

#endif

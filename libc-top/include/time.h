#ifndef _TIME_H
#define _TIME_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#include <bits/null.h>

#define __NEED_size_t
#define __NEED_time_t
#define __NEED_clock_t
#define __NEED_struct_timespec
#if defined(_POSIX_SOURCE) || defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) \
 || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#define __NEED_clockid_t
#define __NEED_timer_t
#define __NEED_pid_t
#define __NEED_locale_t
#endif
#include <bits/alltypes.h>

/* The offset and zone name are public under BSD/GNU names only; the
   trailing nanoseconds field is private, kept for the established layout. */
#if defined(_BSD_SOURCE) || defined(_GNU_SOURCE)
#define __tm_gmtoff tm_gmtoff
#define __tm_zone tm_zone
#endif

struct tm {
	int tm_sec;
	int tm_min;
	int tm_hour;
	int tm_mday;
	int tm_mon;
	int tm_year;
	int tm_wday;
	int tm_yday;
	int tm_isdst;
	long __tm_gmtoff;
	const char *__tm_zone;
	int __tm_nsec;
};

#if !defined(_WASI_EMULATED_PROCESS_CLOCKS)
__attribute__((__deprecated__(
"WASI has no process CPU-time accounting: clock is an emulation (the host's "
"CPU-time clock, or time since the program started); to use it, compile with "
"-D_WASI_EMULATED_PROCESS_CLOCKS and link with "
"-lwasi-emulated-process-clocks")))
#endif
clock_t clock(void);
time_t time(time_t *);
double difftime(time_t, time_t);
time_t mktime(struct tm *);
size_t strftime(char *__restrict, size_t, const char *__restrict, const struct tm *__restrict);
struct tm *gmtime(const time_t *);
struct tm *localtime(const time_t *);
char *asctime(const struct tm *);
char *ctime(const time_t *);
int timespec_get(struct timespec *, int);

/* Nanoseconds, the resolution of the WASI clocks (XSI's 1000000 would
   throw precision away); the established WASI ABI value. */
#define CLOCKS_PER_SEC ((clock_t)1000000000)
#define TIME_UTC 1

#if defined(_POSIX_SOURCE) || defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) \
 || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
size_t strftime_l(char *__restrict, size_t, const char *__restrict, const struct tm *__restrict, locale_t);
struct tm *gmtime_r(const time_t *__restrict, struct tm *__restrict);
struct tm *localtime_r(const time_t *__restrict, struct tm *__restrict);
char *asctime_r(const struct tm *__restrict, char *__restrict);
char *ctime_r(const time_t *, char *);
void tzset(void);

struct itimerspec {
	struct timespec it_interval;
	struct timespec it_value;
};

/* Each clock is the address of one of these constant objects; the object
   carries the WASI clock id. */
extern const struct __clockid _CLOCK_REALTIME;
extern const struct __clockid _CLOCK_MONOTONIC;
extern const struct __clockid _CLOCK_PROCESS_CPUTIME_ID;
extern const struct __clockid _CLOCK_THREAD_CPUTIME_ID;
#define CLOCK_REALTIME (&_CLOCK_REALTIME)
#define CLOCK_MONOTONIC (&_CLOCK_MONOTONIC)
#define CLOCK_PROCESS_CPUTIME_ID (&_CLOCK_PROCESS_CPUTIME_ID)
#define CLOCK_THREAD_CPUTIME_ID (&_CLOCK_THREAD_CPUTIME_ID)

#define TIMER_ABSTIME 1

int nanosleep(const struct timespec *, struct timespec *);
int clock_getres(clockid_t, struct timespec *);
int clock_gettime(clockid_t, struct timespec *);
int clock_settime(clockid_t, const struct timespec *);
int clock_nanosleep(clockid_t, int, const struct timespec *, struct timespec *);
int clock_getcpuclockid(pid_t, clockid_t *);

extern int daylight;
extern long timezone;
extern char *tzname[2];
#endif

#if defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
char *strptime(const char *__restrict, const char *__restrict, struct tm *__restrict);
extern int getdate_err;
struct tm *getdate(const char *);
#endif

#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
int stime(const time_t *);
time_t timegm(struct tm *);
#endif

#ifdef __cplusplus
}
#endif

#endif

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

int getdate_err;

/* strptime leaves alone the fields its format does not name, so fields
   preset to this value after a match are the ones the input left out. */
#define UNSET INT_MIN

static void clear(struct tm *tm)
{
	tm->tm_sec = tm->tm_min = tm->tm_hour = UNSET;
	tm->tm_mday = tm->tm_mon = tm->tm_year = UNSET;
	tm->tm_wday = tm->tm_yday = UNSET;
}

/* The first template line that matches all of s (but trailing blanks),
   into *tm; 0 when none does, else the getdate_err code. */
static int match(FILE *f, const char *s, struct tm *tm)
{
	char *line = 0;
	size_t cap = 0;
	ssize_t n;
	int err = 7;
	while ((n = getline(&line, &cap, f)) >= 0) {
		if (n && line[n - 1] == '\n')
			line[n - 1] = 0;
		clear(tm);
		const char *end = strptime(s, line, tm);
		if (!end)
			continue;
		while (isspace((unsigned char)*end))
			end++;
		if (!*end) {
			err = 0;
			break;
		}
	}
	if (err && errno == ENOMEM)
		err = 6;
	else if (err && ferror(f))
		err = 5;
	free(line);
	return err;
}

/* Fills the fields the input left out by POSIX's rules (XSH getdate,
   "The following rules apply..."): a lone weekday is the first such day
   from today on; a month without a year the first such month from this
   one on, on its first day when no day is given; no time of day means
   the current one, and a partial one zeroes what is missing; a time with
   no date at all is the first such hour from the current one on. A day
   of the month that does not exist (Feb 30) is error 8. */
static int complete(struct tm *tm, const struct tm *now)
{
	int given = tm->tm_year != UNSET || tm->tm_mon != UNSET || tm->tm_mday != UNSET ||
	            tm->tm_yday != UNSET;
	int wday = tm->tm_wday;
	if (tm->tm_hour == UNSET && tm->tm_min == UNSET && tm->tm_sec == UNSET) {
		tm->tm_hour = now->tm_hour;
		tm->tm_min = now->tm_min;
		tm->tm_sec = now->tm_sec;
	} else {
		if (tm->tm_hour == UNSET)
			tm->tm_hour = 0;
		if (tm->tm_min == UNSET)
			tm->tm_min = 0;
		if (tm->tm_sec == UNSET)
			tm->tm_sec = 0;
	}
	if (tm->tm_hour < 0 || tm->tm_hour > 23)
		return 8;

	/* set when the input named a day of the month, which must exist */
	int strict = 0;
	if (!given) {
		tm->tm_year = now->tm_year;
		tm->tm_mon = now->tm_mon;
		tm->tm_mday = now->tm_mday;
		if (wday != UNSET)
			tm->tm_mday += (wday - now->tm_wday + 7) % 7;
		else if (tm->tm_hour < now->tm_hour)
			tm->tm_mday++;
		wday = UNSET;
	} else if (tm->tm_yday != UNSET && tm->tm_mon == UNSET && tm->tm_mday == UNSET) {
		if (tm->tm_year == UNSET)
			tm->tm_year = now->tm_year;
		tm->tm_mon = 0;
		tm->tm_mday = tm->tm_yday + 1;
		wday = UNSET;
	} else {
		if (tm->tm_year == UNSET) {
			tm->tm_year = now->tm_year;
			if (tm->tm_mon == UNSET)
				tm->tm_mon = now->tm_mon;
			else if (tm->tm_mon < now->tm_mon)
				tm->tm_year++;
		} else if (tm->tm_mon == UNSET) {
			tm->tm_mon = tm->tm_mday == UNSET ? 0 : now->tm_mon;
		}
		if (tm->tm_mday == UNSET) {
			tm->tm_mday = 1;
		} else {
			strict = 1;
			wday = UNSET;
		}
	}

	tm->tm_isdst = -1;
	if (wday != UNSET) {
		/* the first such weekday on or after the first of the month */
		struct tm first = *tm;
		errno = 0;
		if (mktime(&first) == (time_t)-1 && errno)
			return 8;
		tm->tm_mday += (wday - first.tm_wday + 7) % 7;
	}
	struct tm want = *tm;
	errno = 0;
	if (mktime(tm) == (time_t)-1 && errno)
		return 8;
	/* Feb 30 and the like come back normalized into the next month */
	if (strict && (tm->tm_mday != want.tm_mday || tm->tm_mon != want.tm_mon))
		return 8;
	return 0;
}

/* POSIX getdate: DATEMSK names a file of strptime templates, one a line;
   the first that matches the whole input gives the date. */
struct tm *getdate(const char *s)
{
	static struct tm result;
	const char *path = getenv("DATEMSK");
	if (!path || !*path) {
		getdate_err = 1;
		return 0;
	}
	int fd = open(path, O_RDONLY);
	if (fd < 0) {
		getdate_err = errno == EISDIR ? 4 : 2;
		return 0;
	}
	struct stat st;
	if (fstat(fd, &st)) {
		close(fd);
		getdate_err = 3;
		return 0;
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		getdate_err = 4;
		return 0;
	}
	FILE *f = fdopen(fd, "r");
	if (!f) {
		close(fd);
		getdate_err = 6;
		return 0;
	}
	time_t t = time(0);
	struct tm now, tm;
	localtime_r(&t, &now);
	int save = errno;
	errno = 0;
	int err = match(f, s, &tm);
	fclose(f);
	if (!err)
		err = complete(&tm, &now);
	errno = save;
	if (err) {
		getdate_err = err;
		return 0;
	}
	result = tm;
	return &result;
}

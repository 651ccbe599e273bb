#include <errno.h>
#include "time_impl.h"

/* Every offset is within these bounds (RFC 8536 3.2; __tz_load checks),
   so the instants that read as local time L lie in [L - EAST, L + WEST]. */
#define EAST 93599
#define WEST 89999

/* When tm_isdst asks for the other kind of time than L has, glibc reads L
   in the offset of the nearest instant that has the kind asked for,
   probing a week (less 1.6 hours: no daylight period is shorter) at a time
   for about seven years either way, and failing that takes daylight time
   as an hour ahead. Programs see these results, so they are kept. */
#define STRIDE 601200
#define REACH 229222800

static long long other_kind(long long L, long long t, int isdst, int want)
{
	struct tz_period p;
	for (long long d = STRIDE; d < REACH; d += STRIDE)
		for (int dir = -1; dir <= 1; dir += 2) {
			__tz_period(t + dir * d, &p);
			if (p.isdst == want)
				return L - p.off;
		}
	return t + (isdst - want) * 3600LL;
}

/* The instant for local time L. Walks the periods of local time that
   could contain it: an instant t in a period with offset off matches
   when t + off = L. Two matches are an overlap (clocks set back): tm_isdst
   chooses, and with tm_isdst < 0 the earlier wins. None is a gap (clocks
   set forward): like glibc, L is read in the offset before or after the
   gap, the one whose result has daylight time if tm_isdst < 0, else the
   one whose result's tm_isdst differs from the one asked for, else the
   reading in the earlier offset, which moves L forward. */
static long long solve(long long L, int want)
{
	struct tz_period p, q;
	long long x = L - EAST, hit[2];
	int hit_dst[2], hits = 0, gap = 0;
	long long forward = 0, back = 0;
	int forward_dst = 0, back_dst = 0;
	__tz_period(x, &p);
	for (;;) {
		long long t = L - p.off;
		if (t >= x && t < p.end && hits < 2) {
			hit[hits] = t;
			hit_dst[hits++] = p.isdst;
		}
		if (p.end > L + WEST)
			break;
		x = p.end;
		__tz_period(x, &q);
		if (!gap && x + p.off <= L && L < x + q.off) {
			gap = 1;
			forward = L - p.off;
			forward_dst = q.isdst;
			back = L - q.off;
			back_dst = p.isdst;
		}
		p = q;
	}
	for (int i = 0; i < hits; i++)
		if (want < 0 || hit_dst[i] == want)
			return hit[i];
	if (hits)
		return other_kind(L, hit[0], hit_dst[0], want);
	if (!gap)
		return L;
	int prefer = want < 0 ? 1 : !want;
	return forward_dst == prefer || back_dst != prefer ? forward : back;
}

/* C17 7.27.2.3: local time to time_t, normalising every field of tm. */
time_t mktime(struct tm *tm)
{
	long long L, t;
	struct tm out;
	if (__tm_to_secs(tm, &L) < 0) {
		errno = EOVERFLOW;
		return -1;
	}
	__tz_lock();
	t = solve(L, tm->tm_isdst < 0 ? -1 : tm->tm_isdst > 0);
	__tz_unlock();
	if (!localtime_r(&t, &out))
		return -1;
	*tm = out;
	return t;
}

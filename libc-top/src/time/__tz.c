#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "pthread_impl.h"
#include "time_impl.h"

char *tzname[2] = { "UTC", "UTC" };
long timezone;
int daylight;

static struct __mutex lock;
static struct tz_zone zone;
/* The TZ value the zone was built from; 0 before the first build. */
static char *built;

struct name {
	struct name *next;
	char s[];
};

hidden const char *__tz_intern(const char *s, size_t n)
{
	static struct name *names;
	for (struct name *p = names; p; p = p->next)
		if (!strncmp(p->s, s, n) && !p->s[n])
			return p->s;
	struct name *p = malloc(sizeof *p + n + 1);
	if (!p)
		return 0;
	memcpy(p->s, s, n);
	p->s[n] = 0;
	p->next = names;
	names = p;
	return p->s;
}

/* A zone name or path to a TZif file: absolute, or under TZDIR (by
   default /usr/share/zoneinfo, which a WASI program sees only if the host
   preopens it). A relative name may not climb out with "..". */
static int load_file(const char *name)
{
	for (const char *c = name; *name != '/';) {
		size_t k = strcspn(c, "/");
		if (k == 2 && !strncmp(c, "..", 2))
			return -1;
		if (!c[k])
			break;
		c += k + 1;
	}
	const char *dir = getenv("TZDIR");
	if (!dir || !*dir)
		dir = "/usr/share/zoneinfo";
	char path[PATH_MAX];
	size_t d = *name == '/' ? 0 : strlen(dir) + 1, k = strlen(name);
	if (d + k >= sizeof path)
		return -1;
	memcpy(path, dir, d);
	path[d ? d - 1 : 0] = '/';
	memcpy(path + d, name, k + 1);
	return __tz_load(path, &zone);
}

/* UTC under the name TZ starts with (empty if none), glibc's answer when
   TZ names no readable file and is no valid TZ string. */
static void utc(const char *name)
{
	zone.rule = (struct tz_rule){ .std_name = name ? name : "" };
	zone.has_rule = 1;
}

/* tzname and timezone from the standard time, daylight set if the zone
   has daylight time: the types of the latest transitions (type 0 when
   none is standard), unless a rule for the times after them says
   otherwise. */
static void names(void)
{
	const struct tz_type *std = 0, *dst = 0;
	for (size_t i = zone.ntrans; i-- && !(std && dst);) {
		const struct tz_type *t = zone.types + zone.idx[i];
		if (t->isdst) {
			if (!dst)
				dst = t;
		} else if (!std) {
			std = t;
		}
	}
	if (!std && zone.ntypes)
		std = zone.types;
	const char *n0 = std ? std->name : 0, *n1 = dst ? dst->name : 0;
	timezone = std ? -std->off : 0;
	if (zone.has_rule) {
		n0 = zone.rule.std_name;
		timezone = -zone.rule.std_off;
		if (zone.rule.dst_name)
			n1 = zone.rule.dst_name;
	}
	daylight = n1 != 0;
	tzname[0] = (char *)n0;
	tzname[1] = (char *)(n1 ? n1 : n0);
}

/* TZ unset or empty is UTC: WASI has no system zone to default to. A
   value names a zone file (a leading ':' is dropped) or, failing that,
   is a TZ string; a file is tried first as glibc does, so that TZ=EST5EDT
   takes the file's history when there is one. */
static void build(const char *tz)
{
	free(zone.trans);
	free(zone.idx);
	free(zone.types);
	zone = (struct tz_zone){ 0 };
	const char *s = *tz == ':' ? tz + 1 : tz;
	if (!*tz)
		utc("UTC");
	else if (load_file(s) && __tz_parse(s, &zone.rule))
		utc(zone.rule.std_name);
	else if (!zone.ntypes)
		zone.has_rule = 1;
	names();
}

hidden void __tz_lock(void)
{
	__mutex_timedlock(&lock, 0);
	const char *tz = getenv("TZ");
	if (!tz)
		tz = "";
	if (built && !strcmp(tz, built))
		return;
	build(tz);
	free(built);
	built = strdup(tz);
}

hidden void __tz_unlock(void)
{
	__mutex_unlock(&lock);
}

/* RFC 8536 3.2: type 0 before the first transition; the footer's rule
   after the last one. */
hidden void __tz_period(long long t, struct tz_period *p)
{
	size_t n = zone.ntrans, lo = 0, hi = n;
	if (!zone.ntypes || (zone.has_rule && n && t >= zone.trans[n - 1])) {
		__tz_rule_period(&zone.rule, t, p);
		return;
	}
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (zone.trans[mid] <= t)
			lo = mid + 1;
		else
			hi = mid;
	}
	const struct tz_type *type = zone.types + (lo ? zone.idx[lo - 1] : 0);
	p->off = type->off;
	p->isdst = type->isdst;
	p->name = type->name;
	p->end = lo < n ? zone.trans[lo] : LLONG_MAX;
}

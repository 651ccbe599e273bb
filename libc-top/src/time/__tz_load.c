#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "time_impl.h"

/* Real zone files are a few kilobytes; this bounds a hostile one. */
#define MAX_FILE (1 << 20)

static unsigned char *slurp(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return 0;
	size_t n = 0, cap = 0;
	unsigned char *buf = 0;
	for (;;) {
		if (n == cap) {
			unsigned char *b = cap < MAX_FILE ? realloc(buf, cap = cap ? 2 * cap : 4096) : 0;
			if (!b)
				break;
			buf = b;
		}
		ssize_t k = read(fd, buf + n, cap - n);
		if (k <= 0) {
			if (k < 0)
				break;
			close(fd);
			*len = n;
			return buf;
		}
		n += (size_t)k;
	}
	close(fd);
	free(buf);
	return 0;
}

static unsigned long be32(const unsigned char *p)
{
	return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 | (unsigned long)p[2] << 8 | p[3];
}

static long long be(const unsigned char *p, size_t size)
{
	if (size == 4)
		return (int)be32(p);
	return (long long)((unsigned long long)be32(p) << 32 | be32(p + 4));
}

/* RFC 8536 3.1: after the magic and version, six counts. */
enum { ISUT, ISSTD, LEAP, TIME, TYPE, CHAR };

/* The length of a header and its data block, with times of `size` bytes;
   0 when it is no header or the block overruns n bytes. */
static size_t block(const unsigned char *h, size_t size, size_t n, unsigned long c[6])
{
	if (n < 44 || memcmp(h, "TZif", 4))
		return 0;
	for (int i = 0; i < 6; i++)
		if ((c[i] = be32(h + 20 + 4 * i)) > n)
			return 0;
	size_t len = c[TIME] * (size + 1) + c[TYPE] * 6 + c[CHAR] + c[LEAP] * (size + 4) + c[ISSTD] + c[ISUT];
	return len <= n - 44 ? 44 + len : 0;
}

/* The data block: transitions, their types, the types and their
   abbreviations. Leap-second records are not applied: time_t counts
   POSIX seconds, which have none. */
static int decode(const unsigned char *p, size_t size, const unsigned long c[6], struct tz_zone *z)
{
	const unsigned char *idx = p + c[TIME] * size, *types = idx + c[TIME];
	const char *chars = (const char *)(types + c[TYPE] * 6);
	if (!c[TYPE] || c[TYPE] > 256 || !c[CHAR] || (c[ISUT] && c[ISUT] != c[TYPE])
	    || (c[ISSTD] && c[ISSTD] != c[TYPE]))
		return -1;
	z->ntrans = c[TIME];
	z->ntypes = c[TYPE];
	z->trans = malloc(c[TIME] * sizeof *z->trans + 1);
	z->idx = malloc(c[TIME] + 1);
	z->types = malloc(c[TYPE] * sizeof *z->types);
	if (!z->trans || !z->idx || !z->types)
		return -1;
	for (size_t i = 0; i < c[TIME]; i++) {
		z->trans[i] = be(p + i * size, size);
		z->idx[i] = idx[i];
		if (idx[i] >= c[TYPE] || (i && z->trans[i] <= z->trans[i - 1]))
			return -1;
	}
	for (size_t i = 0; i < c[TYPE]; i++) {
		const unsigned char *t = types + 6 * i;
		long off = (long)be(t, 4);
		const char *end;
		/* RFC 8536 3.2's bounds, which mktime's search relies on. */
		if (off < -89999 || off > 93599 || t[4] > 1 || t[5] >= c[CHAR]
		    || !(end = memchr(chars + t[5], 0, c[CHAR] - t[5])))
			return -1;
		z->types[i].off = off;
		z->types[i].isdst = t[4];
		if (!(z->types[i].name = __tz_intern(chars + t[5], (size_t)(end - chars - t[5]))))
			return -1;
	}
	return 0;
}

/* Version 1 has 32-bit times only; version 2 and later repeat the data
   with 64-bit times and end with a footer, a TZ string between newlines
   for the times after the last transition (version 3 extends its
   grammar, which __tz_parse accepts in every version). A footer that does
   not parse is ignored, as if absent. */
static int parse(const unsigned char *p, size_t n, struct tz_zone *z)
{
	unsigned long c[6];
	size_t len = block(p, 4, n, c), size = 4;
	if (!len)
		return -1;
	if (p[4] >= '2') {
		p += len;
		n -= len;
		size = 8;
		if (!(len = block(p, 8, n, c)))
			return -1;
	}
	if (decode(p + 44, size, c, z))
		return -1;
	const char *foot = (const char *)p + len, *end;
	size_t rest = n - len;
	char tz[256];
	if (size == 8 && rest > 1 && *foot == '\n' && (end = memchr(foot + 1, '\n', rest - 1))
	    && end - foot - 1 < (long)sizeof tz) {
		memcpy(tz, foot + 1, (size_t)(end - foot - 1));
		tz[end - foot - 1] = 0;
		z->has_rule = *tz && !__tz_parse(tz, &z->rule);
	}
	return 0;
}

hidden int __tz_load(const char *path, struct tz_zone *z)
{
	size_t n;
	unsigned char *data = slurp(path, &n);
	int r = data ? parse(data, n, z) : -1;
	free(data);
	if (r) {
		free(z->trans);
		free(z->idx);
		free(z->types);
		*z = (struct tz_zone){ 0 };
	}
	return r;
}

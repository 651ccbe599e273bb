#include <arpa/inet.h>
#include <errno.h>
#include <string.h>

/* Exactly four decimal numbers 0-255, no leading zeros (POSIX's
   inet_pton form, stricter than inet_addr's). */
static int v4(const char *s, unsigned char *out)
{
	for (int i = 0; i < 4; i++) {
		if (*s < '0' || *s > '9')
			return 0;
		unsigned v = 0;
		const char *start = s;
		while (*s >= '0' && *s <= '9' && s - start < 4)
			v = 10 * v + (unsigned)(*s++ - '0');
		if (v > 255 || (s - start > 1 && *start == '0'))
			return 0;
		out[i] = (unsigned char)v;
		if (i < 3 && *s++ != '.')
			return 0;
	}
	return *s == 0;
}

static int hexval(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
	       : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* RFC 4291 text forms: eight groups of up to four hex digits, at most
   one "::" for a run of zero groups, and a dotted IPv4 tail. */
static int v6(const char *s, unsigned char *out)
{
	unsigned g[8];
	int n = 0, gap = -1;
	if (s[0] == ':' && s[1] == ':') {
		gap = 0;
		s += 2;
	} else if (*s == ':') {
		return 0;
	}
	while (*s) {
		if (n == 8)
			return 0;
		if (hexval(*s) >= 0 && strchr(s, '.') && !strchr(s, ':')) {
			unsigned char b[4];
			if (n > 6 || !v4(s, b))
				return 0;
			g[n++] = (unsigned)b[0] << 8 | b[1];
			g[n++] = (unsigned)b[2] << 8 | b[3];
			break;
		}
		unsigned v = 0;
		int k = 0;
		while (k < 4 && hexval(*s) >= 0)
			v = 16 * v + (unsigned)hexval(*s++), k++;
		if (k == 0 || hexval(*s) >= 0)
			return 0;
		g[n++] = v;
		if (!*s)
			break;
		if (*s++ != ':')
			return 0;
		if (*s == ':') {
			if (gap >= 0)
				return 0;
			gap = n;
			s++;
		} else if (!*s) {
			return 0;
		}
	}
	if (gap < 0 ? n != 8 : n > 7)
		return 0;
	/* The groups after "::" go to the end; zeros fill the gap. */
	unsigned full[8] = { 0 };
	int cut = gap < 0 ? n : gap;
	for (int i = 0; i < n; i++)
		full[i < cut ? i : i + 8 - n] = g[i];
	for (int i = 0; i < 8; i++) {
		out[2 * i] = (unsigned char)(full[i] >> 8);
		out[2 * i + 1] = (unsigned char)full[i];
	}
	return 1;
}

int inet_pton(int af, const char *restrict s, void *restrict dst)
{
	unsigned char b[16];
	int ok;
	if (af == AF_INET)
		ok = v4(s, b);
	else if (af == AF_INET6)
		ok = v6(s, b);
	else {
		errno = EAFNOSUPPORT;
		return -1;
	}
	if (ok)
		memcpy(dst, b, af == AF_INET ? 4 : 16);
	return ok;
}

#include <arpa/inet.h>
#include <errno.h>
#include <string.h>

static char *put_dec(char *p, unsigned v)
{
	char t[4];
	int n = 0;
	do
		t[n++] = (char)('0' + v % 10);
	while (v /= 10);
	while (n)
		*p++ = t[--n];
	return p;
}

static char *put_hex(char *p, unsigned v)
{
	char t[4];
	int n = 0;
	do
		t[n++] = "0123456789abcdef"[v & 15];
	while (v >>= 4);
	while (n)
		*p++ = t[--n];
	return p;
}

/* IPv6 in the RFC 5952 form: lower case, no leading zeros, the longest
   run of two or more zero groups (the first of equal runs) as "::", and
   an IPv4-mapped or -compatible address with its last 32 bits dotted. */
const char *inet_ntop(int af, const void *restrict src, char *restrict dst, socklen_t size)
{
	const unsigned char *a = src;
	char buf[INET6_ADDRSTRLEN], *p = buf;
	if (af == AF_INET) {
		for (int i = 0; i < 4; i++) {
			if (i)
				*p++ = '.';
			p = put_dec(p, a[i]);
		}
	} else if (af == AF_INET6) {
		unsigned g[8];
		for (int i = 0; i < 8; i++)
			g[i] = (unsigned)a[2 * i] << 8 | a[2 * i + 1];
		int v4 = !g[0] && !g[1] && !g[2] && !g[3] && ((!g[4] && g[5] == 0xffff)
		         || (!g[4] && !g[5] && (g[6] || g[7] > 1)));
		int groups = v4 ? 6 : 8, best = -1, bestlen = 1;
		for (int i = 0; i < groups;) {
			int j = i;
			while (j < groups && !g[j])
				j++;
			if (j - i > bestlen) {
				best = i;
				bestlen = j - i;
			}
			i = j > i ? j : i + 1;
		}
		for (int i = 0; i < groups; i++) {
			if (i == best) {
				*p++ = ':';
				*p++ = ':';
				i += bestlen - 1;
				continue;
			}
			if (i && p[-1] != ':')
				*p++ = ':';
			p = put_hex(p, g[i]);
		}
		if (v4) {
			if (p[-1] != ':')
				*p++ = ':';
			for (int i = 12; i < 16; i++) {
				if (i > 12)
					*p++ = '.';
				p = put_dec(p, a[i]);
			}
		}
	} else {
		errno = EAFNOSUPPORT;
		return 0;
	}
	*p = 0;
	if ((size_t)(p - buf) + 1 > size) {
		errno = ENOSPC;
		return 0;
	}
	memcpy(dst, buf, (size_t)(p - buf) + 1);
	return dst;
}

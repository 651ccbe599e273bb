#include <arpa/inet.h>

/* One number at *s, advancing *s; -1 if there is none or it is too
   large. */
static long long number(const char **s)
{
	const char *p = *s;
	unsigned base = 10;
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
		base = 16;
		p += 2;
	} else if (p[0] == '0') {
		base = 8;
	}
	long long v = 0;
	const char *digits = p;
	for (;; p++) {
		unsigned d = *p >= '0' && *p <= '9' ? (unsigned)(*p - '0')
		             : *p >= 'a' && *p <= 'f' ? (unsigned)(*p - 'a' + 10)
		             : *p >= 'A' && *p <= 'F' ? (unsigned)(*p - 'A' + 10) : 99;
		if (d >= base)
			break;
		v = v * base + d;
		if (v > 0xffffffffLL)
			return -1;
	}
	if (p == digits && base != 8)
		return -1;
	*s = p;
	return v;
}

/* The forms inet_addr(3) has always accepted: one to four numbers, each
   decimal, octal (leading 0) or hexadecimal (0x), the last filling the
   bytes the others did not ("127.1" is 127.0.0.1). */
int inet_aton(const char *s, struct in_addr *out)
{
	long long part[4];
	int n = 0;
	for (;;) {
		if (*s < '0' || *s > '9' || (part[n] = number(&s)) < 0)
			return 0;
		n++;
		if (*s != '.' || n == 4)
			break;
		s++;
	}
	if (*s)
		return 0;
	long long v = part[n - 1], max = 0xffffffffLL >> (8 * (n - 1));
	if (v > max)
		return 0;
	for (int i = 0; i < n - 1; i++) {
		if (part[i] > 255)
			return 0;
		v |= part[i] << (8 * (3 - i));
	}
	out->s_addr = htonl((uint32_t)v);
	return 1;
}

#include <stdlib.h>

/* Base-64 digits of a64l/l64a: "./0-9A-Za-z", least significant first. */
static const char digits[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

static int value(char c)
{
	if (c == '.' || c == '/')
		return c - '.';
	if (c >= '0' && c <= '9')
		return c - '0' + 2;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 12;
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 38;
	return -1;
}

long a64l(const char *s)
{
	unsigned long v = 0;
	for (int i = 0; i < 6 && value(s[i]) >= 0; i++)
		v |= (unsigned long)value(s[i]) << (6 * i);
	return (long)(int)(unsigned)v;
}

char *l64a(long n)
{
	static char buf[7];
	unsigned long v = (unsigned long)n & 0xffffffffUL;
	int i = 0;
	for (; v && i < 6; i++, v >>= 6)
		buf[i] = digits[v & 63];
	buf[i] = 0;
	return buf;
}

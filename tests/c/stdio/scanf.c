/* scanf: every conversion, widths, suppression, %n, %[ sets, %m
   allocation, positional arguments, and the count or EOF it returns. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <math.h>
#include <locale.h>
#include "check.h"

int main(void)
{
	int a = -1, b = -1, n = -1, r;
	unsigned u;
	long l;
	long long ll;
	short h;
	signed char hh;
	size_t z;
	float fl;
	double d;
	long double ld;
	char s[32], t[32], *m;
	wchar_t ws[16];
	void *p;

	CHECK(sscanf("42", "%d", &a) == 1 && a == 42);
	CHECK(sscanf("  -17 +8", "%d%d", &a, &b) == 2 && a == -17 && b == 8);
	CHECK(sscanf("0x1f 017 10", "%i %i %i", &a, &b, &n) == 3 && a == 31 && b == 15 && n == 10);
	CHECK(sscanf("ff 777 1010", "%x %o %u", &u, &a, &b) == 3 && u == 255 && a == 511 && b == 1010);
	CHECK(sscanf("12345", "%3d%d", &a, &b) == 2 && a == 123 && b == 45);
	CHECK(sscanf("-2147483648 4294967295", "%ld %lu", &l, (unsigned long *)&b) == 2 && l == -2147483647L - 1);
	CHECK(sscanf("9223372036854775807", "%lld", &ll) == 1 && ll == 9223372036854775807LL);
	CHECK(sscanf("70000 300", "%hd %hhd", &h, &hh) == 2 && h == (short)70000 && hh == (signed char)300);
	CHECK(sscanf("123", "%zu", &z) == 1 && z == 123);
	CHECK(sscanf("0x1234", "%p", &p) == 1 && p == (void *)0x1234);
	CHECK(sscanf("(nil)", "%p", &p) == 1 && p == 0);

	/* floating point, every spelling strtod takes */
	CHECK(sscanf("3.25 -1e3 0x1.8p1", "%f %lf %Lf", &fl, &d, &ld) == 3 && fl == 3.25f && d == -1000 && ld == 3);
	CHECK(sscanf("inf nan", "%lf %f", &d, &fl) == 2 && isinf(d) && isnan(fl));
	CHECK(sscanf("1.5e", "%lf", &d) == 0);
	CHECK(sscanf("1.5e+3x", "%lf%n", &d, &n) == 1 && d == 1500 && n == 6);
	CHECK(sscanf("123.456", "%4lf%Lf", &d, &ld) == 2 && d == 123.0 && ld == 456);

	/* strings, characters, sets */
	CHECK(sscanf("hello world", "%5s%s", s, t) == 2 && !strcmp(s, "hello") && !strcmp(t, "world"));
	CHECK(sscanf("abc", "%2c", s) == 1 && !memcmp(s, "ab", 2));
	CHECK(sscanf(" x", "%c", s) == 1 && s[0] == ' ');
	CHECK(sscanf(" x", " %c", s) == 1 && s[0] == 'x');
	CHECK(sscanf("]abc]", "%[]a]", s) == 1 && !strcmp(s, "]a"));
	CHECK(sscanf("bcd", "%[a-c]", s) == 1 && !strcmp(s, "bc"));
	CHECK(sscanf("a-z", "%[a-]", s) == 1 && !strcmp(s, "a-"));
	CHECK(sscanf("key=value;", "%[^=]=%[^;]", s, t) == 2 && !strcmp(s, "key") && !strcmp(t, "value"));
	CHECK(sscanf("xyz", "%[a-c]", s) == 0);
	CHECK(sscanf("h\xc3\xa9llo", "%ls", ws) == 1 && ws[1] == 0xdfc3 && ws[2] == 0xdfa9);
	setlocale(LC_CTYPE, "C.UTF-8");
	CHECK(sscanf("h\xc3\xa9llo", "%ls", ws) == 1 && ws[1] == 0xe9 && !wcscmp(ws + 2, L"llo"));
	CHECK(sscanf("\xc3(", "%ls", ws) == 0);
	setlocale(LC_CTYPE, "C");

	/* %m allocates */
	CHECK(sscanf("allocated-string-longer-than-32-bytes-for-growth rest", "%ms", &m) == 1
	      && !strcmp(m, "allocated-string-longer-than-32-bytes-for-growth"));
	free(m);
	CHECK(sscanf("abcdef", "%m[a-d]", &m) == 1 && !strcmp(m, "abcd"));
	free(m);

	/* suppression, %n, %%, literal text */
	CHECK(sscanf("1 2 3", "%*d %d %n", &a, &n) == 1 && a == 2 && n == 4);
	CHECK(sscanf("50%", "%d%%", &a) == 1 && a == 50);
	CHECK(sscanf("x=5,y=6", "x=%d,y=%d", &a, &b) == 2 && a == 5 && b == 6);
	CHECK(sscanf("x=5;y=6", "x=%d,y=%d", &a, &b) == 1);
	n = -1;
	CHECK(sscanf("", "%n", &n) == 0 && n == 0);

	/* positional arguments */
	CHECK(sscanf("1 2", "%2$d %1$d", &a, &b) == 2 && a == 2 && b == 1);

	/* EOF before any conversion, or a count */
	CHECK(sscanf("", "%d", &a) == EOF);
	CHECK(sscanf("   ", "%d", &a) == EOF);
	CHECK(sscanf("x", "%d", &a) == 0);
	CHECK(sscanf("", "x%d", &a) == EOF);
	CHECK(sscanf("12 ", "%d %d", &a, &b) == 1);
	CHECK(sscanf("ab", "%3c", s) == EOF);
	CHECK(sscanf("-", "%d", &a) == 0);
	CHECK(sscanf("0x", "%x", &u) == 0);
	CHECK(sscanf("0x", "%i", &a) == 0);

	/* a failed conversion leaves the rest of the input */
	r = sscanf("12abc", "%d%s", &a, s);
	CHECK(r == 2 && a == 12 && !strcmp(s, "abc"));
	return check_result();
}

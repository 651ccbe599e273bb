/* The wide-string functions of <wchar.h>. */
#include <locale.h>
#include <stdlib.h>
#include <wchar.h>
#include "check.h"

static void copying(void)
{
	wchar_t buf[16];
	CHECK(wcscpy(buf, L"h\xe9llo") == buf && !wcscmp(buf, L"h\xe9llo"));
	CHECK(wcpcpy(buf, L"abc") == buf + 3 && buf[3] == 0);
	CHECK(wcscat(buf, L"de") == buf && !wcscmp(buf, L"abcde"));
	CHECK(wcsncat(buf, L"fghij", 2) == buf && !wcscmp(buf, L"abcdefg"));
	CHECK(wcsncat(buf, L"h", 9) == buf && !wcscmp(buf, L"abcdefgh"));
	wmemset(buf, L'x', 16);
	CHECK(wcsncpy(buf, L"ab", 5) == buf);
	CHECK(buf[0] == L'a' && buf[1] == L'b' && !buf[2] && !buf[3] && !buf[4] && buf[5] == L'x');
	wmemset(buf, L'x', 16);
	CHECK(wcsncpy(buf, L"abcdef", 3) == buf && buf[2] == L'c' && buf[3] == L'x');
	wmemset(buf, L'x', 16);
	CHECK(wcpncpy(buf, L"ab", 5) == buf + 2 && !buf[4] && buf[5] == L'x');
	CHECK(wcpncpy(buf, L"abcdef", 3) == buf + 3 && buf[3] == 0);
	CHECK(wcpncpy(buf, L"abc", 0) == buf);
	wchar_t *d = wcsdup(L"\x10000z");
	CHECK(d && !wcscmp(d, L"\x10000z") && d[2] == 0);
	free(d);
	wchar_t m[8] = L"abcdefg";
	CHECK(wmemmove(m + 1, m, 5) == m + 1 && !wcscmp(m, L"aabcdeg"));
	CHECK(wmemmove(m, m + 2, 5) == m && !wcscmp(m, L"bcdegeg"));
	CHECK(wmemcpy(m, L"1234", 4) == m && !wcscmp(m, L"1234geg"));
	CHECK(wmemset(m, 0x10ffff, 2) == m && m[1] == 0x10ffff && m[2] == L'3');
	CHECK(wcsxfrm(buf, L"key", 16) == 3 && !wcscmp(buf, L"key"));
	buf[0] = L'q';
	CHECK(wcsxfrm(buf, L"key", 3) == 3 && buf[0] == L'q');
}

static void comparing(void)
{
	CHECK(wcscmp(L"abc", L"abc") == 0 && wcscmp(L"abc", L"abd") < 0);
	CHECK(wcscmp(L"abd", L"abc") > 0 && wcscmp(L"ab", L"abc") < 0);
	/* wchar_t is signed: a negative value sorts first */
	wchar_t neg[2] = { -1, 0 };
	CHECK(wcscmp(neg, L"a") < 0 && wmemcmp(neg, L"a", 1) < 0);
	CHECK(wcscmp(L"\x10ffff", L"\xffff") > 0);
	CHECK(wcsncmp(L"abcx", L"abcy", 3) == 0 && wcsncmp(L"abcx", L"abcy", 4) < 0);
	CHECK(wcsncmp(L"a", L"b", 0) == 0 && wcsncmp(L"ab", L"ab", 9) == 0);
	CHECK(wmemcmp(L"a\0b", L"a\0c", 3) < 0 && wmemcmp(L"zz", L"zy", 1) == 0);
	CHECK(wcscoll(L"a", L"b") < 0 && wcscoll_l(L"b", L"a", LC_GLOBAL_LOCALE) > 0);
	CHECK(wcscasecmp(L"HeLLo", L"hello") == 0 && wcscasecmp(L"a", L"B") < 0);
	CHECK(wcsncasecmp(L"ABCD", L"abcE", 3) == 0 && wcsncasecmp(L"ABCD", L"abcE", 4) < 0);
	CHECK(wcscasecmp(L"ab", L"ABC") < 0 && wcsncasecmp(L"x", L"Y", 0) == 0);
	/* beyond ASCII, case folds only where LC_CTYPE is UTF-8 */
	CHECK(wcscasecmp(L"\xc9t\xe9", L"\xe9T\xc9") != 0);
	locale_t u = newlocale(LC_ALL_MASK, "C.UTF-8", 0);
	CHECK(u && wcscasecmp_l(L"\xc9t\xe9", L"\xe9T\xc9", u) == 0);
	CHECK(u && wcsncasecmp_l(L"\x3a3x", L"\x3c3y", 1, u) == 0);
	setlocale(LC_CTYPE, "C.UTF-8");
	CHECK(wcscasecmp(L"\xc9t\xe9", L"\xe9T\xc9") == 0);
	setlocale(LC_CTYPE, "C");
	freelocale(u);
}

static void searching(void)
{
	const wchar_t *s = L"hello, w\xf6rld";
	CHECK(wcslen(s) == 12 && wcslen(L"") == 0);
	CHECK(wcsnlen(s, 5) == 5 && wcsnlen(s, 50) == 12 && wcsnlen(s, 0) == 0);
	CHECK(wcschr(s, L'l') == s + 2 && wcschr(s, 0) == s + 12 && !wcschr(s, L'z'));
	CHECK(wcsrchr(s, L'l') == s + 10 && wcsrchr(s, 0) == s + 12 && !wcsrchr(s, L'z'));
	CHECK(wmemchr(s, L'o', 12) == s + 4 && !wmemchr(s, L'o', 4) && !wmemchr(s, L'x', 0));
	CHECK(wmemchr(s, 0, 13) == s + 12);
	CHECK(wcsspn(s, L"leh") == 4 && wcsspn(s, L"") == 0 && wcsspn(L"", L"a") == 0);
	CHECK(wcscspn(s, L",") == 5 && wcscspn(s, L"") == 12 && wcscspn(s, L"\xf6") == 8);
	CHECK(wcspbrk(s, L"wo") == s + 4 && !wcspbrk(s, L"xyz"));
	CHECK(wcsstr(s, L"") == s && wcsstr(s, L"lo") == s + 3 && !wcsstr(s, L"low"));
	CHECK(wcsstr(s, L"w\xf6rld") == s + 7 && !wcsstr(L"ab", L"abc"));
	CHECK(wcswcs(s, L"o, ") == s + 4);

	wchar_t t[] = L"  one, two,,three  ";
	wchar_t *save, *tok = wcstok(t, L" ,", &save);
	CHECK(tok && !wcscmp(tok, L"one"));
	CHECK((tok = wcstok(0, L" ,", &save)) && !wcscmp(tok, L"two"));
	CHECK((tok = wcstok(0, L",", &save)) && !wcscmp(tok, L"three  "));
	CHECK(!wcstok(0, L" ,", &save) && !wcstok(0, L" ,", &save));
	wchar_t e[] = L",,,";
	CHECK(!wcstok(e, L",", &save));
}

/* wcsstr against the obvious quadratic search, over random strings from
   small alphabets, where periodic needles and near misses are common. */
static const wchar_t *naive(const wchar_t *h, const wchar_t *x)
{
	size_t m = wcslen(x);
	for (; *h; h++)
		if (!wmemcmp(h, x, m) || !m)
			return h;
	return m ? 0 : h;
}

static void wcsstr_random(void)
{
	unsigned seed = 12345;
	wchar_t h[64], x[12];
	for (int round = 0; round < 20000; round++) {
		int alphabet = 2 + round % 3;
		size_t hn = (size_t)((seed = seed * 1103515245 + 12345) >> 16) % 63;
		size_t xn = 1 + (size_t)((seed = seed * 1103515245 + 12345) >> 16) % 11;
		for (size_t i = 0; i < hn; i++)
			h[i] = 0x10000 + (wchar_t)(((seed = seed * 1103515245 + 12345) >> 16) % alphabet);
		h[hn] = 0;
		for (size_t i = 0; i < xn; i++)
			x[i] = 0x10000 + (wchar_t)(((seed = seed * 1103515245 + 12345) >> 16) % alphabet);
		x[xn] = 0;
		if (round % 4 == 0 && hn > xn) /* plant a match */
			wmemcpy(h + hn - xn, x, xn);
		if (wcsstr(h, x) != naive(h, x)) {
			CHECK(!"wcsstr agrees with the naive search");
			break;
		}
	}
	/* a needle with a long period, and one made of one repeated character */
	wchar_t big[200];
	wmemset(big, L'a', 199);
	big[199] = 0;
	CHECK(wcsstr(big, L"aaaaab") == 0 && wcsstr(big, L"aaaa") == big);
	big[150] = L'b';
	CHECK(wcsstr(big, L"aaaaab") == big + 145 && wcsstr(big, L"baa") == big + 150);
	const wchar_t *abc = L"abcabcabd";
	CHECK(wcsstr(abc, L"abcabd") == abc + 3);
}

int main(void)
{
	copying();
	comparing();
	searching();
	wcsstr_random();
	return check_result();
}

/* Wide-character streams: orientation, fgetwc/fputwc and the line
   functions in C.UTF-8, ungetwc, the wide printf and scanf families,
   open_wmemstream, and wcstod/wcstol. */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "check.h"

int main(void)
{
	const char *path = "/tmp/wide.txt";
	wchar_t buf[64], *wend, *out = 0;
	char bytes[64];
	size_t size = 99;
	FILE *f;
	wint_t c;
	int n, a;
	double d;

	CHECK(setlocale(LC_CTYPE, "C.UTF-8") != 0);

	/* orientation: set by the first operation, or by fwide */
	f = fopen(path, "w+");
	CHECK(fwide(f, 0) == 0);
	CHECK(fputwc(L'\u00e9', f) == L'\u00e9' && fwide(f, 0) > 0);
	CHECK(fwide(f, -1) > 0);
	CHECK(fputws(L"t\u00e9\u20ac\U0001F600\n", f) >= 0);
	CHECK(fwprintf(f, L"%d %ls %s %lc|%5ls|%-3lc|%.2ls\n", 42, L"\u00e9t\u00e9", "\xc3\xa9", L'\u20ac', L"ab", L'x', L"\u00e9\u00e9\u00e9") == 24);
	rewind(f);
	CHECK(fread(bytes, 1, 10, f) == 10 && !memcmp(bytes, "\xc3\xa9t\xc3\xa9\xe2\x82\xac\xf0\x9f", 10));
	rewind(f);
	CHECK(fgetwc(f) == L'\u00e9' && fgetwc(f) == L't');
	CHECK(ungetwc(L'\u20ac', f) == L'\u20ac' && fgetwc(f) == L'\u20ac');
	CHECK(fgetws(buf, 64, f) && !wcscmp(buf, L"\u00e9\u20ac\U0001F600\n"));
	CHECK(fgetws(buf, 64, f) && !wcscmp(buf, L"42 \u00e9t\u00e9 \u00e9 \u20ac|   ab|x  |\u00e9\u00e9\n"));
	CHECK(fgetwc(f) == WEOF && feof(f));
	fclose(f);

	/* an incomplete or invalid sequence is an encoding error */
	f = fopen(path, "w+");
	fputs("\xe2\x82", f);
	rewind(f);
	errno = 0;
	CHECK(fgetwc(f) == WEOF && errno == EILSEQ && ferror(f));
	fclose(f);
	f = fopen(path, "w+");
	fputs("a\xff", f);
	rewind(f);
	CHECK(fgetwc(f) == L'a' && fgetwc(f) == WEOF && errno == EILSEQ);
	fclose(f);

	/* swprintf: counts characters, fails when they do not fit */
	CHECK(swprintf(buf, 64, L"%s=%5.1f%%", "x\xc3\xa9", 2.25) == 9 && !wcscmp(buf, L"x\u00e9=  2.2%"));
	CHECK(swprintf(buf, 4, L"%d", 12345) == -1 && !wcscmp(buf, L"123"));
	CHECK(swprintf(buf, 64, L"%2$ls %1$d", 7, L"seven") == 7 && !wcscmp(buf, L"seven 7"));
	CHECK(swprintf(buf, 64, L"%5lc|%-*d|%n", L'\u00e9', 4, 1, &n) == 11 && n == 11);
	CHECK(swprintf(buf, 64, L"%.3s|", "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9") == 4 && !wcscmp(buf, L"\u00e9\u00e9\u00e9|"));

	/* wide scanf */
	CHECK(swscanf(L"12 \u00e9t\u00e9 3.5", L"%d %ls %lf", &a, buf, &d) == 3 && a == 12 && !wcscmp(buf, L"\u00e9t\u00e9") && d == 3.5);
	CHECK(swscanf(L"\u20ac42", L"\u20ac%d", &a) == 1 && a == 42);
	CHECK(swscanf(L"abc", L"%s", bytes) == 1 && !strcmp(bytes, "abc"));
	CHECK(swscanf(L"", L"%d", &a) == EOF);

	/* open_wmemstream */
	f = open_wmemstream(&out, &size);
	CHECK(f && size == 0);
	fwprintf(f, L"wide %ls %d", L"\u00e9", 5);
	CHECK(fflush(f) == 0 && size == 8 && !wcscmp(out, L"wide \u00e9 5"));
	CHECK(fclose(f) == 0);
	free(out);

	/* wide strings to numbers */
	CHECK(wcstod(L"  -1.5e3x", &wend) == -1500 && *wend == L'x');
	CHECK(wcstol(L"0x1F\u00e9", &wend, 0) == 31 && *wend == L'\u00e9');
	CHECK(wcstoull(L"18446744073709551615", &wend, 10) == 18446744073709551615ULL && !*wend);
	CHECK(wcstof(L"0.5", 0) == 0.5f && wcstold(L"1e2", 0) == 100.0L);
	CHECK(wcstod(L"\u00e91", &wend) == 0 && wend[0] == L'\u00e9');
	return check_result();
}

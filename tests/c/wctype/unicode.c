/* Every code point's classes, width and case mappings in C.UTF-8 against
   the expectations scripts/unicode/gen_expect.py wrote from Python's
   unicodedata; and the C locale, where only ASCII has classes. */
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <wctype.h>
#include "check.h"
#include "unicode_expect.h"

#define COUNT(a) (sizeof a / sizeof *a)

static int (*const class_fns[12])(wint_t) = {
	iswalnum, iswalpha, iswblank, iswcntrl, iswdigit, iswgraph,
	iswlower, iswprint, iswpunct, iswspace, iswupper, iswxdigit,
};

static void report(const char *what, unsigned c, long got, long want)
{
	char line[120];
	snprintf(line, sizeof line, "%s(U+%04X) = %ld, want %ld", what, c, got, want);
	check_fail(__FILE__, __LINE__, line);
}

/* Planes 4-13 hold no character: there every 17th code point is enough. */
static unsigned next_code_point(unsigned c)
{
	return c >= 0x40000 && c < 0xe0000 ? c + 17 : c + 1;
}

/* Every class, width and case mapping, walking the expectations' runs
   alongside; iswctype and towctrans where a class or mapping changes. */
static void check_all(void)
{
	const unsigned *edge[12];
	int member[12] = {0}, mistakes = 0;
	wctype_t types[12];
	for (int k = 0; k < 12; k++) {
		edge[k] = class_edges[k];
		types[k] = wctype(class_names[k]);
		CHECK(types[k] != 0);
	}
	wctrans_t to_upper = wctrans("toupper"), to_lower = wctrans("tolower");
	CHECK(to_upper && to_lower);
	size_t run = 0, up = 0, low = 0;
	for (unsigned c = 0; c < UNICODE_LIMIT && mistakes < 10; c = next_code_point(c)) {
		int changed = 0;
		for (int k = 0; k < 12; k++) {
			while (c >= *edge[k]) {
				member[k] = !member[k];
				edge[k]++;
				changed = 1;
			}
			if ((class_fns[k](c) != 0) != member[k]) {
				report(class_names[k], c, !member[k], member[k]);
				mistakes++;
			}
			if (changed && (iswctype(c, types[k]) != 0) != member[k]) {
				report("iswctype", c, !member[k], member[k]);
				mistakes++;
			}
		}
		while (run + 1 < COUNT(width_runs) && c >= width_runs[run + 1].first)
			run++;
		if (wcwidth((wchar_t)c) != width_runs[run].width) {
			report("wcwidth", c, wcwidth((wchar_t)c), width_runs[run].width);
			mistakes++;
		}
		while (up < COUNT(upper_map) && upper_map[up][0] < c)
			up++;
		while (low < COUNT(lower_map) && lower_map[low][0] < c)
			low++;
		unsigned want_up = up < COUNT(upper_map) && upper_map[up][0] == c ? upper_map[up][1] : c;
		unsigned want_low = low < COUNT(lower_map) && lower_map[low][0] == c ? lower_map[low][1] : c;
		if ((unsigned)towupper(c) != want_up || (unsigned)towctrans(c, to_upper) != want_up) {
			report("towupper", c, towupper(c), want_up);
			mistakes++;
		}
		if ((unsigned)towlower(c) != want_low || (unsigned)towctrans(c, to_lower) != want_low) {
			report("towlower", c, towlower(c), want_low);
			mistakes++;
		}
	}
}

static void check_c_locale(void)
{
	int mistakes = 0;
	wctype_t alpha = wctype("alpha");
	for (unsigned c = 0x80; c < UNICODE_LIMIT && mistakes < 5; c = next_code_point(c)) {
		int any = 0;
		for (int k = 0; k < 12; k++)
			any |= class_fns[k](c);
		if (any || iswctype(c, alpha) || towupper(c) != c || towlower(c) != c || wcwidth((wchar_t)c) != -1) {
			report("C locale class", c, any, 0);
			mistakes++;
		}
	}
	/* ASCII is the same as in C.UTF-8, and as ctype.h says */
	CHECK(iswalpha('a') && iswupper('A') && !iswupper('a') && iswdigit('7'));
	CHECK(iswspace('\n') && iswblank('\t') && !iswblank('\n') && iswcntrl(0x7f));
	CHECK(iswpunct('!') && !iswpunct(' ') && iswprint(' ') && !iswgraph(' '));
	CHECK(towupper('q') == 'Q' && towlower('Q') == 'q' && towupper('1') == '1');
	CHECK(wcwidth(L'a') == 1 && wcwidth(0) == 0 && wcwidth(0x7f) == -1);
	/* the wide characters that stand for bytes 0x80-0xff are in no class */
	CHECK(!iswalpha(0xdfe9) && !iswprint(0xdfe9) && wcwidth(0xdfe9) == -1);
	CHECK(wcswidth(L"ab", 5) == 2 && wcswidth(L"a\xe9", 5) == -1);
}

static void check_edges(void)
{
	CHECK(!iswalpha(WEOF) && towupper(WEOF) == WEOF && towlower(WEOF) == WEOF);
	CHECK(!iswprint(0x110000) && towlower(0x110041) == 0x110041);
	CHECK(wctype("") == 0 && wctype("Alpha") == 0 && wctype("alphax") == 0);
	CHECK(wctrans("toupper") != wctrans("tolower") && wctrans("totitle") == 0);
	CHECK(iswctype(L'a', 0) == 0 && towctrans(L'a', 0) == L'a');
	/* a few facts worth seeing spelt out */
	CHECK(iswalpha(0xe9) && iswlower(0xe9) && towupper(0xe9) == 0xc9);
	CHECK(towlower(0x130) == 'i' && towupper(0xdf) == 0xdf && towlower(0x1e9e) == 0xdf);
	CHECK(towupper(0x1f80) == 0x1f88 && iswupper(0x1c5) && iswlower(0x1c5));
	CHECK(iswspace(0x3000) && !iswspace(0xa0) && !iswgraph(0xa0) && iswprint(0xa0));
	CHECK(iswalpha(0x0663) && !iswdigit(0x0663) && iswalnum(0x0663));
	CHECK(wcwidth(0x4e00) == 2 && wcwidth(0x301) == 0 && wcwidth(0xad) == 1);
	CHECK(wcwidth(0x1f600) == 2 && wcwidth(0xff21) == 2 && wcwidth(0x378) == -1);
	CHECK(wcswidth(L"\x4e00\x0301x", 10) == 3 && wcswidth(L"\x4e00x", 1) == 2);
	CHECK(wcswidth(L"a\n", 2) == -1 && wcswidth(L"a\n", 1) == 1);
}

int main(void)
{
	check_c_locale();
	locale_t utf8 = newlocale(LC_ALL_MASK, "C.UTF-8", 0);
	CHECK(utf8 != 0);
	CHECK(iswalpha_l(0xe9, utf8) && !iswalpha_l(0xe9, LC_GLOBAL_LOCALE));
	CHECK(towupper_l(0xe9, utf8) == 0xc9 && towupper_l(0xe9, LC_GLOBAL_LOCALE) == 0xe9);
	CHECK(iswctype_l(0xe9, wctype_l("lower", utf8), utf8));
	CHECK(towctrans_l(0xe9, wctrans_l("toupper", utf8), utf8) == 0xc9);
	CHECK(setlocale(LC_CTYPE, "C.UTF-8") != 0);
	CHECK(!iswalpha_l(0xe9, newlocale(LC_ALL_MASK, "C", 0)));
	CHECK(iswalpha_l(0xe9, LC_GLOBAL_LOCALE));
	check_all();
	check_edges();
	return check_result();
}

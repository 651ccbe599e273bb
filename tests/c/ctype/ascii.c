#include <ctype.h>
#include <stdio.h>
#include "check.h"

/* Every predicate over every unsigned char value and EOF, against the C
   locale's definition (C17 7.4.1, POSIX "C" locale). */
int main(void)
{
	for (int c = -1; c < 256; c++) {
		int digit = c >= '0' && c <= '9';
		int upper = c >= 'A' && c <= 'Z';
		int lower = c >= 'a' && c <= 'z';
		int alpha = upper || lower;
		int space = c == ' ' || (c >= '\t' && c <= '\r');
		int cntrl = (c >= 0 && c < 32) || c == 127;
		int print = c >= 32 && c < 127;
		int graph = print && c != ' ';
		int xdigit = digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
		CHECK(!!isdigit(c) == digit);
		CHECK(!!isupper(c) == upper);
		CHECK(!!islower(c) == lower);
		CHECK(!!isalpha(c) == alpha);
		CHECK(!!isalnum(c) == (alpha || digit));
		CHECK(!!isspace(c) == space);
		CHECK(!!isblank(c) == (c == ' ' || c == '\t'));
		CHECK(!!iscntrl(c) == cntrl);
		CHECK(!!isprint(c) == print);
		CHECK(!!isgraph(c) == graph);
		CHECK(!!ispunct(c) == (graph && !alpha && !digit));
		CHECK(!!isxdigit(c) == xdigit);
		CHECK(tolower(c) == (upper ? c + 32 : c));
		CHECK(toupper(c) == (lower ? c - 32 : c));
	}
	CHECK(tolower(EOF) == EOF && toupper(EOF) == EOF);
	return check_result();
}

#include <ctype.h>
#include <stdint.h>
#include "check.h"

const unsigned short **__ctype_b_loc(void);
const int32_t **__ctype_tolower_loc(void);
const int32_t **__ctype_toupper_loc(void);

/* The glibc-compatible tables agree with the functions, in glibc's bits. */
int main(void)
{
	const unsigned short *b = *__ctype_b_loc();
	const int32_t *lo = *__ctype_tolower_loc(), *up = *__ctype_toupper_loc();
	for (int c = -128; c < 256; c++) {
		int in = c >= 0;
		CHECK(!!(b[c] & 0x400) == (in && isalpha(c)));
		CHECK(!!(b[c] & 0x800) == (in && isdigit(c)));
		CHECK(!!(b[c] & 0x2000) == (in && isspace(c)));
		CHECK(!!(b[c] & 0x4) == (in && ispunct(c)));
		CHECK(!!(b[c] & 0x1) == (in && isblank(c)));
		CHECK(lo[c] == (in ? tolower(c) : c));
		CHECK(up[c] == (in ? toupper(c) : c));
	}
	CHECK(b['A'] == (0x100 | 0x400 | 0x1000 | 0x4000 | 0x8000 | 0x8));
	return check_result();
}

#include <ctype.h>
#include <stdint.h>

/* The table glibc's ctype macros index, for objects compiled against glibc
   headers: one entry per value from -128 to 255, with glibc's bit layout
   (on little-endian: upper 0x100, lower 0x200, alpha 0x400, digit 0x800,
   xdigit 0x1000, space 0x2000, print 0x4000, graph 0x8000, blank 0x1,
   cntrl 0x2, punct 0x4, alnum 0x8). Filled on first use from the C
   locale's classes. */
static unsigned short table[384];
static const unsigned short *ptr;

const unsigned short **__ctype_b_loc(void)
{
	if (!ptr) {
		for (int c = -128; c < 256; c++) {
			unsigned short b = 0;
			if (c >= 0) {
				b |= isupper(c) ? 0x100 : 0;
				b |= islower(c) ? 0x200 : 0;
				b |= isalpha(c) ? 0x400 : 0;
				b |= isdigit(c) ? 0x800 : 0;
				b |= isxdigit(c) ? 0x1000 : 0;
				b |= isspace(c) ? 0x2000 : 0;
				b |= isprint(c) ? 0x4000 : 0;
				b |= isgraph(c) ? 0x8000 : 0;
				b |= isblank(c) ? 0x1 : 0;
				b |= iscntrl(c) ? 0x2 : 0;
				b |= ispunct(c) ? 0x4 : 0;
				b |= isalnum(c) ? 0x8 : 0;
			}
			table[c + 128] = b;
		}
		ptr = table + 128;
	}
	return &ptr;
}

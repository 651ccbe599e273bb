#include "unicode_ctype.h"
#include "unicode_tables.h"

/* What a wide character outside the table, or beyond ASCII in the C
   locale, is: in no class, not printable, its own case. */
static const struct unicode_kind nothing = { 0, -1, 0, 0 };

hidden const struct unicode_kind *__wc_kind(wint_t wc, int utf8)
{
	unsigned c = (unsigned)wc;
	if (c >= 0x110000 || (c >= 0x80 && !utf8))
		return &nothing;
	unsigned mid = unicode_top[c >> (UNICODE_LEAF_BITS + UNICODE_MID_BITS)];
	unsigned leaf = unicode_mid[mid][(c >> UNICODE_LEAF_BITS) & ((1u << UNICODE_MID_BITS) - 1)];
	return &unicode_kinds[unicode_leaf[leaf][c & ((1u << UNICODE_LEAF_BITS) - 1)]];
}

/* Wide-character classes, widths and case mappings. Every code point has a
   kind (scripts/unicode/ucd.py says how each is derived from the Unicode
   Character Database); the generated unicode_tables.h holds them. In the C
   locale only ASCII has classes and a width: wide characters beyond ASCII
   there stand for bytes (0xdf80-0xdfff) or come from no multibyte string. */
#ifndef _INTERNAL_UNICODE_CTYPE_H
#define _INTERNAL_UNICODE_CTYPE_H

#include <wctype.h>
#include "locale_impl.h"

/* One bit per class, in the order of ucd.CLASSES; these bits are the
   values wctype() returns. */
#define WC_ALNUM  0x001
#define WC_ALPHA  0x002
#define WC_BLANK  0x004
#define WC_CNTRL  0x008
#define WC_DIGIT  0x010
#define WC_GRAPH  0x020
#define WC_LOWER  0x040
#define WC_PRINT  0x080
#define WC_PUNCT  0x100
#define WC_SPACE  0x200
#define WC_UPPER  0x400
#define WC_XDIGIT 0x800

struct unicode_kind {
	unsigned short classes;
	signed char width;     /* wcwidth: -1, 0, 1 or 2 */
	int to_upper, to_lower; /* added to the code point */
};

/* The kind of wc where LC_CTYPE is UTF-8 (utf8 != 0) or C. */
hidden const struct unicode_kind *__wc_kind(wint_t wc, int utf8);

#define LOCALE_UTF8(loc) ((loc) == LC_GLOBAL_LOCALE ? __global_locale.utf8 : (loc)->utf8)

#define WC_IS(wc, class) ((__wc_kind((wc), CURRENT_UTF8)->classes & (class)) != 0)
#define WC_IS_L(wc, class, loc) ((__wc_kind((wc), LOCALE_UTF8(loc))->classes & (class)) != 0)

#endif

/* Locales. Two character encodings exist: the "C"/"POSIX" locale, where
   every byte is one character (bytes 0x80-0xff stand for the wide
   characters 0xdf80-0xdfff, so that any byte string survives a round trip
   through wide characters), and "C.UTF-8", where multibyte means UTF-8.
   Collation, numeric, monetary, time and message categories are those of
   the C locale in both. A locale object records the encoding and the name
   of each category. */
#ifndef _INTERNAL_LOCALE_IMPL_H
#define _INTERNAL_LOCALE_IMPL_H

#include <locale.h>
#include "libc.h"

#define LOCALE_CATEGORIES 6

struct __locale_struct {
	int utf8; /* LC_CTYPE is UTF-8 */
	const char *names[LOCALE_CATEGORIES];
};

/* The locale setlocale changes, and the one the calling thread uses. */
extern hidden struct __locale_struct __global_locale;
extern hidden struct __locale_struct *__thread_locale;

#define CURRENT_LOCALE (__thread_locale ? __thread_locale : &__global_locale)
#define CURRENT_UTF8 (CURRENT_LOCALE->utf8)

/* The wide character a byte of the C locale stands for, and back. */
#define C_BYTE_TO_WC(b) ((wchar_t)(0xdf00 | (unsigned char)(b)))
#define C_WC_IS_BYTE(wc) ((unsigned)(wc) - 0xdf80u < 0x80u)

/* The canonical name for a locale name, or 0 if there is no such locale:
   "" picks from LC_ALL, the category's variable, then LANG, as POSIX
   says, defaulting to C.UTF-8. */
hidden const char *__locale_name(int category, const char *name);

#endif

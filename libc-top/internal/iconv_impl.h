/* A conversion descriptor: the two character sets, the //TRANSLIT and
   //IGNORE choices, and the byte-order-mark state of the UTF-16 and UTF-32
   forms that have one. */
#ifndef _INTERNAL_ICONV_IMPL_H
#define _INTERNAL_ICONV_IMPL_H

#include <iconv.h>

enum charset {
	CS_UTF8,
	CS_UTF16,   /* byte order from a BOM, else little-endian; writes a BOM */
	CS_UTF16LE,
	CS_UTF16BE,
	CS_UTF32,   /* as CS_UTF16, in four bytes */
	CS_UTF32LE,
	CS_UTF32BE,
	CS_UCS2,    /* UTF-16 without surrogates: the BMP only; little-endian */
	CS_UCS2LE,
	CS_UCS2BE,
	CS_UCS4,    /* big-endian, as ISO 10646 wrote it */
	CS_UCS4LE,
	CS_WCHAR,   /* wchar_t: UTF-32 in the machine's (little-endian) order */
	CS_ASCII,
	CS_LATIN1,
};

enum { ORDER_UNKNOWN, ORDER_LE, ORDER_BE };

struct iconv_cd {
	unsigned char from, to;
	unsigned char translit, ignore;
	unsigned char from_order; /* what the input's BOM said */
	unsigned char bom_written;
};

#endif

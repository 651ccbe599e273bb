#include <errno.h>
#include <string.h>
#include "iconv_impl.h"
#include "iconv_translit.h"

/* POSIX iconv, with glibc's readings of what POSIX leaves open: an
   invalid input sequence and a character the target cannot represent
   both stop with EILSEQ (the input left at the character); //TRANSLIT
   writes an approximation, or '?', and counts it as irreversible;
   //IGNORE skips either kind of character and, once all the input is
   used, reports EILSEQ all the same. */

#define ILSEQ (-1)
#define INCOMPLETE (-2) /* decoding: the input ends inside a character */
#define NOSPACE (-2)    /* encoding: the output has no room for it */

static unsigned get16(const unsigned char *p, int order)
{
	return order == ORDER_BE ? (unsigned)p[0] << 8 | p[1] : (unsigned)p[1] << 8 | p[0];
}

static unsigned get32(const unsigned char *p, int order)
{
	return order == ORDER_BE ? (unsigned)p[0] << 24 | (unsigned)p[1] << 16 | (unsigned)p[2] << 8 | p[3]
	                         : (unsigned)p[3] << 24 | (unsigned)p[2] << 16 | (unsigned)p[1] << 8 | p[0];
}

static void put16(unsigned char *p, unsigned v, int order)
{
	p[order == ORDER_BE ? 0 : 1] = (unsigned char)(v >> 8);
	p[order == ORDER_BE ? 1 : 0] = (unsigned char)v;
}

static void put32(unsigned char *p, unsigned v, int order)
{
	for (int i = 0; i < 4; i++)
		p[order == ORDER_BE ? 3 - i : i] = (unsigned char)(v >> 8 * i);
}

static int valid(unsigned c)
{
	return c < 0x110000 && c - 0xd800 >= 0x800;
}

static int decode_utf8(const unsigned char *s, size_t n, unsigned *wc)
{
	unsigned c = s[0], need, lo = 0x80, hi = 0xbf;
	if (c < 0x80) {
		*wc = c;
		return 1;
	}
	if (c - 0xc2 <= 0xdf - 0xc2) {
		need = 1;
		c &= 0x1f;
	} else if (c - 0xe0 <= 0xef - 0xe0) {
		need = 2;
		lo = c == 0xe0 ? 0xa0 : 0x80; /* no overlong forms */
		hi = c == 0xed ? 0x9f : 0xbf; /* no surrogates */
		c &= 0x0f;
	} else if (c - 0xf0 <= 0xf4 - 0xf0) {
		need = 3;
		lo = c == 0xf0 ? 0x90 : 0x80;
		hi = c == 0xf4 ? 0x8f : 0xbf; /* nothing above 0x10ffff */
		c &= 0x07;
	} else {
		return ILSEQ;
	}
	for (unsigned i = 1; i <= need; i++) {
		if (i == n)
			return INCOMPLETE;
		if (s[i] < lo || s[i] > hi)
			return ILSEQ;
		c = c << 6 | (s[i] & 0x3f);
		lo = 0x80;
		hi = 0xbf;
	}
	*wc = c;
	return (int)need + 1;
}

/* One character from s (n > 0 bytes): the bytes it takes, or ILSEQ or
   INCOMPLETE. A UTF-16 or UTF-32 byte-order mark at the start sets the
   order and takes its bytes without giving a character (*wc = -1). */
static int decode(struct iconv_cd *cd, const unsigned char *s, size_t n, unsigned *wc)
{
	int order = ORDER_LE;
	switch (cd->from) {
	case CS_UTF8:
		return decode_utf8(s, n, wc);
	case CS_ASCII:
		*wc = s[0];
		return s[0] < 0x80 ? 1 : ILSEQ;
	case CS_LATIN1:
		*wc = s[0];
		return 1;
	case CS_UTF16BE:
	case CS_UCS2BE:
		order = ORDER_BE;
		break;
	case CS_UTF32BE:
	case CS_UCS4:
		order = ORDER_BE;
		/* fall through */
	case CS_UTF32LE:
	case CS_UCS4LE:
	case CS_WCHAR:
		if (n < 4)
			return INCOMPLETE;
		*wc = get32(s, order);
		return valid(*wc) ? 4 : ILSEQ;
	case CS_UTF32:
		if (n < 4)
			return INCOMPLETE;
		if (cd->from_order == ORDER_UNKNOWN) {
			cd->from_order = ORDER_LE;
			if (get32(s, ORDER_BE) == 0xfeff || get32(s, ORDER_LE) == 0xfeff) {
				cd->from_order = s[0] ? ORDER_LE : ORDER_BE;
				*wc = (unsigned)-1;
				return 4;
			}
		}
		*wc = get32(s, cd->from_order);
		return valid(*wc) ? 4 : ILSEQ;
	case CS_UTF16:
		if (n < 2)
			return INCOMPLETE;
		if (cd->from_order == ORDER_UNKNOWN) {
			cd->from_order = ORDER_LE;
			if (get16(s, ORDER_BE) == 0xfeff || get16(s, ORDER_LE) == 0xfeff) {
				cd->from_order = s[0] == 0xfe ? ORDER_BE : ORDER_LE;
				*wc = (unsigned)-1;
				return 2;
			}
		}
		order = cd->from_order;
		break;
	}
	/* the 16-bit forms */
	if (n < 2)
		return INCOMPLETE;
	unsigned c = get16(s, order);
	int ucs2 = cd->from == CS_UCS2 || cd->from == CS_UCS2LE || cd->from == CS_UCS2BE;
	if (c - 0xd800 >= 0x800) {
		*wc = c;
		return 2;
	}
	if (ucs2 || c >= 0xdc00)
		return ILSEQ;
	if (n < 4)
		return INCOMPLETE;
	unsigned low = get16(s + 2, order);
	if (low - 0xdc00 >= 0x400)
		return ILSEQ;
	*wc = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
	return 4;
}

/* Writes wc to out (n bytes free): the bytes written, ILSEQ if the
   target cannot represent it, or NOSPACE. A BOM goes out with the first
   character after opening or a reset. */
static int encode(struct iconv_cd *cd, unsigned wc, unsigned char *out, size_t n)
{
	int order = ORDER_LE;
	switch (cd->to) {
	case CS_UTF8:
		if (wc < 0x80) {
			if (n < 1)
				return NOSPACE;
			out[0] = (unsigned char)wc;
			return 1;
		}
		int len = wc < 0x800 ? 2 : wc < 0x10000 ? 3 : 4;
		if (n < (size_t)len)
			return NOSPACE;
		static const unsigned char lead[5] = { 0, 0, 0xc0, 0xe0, 0xf0 };
		for (int i = len - 1; i > 0; i--, wc >>= 6)
			out[i] = (unsigned char)(0x80 | (wc & 0x3f));
		out[0] = (unsigned char)(lead[len] | wc);
		return len;
	case CS_ASCII:
	case CS_LATIN1:
		if (wc >= (cd->to == CS_ASCII ? 0x80u : 0x100u))
			return ILSEQ;
		if (n < 1)
			return NOSPACE;
		out[0] = (unsigned char)wc;
		return 1;
	case CS_UTF32BE:
	case CS_UCS4:
		order = ORDER_BE;
		/* fall through */
	case CS_UTF32LE:
	case CS_UCS4LE:
	case CS_WCHAR:
	case CS_UTF32: {
		int bom = cd->to == CS_UTF32 && !cd->bom_written;
		if (n < 4u + 4u * (unsigned)bom)
			return NOSPACE;
		if (bom) {
			put32(out, 0xfeff, order);
			cd->bom_written = 1;
		}
		put32(out + 4 * bom, wc, order);
		return 4 + 4 * bom;
	}
	case CS_UCS2BE:
	case CS_UTF16BE:
		order = ORDER_BE;
		break;
	}
	int ucs2 = cd->to == CS_UCS2 || cd->to == CS_UCS2LE || cd->to == CS_UCS2BE;
	if (ucs2 && wc >= 0x10000)
		return ILSEQ;
	int bom = cd->to == CS_UTF16 && !cd->bom_written;
	size_t len = 2 * (size_t)bom + (wc >= 0x10000 ? 4 : 2);
	if (n < len)
		return NOSPACE;
	if (bom) {
		put16(out, 0xfeff, order);
		cd->bom_written = 1;
		out += 2;
	}
	if (wc >= 0x10000) {
		put16(out, 0xd800 | (wc - 0x10000) >> 10, order);
		put16(out + 2, 0xdc00 | (wc & 0x3ff), order);
	} else {
		put16(out, wc, order);
	}
	return (int)len;
}

/* The //TRANSLIT replacement for wc: its ASCII approximation if the
   table has one, else "?". */
static const char *approximation(unsigned wc, char *one)
{
	size_t lo = 0, hi = sizeof translit_from / sizeof *translit_from;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (translit_from[mid] < wc) {
			lo = mid + 1;
		} else if (translit_from[mid] > wc) {
			hi = mid;
		} else {
			unsigned to = translit_to[mid];
			if (to >= 0x80)
				return translit_pool + (to - 0x80);
			one[0] = (char)to;
			one[1] = 0;
			return one;
		}
	}
	return "?";
}

/* Writes the approximation of wc, whole or not at all; every target
   here has ASCII, and the longest approximation with a BOM fits in tmp. */
static int encode_translit(struct iconv_cd *cd, unsigned wc, unsigned char *out, size_t n)
{
	char one[2];
	unsigned char tmp[4 * (TRANSLIT_MAX + 1)];
	size_t used = 0;
	for (const char *s = approximation(wc, one); *s; s++)
		used += (size_t)encode(cd, (unsigned char)*s, tmp + used, sizeof tmp - used);
	if (used > n)
		return NOSPACE;
	memcpy(out, tmp, used);
	return (int)used;
}

/* How far //IGNORE skips past an invalid sequence: one code unit. */
static size_t unit(int charset)
{
	switch (charset) {
	case CS_UTF16: case CS_UTF16LE: case CS_UTF16BE:
	case CS_UCS2: case CS_UCS2LE: case CS_UCS2BE:
		return 2;
	case CS_UTF32: case CS_UTF32LE: case CS_UTF32BE:
	case CS_UCS4: case CS_UCS4LE: case CS_WCHAR:
		return 4;
	}
	return 1;
}

size_t iconv(iconv_t handle, char **__restrict inbuf, size_t *__restrict inleft,
             char **__restrict outbuf, size_t *__restrict outleft)
{
	struct iconv_cd *cd = handle;
	if (!inbuf || !*inbuf) {
		/* back to the initial state: the next output starts with a BOM
		   again; there are no shift sequences to write */
		cd->bom_written = 0;
		return 0;
	}
	const unsigned char *in = (const unsigned char *)*inbuf;
	unsigned char *out = (unsigned char *)*outbuf;
	size_t in_n = *inleft, out_n = *outleft, irreversible = 0;
	int ignored = 0, error = 0;
	while (in_n) {
		unsigned wc;
		int used = decode(cd, in, in_n, &wc);
		if (used == INCOMPLETE) {
			error = EINVAL;
			break;
		}
		if (used == ILSEQ) {
			if (!cd->ignore) {
				error = EILSEQ;
				break;
			}
			size_t skip = unit(cd->from);
			ignored = 1;
			in += skip;
			in_n -= skip;
			continue;
		}
		int wrote = 0;
		if (wc != (unsigned)-1) {
			unsigned char saved = cd->bom_written;
			wrote = encode(cd, wc, out, out_n);
			if (wrote == ILSEQ) {
				if (cd->translit) {
					cd->bom_written = saved;
					wrote = encode_translit(cd, wc, out, out_n);
					if (wrote >= 0)
						irreversible++;
				} else if (cd->ignore) {
					ignored = 1;
					wrote = 0;
				} else {
					error = EILSEQ;
					break;
				}
			}
			if (wrote == NOSPACE) {
				cd->bom_written = saved;
				error = E2BIG;
				break;
			}
		}
		in += used;
		in_n -= (size_t)used;
		out += wrote;
		out_n -= (size_t)wrote;
	}
	*inbuf = (char *)in;
	*inleft = in_n;
	*outbuf = (char *)out;
	*outleft = out_n;
	if (!error && ignored)
		error = EILSEQ;
	if (error) {
		errno = error;
		return (size_t)-1;
	}
	return irreversible;
}

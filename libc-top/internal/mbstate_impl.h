/* What an mbstate_t holds between calls that see part of a UTF-8
   sequence: the bits decoded so far, how many continuation bytes are still
   due, and the range the next one must fall in (narrower than 0x80-0xbf
   right after some lead bytes, which is how overlong forms, surrogates and
   values above 0x10ffff are refused at their first wrong byte). */
#ifndef _INTERNAL_MBSTATE_IMPL_H
#define _INTERNAL_MBSTATE_IMPL_H

#include <wchar.h>

#define MB_VALUE(ps) ((ps)->__opaque1)
#define MB_PENDING(ps) ((ps)->__opaque2 >> 16)
#define MB_LO(ps) (((ps)->__opaque2 >> 8) & 0xff)
#define MB_HI(ps) ((ps)->__opaque2 & 0xff)
#define MB_SET(ps, value, pending, lo, hi) \
	((ps)->__opaque1 = (value), (ps)->__opaque2 = (unsigned)(pending) << 16 | (lo) << 8 | (hi))

#endif

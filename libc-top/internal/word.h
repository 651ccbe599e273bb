/* Word-at-a-time helpers for the string functions. WebAssembly allows
   unaligned loads, but a load must not run past the end of linear memory, so
   scans that may read beyond the terminator align to the word first: an
   aligned word holding one valid byte never crosses a page boundary. */
#ifndef _INTERNAL_WORD_H
#define _INTERNAL_WORD_H

#include <stddef.h>
#include <stdint.h>

typedef uint64_t __attribute__((__may_alias__)) word_t;
typedef uint64_t __attribute__((__may_alias__, __aligned__(1))) uword_t;

#define WORD_SIZE sizeof(word_t)
#define ONES ((word_t)-1 / 0xff)
#define HIGHS (ONES * 0x80)

/* Nonzero iff some byte of x is zero. Bytes above the first zero may be
   flagged spuriously (a borrow), so only the lowest flag is meaningful. */
#define HAS_ZERO(x) (((x) - ONES) & ~(x) & HIGHS)

/* The index of the first zero byte of a word known to hold one (little
   endian: the lowest set high bit). */
static inline unsigned first_zero(word_t x)
{
	return (unsigned)__builtin_ctzll(HAS_ZERO(x)) / 8;
}

#endif

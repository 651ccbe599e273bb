/* mbrtoc16 and c16rtomb keep a surrogate between calls in the mbstate_t:
   the low half mbrtoc16 still owes, or the high half c16rtomb has seen.
   The pending count, which is 1 to 3 while a UTF-8 sequence is incomplete
   (mbstate_impl.h), is then SURROGATE_PENDING, so mbsinit says the state
   is not initial. */
#ifndef _INTERNAL_UCHAR_IMPL_H
#define _INTERNAL_UCHAR_IMPL_H

#include "mbstate_impl.h"

#define SURROGATE_PENDING 0x100
#define HAS_SURROGATE(ps) (MB_PENDING(ps) == SURROGATE_PENDING)
#define SET_SURROGATE(ps, s) MB_SET(ps, s, SURROGATE_PENDING, 0, 0)

#endif

/* The length modifiers of the printf and scanf families (C11 7.21.6.1p7,
   7.21.6.2p11), as their parsers number them; 'L' (and 'q') on an integer
   conversion means long long, as in glibc. */
#ifndef _INTERNAL_LENMOD_H
#define _INTERNAL_LENMOD_H

#include "libc.h"

enum { LM_NONE, LM_HH, LM_H, LM_L, LM_LL, LM_J, LM_Z, LM_T, LM_BIGL };

/* Stores v, converted, into the integer object that length modifier lm
   says p points to: printf's %n and scanf's integer conversions. */
hidden void __store_int(void *p, int lm, unsigned long long v);

#endif

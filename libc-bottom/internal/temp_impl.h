#ifndef _INTERNAL_TEMP_IMPL_H
#define _INTERNAL_TEMP_IMPL_H

#include "libc.h"

/* Tries names for mkstemp and its kin: the six X's before `suffix`
   bytes at the end of `tmpl` become random letters and digits from the
   host's random source, and `make` is called until it does not fail with
   EEXIST. Returns make's result; EINVAL for a template without the X's,
   EEXIST after a thousand names taken (62^6 names make that a sign of
   something else going wrong). */
hidden int __mktemp(char *tmpl, int suffix, int (*make)(const char *, int), int arg);

#endif

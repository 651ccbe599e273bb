#ifndef _INTERNAL_GETOPT_IMPL_H
#define _INTERNAL_GETOPT_IMPL_H

#include "libc.h"

/* The position inside a cluster of short options ("-abc"), shared by
   getopt and getopt_long so that they can be mixed. */
extern hidden int __optpos;

/* Prints "prog: msg[ 'what']" to stderr when opterr is set and optstring
   does not start with ':'. */
hidden void __getopt_msg(const char *prog, const char *msg, const char *what, int len);

/* Restarts the scan when optind is 0 or optreset is set (the GNU and BSD
   conventions). */
hidden void __getopt_reset(void);

#endif

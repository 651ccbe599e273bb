#ifndef _NETINET_TCP_H
#define _NETINET_TCP_H

#include <features.h>

/* Linux's option numbers, as the established WASI ABI has them; WASI
   preview1 can set none of them (setsockopt gives ENOPROTOOPT). */
#define TCP_NODELAY   1
#define TCP_MAXSEG    2
#define TCP_CORK      3
#define TCP_KEEPIDLE  4
#define TCP_KEEPINTVL 5
#define TCP_KEEPCNT   6
#define TCP_SYNCNT    7
#define TCP_LINGER2   8
#define TCP_DEFER_ACCEPT 9
#define TCP_WINDOW_CLAMP 10
#define TCP_INFO      11
#define TCP_QUICKACK  12
#define TCP_CONGESTION 13
#define TCP_USER_TIMEOUT 18
#define TCP_FASTOPEN  23

#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#define SOL_TCP 6
#endif

#endif

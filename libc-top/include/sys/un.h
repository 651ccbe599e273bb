#ifndef _SYS_UN_H
#define _SYS_UN_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef __DEFINED_socklen_t
typedef unsigned socklen_t;
typedef unsigned short sa_family_t;
#define __DEFINED_socklen_t
#endif

/* WASI preview1 has no local sockets (socket gives EAFNOSUPPORT); the
   structure is there for code that names them. */
struct sockaddr_un {
	__attribute__((__aligned__(16))) sa_family_t sun_family;
	char sun_path[108];
};

#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#define SUN_LEN(s) (2 + __builtin_strlen((s)->sun_path))
#endif

#ifdef __cplusplus
}
#endif

#endif

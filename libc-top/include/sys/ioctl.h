#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The requests WASI can serve (the established WASI ABI's numbers); any
   other fails with ENOTTY. */
#define FIONREAD 1
#define FIONBIO  2

int ioctl(int, int, ...);

#ifdef __cplusplus
}
#endif

#endif

#ifndef _FEATURES_H
#define _FEATURES_H

/* With no feature-test macro, expose everything this libc has, as the
   established WASI libc does: POSIX, X/Open and the BSD/GNU extensions. */
#if defined(_ALL_SOURCE) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE 1
#endif

#if defined(_DEFAULT_SOURCE) && !defined(_BSD_SOURCE)
#define _BSD_SOURCE 1
#endif

#if !defined(_POSIX_SOURCE) && !defined(_POSIX_C_SOURCE) \
 && !defined(_XOPEN_SOURCE) && !defined(_GNU_SOURCE) \
 && !defined(_BSD_SOURCE) && !defined(__STRICT_ANSI__)
#define _BSD_SOURCE 1
#define _XOPEN_SOURCE 700
#endif

#if defined(__cplusplus)
#define __restrict
#define __inline inline
#elif !defined(__STDC_VERSION__) || __STDC_VERSION__ < 199901L
#define __restrict __restrict__
#define __inline __inline__
#else
#define __restrict restrict
#endif

#if defined(__cplusplus) && __cplusplus >= 201103L
#define _Noreturn [[noreturn]]
#elif defined(__cplusplus) || !defined(__STDC_VERSION__) || __STDC_VERSION__ < 201112L
#define _Noreturn __attribute__((__noreturn__))
#endif

#define __REDIR(x, y) __typeof__(x) x __asm__(#y)

#endif

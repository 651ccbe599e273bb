#ifndef _LIBGEN_H
#define _LIBGEN_H

#ifdef __cplusplus
extern "C" {
#endif

/* POSIX: both may modify the string, and may return static storage. */
char *dirname(char *);
char *basename(char *);

#ifdef __cplusplus
}
#endif

#endif

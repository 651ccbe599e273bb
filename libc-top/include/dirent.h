#ifndef _DIRENT_H
#define _DIRENT_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#define __NEED_ino_t
#define __NEED_size_t
#include <bits/alltypes.h>

typedef struct __dirstream DIR;

/* d_ino, d_type and d_name sit where the established WASI ABI puts them;
   d_name has room for any name (NAME_MAX bytes), as readdir_r needs. */
struct dirent {
	ino_t d_ino;
	unsigned char d_type;
	char d_name[256];
};

#define d_fileno d_ino
#define _DIRENT_HAVE_D_TYPE

/* d_type values: the WASI file types. WASI has no FIFO type; DT_FIFO is
   the stream socket type, as in the established WASI ABI. */
#define DT_UNKNOWN 0
#define DT_BLK 1
#define DT_CHR 2
#define DT_DIR 3
#define DT_REG 4
#define DT_FIFO 6
#define DT_LNK 7

int closedir(DIR *);
DIR *fdopendir(int);
DIR *opendir(const char *);
struct dirent *readdir(DIR *);
int readdir_r(DIR *__restrict, struct dirent *__restrict, struct dirent **__restrict);
void rewinddir(DIR *);
int dirfd(DIR *);
int alphasort(const struct dirent **, const struct dirent **);
int scandir(const char *, struct dirent ***, int (*)(const struct dirent *),
            int (*)(const struct dirent **, const struct dirent **));

#if defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
void seekdir(DIR *, long);
long telldir(DIR *);
#endif

#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
/* Extensions of the established WASI libc. */
DIR *opendirat(int, const char *);
int fdclosedir(DIR *);
int scandirat(int, const char *, struct dirent ***, int (*)(const struct dirent *),
              int (*)(const struct dirent **, const struct dirent **));
int __wasilibc_iftodt(int);
int __wasilibc_dttoif(int);
#define IFTODT(x) (__wasilibc_iftodt(x))
#define DTTOIF(x) (__wasilibc_dttoif(x))
#endif

#ifdef _GNU_SOURCE
int versionsort(const struct dirent **, const struct dirent **);
#endif

#if defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)
#define dirent64 dirent
#define readdir64 readdir
#define readdir64_r readdir_r
#define scandir64 scandir
#define alphasort64 alphasort
#define versionsort64 versionsort
#endif

#ifdef __cplusplus
}
#endif

#endif

/* The allocator's extensions, and the standard allocation functions
   again, as on other systems. */
#ifndef _MALLOC_H
#define _MALLOC_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#define __NEED_size_t
#include <bits/alltypes.h>
#include <bits/null.h>

void *malloc(size_t);
void *calloc(size_t, size_t);
void *realloc(void *, size_t);
void free(void *);
void *memalign(size_t, size_t);
void *valloc(size_t);
size_t malloc_usable_size(void *);

#ifdef __cplusplus
}
#endif

#endif

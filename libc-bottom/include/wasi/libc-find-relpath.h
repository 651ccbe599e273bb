/* Path lookup through the preopens, for code that calls the host
   itself. */
#ifndef __wasi_libc_find_relpath_h
#define __wasi_libc_find_relpath_h

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#define __NEED_size_t
#include <bits/alltypes.h>

/* Resolves `path` (relative to the current directory if it is relative)
   to a preopened directory descriptor, which is returned, and a path
   relative to it, copied to the buffer *relative_path of
   relative_path_len bytes. *abs_prefix gets the preopen's name. Returns -1
   with errno ENOENT when no preopen holds the path, ERANGE when the buffer
   is too small. */
int __wasilibc_find_relpath(const char *path, const char **abs_prefix,
                            char **relative_path, size_t relative_path_len);

/* The same for an absolute path, without copying: *relative_path points
   into abspath. */
int __wasilibc_find_abspath(const char *abspath, const char **abs_prefix,
                            const char **relative_path);

/* As __wasilibc_find_relpath, growing *relative_path with realloc (its
   size in *relative_path_len) when can_realloc is nonzero. */
int __wasilibc_find_relpath_alloc(const char *path, const char **abs_prefix,
                                  char **relative_path, size_t *relative_path_len,
                                  int can_realloc);

#ifdef __cplusplus
}
#endif

#endif

#ifndef _CRYPT_H
#define _CRYPT_H

#ifdef __cplusplus
extern "C" {
#endif

/* The established WASI libc's layout (260 bytes), so that objects built
   against it link here. crypt_r keeps no state between calls: it writes
   its result to __buf and never reads `initialized`, which callers
   following glibc's documentation set to zero. */
struct crypt_data {
	int initialized;
	char __buf[256];
};

char *crypt(const char *, const char *);
char *crypt_r(const char *, const char *, struct crypt_data *);

#ifdef __cplusplus
}
#endif

#endif

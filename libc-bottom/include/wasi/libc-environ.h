/* Control of when the environment is read from the host. */
#ifndef __wasi_libc_environ_h
#define __wasi_libc_environ_h

#ifdef __cplusplus
extern "C" {
#endif

/* Reads the environment from the host into environ. */
void __wasilibc_initialize_environ(void);

/* Reads it if that has not happened yet. */
void __wasilibc_ensure_environ(void);

/* Forgets it: the next use reads it from the host again. */
void __wasilibc_deinitialize_environ(void);

/* For reactors that must see a new environment at each entry. */
void __wasilibc_maybe_reinitialize_environ_eagerly(void);

/* environ, read first if need be. */
char **__wasilibc_get_environ(void);

#ifdef __cplusplus
}
#endif

#endif

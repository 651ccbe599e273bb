/* Which WASI libc this is, for code that must tell them apart. */
#ifndef __wasi_version_h
#define __wasi_version_h

/* The target's WASI version: preview1 (wasm32-wasip1). */
#define __wasilibc_use_wasip1 1

#endif

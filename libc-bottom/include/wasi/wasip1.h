/* The WASI preview1 interface, which is what <wasi/api.h> declares for
   wasm32-wasip1. */
#ifndef __wasi_wasip1_h
#define __wasi_wasip1_h

#include <wasi/api.h>

#endif

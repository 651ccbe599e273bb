#include <errno.h>

/* One per thread, as C11 7.5 requires; a single global until wasm32-wasip1
   gains threads, since clang lowers _Thread_local to a plain global there. */
_Thread_local int errno;

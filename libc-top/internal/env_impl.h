/* The environment editing shared by setenv, unsetenv, putenv and clearenv. */
#ifndef _INTERNAL_ENV_IMPL_H
#define _INTERNAL_ENV_IMPL_H

#include "libc.h"

/* Puts "NAME=value" (s) in the environment, replacing any entry of that
   name; `owned` is s if the libc allocated it (to free on replacement) or
   0 if it belongs to the caller (putenv). Returns 0 or -1 with ENOMEM. */
hidden int __putenv(char *s, size_t name_len, char *owned);

/* Frees s if setenv allocated it. */
hidden void __env_release(char *s);

/* Forgets which entries were allocated by the libc after clearenv. */
hidden void __env_forget(void);

#endif

/* Private declarations shared across the libc. */
#ifndef _INTERNAL_LIBC_H
#define _INTERNAL_LIBC_H

#include <stddef.h>
#include <stdint.h>

#define hidden __attribute__((__visibility__("hidden")))
#define weak __attribute__((__weak__))
#define weak_alias(old, new) \
	extern __typeof(old) new __attribute__((__weak__, __alias__(#old)))

/* Flushes every open stream; called by exit(). stdio defines it; when a
   program uses no stream, exit.c's weak empty definition stands. */
void __stdio_exit(void);

/* What exit() does before ending the process: the handlers, then the
   streams. */
hidden void __exit_hooks(void);

/* Runs the atexit/at_quick_exit handlers, newest first. */
hidden void __funcs_on_exit(void);
hidden int __register_exit(void (*)(void *), void *);

/* The environment, set up on first use from the WASI host. */
extern char **__environ;
void __wasilibc_ensure_environ(void);

/* Memory for start-up data that lives as long as the program, taken from
   the bottom of the heap before malloc's first call (malloc's heap then
   starts at __heap_floor), so that start-up does not link the allocator. */
hidden extern uintptr_t __heap_floor;
hidden void *__heap_carve(size_t);

#endif

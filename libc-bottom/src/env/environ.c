#include <stdlib.h>
#include "syscall.h"

char **__environ;
extern char **environ __attribute__((__weak__, __alias__("__environ")));

static char *empty[1];
static int initialized;

/* Reads the environment from the host. Programs that never look at it
   never pay for it; a host that fails to provide it gives an empty one. */
void __wasilibc_initialize_environ(void)
{
	__wasi_size_t count, buf_size;
	char **env = 0;
	char *buf = 0;
	initialized = 1;
	if (!__wasi_environ_sizes_get(&count, &buf_size) && count) {
		env = calloc((size_t)count + 1, sizeof *env);
		buf = malloc(buf_size);
		if (env && buf && !__wasi_environ_get((uint8_t **)env, (uint8_t *)buf)) {
			__environ = env;
			return;
		}
		free(env);
		free(buf);
	}
	__environ = empty;
}

void __wasilibc_ensure_environ(void)
{
	if (!initialized)
		__wasilibc_initialize_environ();
}

/* Forgets the environment, so the next use reads it from the host again. */
void __wasilibc_deinitialize_environ(void)
{
	initialized = 0;
	__environ = 0;
}

void __wasilibc_maybe_reinitialize_environ_eagerly(void)
{
	__wasilibc_initialize_environ();
}

char **__wasilibc_get_environ(void)
{
	__wasilibc_ensure_environ();
	return __environ;
}

#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "syscall.h"

/* clang names `int main(int, char **)` __main_argc_argv, and for
   `int main(void)` defines __main_void itself, replacing this one. A main
   with a third, environment parameter keeps the name main. */
__attribute__((__weak__)) int __main_argc_argv(int, char **);
__attribute__((__weak__)) int main(int, char **, char **);

/* Fetches the arguments from the host and calls main. Failing to get them
   is reported as the exit status 71 (EX_OSERR): main never ran. */
int __main_void(void)
{
	__wasi_size_t argc, buf_size;
	if (__wasi_args_sizes_get(&argc, &buf_size))
		_Exit(71);
	char **argv = calloc((size_t)argc + 1, sizeof *argv);
	char *buf = malloc(buf_size ? buf_size : 1);
	if (!argv || !buf || __wasi_args_get((uint8_t **)argv, (uint8_t *)buf))
		_Exit(71);
	if (argc) {
		/* For err() and warn() (GNU names; BSD's __progname aliases the
		   short one). */
		char *slash = strrchr(argv[0], '/');
		program_invocation_name = argv[0];
		program_invocation_short_name = slash ? slash + 1 : argv[0];
	}
	if (__main_argc_argv)
		return __main_argc_argv((int)argc, argv);
	__wasilibc_ensure_environ();
	return main((int)argc, argv, __environ);
}

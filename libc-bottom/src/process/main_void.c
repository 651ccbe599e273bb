#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include "libc.h"
#include "syscall.h"

/* clang names `int main(int, char **)` __main_argc_argv, and for
   `int main(void)` defines __main_void itself, replacing this one. A main
   with a third, environment parameter keeps the name main; then
   main_envp.c's __main_argc_argv is linked and calls it. */
int __main_argc_argv(int, char **);

/* Fetches the arguments from the host and calls main. Failing to get them
   is reported as the exit status 71 (EX_OSERR): main never ran. The
   vector is carved from the heap's bottom rather than malloc'd, so a
   program that never allocates carries no allocator. */
int __main_void(void)
{
	__wasi_size_t argc, buf_size;
	if (__wasi_args_sizes_get(&argc, &buf_size))
		_Exit(71);
	char **argv = __heap_carve(((size_t)argc + 1) * sizeof *argv + buf_size);
	if (!argv || __wasi_args_get((uint8_t **)argv, (uint8_t *)(argv + argc + 1)))
		_Exit(71);
	argv[argc] = 0;
	if (argc) {
		/* For err() and warn() (GNU names; BSD's __progname aliases the
		   short one). A loop rather than strrchr keeps the string
		   functions out of programs that do not use them. */
		char *name = argv[0];
		for (char *p = argv[0]; *p; p++)
			if (*p == '/')
				name = p + 1;
		program_invocation_name = argv[0];
		program_invocation_short_name = name;
	}
	return __main_argc_argv((int)argc, argv);
}

#include "libc.h"

int main(int, char **, char **);

/* Linked only when the program's main takes the environment as a third
   parameter: clang then leaves __main_argc_argv, which __main_void calls,
   undefined (a two-parameter main defines it itself). */
int __main_argc_argv(int argc, char **argv)
{
	__wasilibc_ensure_environ();
	return main(argc, argv, __environ);
}

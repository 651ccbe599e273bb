#include "libc.h"

/* The GNU names of the program's name as invoked (argv[0]) and of its
   last component; __progname is the BSD name of the latter. Start-up
   sets them; 0 until then. */
char *program_invocation_name = 0;
char *program_invocation_short_name = 0;

weak_alias(program_invocation_short_name, __progname);

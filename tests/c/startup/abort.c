//! exit: 134
#include <stdlib.h>

/* abort terminates abnormally: every host reports a trap (the harness
   counts a trap as status 134 only when a test expects it). */
int main(void)
{
	abort();
}

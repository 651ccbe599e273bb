//! env: ONLY=this
//! args: a
#include <string.h>
#include "check.h"

/* The three-parameter main gets the environment too. */
int main(int argc, char **argv, char **envp)
{
	CHECK(argc == 2);
	CHECK_STR(argv[1], "a");
	int found = 0;
	for (char **e = envp; *e; e++)
		found |= !strcmp(*e, "ONLY=this");
	CHECK(found);
	return check_result();
}

//! args: first "second" -x --
#include <string.h>
#include "check.h"

int main(int argc, char **argv)
{
	CHECK(argc == 5);
	CHECK_STR(argv[0], "startup/args");
	CHECK_STR(argv[1], "first");
	CHECK_STR(argv[2], "\"second\"");
	CHECK_STR(argv[3], "-x");
	CHECK_STR(argv[4], "--");
	CHECK(argv[5] == 0);
	return check_result();
}

//! env: ALPHA=one BETA=two=three EMPTY=
#include <stdlib.h>
#include <errno.h>
#include <string.h>
#include "check.h"

extern char **environ;

int main(void)
{
	CHECK_STR(getenv("ALPHA"), "one");
	CHECK_STR(getenv("BETA"), "two=three");
	CHECK_STR(getenv("EMPTY"), "");
	CHECK(getenv("ALPH") == 0);
	CHECK(getenv("ALPHA=") == 0);
	CHECK(getenv("") == 0);
	CHECK(setenv("GAMMA", "3", 0) == 0);
	CHECK_STR(getenv("GAMMA"), "3");
	CHECK(setenv("GAMMA", "4", 0) == 0);
	CHECK_STR(getenv("GAMMA"), "3");
	CHECK(setenv("GAMMA", "5", 1) == 0);
	CHECK_STR(getenv("GAMMA"), "5");
	CHECK(setenv("ALPHA", "uno", 1) == 0);
	CHECK_STR(getenv("ALPHA"), "uno");
	errno = 0;
	CHECK(setenv("BAD=NAME", "x", 1) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(setenv("", "x", 1) == -1 && errno == EINVAL);
	CHECK(unsetenv("BETA") == 0);
	CHECK(getenv("BETA") == 0);
	CHECK(unsetenv("NEVER_SET") == 0);
	static char put[] = "DELTA=4";
	CHECK(putenv(put) == 0);
	CHECK_STR(getenv("DELTA"), "4");
	put[6] = '9';
	CHECK_STR(getenv("DELTA"), "9");
	int n = 0, seen_gamma = 0;
	for (char **e = environ; *e; e++, n++)
		seen_gamma |= !strcmp(*e, "GAMMA=5");
	CHECK(seen_gamma);
	CHECK(clearenv() == 0);
	CHECK(getenv("ALPHA") == 0 && environ[0] == 0);
	CHECK(setenv("AFTER", "clear", 1) == 0);
	CHECK_STR(getenv("AFTER"), "clear");
	return check_result();
}

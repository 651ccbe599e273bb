/* crypt against libxcrypt: SHA-512-crypt ("$6$"), rounds clamped below 1000. */
#include "../../crypt/run.h"

int main(void)
{
	RUN(sha512_cases);
	return check_result();
}

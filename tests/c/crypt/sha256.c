/* crypt against libxcrypt: SHA-256-crypt ("$5$"), rounds clamped below 1000. */
#include "../../crypt/run.h"

int main(void)
{
	RUN(sha256_cases);
	return check_result();
}

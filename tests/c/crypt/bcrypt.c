/* crypt against libxcrypt: bcrypt ("$2a$", "$2b$", "$2y$") at costs 4 to 6. */
#include "../../crypt/run.h"

int main(void)
{
	RUN(bcrypt_cases);
	return check_result();
}

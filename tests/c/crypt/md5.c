/* crypt against libxcrypt: MD5-crypt ("$1$"). */
#include "../../crypt/run.h"

int main(void)
{
	RUN(md5_cases);
	return check_result();
}

/* crypt against libxcrypt: traditional DES (2-character salt) and BSDi extended DES ("_"). */
#include "../../crypt/run.h"

int main(void)
{
	RUN(des_cases);
	return check_result();
}

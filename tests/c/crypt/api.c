//! cflags: -std=c89 -pedantic -Wall -Wextra -Werror -Wno-comment
/* The interface around the hashes, in C89 with only the X/Open feature
   macro: POSIX puts crypt and encrypt in <unistd.h> and setkey in
   <stdlib.h>; struct crypt_data has the established WASI libc's layout;
   crypt has one static result, crypt_r one per crypt_data. */
#define _XOPEN_SOURCE 700
#include <crypt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static char *(*const crypt_ptr)(const char *, const char *) = crypt;
static void (*const encrypt_ptr)(char *, int) = encrypt;
static void (*const setkey_ptr)(const char *) = setkey;

int main(void)
{
	struct crypt_data d1, d2;
	char *a, *b, *x, *y;

	CHECK(sizeof(struct crypt_data) == 260);
	CHECK(crypt_ptr && encrypt_ptr && setkey_ptr);

	a = crypt("one", "ab");
	b = crypt("two", "ab");
	CHECK(a == b);
	CHECK_STR(b, crypt("two", "ab"));

	memset(&d1, 0, sizeof d1);
	memset(&d2, 0, sizeof d2);
	x = crypt_r("one", "$1$salt", &d1);
	y = crypt_r("two", "$1$salt", &d2);
	CHECK(x && y && x != y && strcmp(x, y));
	CHECK_STR(x, crypt("one", "$1$salt"));
	return check_result();
}

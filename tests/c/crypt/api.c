/* The interface around the hashes: where POSIX declares crypt and
   encrypt, the layout of struct crypt_data, crypt's one static result
   and crypt_r's separate ones. */
#define _XOPEN_SOURCE 700
#include <crypt.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

/* POSIX puts crypt and encrypt in <unistd.h>, setkey in <stdlib.h>
   (both under the X/Open option); this file sees them with only the
   X/Open feature macro. */
#include <stdlib.h>
static char *(*const crypt_ptr)(const char *, const char *) = crypt;
static void (*const encrypt_ptr)(char *, int) = encrypt;
static void (*const setkey_ptr)(const char *) = setkey;

int main(void)
{
	/* The established WASI libc's layout, which objects built against
	   it share. */
	CHECK(sizeof(struct crypt_data) == 260);
	CHECK(crypt_ptr && encrypt_ptr && setkey_ptr);

	char *a = crypt("one", "ab"), *b = crypt("two", "ab");
	CHECK(a == b);
	CHECK_STR(b, crypt("two", "ab"));

	struct crypt_data d1 = { 0 }, d2 = { 0 };
	char *x = crypt_r("one", "$1$salt", &d1), *y = crypt_r("two", "$1$salt", &d2);
	CHECK(x && y && x != y && strcmp(x, y));
	CHECK_STR(x, crypt("one", "$1$salt"));
	return check_result();
}

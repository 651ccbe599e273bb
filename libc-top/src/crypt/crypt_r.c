#include <crypt.h>
#include <errno.h>
#include <string.h>
#include "crypt_impl.h"

/* The method is named by the setting's prefix; a setting with none is a
   DES one. */
static const struct {
	char prefix[5];
	char *(*hash)(const char *, const char *, char *);
} methods[] = {
	{ "$1$", __crypt_md5 },
	{ "$5$", __crypt_sha256 },
	{ "$6$", __crypt_sha512 },
	{ "$2a$", __crypt_blowfish },
	{ "$2b$", __crypt_blowfish },
	{ "$2y$", __crypt_blowfish },
};

_Static_assert(sizeof ((struct crypt_data *)0)->__buf >= CRYPT_OUT, "crypt_data holds a hash");

/* A setting that names no method this libc has, or names one wrongly,
   gives a null pointer with errno set (EINVAL), as POSIX specifies for a
   failing crypt. libxcrypt returns "*0" instead, a string no hash equals,
   for callers that do not check; a null pointer cannot be mistaken for a
   hash either, and errno says what went wrong. */
char *crypt_r(const char *key, const char *setting, struct crypt_data *data)
{
	char *(*hash)(const char *, const char *, char *) = __crypt_des;
	char *out;

	for (size_t i = 0; i < sizeof methods / sizeof *methods; i++)
		if (!strncmp(setting, methods[i].prefix, strlen(methods[i].prefix)))
			hash = methods[i].hash;
	out = hash(key, setting, data->__buf);
	if (!out)
		errno = EINVAL;
	return out;
}

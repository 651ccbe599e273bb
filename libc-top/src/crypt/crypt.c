#include <crypt.h>
#include <unistd.h>

/* POSIX lets crypt() return a static area that the next call overwrites,
   which is what makes it unsafe in threads; crypt_r is the safe form. */
char *crypt(const char *key, const char *setting)
{
	static struct crypt_data data;
	return crypt_r(key, setting, &data);
}

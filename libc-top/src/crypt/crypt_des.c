/* DES-based crypt: the traditional form of Seventh Edition UNIX (a
   2-character salt, 8 characters of key, 25 encipherments of a zero
   block) and BSDi's extended form ("_", a 4-character count and a
   4-character salt, keys of any length). */
#include <string.h>
#include "crypt_impl.h"

/* n characters of the crypt alphabet as a number, the first giving the
   least significant six bits; -1 if one is not in the alphabet. */
static long number(const char *s, int n)
{
	long v = 0;
	for (int i = 0; i < n; i++) {
		int d = __crypt_atoi64(__crypt_itoa64, s[i]);
		if (d < 0)
			return -1;
		v |= (long)d << 6 * i;
	}
	return v;
}

/* The next 8 characters of the key (fewer at its end, then zeros), each
   shifted up one bit: the low bit of each byte is DES's parity bit. */
static uint64_t key_block(const char **key)
{
	uint64_t k = 0;
	for (int i = 0; i < 8; i++) {
		k = k << 8 | (unsigned char)(**key << 1);
		if (**key)
			++*key;
	}
	return k;
}

char *__crypt_des(const char *key, const char *setting, char *out)
{
	struct des d;
	long count = 25, salt;
	size_t len;

	if (setting[0] == '_') {
		len = 9;
		count = number(setting + 1, 4);
		salt = number(setting + 5, 4);
		/* A count of zero would leave the zero block as the hash,
		   whatever the key. */
		if (count <= 0)
			return 0;
	} else {
		len = 2;
		salt = number(setting, 2);
	}
	if (salt < 0)
		return 0;

	uint64_t k = key_block(&key);
	__des_setsalt(&d, 0);
	__des_setkey(&d, k);
	/* The extended form folds in the rest of the key 8 characters at a
	   time: the key so far enciphers itself, and the next characters
	   are added. */
	while (setting[0] == '_' && *key) {
		k = __des_run(&d, k, 1, 0) ^ key_block(&key);
		__des_setkey(&d, k);
	}
	__des_setsalt(&d, (uint32_t)salt);

	uint64_t r = __des_run(&d, 0, (unsigned long)count, 0);
	unsigned char bytes[8];
	for (int i = 0; i < 8; i++)
		bytes[i] = (unsigned char)(r >> (56 - 8 * i));
	memcpy(out, setting, len);
	*__crypt_b64_be(out + len, bytes, 8, __crypt_itoa64) = 0;
	return out;
}

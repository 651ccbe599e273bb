/* MD5-crypt, "$1$", as Poul-Henning Kamp designed it for FreeBSD: a salt
   of up to 8 characters and a fixed 1000 rounds. */
#include <string.h>
#include "crypt_impl.h"

char *__crypt_md5(const char *key, const char *setting, char *out)
{
	/* The digest's bytes in the order they are written out. */
	static const unsigned char order[16] = { 0, 6, 12, 1, 7, 13, 2, 8, 14, 3, 9, 15, 4, 10, 5, 11 };
	const char *salt = setting + 3;
	int slen = __crypt_salt_len(salt, 8);
	size_t klen = strlen(key);
	unsigned char d[16];
	struct md m;

	if (slen < 0)
		return 0;

	__md5_init(&m);
	__md_update(&m, key, klen);
	__md_update(&m, salt, slen);
	__md_update(&m, key, klen);
	__md5_final(&m, d);

	__md5_init(&m);
	__md_update(&m, key, klen);
	__md_update(&m, setting, 3);
	__md_update(&m, salt, slen);
	for (size_t n = klen; n > 0; n -= n < 16 ? n : 16)
		__md_update(&m, d, n < 16 ? n : 16);
	/* For each bit of the key's length, lowest first: a zero byte where
	   it is set, the key's first byte where it is clear. */
	for (size_t n = klen; n; n >>= 1)
		__md_update(&m, n & 1 ? "" : key, 1);
	__md5_final(&m, d);

	for (int i = 0; i < 1000; i++) {
		__md5_init(&m);
		if (i & 1)
			__md_update(&m, key, klen);
		else
			__md_update(&m, d, 16);
		if (i % 3)
			__md_update(&m, salt, slen);
		if (i % 7)
			__md_update(&m, key, klen);
		if (i & 1)
			__md_update(&m, d, 16);
		else
			__md_update(&m, key, klen);
		__md5_final(&m, d);
	}

	memcpy(out, setting, 3 + slen);
	out[3 + slen] = '$';
	*__crypt_b64_le(out + 4 + slen, d, order, 16) = 0;
	return out;
}

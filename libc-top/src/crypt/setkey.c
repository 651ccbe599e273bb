#include <stdlib.h>
#include "crypt_impl.h"

/* Zero-initialised, which is the key schedule of the all-zero key: an
   encrypt() before any setkey() uses that key. */
struct des __encrypt_key;

/* POSIX: key is 64 bytes, each 0 or 1; every eighth is a parity bit and
   ignored. Only the low bit of each byte is read. */
void setkey(const char *key)
{
	uint64_t k = 0;
	for (int i = 0; i < 64; i++)
		k = k << 1 | (key[i] & 1);
	__des_setkey(&__encrypt_key, k);
}

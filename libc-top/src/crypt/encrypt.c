#include <unistd.h>
#include "crypt_impl.h"

/* POSIX: block is 64 bytes, each 0 or 1, enciphered in place with the key
   of the last setkey(); a nonzero edflag deciphers instead. POSIX lets an
   implementation refuse to decipher (ENOSYS), but with DES that is only
   the round keys in reverse order, so both directions work. */
void encrypt(char *block, int edflag)
{
	uint64_t b = 0;
	for (int i = 0; i < 64; i++)
		b = b << 1 | (block[i] & 1);
	b = __des_run(&__encrypt_key, b, 1, edflag != 0);
	for (int i = 0; i < 64; i++)
		block[i] = (char)(b >> (63 - i) & 1);
}

#include <string.h>
#include "crypt_impl.h"

const char __crypt_itoa64[65] =
	"./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const char __bcrypt_itoa64[65] =
	"./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

int __crypt_atoi64(const char *alphabet, unsigned char c)
{
	for (int i = 0; i < 64; i++)
		if (alphabet[i] == c)
			return i;
	return -1;
}

char *__crypt_b64_be(char *out, const unsigned char *in, size_t n, const char *alphabet)
{
	uint32_t acc = 0;
	int bits = 0;

	for (size_t i = 0; i < n; i++) {
		acc = acc << 8 | in[i];
		for (bits += 8; bits >= 6; bits -= 6)
			*out++ = alphabet[acc >> (bits - 6) & 63];
	}
	if (bits)
		*out++ = alphabet[acc << (6 - bits) & 63];
	return out;
}

char *__crypt_b64_le(char *out, const unsigned char *digest, const unsigned char *order, size_t n)
{
	for (size_t i = 0; i < n; i += 3) {
		size_t group = n - i < 3 ? n - i : 3;
		uint32_t v = 0;
		for (size_t j = 0; j < group; j++)
			v = v << 8 | digest[order[i + j]];
		for (size_t j = 0; j <= group; j++, v >>= 6)
			*out++ = __crypt_itoa64[v & 63];
	}
	return out;
}

int __crypt_salt_len(const char *salt, size_t max)
{
	size_t n = 0;
	for (; n < max && salt[n] && salt[n] != '$'; n++) {
		unsigned char c = salt[n];
		/* Printable ASCII, less the characters that would end a field of
		   /etc/passwd or /etc/shadow or mark an account locked there: the
		   rule libxcrypt applies, so hashes made here are accepted there. */
		if (c <= ' ' || c >= 0x7f || strchr(":;*!\\", c))
			return -1;
	}
	return (int)n;
}

/* encrypt and setkey against OpenSSL's DES (tests/crypt/cases.h), in both
   directions, on blocks of one bit a byte. */
#include <stdlib.h>
#include <unistd.h>
#include "check.h"
#include "../../crypt/cases.h"

static void to_bits(char *bits, uint64_t x)
{
	for (int i = 0; i < 64; i++)
		bits[i] = (char)(x >> (63 - i) & 1);
}

static uint64_t from_bits(const char *bits)
{
	uint64_t x = 0;
	for (int i = 0; i < 64; i++) {
		CHECK(bits[i] == 0 || bits[i] == 1);
		x = x << 1 | (bits[i] & 1);
	}
	return x;
}

int main(void)
{
	char key[64], block[64];

	/* Before any setkey the key is all zeros: the first vector. */
	to_bits(block, des_vectors[0][1]);
	encrypt(block, 0);
	CHECK(from_bits(block) == des_vectors[0][2]);

	for (size_t i = 0; i < sizeof des_vectors / sizeof *des_vectors; i++) {
		to_bits(key, des_vectors[i][0]);
		setkey(key);
		to_bits(block, des_vectors[i][1]);
		encrypt(block, 0);
		CHECK(from_bits(block) == des_vectors[i][2]);
		encrypt(block, 1);
		CHECK(from_bits(block) == des_vectors[i][1]);

		/* Every eighth key bit is parity, and only the low bit of each
		   byte counts. */
		for (int j = 0; j < 64; j++)
			key[j] = (char)(j % 8 == 7 ? !key[j] : key[j] | '0');
		setkey(key);
		to_bits(block, des_vectors[i][1]);
		for (int j = 0; j < 64; j++)
			block[j] |= 'A' & ~1;
		encrypt(block, 0);
		CHECK(from_bits(block) == des_vectors[i][2]);
	}
	return check_result();
}

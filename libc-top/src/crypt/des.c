/* DES, FIPS 46-3, with the salt of crypt(3). Bits are numbered as in the
   standard, from 1 at the most significant end. */
#include "crypt_impl.h"
#include "crypt_tables.h"

/* Output bit i of the result is input bit table[i] (n outputs). */
static uint64_t permute(uint64_t in, int in_bits, const uint8_t *table, int n)
{
	uint64_t out = 0;
	for (int i = 0; i < n; i++)
		out = out << 1 | (in >> (in_bits - table[i]) & 1);
	return out;
}

/* The final permutation is the inverse of the initial one. */
static uint64_t unpermute_ip(uint64_t in)
{
	uint64_t out = 0;
	for (int i = 0; i < 64; i++)
		out |= (in >> (63 - i) & 1) << (64 - des_ip[i]);
	return out;
}

void __des_setkey(struct des *d, uint64_t key)
{
	/* FIPS 46-3, "Key schedule calculation": the left shifts of C and D
	   before each round. */
	static const unsigned char shifts[16] = { 1, 1, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 1 };
	uint64_t cd = permute(key, 64, des_pc1, 56);
	uint32_t c = cd >> 28, dd = cd & 0xfffffff;

	for (int i = 0; i < 16; i++) {
		c = (c << shifts[i] | c >> (28 - shifts[i])) & 0xfffffff;
		dd = (dd << shifts[i] | dd >> (28 - shifts[i])) & 0xfffffff;
		uint64_t k = permute((uint64_t)c << 28 | dd, 56, des_pc2, 48);
		d->key[i][0] = k >> 24;
		d->key[i][1] = k & 0xffffff;
	}
}

void __des_setsalt(struct des *d, uint32_t salt)
{
	/* Salt bit k (counted from the least significant end) names E-output
	   bit k (counted from the most significant end). */
	d->salt = 0;
	for (int k = 0; k < 24; k++)
		d->salt |= (salt >> k & 1) << (23 - k);
}

/* The cipher function f (FIPS 46-3): E's eight 6-bit groups are windows
   of r, group j being bits 4j - 1 to 4j + 4 taken cyclically, so each
   is a rotation and a shift; the salt swaps bits between the halves. */
static uint32_t f(const struct des *d, uint32_t r, const uint32_t *key)
{
	uint32_t e[2] = { 0, 0 }, out = 0;

	for (int j = 0; j < 8; j++) {
		int s = (4 * j + 31) % 32;
		uint32_t rot = s ? r << s | r >> (32 - s) : r;
		e[j / 4] = e[j / 4] << 6 | rot >> 26;
	}
	uint32_t swap = (e[0] ^ e[1]) & d->salt;
	e[0] ^= swap ^ key[0];
	e[1] ^= swap ^ key[1];
	for (int j = 0; j < 8; j++)
		out |= des_sp[64 * j + (e[j / 4] >> (18 - 6 * (j % 4)) & 63)];
	return out;
}

uint64_t __des_run(const struct des *d, uint64_t block, unsigned long count, int decrypt)
{
	uint64_t b = permute(block, 64, des_ip, 64);
	uint32_t l = b >> 32, r = (uint32_t)b;

	/* Between repeated encipherments the final and initial permutations
	   cancel, so they are applied once around the whole run. */
	while (count--) {
		for (int i = 0; i < 16; i++) {
			uint32_t t = r;
			r = l ^ f(d, r, d->key[decrypt ? 15 - i : i]);
			l = t;
		}
		uint32_t t = l;
		l = r;
		r = t;
	}
	return unpermute_ip((uint64_t)l << 32 | r);
}

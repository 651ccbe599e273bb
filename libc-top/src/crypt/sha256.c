/* SHA-256, FIPS 180-4 6.2. */
#include "crypt_impl.h"
#include "crypt_tables.h"

static uint32_t rotr(uint32_t x, int n)
{
	return x >> n | x << (32 - n);
}

static void compress(struct md *m, const unsigned char *p)
{
	uint32_t w[64];

	for (int i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | p[4 * i + 1] << 16 | p[4 * i + 2] << 8 | p[4 * i + 3];
	for (int i = 16; i < 64; i++)
		w[i] = w[i - 16] + w[i - 7]
		     + (rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ w[i - 15] >> 3)
		     + (rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ w[i - 2] >> 10);
	uint32_t a = m->h.w[0], b = m->h.w[1], c = m->h.w[2], d = m->h.w[3];
	uint32_t e = m->h.w[4], f = m->h.w[5], g = m->h.w[6], h = m->h.w[7];
	for (int i = 0; i < 64; i++) {
		uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g))
			    + sha256_k[i] + w[i];
		uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
		h = g;
		g = f;
		f = e;
		e = d + t1;
		d = c;
		c = b;
		b = a;
		a = t1 + t2;
	}
	m->h.w[0] += a;
	m->h.w[1] += b;
	m->h.w[2] += c;
	m->h.w[3] += d;
	m->h.w[4] += e;
	m->h.w[5] += f;
	m->h.w[6] += g;
	m->h.w[7] += h;
}

void __sha256_init(struct md *m)
{
	m->compress = compress;
	m->block = 64;
	m->len = 0;
	for (int i = 0; i < 8; i++)
		m->h.w[i] = sha256_h0[i];
}

void __sha256_final(struct md *m, unsigned char *out)
{
	__md_pad(m, 1);
	for (int i = 0; i < 32; i++)
		out[i] = (unsigned char)(m->h.w[i / 4] >> (24 - 8 * (i % 4)));
}

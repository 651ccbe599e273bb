/* SHA-512, FIPS 180-4 6.4. */
#include "crypt_impl.h"
#include "crypt_tables.h"

static uint64_t rotr(uint64_t x, int n)
{
	return x >> n | x << (64 - n);
}

static void compress(struct md *m, const unsigned char *p)
{
	uint64_t w[80];

	for (int i = 0; i < 16; i++) {
		w[i] = 0;
		for (int j = 0; j < 8; j++)
			w[i] = w[i] << 8 | p[8 * i + j];
	}
	for (int i = 16; i < 80; i++)
		w[i] = w[i - 16] + w[i - 7]
		     + (rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ w[i - 15] >> 7)
		     + (rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ w[i - 2] >> 6);
	uint64_t a = m->h.d[0], b = m->h.d[1], c = m->h.d[2], d = m->h.d[3];
	uint64_t e = m->h.d[4], f = m->h.d[5], g = m->h.d[6], h = m->h.d[7];
	for (int i = 0; i < 80; i++) {
		uint64_t t1 = h + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g))
			    + sha512_k[i] + w[i];
		uint64_t t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
		h = g;
		g = f;
		f = e;
		e = d + t1;
		d = c;
		c = b;
		b = a;
		a = t1 + t2;
	}
	m->h.d[0] += a;
	m->h.d[1] += b;
	m->h.d[2] += c;
	m->h.d[3] += d;
	m->h.d[4] += e;
	m->h.d[5] += f;
	m->h.d[6] += g;
	m->h.d[7] += h;
}

void __sha512_init(struct md *m)
{
	m->compress = compress;
	m->block = 128;
	m->len = 0;
	for (int i = 0; i < 8; i++)
		m->h.d[i] = sha512_h0[i];
}

void __sha512_final(struct md *m, unsigned char *out)
{
	__md_pad(m, 1);
	for (int i = 0; i < 64; i++)
		out[i] = (unsigned char)(m->h.d[i / 8] >> (56 - 8 * (i % 8)));
}

/* MD5, RFC 1321: here only for MD5-crypt, whose hashes stay in use. */
#include "crypt_impl.h"
#include "crypt_tables.h"

static uint32_t rotl(uint32_t x, int n)
{
	return x << n | x >> (32 - n);
}

static void compress(struct md *m, const unsigned char *p)
{
	/* RFC 1321 3.4: the shift amounts of the four rounds, four each. */
	static const unsigned char shift[4][4] = {
		{ 7, 12, 17, 22 }, { 5, 9, 14, 20 }, { 4, 11, 16, 23 }, { 6, 10, 15, 21 },
	};
	uint32_t x[16], a = m->h.w[0], b = m->h.w[1], c = m->h.w[2], d = m->h.w[3];

	for (int i = 0; i < 16; i++)
		x[i] = p[4 * i] | p[4 * i + 1] << 8 | p[4 * i + 2] << 16 | (uint32_t)p[4 * i + 3] << 24;
	for (int i = 0; i < 64; i++) {
		uint32_t f;
		int k, r = i / 16;
		switch (r) {
		case 0: f = (b & c) | (~b & d); k = i; break;
		case 1: f = (b & d) | (c & ~d); k = (5 * i + 1) % 16; break;
		case 2: f = b ^ c ^ d; k = (3 * i + 5) % 16; break;
		default: f = c ^ (b | ~d); k = 7 * i % 16; break;
		}
		uint32_t t = d;
		d = c;
		c = b;
		b += rotl(a + f + x[k] + md5_t[i], shift[r][i % 4]);
		a = t;
	}
	m->h.w[0] += a;
	m->h.w[1] += b;
	m->h.w[2] += c;
	m->h.w[3] += d;
}

void __md5_init(struct md *m)
{
	m->compress = compress;
	m->block = 64;
	m->len = 0;
	m->h.w[0] = 0x67452301;
	m->h.w[1] = 0xefcdab89;
	m->h.w[2] = 0x98badcfe;
	m->h.w[3] = 0x10325476;
}

void __md5_final(struct md *m, unsigned char *out)
{
	__md_pad(m, 0);
	for (int i = 0; i < 16; i++)
		out[i] = (unsigned char)(m->h.w[i / 4] >> (8 * (i % 4)));
}

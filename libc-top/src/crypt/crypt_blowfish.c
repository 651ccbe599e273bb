/* bcrypt, "$2a$", "$2b$" and "$2y$": the EksBlowfish scheme of Provos and
   Mazieres, "A Future-Adaptable Password Scheme" (USENIX 1999). "2b" and
   "2y" were introduced to mark hashes made after fixes to other
   implementations' bugs (a key length that wrapped at 256, a sign
   extension of 8-bit characters) which this implementation never had, so
   the three prefixes name one computation, but for the one case of "2a"
   described at cycle(). */
#include <string.h>
#include "crypt_impl.h"
#include "crypt_tables.h"

/* The format allows costs up to 31: 2^31 repetitions of the key schedule,
   more than a day's work. Above MAX_COST (2^20, a minute or so at native
   speed, of the order of SHA-crypt's largest count of rounds) a setting
   is refused rather than left to run for hours. */
#define MIN_COST 4
#define MAX_COST 20

/* The P-array (18 words) followed by the four S-boxes (256 each). */
#define WORDS (18 + 4 * 256)
#define S(k, x) bf[18 + 256 * (k) + (x)]

static uint32_t f(const uint32_t *bf, uint32_t x)
{
	return ((S(0, x >> 24) + S(1, x >> 16 & 255)) ^ S(2, x >> 8 & 255)) + S(3, x & 255);
}

/* Blowfish's sixteen rounds, two at a time so that the halves need no
   swapping. */
static void encipher(const uint32_t *bf, uint32_t *l, uint32_t *r)
{
	uint32_t xl = *l, xr = *r;
	for (int i = 0; i < 16; i += 2) {
		xl ^= bf[i];
		xr ^= f(bf, xl);
		xr ^= bf[i + 1];
		xl ^= f(bf, xr);
	}
	*l = xr ^ bf[17];
	*r = xl ^ bf[16];
}

/* The first 18 words (big-endian) of the endless repetition of s's n
   bytes: how keys of any length meet the P-array.

   Returns whether an old bug would have read the same words from a key
   with 8-bit bytes: crypt_blowfish, the bcrypt of libxcrypt and of many
   Linux systems, once sign-extended each byte as it joined a word, which
   sets the word's upper bits whenever a byte past the first has its high
   bit set, unless those bits were all set already. Its "$2a$" marks the
   hashes of keys for which the buggy and the correct reading agree
   (see __crypt_blowfish), and the hashes of those keys are only
   reproducible by doing the same. */
static int cycle(uint32_t *w, const unsigned char *s, size_t n)
{
	uint32_t diff = 0;
	int high = 0;
	size_t j = 0;

	for (int i = 0; i < 18; i++) {
		uint32_t buggy = 0;
		for (int k = 0; k < 4; k++, j = (j + 1) % n) {
			w[i] = w[i] << 8 | s[j];
			buggy = buggy << 8 | (uint32_t)(int32_t)(signed char)s[j];
			high |= k && s[j] & 0x80;
		}
		diff |= w[i] ^ buggy;
	}
	return high && !diff;
}

/* ExpandKey: the key into the P-array, then every word of the state
   replaced by enciphering, the salt's halves mixed in by turns (when
   there is a salt). */
static void expand(uint32_t *bf, const uint32_t *key, const uint32_t *salt)
{
	uint32_t l = 0, r = 0;
	for (int i = 0; i < 18; i++)
		bf[i] ^= key[i];
	for (int i = 0; i < WORDS; i += 2) {
		if (salt) {
			l ^= salt[i % 4];
			r ^= salt[(i + 1) % 4];
		}
		encipher(bf, &l, &r);
		bf[i] = l;
		bf[i + 1] = r;
	}
}

char *__crypt_blowfish(const char *key, const char *setting, char *out)
{
	uint32_t bf[WORDS], kw[18] = { 0 }, sw[18] = { 0 };
	unsigned char salt[16], hash[24];
	int cost;

	if (setting[4] < '0' || setting[4] > '9' || setting[5] < '0' || setting[5] > '9'
	    || setting[6] != '$')
		return 0;
	cost = (setting[4] - '0') * 10 + setting[5] - '0';
	if (cost < MIN_COST || cost > MAX_COST)
		return 0;

	/* 22 characters carry the 128-bit salt; the last one's low four
	   bits are not part of it. */
	uint32_t acc = 0;
	for (int i = 0, bits = 0, n = 0; i < 22; i++) {
		int v = __crypt_atoi64(__bcrypt_itoa64, setting[7 + i]);
		if (v < 0)
			return 0;
		acc = acc << 6 | v;
		if ((bits += 6) >= 8 && n < 16)
			salt[n++] = (unsigned char)(acc >> (bits -= 8));
	}

	/* The key is its bytes and the terminating zero, repeated: only
	   the first 72 bytes count. */
	int twin = cycle(kw, (const unsigned char *)key, strlen(key) + 1);
	cycle(sw, salt, 16);

	memcpy(bf, blowfish_pi, sizeof bf);
	/* crypt_blowfish's "$2a$" sets bit 16 of the first word of P for a
	   key that its old bug would have read the same (see cycle), so that
	   such a hash cannot be matched by the buggy computation. */
	if (setting[2] == 'a' && twin)
		bf[0] ^= 0x10000;
	expand(bf, kw, sw);
	for (uint32_t i = (uint32_t)1 << cost; i; i--) {
		expand(bf, kw, 0);
		expand(bf, sw, 0);
	}

	static const char magic[24] = "OrpheanBeholderScryDoubt";
	uint32_t text[6];
	for (int i = 0; i < 6; i++)
		text[i] = (uint32_t)(unsigned char)magic[4 * i] << 24 | (unsigned char)magic[4 * i + 1] << 16
			| (unsigned char)magic[4 * i + 2] << 8 | (unsigned char)magic[4 * i + 3];
	for (int i = 0; i < 64; i++)
		for (int j = 0; j < 6; j += 2)
			encipher(bf, &text[j], &text[j + 1]);
	for (int i = 0; i < 24; i++)
		hash[i] = (unsigned char)(text[i / 4] >> (24 - 8 * (i % 4)));

	/* The salt is written back from its 128 bits, so a last character
	   with stray low bits comes out in its canonical form; the hash
	   keeps 23 of its 24 bytes, as every implementation does. */
	memcpy(out, setting, 7);
	char *o = __crypt_b64_be(out + 7, salt, 16, __bcrypt_itoa64);
	*__crypt_b64_be(o, hash, 23, __bcrypt_itoa64) = 0;
	return out;
}

/* SHA-crypt, "$5$" with SHA-256 and "$6$" with SHA-512, as Ulrich Drepper's
   specification "Unix crypt using SHA-256 and SHA-512" defines them: one
   algorithm over either hash. */
#include <string.h>
#include "crypt_impl.h"

/* The specification's bounds on "rounds=": values outside are clamped.
   At the maximum a hash takes minutes; the bound is what keeps a hostile
   setting from taking longer. */
#define ROUNDS_DEFAULT 5000
#define ROUNDS_MIN 1000
#define ROUNDS_MAX 999999999

struct sha {
	size_t size;
	void (*init)(struct md *);
	void (*final)(struct md *, unsigned char *);
	const unsigned char *order;	/* the digest's bytes as written out */
};

/* Adds len bytes of the endless repetition of the digest d. */
static void repeat(struct md *m, const struct sha *h, const unsigned char *d, size_t len)
{
	for (; len > h->size; len -= h->size)
		__md_update(m, d, h->size);
	__md_update(m, d, len);
}

static char *sha_crypt(const char *key, const char *setting, char *out, const struct sha *h)
{
	/* 64 bits, so that the digits of any number can be read, saturated
	   past the maximum, without wrapping round to a small count. */
	uint64_t rounds = ROUNDS_DEFAULT;
	int custom = 0;
	const char *salt = setting + 3;

	if (!strncmp(salt, "rounds=", 7)) {
		const char *s = salt + 7;
		if (*s < '0' || *s > '9')
			return 0;
		for (rounds = 0; *s >= '0' && *s <= '9'; s++)
			if (rounds <= ROUNDS_MAX)
				rounds = rounds * 10 + (*s - '0');
		if (*s != '$')
			return 0;
		rounds = rounds < ROUNDS_MIN ? ROUNDS_MIN : rounds > ROUNDS_MAX ? ROUNDS_MAX : rounds;
		custom = 1;
		salt = s + 1;
	}
	int slen = __crypt_salt_len(salt, 16);
	if (slen < 0)
		return 0;

	size_t klen = strlen(key);
	unsigned char a[64], b[64], p[64], s[64];
	struct md m;

	/* Digest B, then digest A over B. */
	h->init(&m);
	__md_update(&m, key, klen);
	__md_update(&m, salt, slen);
	__md_update(&m, key, klen);
	h->final(&m, b);

	h->init(&m);
	__md_update(&m, key, klen);
	__md_update(&m, salt, slen);
	repeat(&m, h, b, klen);
	for (size_t n = klen; n; n >>= 1)
		if (n & 1)
			__md_update(&m, b, h->size);
		else
			__md_update(&m, key, klen);
	h->final(&m, a);

	/* The sequences P and S are digests DP and DS repeated to the
	   lengths of the key and the salt; they are added by repetition
	   rather than stored, so a key of any length needs no memory. */
	h->init(&m);
	for (size_t i = 0; i < klen; i++)
		__md_update(&m, key, klen);
	h->final(&m, p);

	h->init(&m);
	for (unsigned i = 0; i < 16u + a[0]; i++)
		__md_update(&m, salt, slen);
	h->final(&m, s);

	for (uint64_t r = 0; r < rounds; r++) {
		h->init(&m);
		if (r & 1)
			repeat(&m, h, p, klen);
		else
			__md_update(&m, a, h->size);
		if (r % 3)
			__md_update(&m, s, slen);
		if (r % 7)
			repeat(&m, h, p, klen);
		if (r & 1)
			__md_update(&m, a, h->size);
		else
			repeat(&m, h, p, klen);
		h->final(&m, a);
	}

	char *o = out;
	memcpy(o, setting, 3);
	o += 3;
	if (custom) {
		char digits[10];
		int n = 0;
		memcpy(o, "rounds=", 7);
		o += 7;
		do
			digits[n++] = (char)('0' + rounds % 10);
		while (rounds /= 10);
		while (n)
			*o++ = digits[--n];
		*o++ = '$';
	}
	memcpy(o, salt, slen);
	o += slen;
	*o++ = '$';
	*__crypt_b64_le(o, a, h->order, h->size) = 0;
	return out;
}

char *__crypt_sha256(const char *key, const char *setting, char *out)
{
	static const unsigned char order[32] = {
		0, 10, 20, 21, 1, 11, 12, 22, 2, 3, 13, 23, 24, 4, 14, 15,
		25, 5, 6, 16, 26, 27, 7, 17, 18, 28, 8, 9, 19, 29, 31, 30,
	};
	static const struct sha h = { 32, __sha256_init, __sha256_final, order };
	return sha_crypt(key, setting, out, &h);
}

char *__crypt_sha512(const char *key, const char *setting, char *out)
{
	static const unsigned char order[64] = {
		0, 21, 42, 22, 43, 1, 44, 2, 23, 3, 24, 45, 25, 46, 4, 47,
		5, 26, 6, 27, 48, 28, 49, 7, 50, 8, 29, 9, 30, 51, 31, 52,
		10, 53, 11, 32, 12, 33, 54, 34, 55, 13, 56, 14, 35, 15, 36, 57,
		37, 58, 16, 59, 17, 38, 18, 39, 60, 40, 61, 19, 62, 20, 41, 63,
	};
	static const struct sha h = { 64, __sha512_init, __sha512_final, order };
	return sha_crypt(key, setting, out, &h);
}

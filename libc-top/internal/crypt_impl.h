/* The pieces the crypt(3) methods share: the MD5 and SHA-2 hashes, the DES
   cipher, and the crypt alphabet. The constants they use are computed from
   their definitions in crypt_tables.h. */
#ifndef _INTERNAL_CRYPT_IMPL_H
#define _INTERNAL_CRYPT_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include "libc.h"

/* A Merkle-Damgard hash in progress: MD5, SHA-256 and SHA-512 differ only
   in their block size, compression function and how they write the
   length, so one buffer serves all three. */
struct md {
	void (*compress)(struct md *, const unsigned char *block);
	unsigned block;		/* 64 or 128 bytes */
	uint64_t len;		/* bytes hashed so far */
	union {
		uint32_t w[8];
		uint64_t d[8];
	} h;
	unsigned char buf[128];
};

hidden void __md_update(struct md *, const void *, size_t);
/* Appends the padding and the bit length, in the byte order given (the
   top of SHA-512's 128-bit length field stays zero). */
hidden void __md_pad(struct md *, int big_endian);

hidden void __md5_init(struct md *);
hidden void __md5_final(struct md *, unsigned char *out16);
hidden void __sha256_init(struct md *);
hidden void __sha256_final(struct md *, unsigned char *out32);
hidden void __sha512_init(struct md *);
hidden void __sha512_final(struct md *, unsigned char *out64);

/* DES (FIPS 46-3) with the crypt(3) salt: each set bit k of the salt
   (counted from its least significant end) swaps bits k and k + 24 of the
   expansion E's output (counted from its most significant end), so that
   tables precomputed for standard DES do not apply to password hashes. */
struct des {
	uint32_t key[16][2];	/* round keys, as two 24-bit halves */
	uint32_t salt;		/* the swap mask over a 24-bit half of E's output */
};

/* Key and blocks are 64-bit numbers whose most significant bit is the
   standard's bit 1; the key's parity bits (8, 16, ... 64) are ignored. */
hidden void __des_setkey(struct des *, uint64_t key);
hidden void __des_setsalt(struct des *, uint32_t salt);
/* Enciphers (or deciphers) the block `count` times over. */
hidden uint64_t __des_run(const struct des *, uint64_t block,
			  unsigned long count, int decrypt);

/* The state setkey() leaves for encrypt(). */
extern hidden struct des __encrypt_key;

/* The alphabets of the hashes' printable form: crypt's own, and bcrypt's,
   which orders the same characters as base64 does. */
extern hidden const char __crypt_itoa64[65];
extern hidden const char __bcrypt_itoa64[65];

/* The 6-bit value of c in the alphabet, or -1. */
hidden int __crypt_atoi64(const char *alphabet, unsigned char c);

/* The length of the salt at the start of s: up to max characters, ending
   at a '$' or the end of s; -1 if one of them is not allowed in a salt. */
hidden int __crypt_salt_len(const char *s, size_t max);

/* Writes n bytes as the hashes of DES and bcrypt do: base64's bit order,
   six bits at a time from the most significant end, no padding. Returns
   the end of the text written (not terminated). */
hidden char *__crypt_b64_be(char *out, const unsigned char *in, size_t n,
			    const char *alphabet);

/* Writes a digest as MD5-crypt and SHA-crypt do: the bytes taken three at
   a time in the order `order` gives (n entries), each group read as a
   number whose first byte is the most significant, written six bits at a
   time from the least significant end, with crypt's alphabet; a last
   group of one or two bytes gives two or three characters. */
hidden char *__crypt_b64_le(char *out, const unsigned char *digest,
			    const unsigned char *order, size_t n);

/* The methods: each writes the whole hash, setting included, to out
   (CRYPT_OUT bytes: the longest hash, SHA-512-crypt's with "rounds=", is
   123 with its terminator) and returns it, or returns 0 for a setting it
   cannot use. */
#define CRYPT_OUT 128
hidden char *__crypt_des(const char *key, const char *setting, char *out);
hidden char *__crypt_md5(const char *key, const char *setting, char *out);
hidden char *__crypt_sha256(const char *key, const char *setting, char *out);
hidden char *__crypt_sha512(const char *key, const char *setting, char *out);
hidden char *__crypt_blowfish(const char *key, const char *setting, char *out);

#endif

#define _GNU_SOURCE
#include <string.h>
#include <stdint.h>
#include "check.h"

static unsigned char a[300], b[300];

static void fill(unsigned char *p, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)(seed + i * 7);
}

int main(void)
{
	/* memcpy and memmove at every small alignment and length. */
	for (size_t off = 0; off < 9; off++)
		for (size_t len = 0; len < 70; len++) {
			fill(a, sizeof a, 1);
			memset(b, 0xee, sizeof b);
			CHECK(memcpy(b + off, a + 3, len) == b + off);
			CHECK(memcmp(b + off, a + 3, len) == 0);
			CHECK(off == 0 || b[off - 1] == 0xee);
			CHECK(b[off + len] == 0xee);
		}
	for (size_t len = 0; len < 100; len++)
		for (int shift = -9; shift <= 9; shift++) {
			unsigned char ref[300];
			fill(a, sizeof a, 5);
			for (size_t i = 0; i < len; i++)
				ref[i] = a[100 + i];
			memmove(a + 100 + shift, a + 100, len);
			CHECK(memcmp(a + 100 + shift, ref, len) == 0);
		}
	/* memset */
	memset(a, 0, sizeof a);
	CHECK(memset(a + 3, 0xab, 61) == a + 3);
	CHECK(a[2] == 0 && a[3] == 0xab && a[63] == 0xab && a[64] == 0);
	/* memcmp sign uses unsigned bytes */
	CHECK(memcmp("\x80", "\x01", 1) > 0);
	CHECK(memcmp("abcdefghij1", "abcdefghij2", 11) < 0);
	CHECK(memcmp("abcdefghij2", "abcdefghij1", 11) > 0);
	CHECK(memcmp("x", "y", 0) == 0);
	/* memchr finds the first, not any, and stops at n */
	const char *s = "hello, world, hello";
	CHECK(memchr(s, 'o', 19) == s + 4);
	CHECK(memchr(s, 'z', 19) == 0);
	CHECK(memchr(s, 'w', 7) == 0);
	CHECK(memchr(s, 'h' + 256, 19) == s);
	for (size_t i = 0; i < 40; i++) {
		memset(a, 'x', 64);
		a[i] = 'y';
		CHECK(memchr(a, 'y', 64) == a + i);
	}
	CHECK(memrchr(s, 'h', 19) == s + 14);
	CHECK(memmem(s, 19, "hello", 5) == s);
	CHECK(memmem(s + 1, 18, "hello", 5) == s + 14);
	CHECK(memmem(s, 19, "world!", 6) == 0);
	CHECK(memmem(s, 19, "", 0) == s);
	CHECK(mempcpy(b, "abc", 3) == b + 3);
	CHECK(memccpy(b, "abc:def", ':', 7) == b + 4 && b[3] == ':');
	CHECK(memccpy(b, "abcdef", ':', 6) == 0);
	return check_result();
}

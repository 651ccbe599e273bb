/* What the differential tests compare: 64-bit FNV-1a hashes of each
   case's results, combined per batch of DH_BATCH cases, in a file with
   a small header (all little-endian):

       "SDH1", u32 kind, u64 seed, u64 count, then one u64 per batch. */
#ifndef DIFF_HASH_H
#define DIFF_HASH_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define DH_BATCH 16

enum { DH_PRINTF = 1, DH_STRTOD = 2 };

/* strtof, strtod and strtold (binary128) of one input: the bits, the
   end offset and whether errno was ERANGE. */
struct strtod_result {
	uint32_t f;
	uint64_t d;
	uint64_t q[2];
	uint32_t end[3];
	int err[3];
};

static uint64_t dh_bytes(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;

	while (n--)
		h = (h ^ *s++) * 0x100000001b3ULL;
	return h;
}

static uint64_t dh_u64(uint64_t h, uint64_t v)
{
	unsigned char b[8];
	int i;

	for (i = 0; i < 8; i++)
		b[i] = (unsigned char)(v >> 8 * i);
	return dh_bytes(h, b, 8);
}

/* A printf case: its output and return value. */
static uint64_t dh_case(const char *s, size_t n, int r)
{
	return dh_u64(dh_bytes(0xcbf29ce484222325ULL, s, n), (uint64_t)(int64_t)r);
}

/* Whether the ERANGE of a result is compared. For decimal input glibc
   detects underflow before rounding, and so does this libc, for all
   input; for hexadecimal input glibc decides at a precision of its own
   (0x33FBE6C2FF8C01p-1076 gives no ERANGE, 0x33FBE6C2FF8C03p-1076 does,
   0x1.fffffffffffff8p-1023 rounded up to DBL_MIN does not). C11
   7.22.1.3p10 leaves it to the implementation, so the results of
   hexadecimal input at or below the smallest normal magnitude are not
   compared. */
static int dh_erange_compared(const char *in, const struct strtod_result *r, int i)
{
	int low;

	while (*in == ' ')
		in++;
	if (*in == '+' || *in == '-')
		in++;
	if (!(in[0] == '0' && (in[1] | 32) == 'x'))
		return 1;
	if (i == 0)
		low = (r->f & 0x7fffffff) <= 0x00800000 && (r->f & 0x7fffffff);
	else if (i == 1)
		low = (r->d & 0x7fffffffffffffffULL) <= 0x0010000000000000ULL && (r->d & 0x7fffffffffffffffULL);
	else
		low = (r->q[1] & 0x7fffffffffffffffULL) < 0x0001000000000000ULL
		      || ((r->q[1] & 0x7fffffffffffffffULL) == 0x0001000000000000ULL && !r->q[0]);
	return !low;
}

static uint64_t dh_strtod(const char *in, const struct strtod_result *r)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	int i;

	h = dh_u64(h, r->f);
	h = dh_u64(h, r->d);
	h = dh_u64(h, r->q[0]);
	h = dh_u64(h, r->q[1]);
	for (i = 0; i < 3; i++)
		h = dh_u64(dh_u64(h, r->end[i]), dh_erange_compared(in, r, i) ? (uint64_t)r->err[i] : 2);
	return h;
}

static uint64_t dh_mix(uint64_t h, uint64_t c)
{
	return dh_u64(h ^ 0x9e3779b97f4a7c15ULL, c);
}

static void dh_write_u64(FILE *f, uint64_t v)
{
	unsigned char b[8];
	int i;

	for (i = 0; i < 8; i++)
		b[i] = (unsigned char)(v >> 8 * i);
	fwrite(b, 1, 8, f);
}

static void dh_write_header(FILE *f, uint32_t kind, uint64_t seed, uint64_t count)
{
	unsigned char b[4];
	int i;

	fwrite("SDH1", 1, 4, f);
	for (i = 0; i < 4; i++)
		b[i] = (unsigned char)(kind >> 8 * i);
	fwrite(b, 1, 4, f);
	dh_write_u64(f, seed);
	dh_write_u64(f, count);
}

static int dh_read_u64(FILE *f, uint64_t *v)
{
	unsigned char b[8];
	int i;

	if (fread(b, 1, 8, f) != 8)
		return 0;
	for (*v = 0, i = 0; i < 8; i++)
		*v |= (uint64_t)b[i] << 8 * i;
	return 1;
}

/* Opens a hash file and checks its header; 0 on failure. */
static FILE *dh_open(const char *path, uint32_t kind, uint64_t *seed, uint64_t *count)
{
	FILE *f = fopen(path, "rb");
	unsigned char b[8];

	if (!f)
		return 0;
	if (fread(b, 1, 8, f) != 8 || memcmp(b, "SDH1", 4)
	    || (b[4] | b[5] << 8 | b[6] << 16 | (uint32_t)b[7] << 24) != kind
	    || !dh_read_u64(f, seed) || !dh_read_u64(f, count)) {
		fclose(f);
		return 0;
	}
	return f;
}

#endif

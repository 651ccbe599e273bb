/* The small headers: byte order, byte swapping, BSD parameters, archive
   formats, exit statuses, limits by their System V names, and malloc.h. */
#include <ar.h>
#include <byteswap.h>
#include <cpio.h>
#include <endian.h>
#include <limits.h>
#include <malloc.h>
#include <memory.h>
#include <stddef.h>
#include <sys/param.h>
#include <sysexits.h>
#include <tar.h>
#include <values.h>
#include "check.h"

int main(void)
{
	CHECK(bswap_16(0x1234) == 0x3412 && bswap_32(0x12345678) == 0x78563412);
	CHECK(bswap_64(0x0102030405060708ull) == 0x0807060504030201ull);
	CHECK(BYTE_ORDER == LITTLE_ENDIAN && LITTLE_ENDIAN == 1234 && BIG_ENDIAN == 4321);
	union { uint32_t u; unsigned char b[4]; } x = { 0x01020304 };
	CHECK(x.b[0] == 4);
	CHECK(htobe16(0x1234) == 0x3412 && be16toh(0x3412) == 0x1234);
	CHECK(htobe32(0x01020304) == 0x04030201 && be32toh(htobe32(77)) == 77);
	CHECK(htobe64(1) == 0x0100000000000000ull && be64toh(0x0100000000000000ull) == 1);
	CHECK(htole16(0x1234) == 0x1234 && le32toh(0x12345678) == 0x12345678 && htole64(5) == 5);

	CHECK(MIN(3, 4) == 3 && MAX(3, 4) == 4 && howmany(10, 4) == 3 && roundup(10, 4) == 12);
	CHECK(powerof2(64) && !powerof2(65) && NBBY == 8 && MAXPATHLEN == PATH_MAX);
	unsigned char bits[4] = { 0 };
	setbit(bits, 9);
	CHECK(bits[1] == 2 && isset(bits, 9) && isclr(bits, 8));
	clrbit(bits, 9);
	CHECK(!bits[1]);

	CHECK(EX_OK == 0 && EX_USAGE == 64 && EX_SOFTWARE == 70 && EX_CONFIG == 78);
	CHECK(EX__BASE == 64 && EX__MAX == 78);
	CHECK(MAXINT == INT_MAX && MINLONG == LONG_MIN && BITSPERBYTE == 8 && INTBITS == 32);
	CHECK(sizeof(struct ar_hdr) == 60 && offsetof(struct ar_hdr, ar_fmag) == 58);
	CHECK(SARMAG == 8 && !memcmp(ARMAG, "!<arch>\n", SARMAG));
	CHECK(TMAGLEN == 6 && DIRTYPE == '5' && TUREAD == 0400 && C_ISDIR == 040000);

	void *p = memalign(64, 100);
	CHECK(p && (uintptr_t)p % 64 == 0 && malloc_usable_size(p) >= 100);
	free(p);
	return check_result();
}

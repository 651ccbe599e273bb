#include <stdlib.h>
#include <stdint.h>

/* The POSIX 48-bit linear congruential generator: X' = a X + c mod 2^48,
   with a = 0x5deece66d and c = 0xb by default (lcong48 changes them). The
   seed words are little-endian 16-bit pieces of X. */

static unsigned short state[3] = { 0x330e, 0, 0 };
static unsigned short mult[3] = { 0xe66d, 0xdeec, 0x5 };
static unsigned short add = 0xb;

static uint64_t step(unsigned short x[3])
{
	uint64_t v = x[0] | (uint64_t)x[1] << 16 | (uint64_t)x[2] << 32;
	uint64_t a = mult[0] | (uint64_t)mult[1] << 16 | (uint64_t)mult[2] << 32;
	v = (a * v + add) & 0xffffffffffffULL;
	x[0] = (unsigned short)v;
	x[1] = (unsigned short)(v >> 16);
	x[2] = (unsigned short)(v >> 32);
	return v;
}

double erand48(unsigned short x[3])
{
	return (double)step(x) * 0x1p-48;
}

double drand48(void)
{
	return erand48(state);
}

long nrand48(unsigned short x[3])
{
	return (long)(step(x) >> 17);
}

long lrand48(void)
{
	return nrand48(state);
}

long jrand48(unsigned short x[3])
{
	return (long)(int32_t)(uint32_t)(step(x) >> 16);
}

long mrand48(void)
{
	return jrand48(state);
}

void srand48(long seed)
{
	state[0] = 0x330e;
	state[1] = (unsigned short)seed;
	state[2] = (unsigned short)((unsigned long)seed >> 16);
	mult[0] = 0xe66d;
	mult[1] = 0xdeec;
	mult[2] = 0x5;
	add = 0xb;
}

unsigned short *seed48(unsigned short s[3])
{
	static unsigned short old[3];
	old[0] = state[0];
	old[1] = state[1];
	old[2] = state[2];
	state[0] = s[0];
	state[1] = s[1];
	state[2] = s[2];
	mult[0] = 0xe66d;
	mult[1] = 0xdeec;
	mult[2] = 0x5;
	add = 0xb;
	return old;
}

void lcong48(unsigned short p[7])
{
	state[0] = p[0];
	state[1] = p[1];
	state[2] = p[2];
	mult[0] = p[3];
	mult[1] = p[4];
	mult[2] = p[5];
	add = p[6];
}

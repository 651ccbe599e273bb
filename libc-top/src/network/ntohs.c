#include <netinet/in.h>

uint16_t ntohs(uint16_t n)
{
	return __builtin_bswap16(n);
}

#include <netinet/in.h>

uint16_t htons(uint16_t n)
{
	return __builtin_bswap16(n);
}

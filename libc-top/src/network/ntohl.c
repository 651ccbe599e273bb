#include <netinet/in.h>

uint32_t ntohl(uint32_t n)
{
	return __builtin_bswap32(n);
}

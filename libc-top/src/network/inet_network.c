#include <arpa/inet.h>

/* The same numbers as inet_addr, in host byte order. */
in_addr_t inet_network(const char *s)
{
	struct in_addr a;
	return inet_aton(s, &a) ? ntohl(a.s_addr) : INADDR_NONE;
}

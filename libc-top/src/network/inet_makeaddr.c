#include <arpa/inet.h>

/* The classful network and host parts put back together. */
struct in_addr inet_makeaddr(in_addr_t net, in_addr_t host)
{
	in_addr_t a;
	if (net < 128)
		a = net << IN_CLASSA_NSHIFT | (host & IN_CLASSA_HOST);
	else if (net < 65536)
		a = net << IN_CLASSB_NSHIFT | (host & IN_CLASSB_HOST);
	else if (net < 16777216)
		a = net << IN_CLASSC_NSHIFT | (host & IN_CLASSC_HOST);
	else
		a = net | host;
	struct in_addr r = { htonl(a) };
	return r;
}

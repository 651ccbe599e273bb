#include <arpa/inet.h>

in_addr_t inet_netof(struct in_addr in)
{
	in_addr_t a = ntohl(in.s_addr);
	return IN_CLASSA(a) ? (a & IN_CLASSA_NET) >> IN_CLASSA_NSHIFT
	       : IN_CLASSB(a) ? (a & IN_CLASSB_NET) >> IN_CLASSB_NSHIFT
	       : (a & IN_CLASSC_NET) >> IN_CLASSC_NSHIFT;
}

#include <arpa/inet.h>

in_addr_t inet_lnaof(struct in_addr in)
{
	in_addr_t a = ntohl(in.s_addr);
	return IN_CLASSA(a) ? a & IN_CLASSA_HOST : IN_CLASSB(a) ? a & IN_CLASSB_HOST : a & IN_CLASSC_HOST;
}

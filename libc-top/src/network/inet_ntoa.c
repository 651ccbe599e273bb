#include <arpa/inet.h>

/* Into a static buffer, overwritten by the next call (POSIX). */
char *inet_ntoa(struct in_addr a)
{
	static char buf[INET_ADDRSTRLEN];
	return (char *)inet_ntop(AF_INET, &a, buf, sizeof buf);
}

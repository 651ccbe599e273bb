#ifndef _ARPA_INET_H
#define _ARPA_INET_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#include <netinet/in.h>

in_addr_t inet_addr(const char *);
char *inet_ntoa(struct in_addr);
int inet_pton(int, const char *__restrict, void *__restrict);
const char *inet_ntop(int, const void *__restrict, char *__restrict, socklen_t);

#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
int inet_aton(const char *, struct in_addr *);
in_addr_t inet_network(const char *);
struct in_addr inet_makeaddr(in_addr_t, in_addr_t);
in_addr_t inet_lnaof(struct in_addr);
in_addr_t inet_netof(struct in_addr);
#endif

#ifdef __cplusplus
}
#endif

#endif

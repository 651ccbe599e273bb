#ifndef _NETINET_IN_H
#define _NETINET_IN_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <sys/socket.h>

typedef uint16_t in_port_t;
typedef uint32_t in_addr_t;

struct in_addr {
	in_addr_t s_addr;
};

struct in6_addr {
	union {
		uint8_t __s6_addr[16];
		uint16_t __s6_addr16[8];
		uint32_t __s6_addr32[4];
	} __in6_union;
};
#define s6_addr __in6_union.__s6_addr
#define s6_addr16 __in6_union.__s6_addr16
#define s6_addr32 __in6_union.__s6_addr32

struct sockaddr_in {
	__attribute__((__aligned__(16))) sa_family_t sin_family;
	in_port_t sin_port;
	struct in_addr sin_addr;
	uint8_t sin_zero[8];
};

struct sockaddr_in6 {
	__attribute__((__aligned__(16))) sa_family_t sin6_family;
	in_port_t sin6_port;
	uint32_t sin6_flowinfo;
	struct in6_addr sin6_addr;
	uint32_t sin6_scope_id;
};

struct ip_mreq {
	struct in_addr imr_multiaddr;
	struct in_addr imr_interface;
};

struct ipv6_mreq {
	struct in6_addr ipv6mr_multiaddr;
	unsigned ipv6mr_interface;
};

extern const struct in6_addr in6addr_any, in6addr_loopback;

#define IN6ADDR_ANY_INIT { { { 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0 } } }
#define IN6ADDR_LOOPBACK_INIT { { { 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1 } } }

#define INADDR_ANY        ((in_addr_t)0x00000000)
#define INADDR_BROADCAST  ((in_addr_t)0xffffffff)
#define INADDR_NONE       ((in_addr_t)0xffffffff)
#define INADDR_LOOPBACK   ((in_addr_t)0x7f000001)
#define INADDR_UNSPEC_GROUP    ((in_addr_t)0xe0000000)
#define INADDR_ALLHOSTS_GROUP  ((in_addr_t)0xe0000001)
#define INADDR_ALLRTRS_GROUP   ((in_addr_t)0xe0000002)
#define INADDR_MAX_LOCAL_GROUP ((in_addr_t)0xe00000ff)

#define INET_ADDRSTRLEN  16
#define INET6_ADDRSTRLEN 46

#define IPPORT_RESERVED 1024

#define IPPROTO_IP   0
#define IPPROTO_ICMP 1
#define IPPROTO_TCP  6
#define IPPROTO_UDP  17
#define IPPROTO_IPV6 41
#define IPPROTO_RAW  255

#define IP_TOS             1
#define IP_TTL             2
#define IP_HDRINCL         3
#define IP_OPTIONS         4
#define IP_RECVTTL         12
#define IP_RECVTOS         13
#define IP_MULTICAST_IF    32
#define IP_MULTICAST_TTL   33
#define IP_MULTICAST_LOOP  34
#define IP_ADD_MEMBERSHIP  35
#define IP_DROP_MEMBERSHIP 36

#define IPV6_UNICAST_HOPS   16
#define IPV6_MULTICAST_IF   17
#define IPV6_MULTICAST_HOPS 18
#define IPV6_MULTICAST_LOOP 19
#define IPV6_JOIN_GROUP     20
#define IPV6_LEAVE_GROUP    21
#define IPV6_ADD_MEMBERSHIP IPV6_JOIN_GROUP
#define IPV6_DROP_MEMBERSHIP IPV6_LEAVE_GROUP
#define IPV6_V6ONLY         26
#define IPV6_TCLASS         67

#define IN_CLASSA(a) ((((in_addr_t)(a)) & 0x80000000) == 0)
#define IN_CLASSA_NET 0xff000000
#define IN_CLASSA_NSHIFT 24
#define IN_CLASSA_HOST 0x00ffffff
#define IN_CLASSA_MAX 128
#define IN_CLASSB(a) ((((in_addr_t)(a)) & 0xc0000000) == 0x80000000)
#define IN_CLASSB_NET 0xffff0000
#define IN_CLASSB_NSHIFT 16
#define IN_CLASSB_HOST 0x0000ffff
#define IN_CLASSB_MAX 65536
#define IN_CLASSC(a) ((((in_addr_t)(a)) & 0xe0000000) == 0xc0000000)
#define IN_CLASSC_NET 0xffffff00
#define IN_CLASSC_NSHIFT 8
#define IN_CLASSC_HOST 0x000000ff
#define IN_CLASSD(a) ((((in_addr_t)(a)) & 0xf0000000) == 0xe0000000)
#define IN_MULTICAST(a) IN_CLASSD(a)
#define IN_EXPERIMENTAL(a) ((((in_addr_t)(a)) & 0xe0000000) == 0xe0000000)
#define IN_BADCLASS(a) ((((in_addr_t)(a)) & 0xf0000000) == 0xf0000000)
#define IN_LOOPBACKNET 127

#define __IN6_BYTE(a, i) (((const uint8_t *)(a))[i])
#define __IN6_WORD(a, i) (((const uint32_t *)(a))[i])
#define IN6_IS_ADDR_UNSPECIFIED(a) (__IN6_WORD(a, 0) == 0 && __IN6_WORD(a, 1) == 0 \
	&& __IN6_WORD(a, 2) == 0 && __IN6_WORD(a, 3) == 0)
#define IN6_IS_ADDR_LOOPBACK(a) (__IN6_WORD(a, 0) == 0 && __IN6_WORD(a, 1) == 0 \
	&& __IN6_WORD(a, 2) == 0 && __IN6_BYTE(a, 12) == 0 && __IN6_BYTE(a, 13) == 0 \
	&& __IN6_BYTE(a, 14) == 0 && __IN6_BYTE(a, 15) == 1)
#define IN6_IS_ADDR_MULTICAST(a) (__IN6_BYTE(a, 0) == 0xff)
#define IN6_IS_ADDR_LINKLOCAL(a) (__IN6_BYTE(a, 0) == 0xfe && (__IN6_BYTE(a, 1) & 0xc0) == 0x80)
#define IN6_IS_ADDR_SITELOCAL(a) (__IN6_BYTE(a, 0) == 0xfe && (__IN6_BYTE(a, 1) & 0xc0) == 0xc0)
#define IN6_IS_ADDR_V4MAPPED(a) (__IN6_WORD(a, 0) == 0 && __IN6_WORD(a, 1) == 0 \
	&& __IN6_BYTE(a, 8) == 0 && __IN6_BYTE(a, 9) == 0 \
	&& __IN6_BYTE(a, 10) == 0xff && __IN6_BYTE(a, 11) == 0xff)
#define IN6_IS_ADDR_V4COMPAT(a) (__IN6_WORD(a, 0) == 0 && __IN6_WORD(a, 1) == 0 \
	&& __IN6_WORD(a, 2) == 0 && __IN6_BYTE(a, 15) > 1)
#define IN6_IS_ADDR_MC_NODELOCAL(a) (IN6_IS_ADDR_MULTICAST(a) && (__IN6_BYTE(a, 1) & 0xf) == 0x1)
#define IN6_IS_ADDR_MC_LINKLOCAL(a) (IN6_IS_ADDR_MULTICAST(a) && (__IN6_BYTE(a, 1) & 0xf) == 0x2)
#define IN6_IS_ADDR_MC_SITELOCAL(a) (IN6_IS_ADDR_MULTICAST(a) && (__IN6_BYTE(a, 1) & 0xf) == 0x5)
#define IN6_IS_ADDR_MC_ORGLOCAL(a) (IN6_IS_ADDR_MULTICAST(a) && (__IN6_BYTE(a, 1) & 0xf) == 0x8)
#define IN6_IS_ADDR_MC_GLOBAL(a) (IN6_IS_ADDR_MULTICAST(a) && (__IN6_BYTE(a, 1) & 0xf) == 0xe)
#define IN6_ARE_ADDR_EQUAL(a, b) (__IN6_WORD(a, 0) == __IN6_WORD(b, 0) \
	&& __IN6_WORD(a, 1) == __IN6_WORD(b, 1) && __IN6_WORD(a, 2) == __IN6_WORD(b, 2) \
	&& __IN6_WORD(a, 3) == __IN6_WORD(b, 3))

uint32_t htonl(uint32_t);
uint16_t htons(uint16_t);
uint32_t ntohl(uint32_t);
uint16_t ntohs(uint16_t);

#ifdef __cplusplus
}
#endif

#endif

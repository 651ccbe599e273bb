/* Byte order and address conversions (arpa/inet.h). */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <string.h>
#include "check.h"

static void round_trip6(const char *in, const char *out)
{
	struct in6_addr a;
	char buf[INET6_ADDRSTRLEN];
	CHECK(inet_pton(AF_INET6, in, &a) == 1);
	CHECK_STR(inet_ntop(AF_INET6, &a, buf, sizeof buf), out);
}

int main(void)
{
	CHECK(htonl(0x01020304) == 0x04030201 && ntohl(0x04030201) == 0x01020304);
	CHECK(htons(0x0102) == 0x0201 && ntohs(0x0201) == 0x0102);
	struct in_addr a;
	CHECK(inet_aton("192.168.1.2", &a) == 1 && a.s_addr == htonl(0xc0a80102));
	CHECK(inet_aton("127.1", &a) == 1 && a.s_addr == htonl(0x7f000001));
	CHECK(inet_aton("0x7f.1", &a) == 1 && a.s_addr == htonl(0x7f000001));
	CHECK(inet_aton("10", &a) == 1 && a.s_addr == htonl(10));
	CHECK(inet_aton("1.2.3.4.5", &a) == 0 && inet_aton("256.1.1.1", &a) == 0);
	CHECK(inet_aton("1.2.3.", &a) == 0 && inet_aton("", &a) == 0 && inet_aton("x", &a) == 0);
	CHECK(inet_addr("10.0.0.1") == htonl(0x0a000001) && inet_addr("bad") == INADDR_NONE);
	CHECK(inet_network("10.0.0.1") == 0x0a000001);
	a.s_addr = htonl(0x7f000001);
	CHECK_STR(inet_ntoa(a), "127.0.0.1");
	CHECK(inet_lnaof(a) == 1 && inet_netof(a) == 127);
	struct in_addr m = inet_makeaddr(127, 1);
	CHECK(m.s_addr == htonl(0x7f000001));
	m = inet_makeaddr(0xc0a801, 2);
	CHECK(m.s_addr == htonl(0xc0a80102));
	/* inet_pton / inet_ntop, IPv4 */
	unsigned char b[16];
	CHECK(inet_pton(AF_INET, "1.2.3.4", b) == 1 && !memcmp(b, "\1\2\3\4", 4));
	CHECK(inet_pton(AF_INET, "01.2.3.4", b) == 0 && inet_pton(AF_INET, "1.2.3", b) == 0);
	CHECK(inet_pton(AF_INET, "1.2.3.256", b) == 0 && inet_pton(AF_INET, "1.2.3.4 ", b) == 0);
	char buf[INET6_ADDRSTRLEN];
	CHECK_STR(inet_ntop(AF_INET, "\xff\0\x0a\x01", buf, sizeof buf), "255.0.10.1");
	errno = 0;
	CHECK(inet_ntop(AF_INET, "\xff\0\x0a\x01", buf, 5) == 0 && errno == ENOSPC);
	errno = 0;
	CHECK(inet_pton(99, "1.2.3.4", b) == -1 && errno == EAFNOSUPPORT);
	errno = 0;
	CHECK(inet_ntop(99, b, buf, sizeof buf) == 0 && errno == EAFNOSUPPORT);
	/* IPv6, canonical output (RFC 5952) */
	round_trip6("::", "::");
	round_trip6("::1", "::1");
	round_trip6("1::", "1::");
	round_trip6("2001:DB8:0:0:0:0:0:1", "2001:db8::1");
	round_trip6("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1");
	round_trip6("2001:0db8:0000:0001:0001:0001:0001:0001", "2001:db8:0:1:1:1:1:1");
	round_trip6("fe80::1:2:3:4", "fe80::1:2:3:4");
	round_trip6("::ffff:1.2.3.4", "::ffff:1.2.3.4");
	round_trip6("::1.2.3.4", "::1.2.3.4");
	round_trip6("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8");
	round_trip6("1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304");
	const char *bad6[] = { ":", ":::", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "1:2:3:4:5:6:7",
	                       "g::", "1:", ":1", "::1.2.3", "1:2:3:4:5:6:7:1.2.3.4" };
	for (size_t i = 0; i < sizeof bad6 / sizeof *bad6; i++)
		CHECK(inet_pton(AF_INET6, bad6[i], b) == 0);
	CHECK(IN6_IS_ADDR_UNSPECIFIED(&in6addr_any) && IN6_IS_ADDR_LOOPBACK(&in6addr_loopback));
	struct in6_addr mapped;
	CHECK(inet_pton(AF_INET6, "::ffff:10.0.0.1", &mapped) == 1 && IN6_IS_ADDR_V4MAPPED(&mapped));
	return check_result();
}

#ifndef _SYS_SOCKET_H
#define _SYS_SOCKET_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#define __NEED_size_t
#define __NEED_ssize_t
#define __NEED_struct_iovec
#include <bits/alltypes.h>

#ifndef __DEFINED_socklen_t
typedef unsigned socklen_t;
typedef unsigned short sa_family_t;
#define __DEFINED_socklen_t
#endif

/* Layouts and numbers of the established WASI ABI: the address
   structures are aligned to 16 bytes. */
struct sockaddr {
	__attribute__((__aligned__(16))) sa_family_t sa_family;
	char sa_data[14];
};

struct sockaddr_storage {
	__attribute__((__aligned__(16))) sa_family_t ss_family;
	char __ss_data[32];
};

struct msghdr {
	void *msg_name;
	socklen_t msg_namelen;
	struct iovec *msg_iov;
	int msg_iovlen;
	void *msg_control;
	socklen_t msg_controllen;
	int msg_flags;
};

struct cmsghdr {
	socklen_t cmsg_len;
	int cmsg_level;
	int cmsg_type;
};

#define __CMSG_ALIGN(n) (((n) + sizeof(size_t) - 1) & ~(sizeof(size_t) - 1))
#define CMSG_DATA(c) ((unsigned char *)((struct cmsghdr *)(c) + 1))
#define CMSG_FIRSTHDR(m) ((size_t)(m)->msg_controllen >= sizeof(struct cmsghdr) \
	? (struct cmsghdr *)(m)->msg_control : (struct cmsghdr *)0)
#define CMSG_NXTHDR(m, c) \
	((c)->cmsg_len < sizeof(struct cmsghdr) \
	 || (unsigned char *)(c) + __CMSG_ALIGN((c)->cmsg_len) + sizeof(struct cmsghdr) \
	    > (unsigned char *)(m)->msg_control + (m)->msg_controllen \
	 ? (struct cmsghdr *)0 : (struct cmsghdr *)((unsigned char *)(c) + __CMSG_ALIGN((c)->cmsg_len)))
#define CMSG_ALIGN(n) __CMSG_ALIGN(n)
#define CMSG_SPACE(n) (__CMSG_ALIGN(n) + __CMSG_ALIGN(sizeof(struct cmsghdr)))
#define CMSG_LEN(n) (__CMSG_ALIGN(sizeof(struct cmsghdr)) + (n))

struct linger {
	int l_onoff;
	int l_linger;
};

/* Socket types are the WASI file types. */
#define SOCK_DGRAM  5
#define SOCK_STREAM 6
#define SOCK_NONBLOCK 0x4000
#define SOCK_CLOEXEC  0x2000

#define AF_UNSPEC 0
#define AF_INET   1
#define AF_INET6  2
#define AF_UNIX   3
#define AF_LOCAL  AF_UNIX
#define PF_UNSPEC AF_UNSPEC
#define PF_INET   AF_INET
#define PF_INET6  AF_INET6
#define PF_UNIX   AF_UNIX
#define PF_LOCAL  AF_UNIX

#define SOL_SOCKET 0x7fffffff

#define SO_DEBUG      1
#define SO_REUSEADDR  2
#define SO_TYPE       3
#define SO_ERROR      4
#define SO_DONTROUTE  5
#define SO_BROADCAST  6
#define SO_SNDBUF     7
#define SO_RCVBUF     8
#define SO_KEEPALIVE  9
#define SO_OOBINLINE  10
#define SO_LINGER     13
#define SO_RCVLOWAT   18
#define SO_SNDLOWAT   19
#define SO_RCVTIMEO   20
#define SO_SNDTIMEO   21
#define SO_ACCEPTCONN 30
#define SO_PROTOCOL   38
#define SO_DOMAIN     39

#define SOMAXCONN 128

/* MSG_PEEK and MSG_WAITALL are WASI's riflags, MSG_TRUNC its roflags (an
   output flag only, so sharing a value with MSG_PEEK is harmless). */
#define MSG_PEEK      0x0001
#define MSG_WAITALL   0x0002
#define MSG_TRUNC     0x0001
#define MSG_DONTROUTE 0x0004
#define MSG_CTRUNC    0x0008
#define MSG_OOB       0x0010
#define MSG_DONTWAIT  0x0040
#define MSG_EOR       0x0080
#define MSG_NOSIGNAL  0x4000

#define SHUT_RD   1
#define SHUT_WR   2
#define SHUT_RDWR (SHUT_RD | SHUT_WR)

int socket(int, int, int);
int socketpair(int, int, int, int [2]);
int shutdown(int, int);
int bind(int, const struct sockaddr *, socklen_t);
int connect(int, const struct sockaddr *, socklen_t);
int listen(int, int);
int accept(int, struct sockaddr *__restrict, socklen_t *__restrict);
int accept4(int, struct sockaddr *__restrict, socklen_t *__restrict, int);
int getsockname(int, struct sockaddr *__restrict, socklen_t *__restrict);
int getpeername(int, struct sockaddr *__restrict, socklen_t *__restrict);
ssize_t send(int, const void *, size_t, int);
ssize_t recv(int, void *, size_t, int);
ssize_t sendto(int, const void *, size_t, int, const struct sockaddr *, socklen_t);
ssize_t recvfrom(int, void *__restrict, size_t, int, struct sockaddr *__restrict, socklen_t *__restrict);
ssize_t sendmsg(int, const struct msghdr *, int);
ssize_t recvmsg(int, struct msghdr *, int);
int getsockopt(int, int, int, void *__restrict, socklen_t *__restrict);
int setsockopt(int, int, int, const void *, socklen_t);
int sockatmark(int);

#ifdef __cplusplus
}
#endif

#endif

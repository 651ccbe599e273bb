#include <poll.h>
#include "poll_impl.h"
#include "socket_impl.h"

hidden int __socket_ready(int hostfd, short events)
{
	struct pollfd p = { hostfd, events, 0 };
	int r = __poll(&p, 1, 0);
	return r < 0 ? -1 : r > 0;
}

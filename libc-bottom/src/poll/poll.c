#include <poll.h>
#include "poll_impl.h"

int poll(struct pollfd *fds, nfds_t n, int timeout)
{
	return __poll(fds, n, timeout < 0 ? -1 : (long long)timeout * 1000000);
}

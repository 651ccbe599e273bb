#include <errno.h>
#include <nl_types.h>
#include "catalog_impl.h"

/* POSIX catgets: the message, or s (with errno set) if there is none. */
char *catgets(nl_catd catd, int set, int number, const char *s)
{
	const struct catalog *cat = catd;
	if (catd == (nl_catd)-1 || !cat) {
		errno = EBADF;
		return (char *)s;
	}
	size_t lo = 0, hi = cat->count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct catalog_message *m = &cat->messages[mid];
		if (m->set == set && m->number == number)
			return (char *)m->text;
		if (m->set < set || (m->set == set && m->number < number))
			lo = mid + 1;
		else
			hi = mid;
	}
	errno = ENOMSG;
	return (char *)s;
}

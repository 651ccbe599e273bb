#define _GNU_SOURCE
#include <unistd.h>

int getresuid(uid_t *r, uid_t *e, uid_t *s)
{
	*r = *e = *s = 0;
	return 0;
}

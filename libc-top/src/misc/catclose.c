#include <errno.h>
#include <nl_types.h>
#include <stdlib.h>
#include "catalog_impl.h"

int catclose(nl_catd catd)
{
	struct catalog *cat = catd;
	if (catd == (nl_catd)-1 || !cat) {
		errno = EBADF;
		return -1;
	}
	free(cat->messages);
	free(cat->data);
	free(cat);
	return 0;
}

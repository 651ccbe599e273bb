#include <errno.h>
#include <stdlib.h>
#include "search_impl.h"

int hcreate_r(size_t nel, struct hsearch_data *tab)
{
	size_t size = 8;
	while (size - size / 4 < nel && size < (size_t)-1 / 4 / sizeof(ENTRY))
		size *= 2;
	struct __htab *h = malloc(sizeof *h);
	ENTRY *slots = calloc(size, sizeof *slots);
	if (!h || !slots) {
		free(h);
		free(slots);
		errno = ENOMEM;
		return 0;
	}
	h->slots = slots;
	h->mask = size - 1;
	h->used = 0;
	tab->__tab = h;
	return 1;
}

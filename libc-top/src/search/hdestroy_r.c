#include <stdlib.h>
#include "search_impl.h"

/* Frees the table; the keys and data stay the caller's. */
void hdestroy_r(struct hsearch_data *tab)
{
	if (!tab || !tab->__tab)
		return;
	free(tab->__tab->slots);
	free(tab->__tab);
	tab->__tab = 0;
}

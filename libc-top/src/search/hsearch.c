#include "search_impl.h"

ENTRY *hsearch(ENTRY item, ACTION action)
{
	ENTRY *found;
	return hsearch_r(item, action, &found, &__hsearch_table) ? found : 0;
}

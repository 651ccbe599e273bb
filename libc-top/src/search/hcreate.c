#include "search_impl.h"

hidden struct hsearch_data __hsearch_table;

int hcreate(size_t nel)
{
	return hcreate_r(nel, &__hsearch_table);
}

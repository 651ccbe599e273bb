#include "search_impl.h"

void hdestroy(void)
{
	hdestroy_r(&__hsearch_table);
}

#include "unicode_ctype.h"

int iswgraph(wint_t wc)
{
	return WC_IS(wc, WC_GRAPH);
}

int iswgraph_l(wint_t wc, locale_t loc)
{
	return WC_IS_L(wc, WC_GRAPH, loc);
}

#include <stdlib.h>
#include "regex_impl.h"

void regfree(regex_t *preg)
{
	struct re_prog *r = preg->__re_prog;
	if (!r)
		return;
	for (size_t i = 0; i < r->nsets; i++)
		free(r->sets[i].ranges);
	free(r->sets);
	free(r->code);
	free(r);
	preg->__re_prog = 0;
}

#include <stdlib.h>

int mkostemp(char *tmpl, int flags)
{
	return mkostemps(tmpl, 0, flags);
}

#include <stdlib.h>

int mkstemps(char *tmpl, int suffix)
{
	return mkostemps(tmpl, suffix, 0);
}

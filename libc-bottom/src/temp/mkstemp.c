#include <stdlib.h>

int mkstemp(char *tmpl)
{
	return mkostemps(tmpl, 0, 0);
}

#include <locale.h>
#include <stdlib.h>

void freelocale(locale_t loc)
{
	free(loc);
}

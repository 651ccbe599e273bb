#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include "locale_impl.h"

locale_t duplocale(locale_t loc)
{
	if (loc == LC_GLOBAL_LOCALE)
		loc = &__global_locale;
	locale_t copy = malloc(sizeof *copy);
	if (!copy) {
		errno = ENOMEM;
		return 0;
	}
	*copy = *loc;
	return copy;
}

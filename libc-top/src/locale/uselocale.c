#include <locale.h>
#include "locale_impl.h"

/* The thread's locale: 0 asks, LC_GLOBAL_LOCALE returns to the global one. */
locale_t uselocale(locale_t loc)
{
	locale_t old = __thread_locale ? __thread_locale : LC_GLOBAL_LOCALE;
	if (loc)
		__thread_locale = loc == LC_GLOBAL_LOCALE ? 0 : loc;
	return old;
}

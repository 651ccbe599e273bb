#include <stdlib.h>
#include <string.h>
#include "locale_impl.h"

hidden struct __locale_struct __global_locale = {
	0, { "C", "C", "C", "C", "C", "C" }
};
hidden struct __locale_struct *__thread_locale;

static const char *const category_vars[LOCALE_CATEGORIES] = {
	"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES"
};

/* Accepts "C", "POSIX", and any name whose codeset is UTF-8
   ("C.UTF-8", "en_US.utf8", ...): only the encoding is honoured. */
hidden const char *__locale_name(int category, const char *name)
{
	if (!*name) {
		const char *v = getenv("LC_ALL");
		if (!v || !*v)
			v = getenv(category_vars[category]);
		if (!v || !*v)
			v = getenv("LANG");
		name = v && *v ? v : "C.UTF-8";
	}
	if (!strcmp(name, "C") || !strcmp(name, "POSIX"))
		return "C";
	const char *dot = strchr(name, '.');
	if (dot) {
		const char *cs = dot + 1;
		size_t n = strcspn(cs, "@");
		if ((n == 5 && !strncasecmp(cs, "UTF-8", 5)) || (n == 4 && !strncasecmp(cs, "utf8", 4)))
			return "C.UTF-8";
	}
	return 0;
}

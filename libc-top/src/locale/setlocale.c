#include <locale.h>
#include <string.h>
#include "locale_impl.h"

/* The composite name of LC_ALL when the categories differ:
   "CTYPE;NUMERIC;TIME;COLLATE;MONETARY;MESSAGES". */
static char all_name[LOCALE_CATEGORIES * 8];

static const char *name_of_all(void)
{
	const char *const *n = __global_locale.names;
	int same = 1;
	for (int i = 1; i < LOCALE_CATEGORIES; i++)
		same &= !strcmp(n[i], n[0]);
	if (same)
		return n[0];
	char *p = all_name;
	for (int i = 0; i < LOCALE_CATEGORIES; i++) {
		size_t len = strlen(n[i]);
		memcpy(p, n[i], len);
		p += len;
		*p++ = i + 1 < LOCALE_CATEGORIES ? ';' : 0;
	}
	return all_name;
}

/* Sets one category of the global locale; the name is canonical. */
static void set(int category, const char *name)
{
	__global_locale.names[category] = name;
	if (category == LC_CTYPE)
		__global_locale.utf8 = !strcmp(name, "C.UTF-8");
}

char *setlocale(int category, const char *name)
{
	if ((unsigned)category > LC_ALL)
		return 0;
	if (!name)
		return (char *)(category == LC_ALL ? name_of_all() : __global_locale.names[category]);
	if (category != LC_ALL) {
		const char *canon = __locale_name(category, name);
		if (!canon)
			return 0;
		set(category, canon);
		return (char *)canon;
	}
	/* LC_ALL: a composite name from setlocale(LC_ALL, 0) restores each
	   category; otherwise every category takes the name, all or none. */
	if (strchr(name, ';')) {
		const char *canon[LOCALE_CATEGORIES];
		const char *p = name;
		for (int i = 0; i < LOCALE_CATEGORIES; i++) {
			char part[32];
			size_t len = strcspn(p, ";");
			if (len >= sizeof part || (p[len] != ';') != (i + 1 == LOCALE_CATEGORIES))
				return 0;
			memcpy(part, p, len);
			part[len] = 0;
			if (!(canon[i] = __locale_name(i, part)))
				return 0;
			p += len + 1;
		}
		for (int i = 0; i < LOCALE_CATEGORIES; i++)
			set(i, canon[i]);
		return (char *)name_of_all();
	}
	const char *canon[LOCALE_CATEGORIES];
	for (int i = 0; i < LOCALE_CATEGORIES; i++)
		if (!(canon[i] = __locale_name(i, name)))
			return 0;
	for (int i = 0; i < LOCALE_CATEGORIES; i++)
		set(i, canon[i]);
	return (char *)name_of_all();
}

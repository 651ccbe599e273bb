#include <langinfo.h>
#include <locale.h>
#include "locale_impl.h"

/* The strings are those of the C/POSIX locale in every category (XBD 7.3)
   but the codeset, which follows LC_CTYPE. */
static const char time_items[] =
	"Sun\0Mon\0Tue\0Wed\0Thu\0Fri\0Sat\0"
	"Sunday\0Monday\0Tuesday\0Wednesday\0Thursday\0Friday\0Saturday\0"
	"Jan\0Feb\0Mar\0Apr\0May\0Jun\0Jul\0Aug\0Sep\0Oct\0Nov\0Dec\0"
	"January\0February\0March\0April\0May\0June\0July\0August\0"
	"September\0October\0November\0December\0"
	"AM\0PM\0"
	"%a %b %e %H:%M:%S %Y\0%m/%d/%y\0%H:%M:%S\0%I:%M:%S %p\0"
	"\0\0\0\0\0\0"; /* ERA to ERA_T_FMT */

static const char message_items[] = "^[yY]\0^[nN]\0yes\0no\0";

/* The index-th of the null-separated strings in list, of which there are
   count; "" past the end. */
static const char *nth(const char *list, int count, int index)
{
	if (index >= count)
		return "";
	for (; index; index--)
		while (*list++)
			;
	return list;
}

char *nl_langinfo_l(nl_item item, locale_t loc)
{
	int cat = item >> 16, index = item & 0xffff;
	if (loc == LC_GLOBAL_LOCALE)
		loc = &__global_locale;
	if (cat < 0 || cat >= LOCALE_CATEGORIES)
		return "";
	if (index == 0xffff)
		return (char *)loc->names[cat];
	const char *s = "";
	switch (cat) {
	case LC_CTYPE:
		if (index == 14)
			s = loc->utf8 ? "UTF-8" : "ANSI_X3.4-1968";
		break;
	case LC_NUMERIC:
		s = nth(".\0", 2, index);
		break;
	case LC_TIME:
		s = nth(time_items, 50, index);
		break;
	case LC_MONETARY:
		if (index == 15)
			s = "-";
		break;
	case LC_MESSAGES:
		s = nth(message_items, 4, index);
		break;
	}
	return (char *)s;
}

char *nl_langinfo(nl_item item)
{
	return nl_langinfo_l(item, CURRENT_LOCALE);
}

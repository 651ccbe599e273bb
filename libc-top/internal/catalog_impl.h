/* A message catalog opened by catopen: the whole file, with each message
   turned into a null-terminated string in place, and a table of them
   sorted by set and number. */
#ifndef _INTERNAL_CATALOG_IMPL_H
#define _INTERNAL_CATALOG_IMPL_H

#include <nl_types.h>
#include <stddef.h>

struct catalog_message {
	int set, number;
	const char *text;
};

struct catalog {
	char *data;
	size_t count;
	struct catalog_message *messages;
};

#endif

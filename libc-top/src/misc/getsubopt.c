#include <stdlib.h>
#include <string.h>

/* POSIX getsubopt: parses "name[=value],..." from *opt against the token
   list; returns the token's index, or -1 (with *value the whole unknown
   "name[=value]"). */
int getsubopt(char **opt, char *const *keys, char **value)
{
	char *s = *opt;
	char *end = strchr(s, ',');
	if (end) {
		*end = 0;
		*opt = end + 1;
	} else {
		*opt = s + strlen(s);
	}
	*value = 0;
	for (int i = 0; keys[i]; i++) {
		size_t n = strlen(keys[i]);
		if (strncmp(keys[i], s, n))
			continue;
		if (s[n] == '=') {
			*value = s + n + 1;
			return i;
		}
		if (!s[n])
			return i;
	}
	*value = s;
	return -1;
}

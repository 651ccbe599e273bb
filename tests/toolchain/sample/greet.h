#include <stddef.h>

int greet(char *buf, size_t size, const char *who);

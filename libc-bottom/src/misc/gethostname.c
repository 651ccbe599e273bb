#include <string.h>
#include <unistd.h>

/* WASI gives a program no host name: "localhost" names the machine it
   runs on. Too small a buffer truncates the name (POSIX). */
int gethostname(char *name, size_t len)
{
	const char *h = "localhost";
	size_t n = strlen(h) + 1;
	if (len) {
		size_t k = n < len ? n : len;
		memcpy(name, h, k);
	}
	return 0;
}

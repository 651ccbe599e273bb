#include <errno.h>
#include <string.h>

/* The XSI form: 0 on success, ERANGE when the message does not fit (the
   buffer then holds as much as fits, terminated). */
int strerror_r(int e, char *buf, size_t len)
{
	const char *msg = strerror(e);
	size_t n = strlen(msg);
	if (n >= len) {
		if (len) {
			memcpy(buf, msg, len - 1);
			buf[len - 1] = 0;
		}
		return ERANGE;
	}
	memcpy(buf, msg, n + 1);
	return 0;
}

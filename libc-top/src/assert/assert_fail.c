#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void put(const char *s)
{
	size_t n = strlen(s);
	while (n) {
		ssize_t w = write(2, s, n);
		if (w <= 0)
			return;
		s += w;
		n -= (size_t)w;
	}
}

/* Writes the message with write(2) so that a failed assertion is reported
   even when stdio is not linked or its state is what went wrong. */
_Noreturn void __assert_fail(const char *expr, const char *file, int line, const char *func)
{
	char num[12];
	char *p = num + sizeof num;
	unsigned v = line < 0 ? 0 : (unsigned)line;
	*--p = 0;
	do
		*--p = (char)('0' + v % 10);
	while (v /= 10);
	put("Assertion failed: ");
	put(expr);
	put(" (");
	put(file);
	put(": ");
	put(func);
	put(": ");
	put(p);
	put(")\n");
	abort();
}

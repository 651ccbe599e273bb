/* The test programs' one assertion: CHECK(cond) reports the failed condition
   with its line and counts it; main ends with `return check_result();`. The
   report uses write(2) only, so it works even when stdio is what broke. */
#ifndef CHECK_H
#define CHECK_H

#include <string.h>
#include <unistd.h>

static int check_failures;

static void check_put(const char *s)
{
	write(1, s, strlen(s));
}

static void check_fail(const char *file, int line, const char *what)
{
	char num[12], *p = num + sizeof num - 1;
	*p = 0;
	do
		*--p = (char)('0' + line % 10);
	while (line /= 10);
	check_put(file);
	check_put(":");
	check_put(p);
	check_put(": check failed: ");
	check_put(what);
	check_put("\n");
	check_failures++;
}

#define CHECK(cond) ((cond) ? (void)0 : check_fail(__FILE__, __LINE__, #cond))

/* Compares strings, showing both on failure. */
#define CHECK_STR(got, want) do { \
	const char *g_ = (got), *w_ = (want); \
	if (!g_ || strcmp(g_, w_)) { \
		check_fail(__FILE__, __LINE__, #got " == " #want); \
		check_put("    got:  "); check_put(g_ ? g_ : "(null)"); \
		check_put("\n    want: "); check_put(w_); check_put("\n"); \
	} \
} while (0)

static int check_result(void)
{
	return check_failures ? 1 : 0;
}

#endif

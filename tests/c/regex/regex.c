/* regex.h beyond the glibc corpus: the API's edges, error messages, and
   patterns that take exponential time in a backtracking matcher, which
   must take linear time here. */
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

static void api(void)
{
	regex_t re;
	regmatch_t m[4];
	CHECK(regcomp(&re, "(a)(b)?", REG_EXTENDED) == 0 && re.re_nsub == 2);
	memset(m, 0x55, sizeof m);
	CHECK(regexec(&re, "xa", 4, m, 0) == 0);
	CHECK(m[0].rm_so == 1 && m[0].rm_eo == 2 && m[1].rm_so == 1 && m[1].rm_eo == 2);
	CHECK(m[2].rm_so == -1 && m[2].rm_eo == -1 && m[3].rm_so == -1 && m[3].rm_eo == -1);
	CHECK(regexec(&re, "xa", 0, 0, 0) == 0);
	CHECK(regexec(&re, "xyz", 4, m, 0) == REG_NOMATCH);
	regfree(&re);

	/* REG_NOSUB: pmatch is left alone */
	CHECK(regcomp(&re, "(b+)", REG_EXTENDED | REG_NOSUB) == 0);
	m[0].rm_so = 77;
	CHECK(regexec(&re, "abbb", 1, m, 0) == 0 && m[0].rm_so == 77);
	regfree(&re);

	char buf[64];
	size_t n = regerror(REG_EBRACK, 0, buf, sizeof buf);
	CHECK(n == strlen(buf) + 1 && n > 5);
	CHECK(regerror(REG_NOMATCH, 0, buf, 4) == sizeof "No match" && !strcmp(buf, "No "));
	CHECK(regerror(REG_BADRPT, 0, 0, 0) > 1);
	CHECK(regerror(12345, 0, buf, sizeof buf) > 1);
	for (int e = REG_NOMATCH; e <= REG_BADRPT; e++) {
		char a[80], b[80];
		regerror(e, 0, a, sizeof a);
		regerror(e == REG_BADRPT ? REG_NOMATCH : e + 1, 0, b, sizeof b);
		CHECK(strcmp(a, b) != 0);
	}
	CHECK(REG_EXTENDED == 1 && REG_ICASE == 2 && REG_NEWLINE == 4 && REG_NOSUB == 8);
	CHECK(REG_NOTBOL == 1 && REG_NOTEOL == 2 && REG_ESPACE == 12 && REG_ENOSYS == -1);
	CHECK(sizeof(regex_t) == 32 && sizeof(regmatch_t) == 8);

	/* a regex_t compiled once is used many times and freed once */
	CHECK(regcomp(&re, "^[[:space:]]*([a-z_]+)[[:space:]]*=[[:space:]]*(.*)$", REG_EXTENDED) == 0);
	const char *lines[] = { "name = value", "  x_y=1", "bad line", "k =" };
	for (int i = 0; i < 4; i++) {
		int r = regexec(&re, lines[i], 3, m, 0);
		CHECK(i == 2 ? r == REG_NOMATCH : r == 0);
	}
	CHECK(regexec(&re, "  key  =  v a l", 3, m, 0) == 0 && m[1].rm_so == 2 && m[1].rm_eo == 5);
	CHECK(m[2].rm_so == 10 && m[2].rm_eo == 15);
	regfree(&re);
	CHECK(regcomp(&re, "a", 0) == 0);
	regfree(&re);
}

/* Patterns a backtracking matcher needs 2^n steps for. */
static void linear_time(void)
{
	enum { N = 4000 };
	static char s[N + 2];
	memset(s, 'a', N);
	s[N] = 0;
	const char *patterns[] = { "(a*)*b", "(a|aa)*b", "(a+)+b", "(a|a?)+b", "((a*)*)*c",
	                           "(x+x+)+y", "a*a*a*a*a*a*a*a*b", "(.*)*b" };
	for (size_t i = 0; i < sizeof patterns / sizeof *patterns; i++) {
		regex_t re;
		regmatch_t m[3];
		CHECK(regcomp(&re, patterns[i], REG_EXTENDED) == 0);
		CHECK(regexec(&re, s, 3, m, 0) == REG_NOMATCH);
		regfree(&re);
	}
	s[N] = 'b';
	s[N + 1] = 0;
	regex_t re;
	regmatch_t m[2];
	CHECK(regcomp(&re, "(a|aa)*b", REG_EXTENDED) == 0);
	CHECK(regexec(&re, s, 2, m, 0) == 0 && m[0].rm_so == 0 && m[0].rm_eo == N + 1);
	CHECK(m[1].rm_so == N - 1 && m[1].rm_eo == N);
	regfree(&re);

	/* a long subject, and a match at its end */
	static char big[200001];
	memset(big, 'x', sizeof big - 1);
	memcpy(big + sizeof big - 6, "hello", 5);
	CHECK(regcomp(&re, "h[a-z]+o$", REG_EXTENDED) == 0);
	CHECK(regexec(&re, big, 1, m, 0) == 0 && m[0].rm_so == (regoff_t)sizeof big - 6);
	regfree(&re);
	CHECK(regcomp(&re, "x{1000}q", REG_EXTENDED) == 0);
	CHECK(regexec(&re, big + 190000, 0, 0, 0) == REG_NOMATCH);
	regfree(&re);
}

static void limits(void)
{
	regex_t re;
	char deep[1200];
	for (int i = 0; i < 600; i++)
		deep[i] = '(', deep[600 + i] = ')';
	deep[sizeof deep - 1] = 0;
	deep[1199] = 0;
	CHECK(regcomp(&re, deep, REG_EXTENDED) == REG_ESPACE || (regfree(&re), 0));
	CHECK(regcomp(&re, "(((a{1,100}){1,100}){1,100}){1,100}", REG_EXTENDED) == REG_ESPACE);
	CHECK(regcomp(&re, "a{32768}", REG_EXTENDED) == REG_BADBR);
	/* back-references still work on long subjects */
	static char s[3001];
	memset(s, 'a', 3000);
	regmatch_t m[2];
	CHECK(regcomp(&re, "^(a*)\\1$", REG_EXTENDED) == 0);
	CHECK(regexec(&re, s, 2, m, 0) == 0 && m[1].rm_eo == 1500);
	regfree(&re);
}

int main(void)
{
	api();
	linear_time();
	limits();
	return check_result();
}

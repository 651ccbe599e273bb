/* The regex oracle: reads a corpus (corpus.txt, random.txt) on standard
   input and writes what the host's glibc regcomp/regexec make of it, the
   expected results tests/c/regex/glibc.c compares against.

     gcc -O2 -o /tmp/regex-oracle tests/regex/oracle.c
     /tmp/regex-oracle < tests/regex/corpus.txt > tests/regex/corpus.expected

   Corpus lines, fields separated by tabs ('#' lines and empty lines are
   skipped):
     P <cflags> <pattern>    E extended, I icase, N newline, S nosub,
                             U in C.UTF-8 (else the C locale), - none
     S <eflags> <subject>    b notbol, e noteol, - none; for the last P
   In patterns and subjects "%n" is a newline, "%t" a tab, "%xHH" a byte
   and "%%" a '%'.

   Output, one line per corpus line:
     C <error> <re_nsub>     for a P line
     N                       for an S line with no match
     M <so>,<eo> ...         the offsets of the match and of each
                             subexpression (-1,-1 where unset) */
#include <locale.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void unescape(char *s)
{
	char *o = s;
	while (*s) {
		if (*s != '%') {
			*o++ = *s++;
			continue;
		}
		s++;
		if (*s == 'n')
			*o++ = '\n', s++;
		else if (*s == 't')
			*o++ = '\t', s++;
		else if (*s == 'x') {
			char hex[3] = { s[1], s[2], 0 };
			*o++ = (char)strtol(hex, 0, 16);
			s += 3;
		} else
			*o++ = *s++;
	}
	*o = 0;
}

int main(void)
{
	static char line[65536];
	regex_t re;
	int compiled = 0, nosub = 0;
	while (fgets(line, sizeof line, stdin)) {
		line[strcspn(line, "\n")] = 0;
		if (!line[0] || line[0] == '#')
			continue;
		char *kind = strtok(line, "\t"), *flags = strtok(0, "\t"), *text = strtok(0, "");
		static char empty[1];
		if (!text)
			text = empty;
		unescape(text);
		if (*kind == 'P') {
			if (compiled)
				regfree(&re);
			int cflags = 0;
			setlocale(LC_ALL, strchr(flags, 'U') ? "C.UTF-8" : "C");
			cflags |= strchr(flags, 'E') ? REG_EXTENDED : 0;
			cflags |= strchr(flags, 'I') ? REG_ICASE : 0;
			cflags |= strchr(flags, 'N') ? REG_NEWLINE : 0;
			cflags |= strchr(flags, 'S') ? REG_NOSUB : 0;
			nosub = (cflags & REG_NOSUB) != 0;
			int err = regcomp(&re, text, cflags);
			compiled = !err;
			printf("C %d %zu\n", err, compiled ? re.re_nsub : 0);
			continue;
		}
		if (!compiled) {
			printf("N\n");
			continue;
		}
		int eflags = (strchr(flags, 'b') ? REG_NOTBOL : 0) | (strchr(flags, 'e') ? REG_NOTEOL : 0);
		regmatch_t m[10];
		size_t n = nosub ? 0 : re.re_nsub + 1 < 10 ? re.re_nsub + 1 : 10;
		if (regexec(&re, text, n, m, eflags)) {
			printf("N\n");
			continue;
		}
		printf("M");
		for (size_t i = 0; i < n; i++)
			printf(" %d,%d", (int)m[i].rm_so, (int)m[i].rm_eo);
		printf("\n");
	}
	return 0;
}

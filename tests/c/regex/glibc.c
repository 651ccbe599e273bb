/* regcomp and regexec against glibc's: each corpus under tests/regex/
   with the results the host's glibc gave (tests/regex/oracle.c says how
   they are made), compared line by line, but where deviations.txt gives
   our result instead. */
#include <locale.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

static int hex(char c)
{
	return c <= '9' ? c - '0' : (c | 32) - 'a' + 10;
}

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
			*o++ = (char)(hex(s[1]) << 4 | hex(s[2]));
			s += 3;
		} else
			*o++ = *s++;
	}
	*o = 0;
}

/* tests/regex/deviations.txt: where we differ from glibc on purpose,
   by corpus, flags, pattern and subject as the corpus writes them. */
static struct deviation {
	char file[32], flags[8], pattern[128], subject[128], result[128];
	int used;
} deviations[32];
static int ndeviations;

static void load_deviations(void)
{
	FILE *f = fopen("/tests/regex/deviations.txt", "r");
	char line[512];
	CHECK(f != 0);
	while (f && fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = 0;
		if (!line[0] || line[0] == '#' || ndeviations == 32)
			continue;
		char *file = strtok(line, "\t"), *flags = strtok(0, "\t"), *pattern = strtok(0, "\t");
		char *subject = strtok(0, "\t"), *result = strtok(0, "\t");
		struct deviation *d = &deviations[ndeviations++];
		CHECK(file && flags && pattern && subject && result);
		snprintf(d->file, sizeof d->file, "%s", file ? file : "");
		snprintf(d->flags, sizeof d->flags, "%s", flags ? flags : "");
		snprintf(d->pattern, sizeof d->pattern, "%s", pattern ? pattern : "");
		snprintf(d->subject, sizeof d->subject, "%s", subject ? subject : "");
		snprintf(d->result, sizeof d->result, "%s", result ? result : "");
	}
	if (f)
		fclose(f);
}

static const char *deviation(const char *corpus, const char *flags, const char *pattern,
                             const char *subject)
{
	const char *base = strrchr(corpus, '/') + 1;
	for (int i = 0; i < ndeviations; i++)
		if (!strcmp(deviations[i].file, base) && !strcmp(deviations[i].flags, flags) &&
		    !strcmp(deviations[i].pattern, pattern) && !strcmp(deviations[i].subject, subject)) {
			deviations[i].used = 1;
			return deviations[i].result;
		}
	return 0;
}

/* Runs one corpus; returns the number of cases. */
static int run(const char *corpus, const char *expected)
{
	FILE *in = fopen(corpus, "r"), *want = fopen(expected, "r");
	CHECK(in && want);
	if (!in || !want)
		return 0;
	static char line[65536], pattern[65536], raw_pattern[256], raw_subject[256], raw_flags[8];
	char expect[512], got[512];
	regex_t re;
	int compiled = 0, nosub = 0, cases = 0, mistakes = 0, lineno = 0;
	while (fgets(line, sizeof line, in)) {
		lineno++;
		line[strcspn(line, "\n")] = 0;
		if (!line[0] || line[0] == '#')
			continue;
		char *kind = strtok(line, "\t"), *flags = strtok(0, "\t"), *text = strtok(0, "");
		static char empty[1];
		if (!text)
			text = empty;
		snprintf(*kind == 'P' ? raw_pattern : raw_subject, sizeof raw_pattern, "%s", text);
		if (*kind == 'P')
			snprintf(raw_flags, sizeof raw_flags, "%s", flags);
		unescape(text);
		if (!fgets(expect, sizeof expect, want)) {
			CHECK(!"the expected results run out");
			break;
		}
		expect[strcspn(expect, "\n")] = 0;
		cases++;
		if (*kind == 'P') {
			if (compiled)
				regfree(&re);
			setlocale(LC_ALL, strchr(flags, 'U') ? "C.UTF-8" : "C");
			int cflags = (strchr(flags, 'E') ? REG_EXTENDED : 0) | (strchr(flags, 'I') ? REG_ICASE : 0) |
			             (strchr(flags, 'N') ? REG_NEWLINE : 0) | (strchr(flags, 'S') ? REG_NOSUB : 0);
			nosub = (cflags & REG_NOSUB) != 0;
			int err = regcomp(&re, text, cflags);
			compiled = !err;
			snprintf(got, sizeof got, "C %d %zu", err, compiled ? re.re_nsub : 0);
			snprintf(pattern, sizeof pattern, "%s", text);
		} else if (!compiled) {
			snprintf(got, sizeof got, "N");
		} else {
			int eflags = (strchr(flags, 'b') ? REG_NOTBOL : 0) | (strchr(flags, 'e') ? REG_NOTEOL : 0);
			regmatch_t m[10];
			size_t n = nosub ? 0 : re.re_nsub + 1 < 10 ? re.re_nsub + 1 : 10;
			if (regexec(&re, text, n, m, eflags)) {
				snprintf(got, sizeof got, "N");
			} else {
				size_t k = (size_t)snprintf(got, sizeof got, "M");
				for (size_t i = 0; i < n && k < sizeof got; i++)
					k += (size_t)snprintf(got + k, sizeof got - k, " %d,%d", (int)m[i].rm_so, (int)m[i].rm_eo);
			}
		}
		const char *ours = *kind == 'S' ? deviation(corpus, raw_flags, raw_pattern, raw_subject) : 0;
		if (strcmp(got, ours ? ours : expect) && mistakes++ < 20) {
			char msg[600];
			snprintf(msg, sizeof msg, "%s:%d: pattern \"%.80s\" %s \"%.80s\": got \"%s\", glibc \"%s\"",
			         corpus, lineno, pattern, *kind == 'P' ? "compiles" : "on", *kind == 'P' ? "" : text,
			         got, expect);
			check_fail(__FILE__, __LINE__, msg);
		}
	}
	if (compiled)
		regfree(&re);
	CHECK(!fgets(expect, sizeof expect, want)); /* no results left over */
	fclose(in);
	fclose(want);
	return cases;
}

int main(void)
{
	load_deviations();
	CHECK(run("/tests/regex/corpus.txt", "/tests/regex/corpus.expected") > 300);
	CHECK(run("/tests/regex/random.txt", "/tests/regex/random.expected") > 5000);
	for (int i = 0; i < ndeviations; i++)
		if (!deviations[i].used)
			check_fail(__FILE__, __LINE__, deviations[i].file);
	return check_result();
}

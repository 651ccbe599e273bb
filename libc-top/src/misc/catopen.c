#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <nl_types.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "catalog_impl.h"

/* POSIX catopen. A catalog here is a message source file in the format
   gencat reads (XCU gencat): "$set n", "$delset n", "$quote c", comments
   ("$" and a blank), and "n text" lines, with backslash escapes and
   continuation lines. No gencat runs at build time on WASI, so catopen
   reads the source itself. The file is name if that has a slash, else
   the first file found from the NLSPATH templates (%N the name, %L the
   locale of LC_MESSAGES, or of LANG without NL_CAT_LOCALE; %l, %t, %c its
   language, territory and codeset; %% a '%'). */

#define DEFAULT_NLSPATH "/usr/share/locale/%L/LC_MESSAGES/%N.cat:/usr/share/locale/%l/LC_MESSAGES/%N.cat"

struct entry {
	int set, number;
	size_t seq;
	char *text; /* null for a deletion */
};

struct delset {
	int set;
	size_t seq;
};

struct parse {
	struct entry *entries;
	size_t n, cap;
	struct delset *delsets;
	size_t ndel, delcap;
	size_t seq;
};

static int add_entry(struct parse *p, int set, int number, char *text)
{
	if (p->n == p->cap) {
		size_t cap = p->cap ? 2 * p->cap : 64;
		struct entry *e = realloc(p->entries, cap * sizeof *e);
		if (!e)
			return 0;
		p->entries = e;
		p->cap = cap;
	}
	p->entries[p->n++] = (struct entry){ set, number, p->seq++, text };
	return 1;
}

static int add_delset(struct parse *p, int set)
{
	if (p->ndel == p->delcap) {
		size_t cap = p->delcap ? 2 * p->delcap : 8;
		struct delset *d = realloc(p->delsets, cap * sizeof *d);
		if (!d)
			return 0;
		p->delsets = d;
		p->delcap = cap;
	}
	p->delsets[p->ndel++] = (struct delset){ set, p->seq++ };
	return 1;
}

/* A positive decimal number at *s, or -1. */
static int number(char **s)
{
	long n = 0;
	if (**s < '0' || **s > '9')
		return -1;
	while (**s >= '0' && **s <= '9') {
		n = n * 10 + (*(*s)++ - '0');
		if (n > INT_MAX)
			return -1;
	}
	return (int)n;
}

/* The message text at s, to the end of its (possibly continued) line:
   escapes and the quotes resolved into out, which may be s itself;
   returns where the next line starts. */
static char *message(char *s, char *end, char *out, int quote)
{
	int quoted = quote && *s == quote;
	s += quoted;
	while (s < end && *s != '\n') {
		char c = *s++;
		if (quoted && c == quote)
			break;
		if (c != '\\' || s == end) {
			*out++ = c;
			continue;
		}
		c = *s++;
		switch (c) {
		case '\n': break; /* continued on the next line */
		case 'n': *out++ = '\n'; break;
		case 't': *out++ = '\t'; break;
		case 'v': *out++ = '\v'; break;
		case 'b': *out++ = '\b'; break;
		case 'r': *out++ = '\r'; break;
		case 'f': *out++ = '\f'; break;
		default:
			if (c >= '0' && c <= '7') {
				int v = c - '0';
				for (int k = 0; k < 2 && s < end && *s >= '0' && *s <= '7'; k++)
					v = v * 8 + (*s++ - '0');
				*out++ = (char)v;
			} else {
				*out++ = c;
			}
		}
	}
	while (s < end && *s != '\n')
		s++;
	char *next = s < end ? s + 1 : end;
	*out = 0;
	return next;
}

static int blank(char c)
{
	return c == ' ' || c == '\t';
}

static char *skip_line(char *s, char *end)
{
	while (s < end && *s != '\n')
		s++;
	return s < end ? s + 1 : end;
}

/* Reads the source into p; lines it cannot make sense of are skipped.
   Fails only when memory runs out. */
static int parse_source(struct parse *p, char *s, char *end)
{
	int set = NL_SETD, quote = 0;
	while (s < end) {
		if (*s == '$') {
			s++;
			char *word = s;
			while (s < end && !blank(*s) && *s != '\n')
				s++;
			size_t len = (size_t)(s - word);
			while (s < end && blank(*s))
				s++;
			if (len == 3 && !memcmp(word, "set", 3)) {
				int n = number(&s);
				if (n > 0)
					set = n;
			} else if (len == 6 && !memcmp(word, "delset", 6)) {
				int n = number(&s);
				if (n > 0 && !add_delset(p, n))
					return 0;
			} else if (len == 5 && !memcmp(word, "quote", 5)) {
				quote = s < end && *s != '\n' ? (unsigned char)*s : 0;
			}
			s = skip_line(s, end);
			continue;
		}
		int n = number(&s);
		if (n < 1 || (s < end && *s != '\n' && !blank(*s))) {
			s = skip_line(s, end);
			continue;
		}
		if (s == end || *s == '\n') { /* a number alone deletes */
			if (!add_entry(p, set, n, 0))
				return 0;
			s = skip_line(s, end);
			continue;
		}
		char *text = ++s;
		s = message(s, end, text, quote);
		if (!add_entry(p, set, n, text))
			return 0;
	}
	return 1;
}

static int by_key(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	if (x->set != y->set)
		return x->set < y->set ? -1 : 1;
	if (x->number != y->number)
		return x->number < y->number ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static nl_catd load(FILE *f)
{
	struct catalog *cat = calloc(1, sizeof *cat);
	struct parse p = { 0 };
	size_t size = 0, cap = 4096;
	char *data = malloc(cap + 1);
	int ok = cat && data;
	while (ok) {
		size_t got = fread(data + size, 1, cap - size, f);
		size += got;
		if (size < cap)
			break;
		char *more = realloc(data, 2 * cap + 1);
		ok = more != 0;
		if (ok) {
			data = more;
			cap *= 2;
		}
	}
	if (ok && ferror(f)) {
		free(cat);
		free(data);
		return (nl_catd)-1; /* errno from the read */
	}
	ok = ok && parse_source(&p, data, data + size);
	if (ok) {
		qsort(p.entries, p.n, sizeof *p.entries, by_key);
		cat->messages = malloc((p.n + 1) * sizeof *cat->messages);
		ok = cat->messages != 0;
	}
	for (size_t i = 0; ok && i < p.n; i++) {
		const struct entry *e = &p.entries[i];
		if (i + 1 < p.n && p.entries[i + 1].set == e->set && p.entries[i + 1].number == e->number)
			continue; /* a later line for the same message wins */
		int deleted = !e->text;
		for (size_t k = 0; k < p.ndel; k++)
			deleted |= p.delsets[k].set == e->set && p.delsets[k].seq > e->seq;
		if (!deleted)
			cat->messages[cat->count++] = (struct catalog_message){ e->set, e->number, e->text };
	}
	free(p.entries);
	free(p.delsets);
	if (!ok) {
		if (cat)
			free(cat->messages);
		free(cat);
		free(data);
		errno = ENOMEM;
		return (nl_catd)-1;
	}
	cat->data = data;
	return cat;
}

/* Fills path from the template t (up to ':' or its end); 0 if it does
   not fit. */
static int expand(char *path, size_t size, const char *t, const char *name, const char *locale)
{
	size_t k = 0, llen = strcspn(locale, "_.@"), tlen = 0, clen = 0;
	const char *terr = locale + llen, *cs = strchr(locale, '.');
	if (*terr == '_')
		tlen = strcspn(++terr, ".@");
	if (cs)
		clen = strcspn(++cs, "@");
	for (; *t && *t != ':'; t++) {
		const char *add = t;
		size_t n = 1;
		if (*t == '%' && t[1]) {
			t++;
			switch (*t) {
			case 'N': add = name, n = strlen(name); break;
			case 'L': add = locale, n = strlen(locale); break;
			case 'l': add = locale, n = llen; break;
			case 't': add = terr, n = tlen; break;
			case 'c': add = cs, n = clen; break;
			case '%': add = t; break;
			default: add = t - 1, n = 2;
			}
		}
		if (k + n >= size)
			return 0;
		memcpy(path + k, add, n);
		k += n;
	}
	path[k] = 0;
	return 1;
}

nl_catd catopen(const char *name, int flag)
{
	FILE *f = 0;
	if (strchr(name, '/')) {
		f = fopen(name, "r");
	} else {
		const char *templates = getenv("NLSPATH");
		const char *locale = flag == NL_CAT_LOCALE ? setlocale(LC_MESSAGES, 0) : getenv("LANG");
		if (!templates || !*templates)
			templates = DEFAULT_NLSPATH;
		if (!locale)
			locale = "C";
		for (const char *t = templates; !f; t++) {
			char path[PATH_MAX];
			if (expand(path, sizeof path, t, name, locale) && *path)
				f = fopen(path, "r");
			t += strcspn(t, ":");
			if (!*t)
				break;
		}
	}
	if (!f)
		return (nl_catd)-1; /* errno from fopen */
	nl_catd cat = load(f);
	fclose(f);
	return cat;
}

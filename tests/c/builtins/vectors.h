/* Reading the test vectors that tests/builtins/oracle.c writes from gcc's
 * results: one case a line, an operation name and then fields, each a hex
 * number or a one-letter tag.  A test walks the lines, computes each case
 * with the compiler's own operators (so that the calls go through the
 * compiler's idea of the builtins' ABI) and reports every mismatch with
 * its line. */
#ifndef VECTORS_H
#define VECTORS_H

#include <stdio.h>
#include <string.h>

typedef unsigned __int128 u128;
typedef __int128 i128;
typedef unsigned long long u64;

#define MAX_FIELDS 8

struct vec {
	int lineno;
	char text[300];
	char op[16];
	int nfields;
	u128 f[MAX_FIELDS];
	char tag[MAX_FIELDS];	/* a field's first character */
};

static FILE *vec_file;
static const char *vec_path;
static int vec_failures, vec_cases;

static void vec_open(const char *path)
{
	vec_path = path;
	vec_file = fopen(path, "r");
	if (!vec_file) {
		printf("cannot open %s\n", path);
		vec_failures++;
	}
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* The next line, split; 0 at the end of the file. */
static int vec_next(struct vec *v)
{
	char *p;
	if (!vec_file || !fgets(v->text, sizeof v->text, vec_file))
		return 0;
	v->lineno++;
	v->text[strcspn(v->text, "\n")] = 0;
	p = v->text;
	v->nfields = 0;
	size_t n = strcspn(p, " ");
	if (n >= sizeof v->op)
		n = sizeof v->op - 1;
	memcpy(v->op, p, n);
	v->op[n] = 0;
	p += strcspn(p, " ");
	while (*p == ' ' && v->nfields < MAX_FIELDS) {
		u128 x = 0;
		p++;
		v->tag[v->nfields] = *p;
		for (; *p && *p != ' '; p++)
			x = x << 4 | (u128)hexval(*p);
		v->f[v->nfields++] = x;
	}
	vec_cases++;
	return 1;
}

static void vec_hex(char *out, u128 x, int digits)
{
	int i;
	for (i = 0; i < digits; i++)
		out[i] = "0123456789abcdef"[(unsigned)(x >> (4 * (digits - 1 - i))) & 15];
	out[digits] = 0;
}

/* Reports a mismatch: the case, what was checked and the value got. */
static void vec_fail(const struct vec *v, const char *what, u128 got, int digits)
{
	char buf[40];
	if (vec_failures++ < 30) {
		vec_hex(buf, got, digits);
		printf("%s:%d: %s: %s, got %s\n", vec_path, v->lineno, v->text, what, buf);
	}
}

static int vec_result(void)
{
	if (vec_file)
		fclose(vec_file);
	if (vec_cases == 0) {
		printf("%s: no cases\n", vec_path);
		return 1;
	}
	if (vec_failures) {
		printf("%d failures in %d cases\n", vec_failures, vec_cases);
		return 1;
	}
	return 0;
}

#endif

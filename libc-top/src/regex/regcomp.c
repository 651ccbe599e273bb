#include <stdlib.h>
#include <string.h>
#include <wctype.h>
#include "locale_impl.h"
#include "regex_impl.h"
#include "unicode_ctype.h"

/* POSIX regcomp (XBD 9, XSH regcomp), basic and extended syntax, with the
   GNU extensions glibc has in both: \| \+ \? in basic syntax, back-
   references in extended syntax, and \w \W \s \S \b \B \< \> \` \'.
   Where POSIX leaves a syntax undefined, glibc's reading is taken: a
   repetition with nothing to repeat is REG_BADRPT in extended syntax (a
   literal '*' at the start of a basic one), an unmatched ')' is literal
   in extended syntax, and an interval may go up to 32767. */

#define DUP_MAX 32767
#define MAX_DEPTH 200          /* nesting of groups, and of repetitions */
#define MAX_PROGRAM (1 << 20)  /* instructions */

enum { N_EMPTY, N_CHAR, N_ANY, N_SET, N_CAT, N_ALT, N_REP, N_GROUP, N_BACKREF, N_ASSERT };

/* A tree node; CAT and ALT have a list of children (child, then each
   child's next), which keeps long concatenations out of the recursion. */
struct node {
	unsigned char type;
	int val, min, max; /* max -1: no bound */
	int child, next;   /* node indices, -1 for none */
};

struct parser {
	const unsigned char *s;
	int ere, utf8, newline, icase;
	int err;
	int depth;
	size_t ngroups;
	unsigned completed; /* groups a back-reference here may name */
	struct node *nodes;
	size_t nnodes, node_cap;
	struct re_set *sets;
	size_t nsets, set_cap;
	int backrefs;
};

static int fail(struct parser *p, int err)
{
	if (!p->err)
		p->err = err;
	return -1;
}

static int node(struct parser *p, int type, int val)
{
	if (p->err)
		return -1;
	if (p->nnodes == p->node_cap) {
		size_t cap = p->node_cap ? 2 * p->node_cap : 64;
		struct node *n = realloc(p->nodes, cap * sizeof *n);
		if (!n)
			return fail(p, REG_ESPACE);
		p->nodes = n;
		p->node_cap = cap;
	}
	struct node *n = &p->nodes[p->nnodes];
	n->type = (unsigned char)type;
	n->val = val;
	n->min = n->max = 0;
	n->child = n->next = -1;
	return (int)p->nnodes++;
}

/* Appends child to the list of parent, whose last child is *last. */
static void append(struct parser *p, int parent, int *last, int child)
{
	if (child < 0 || parent < 0)
		return;
	if (*last < 0)
		p->nodes[parent].child = child;
	else
		p->nodes[*last].next = child;
	*last = child;
}

/* The character at p->s: a multibyte character of the locale, or a byte
   that starts none as RE_BAD_BYTE. */
static wchar_t next_char(struct parser *p)
{
	unsigned char b = *p->s;
	if (b < 0x80 || !p->utf8) {
		p->s++;
		return b < 0x80 ? b : C_BYTE_TO_WC(b);
	}
	wchar_t wc;
	mbstate_t st = { 0 };
	size_t n = mbrtowc(&wc, (const char *)p->s, 4, &st);
	if (n - 1 >= (size_t)-3) {
		p->s++;
		return RE_BAD_BYTE(b);
	}
	p->s += n;
	return wc;
}

static int new_set(struct parser *p)
{
	if (p->nsets == p->set_cap) {
		size_t cap = p->set_cap ? 2 * p->set_cap : 8;
		struct re_set *s = realloc(p->sets, cap * sizeof *s);
		if (!s)
			return fail(p, REG_ESPACE);
		p->sets = s;
		p->set_cap = cap;
	}
	struct re_set *s = &p->sets[p->nsets];
	memset(s, 0, sizeof *s);
	return (int)p->nsets++;
}

static void add_range(struct parser *p, int set, wchar_t lo, wchar_t hi)
{
	struct re_set *s = &p->sets[set];
	if (!(s->n & (s->n + 1)) || !s->n) { /* grow at 0, 1, 3, 7, ... */
		wchar_t (*r)[2] = realloc(s->ranges, (2 * s->n + 2) * sizeof *r);
		if (!r) {
			fail(p, REG_ESPACE);
			return;
		}
		s->ranges = r;
	}
	s->ranges[s->n][0] = lo;
	s->ranges[s->n][1] = hi;
	s->n++;
}

/* Under REG_ICASE bracket expressions hold lowercase characters, and
   regexec looks for the lowercase of each subject character (so, as in
   glibc, [a-Z] is a..z and [Z-a] an invalid range). */
static wchar_t fold(const struct parser *p, wchar_t wc)
{
	return p->icase ? (wchar_t)towlower((wint_t)wc) : wc;
}

/* "[:name:]", "[=c=]" or "[.c.]" at p->s (kind ':', '=' or '.'): the
   end of the name, or 0 if it is not closed. */
static const unsigned char *bracket_name_end(const unsigned char *s, unsigned char kind)
{
	for (s += 2; *s; s++)
		if (s[0] == kind && s[1] == ']')
			return s;
	return 0;
}

/* The one character a "[.c.]" or "[=c=]" at p->s names. */
static int bracket_symbol(struct parser *p, wchar_t *wc)
{
	const unsigned char *end = bracket_name_end(p->s, p->s[1]);
	if (!end)
		return fail(p, REG_EBRACK);
	p->s += 2;
	if (p->s == end)
		return fail(p, REG_ECOLLATE);
	*wc = next_char(p);
	if (p->s != end)
		return fail(p, REG_ECOLLATE);
	p->s = end + 2;
	return 0;
}

/* A bracket expression; p->s is after its '['. */
static int parse_bracket(struct parser *p)
{
	int set = new_set(p);
	if (set < 0)
		return -1;
	if (*p->s == '^') {
		p->sets[set].negate = 1;
		p->s++;
	}
	for (int first = 1; !p->err; first = 0) {
		wchar_t lo, hi;
		if (!*p->s)
			return fail(p, REG_EBRACK);
		if (*p->s == ']' && !first) {
			p->s++;
			break;
		}
		if (p->s[0] == '[' && p->s[1] == ':') {
			const unsigned char *end = bracket_name_end(p->s, ':');
			char name[16];
			size_t len = end ? (size_t)(end - p->s - 2) : 0;
			if (!end)
				return fail(p, REG_EBRACK);
			wctype_t t = 0;
			if (len < sizeof name) {
				memcpy(name, p->s + 2, len);
				name[len] = 0;
				t = wctype(name);
			}
			if (!t)
				return fail(p, REG_ECTYPE);
			p->sets[set].classes |= (unsigned)t;
			p->s = end + 2;
			if (p->s[0] == '-' && p->s[1] != ']')
				return fail(p, REG_ERANGE);
			continue;
		}
		if (p->s[0] == '[' && p->s[1] == '=') {
			if (bracket_symbol(p, &lo) < 0)
				return -1;
			lo = fold(p, lo);
			add_range(p, set, lo, lo);
			continue;
		}
		if (p->s[0] == '[' && p->s[1] == '.') {
			if (bracket_symbol(p, &lo) < 0)
				return -1;
		} else {
			lo = next_char(p);
		}
		lo = hi = fold(p, lo);
		if (p->s[0] == '-' && p->s[1] && p->s[1] != ']') {
			p->s++;
			if (p->s[0] == '[' && (p->s[1] == ':' || p->s[1] == '='))
				return fail(p, REG_ERANGE);
			if (p->s[0] == '[' && p->s[1] == '.') {
				if (bracket_symbol(p, &hi) < 0)
					return -1;
			} else {
				hi = next_char(p);
			}
			hi = fold(p, hi);
			if (hi < lo)
				return fail(p, REG_ERANGE);
		}
		add_range(p, set, lo, hi);
	}
	return p->err ? -1 : node(p, N_SET, set);
}

/* A set for \w \W \s \S. */
static int class_escape(struct parser *p, unsigned classes, int negate, int underscore)
{
	int set = new_set(p);
	if (set < 0)
		return -1;
	p->sets[set].classes = classes;
	p->sets[set].negate = (unsigned char)negate;
	if (underscore)
		add_range(p, set, '_', '_');
	return node(p, N_SET, set);
}

static int parse_alt(struct parser *p);

/* "\(" in basic syntax, '(' in extended. */
static int at_open(struct parser *p)
{
	return p->ere ? p->s[0] == '(' : p->s[0] == '\\' && p->s[1] == '(';
}

static int at_close(struct parser *p)
{
	return p->ere ? p->s[0] == ')' : p->s[0] == '\\' && p->s[1] == ')';
}

static int at_bar(struct parser *p)
{
	return p->ere ? p->s[0] == '|' : p->s[0] == '\\' && p->s[1] == '|';
}

/* Whether a '$' at p->s is an anchor: always in extended syntax; in basic
   syntax, only at the end of the pattern, of a group or of an alternative. */
static int dollar_anchors(struct parser *p)
{
	if (p->ere)
		return 1;
	const unsigned char *s = p->s + 1;
	return !*s || (s[0] == '\\' && (s[1] == '|' || (s[1] == ')' && p->depth > 0)));
}

/* An atom, or -1 (with p->err set on an error). */
static int parse_atom(struct parser *p, int at_start)
{
	unsigned char c = *p->s;
	if (at_open(p)) {
		p->s += p->ere ? 1 : 2;
		if (++p->depth > MAX_DEPTH)
			return fail(p, REG_ESPACE);
		int group = (int)++p->ngroups;
		int inner = parse_alt(p);
		if (p->err)
			return -1;
		if (!at_close(p))
			return fail(p, REG_EPAREN);
		p->s += p->ere ? 1 : 2;
		p->depth--;
		if (group < 32)
			p->completed |= 1u << group;
		int g = node(p, N_GROUP, group);
		if (g >= 0)
			p->nodes[g].child = inner;
		return g;
	}
	switch (c) {
	case '.':
		p->s++;
		return node(p, N_ANY, 0);
	case '[':
		p->s++;
		return parse_bracket(p);
	case '^':
		if (p->ere || at_start == 1) {
			p->s++;
			return node(p, N_ASSERT, RE_BOL);
		}
		break;
	case '$':
		if (dollar_anchors(p)) {
			p->s++;
			return node(p, N_ASSERT, RE_EOL);
		}
		break;
	case '\\':
		c = p->s[1];
		if (!c)
			return fail(p, REG_EESCAPE);
		p->s++;
		if (c >= '1' && c <= '9') {
			p->s++;
			if (!(p->completed >> (c - '0') & 1))
				return fail(p, REG_ESUBREG);
			p->backrefs = 1;
			return node(p, N_BACKREF, c - '0');
		}
		switch (c) {
		case 'w': p->s++; return class_escape(p, WC_ALNUM, 0, 1);
		case 'W': p->s++; return class_escape(p, WC_ALNUM, 1, 1);
		case 's': p->s++; return class_escape(p, WC_SPACE, 0, 0);
		case 'S': p->s++; return class_escape(p, WC_SPACE, 1, 0);
		case 'b': p->s++; return node(p, N_ASSERT, RE_WORDB);
		case 'B': p->s++; return node(p, N_ASSERT, RE_NOTWORDB);
		case '<': p->s++; return node(p, N_ASSERT, RE_WORDSTART);
		case '>': p->s++; return node(p, N_ASSERT, RE_WORDEND);
		case '`': p->s++; return node(p, N_ASSERT, RE_BUFSTART);
		case '\'': p->s++; return node(p, N_ASSERT, RE_BUFEND);
		}
		break;
	}
	return node(p, N_CHAR, next_char(p));
}

/* The interval after '{' or "\{": min and max (-1 for no bound). */
static int parse_interval(struct parser *p, int *min, int *max)
{
	int n[2] = { -1, -1 }, k = 0;
	for (;;) {
		while (*p->s >= '0' && *p->s <= '9') {
			n[k] = (n[k] < 0 ? 0 : n[k]) * 10 + (*p->s++ - '0');
			if (n[k] > DUP_MAX)
				return fail(p, REG_BADBR);
		}
		if (k == 0 && *p->s == ',') {
			p->s++;
			k = 1;
			continue;
		}
		break;
	}
	if (!*p->s || (!p->ere && p->s[0] == '\\' && !p->s[1]))
		return fail(p, REG_EBRACE);
	if (p->ere ? *p->s != '}' : !(p->s[0] == '\\' && p->s[1] == '}'))
		return fail(p, REG_BADBR);
	p->s += p->ere ? 1 : 2;
	if (k == 0 && n[0] < 0)
		return fail(p, REG_BADBR);
	*min = n[0] < 0 ? 0 : n[0];
	*max = k == 0 ? n[0] : n[1];
	if (*max >= 0 && *max < *min)
		return fail(p, REG_BADBR);
	return 0;
}

/* The repetition operator at p->s, if any: its bounds, and its length. */
static int repetition(struct parser *p, int *min, int *max, int *len)
{
	const unsigned char *s = p->s;
	*len = 1;
	if (s[0] == '*') {
		*min = 0, *max = -1;
		return 1;
	}
	if (p->ere) {
		if (s[0] == '+')
			return *min = 1, *max = -1, 1;
		if (s[0] == '?')
			return *min = 0, *max = 1, 1;
		if (s[0] == '{')
			return *min = -1, 1;
		return 0;
	}
	if (s[0] != '\\')
		return 0;
	*len = 2;
	if (s[1] == '+')
		return *min = 1, *max = -1, 1;
	if (s[1] == '?')
		return *min = 0, *max = 1, 1;
	if (s[1] == '{')
		return *min = -1, 1;
	return 0;
}

/* A concatenation, up to '|', ')' or the end. */
static int parse_cat(struct parser *p)
{
	int cat = node(p, N_CAT, 0), last = -1, at_start = 1;
	while (!p->err && *p->s && !at_bar(p) && !(at_close(p) && (p->depth > 0 || !p->ere))) {
		int min, max, len, atom;
		if (repetition(p, &min, &max, &len)) {
			if (p->ere || min < 0)
				return fail(p, REG_BADRPT);
			/* a leading basic '*' (or GNU "\+", "\?") is literal */
			p->s += len - 1;
			atom = node(p, N_CHAR, next_char(p));
		} else {
			atom = parse_atom(p, at_start);
		}
		if (atom < 0)
			return -1;
		/* In basic syntax a leading '^' leaves the next '*' literal too,
		   but a second '^' is no anchor. */
		int anchor_start = at_start == 1 && !p->ere && p->nodes[atom].type == N_ASSERT &&
		                   p->nodes[atom].val == RE_BOL;
		for (int ops = 0; repetition(p, &min, &max, &len); ops++) {
			if (!p->ere && anchor_start)
				break;
			/* basic syntax: after a repetition, '*' and "\{" are errors;
			   the GNU "\+" and "\?" may follow (as in glibc) */
			if (!p->ere && ops > 0 && (len == 1 || min < 0))
				return fail(p, REG_BADRPT);
			if (p->nodes[atom].type == N_ASSERT)
				return fail(p, REG_BADRPT); /* glibc: "^*", "\\b+", "$?" */
			p->s += len;
			if (min < 0 && parse_interval(p, &min, &max) < 0)
				return -1;
			int rep = node(p, N_REP, 0);
			if (rep < 0)
				return -1;
			p->nodes[rep].min = min;
			p->nodes[rep].max = max;
			p->nodes[rep].child = atom;
			atom = rep;
		}
		append(p, cat, &last, atom);
		at_start = anchor_start ? 2 : 0;
	}
	return p->err ? -1 : cat;
}

/* Alternatives. A back-reference may name only a group closed before it
   in its own alternative (glibc: "(a)|\\1" is REG_ESUBREG); after the
   alternation, any group closed in any alternative. */
static int parse_alt(struct parser *p)
{
	int alt = node(p, N_ALT, 0), last = -1;
	unsigned before = p->completed, after = before;
	for (;;) {
		p->completed = before;
		int cat = parse_cat(p);
		if (cat < 0)
			return -1;
		after |= p->completed;
		append(p, alt, &last, cat);
		if (!at_bar(p))
			break;
		p->s += p->ere ? 1 : 2;
	}
	p->completed = after;
	return p->err ? -1 : alt;
}

/* Compilation of the tree into instructions. */
struct compiler {
	struct parser *p;
	struct re_inst *code;
	size_t len, cap;
	size_t nloops;
	int depth;
	int err;
};

static int emit(struct compiler *c, int op, int arg, int x, int y)
{
	if (c->err)
		return -1;
	if (c->len == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 64;
		struct re_inst *code = cap > MAX_PROGRAM ? 0 : realloc(c->code, cap * sizeof *code);
		if (!code) {
			c->err = REG_ESPACE;
			return -1;
		}
		c->code = code;
		c->cap = cap;
	}
	c->code[c->len] = (struct re_inst){ (unsigned char)op, arg, x, y };
	return (int)c->len++;
}

static void compile(struct compiler *c, int n)
{
	const struct node *nd = &c->p->nodes[n];
	if (c->err)
		return;
	if (++c->depth > 2 * MAX_DEPTH + 8) {
		c->err = REG_ESPACE;
		return;
	}
	switch (nd->type) {
	case N_CHAR:
		emit(c, RE_CHAR, nd->val, 0, 0);
		break;
	case N_ANY:
		emit(c, RE_ANY, 0, 0, 0);
		break;
	case N_SET:
		emit(c, RE_SET, nd->val, 0, 0);
		break;
	case N_ASSERT:
		emit(c, nd->val, 0, 0, 0);
		break;
	case N_BACKREF:
		emit(c, RE_BACKREF, nd->val, 0, 0);
		break;
	case N_GROUP:
		emit(c, RE_SAVE, 2 * nd->val, 0, 0);
		compile(c, nd->child);
		emit(c, RE_SAVE, 2 * nd->val + 1, 0, 0);
		break;
	case N_CAT:
		for (int k = nd->child; k >= 0; k = c->p->nodes[k].next)
			compile(c, k);
		break;
	case N_ALT: {
		/* SPLIT a, next; a: ...; JMP end; next: SPLIT b, next2; ... */
		int k = nd->child, jumps = -1;
		while (c->p->nodes[k].next >= 0) {
			int split = emit(c, RE_SPLIT, 0, 0, 0);
			if (split < 0)
				return;
			c->code[split].x = (int)c->len;
			compile(c, k);
			int j = emit(c, RE_JMP, 0, jumps, 0); /* chained through x until patched */
			if (j < 0)
				return;
			jumps = j;
			c->code[split].y = (int)c->len;
			k = c->p->nodes[k].next;
		}
		compile(c, k);
		while (!c->err && jumps >= 0) {
			int prev = c->code[jumps].x;
			c->code[jumps].x = (int)c->len;
			jumps = prev;
		}
		break;
	}
	case N_REP: {
		int max = nd->max;
		for (int i = 0; i < nd->min && !c->err; i++)
			compile(c, nd->child);
		if (max < 0) {
			/* x{min,}: after min turns (or one optional first turn
			   for x*), LOOPINIT; L: LOOP B, E; B: x; JMP L; E: -- the
			   turns from L on must each move */
			int skip = -1;
			if (!nd->min) {
				skip = emit(c, RE_SPLIT, 0, 0, 0);
				if (skip < 0)
					return;
				c->code[skip].x = (int)c->len;
				compile(c, nd->child);
			}
			int slot = (int)c->nloops++;
			emit(c, RE_LOOPINIT, slot, 0, 0);
			int loop = emit(c, RE_LOOP, slot, 0, 0);
			if (loop < 0)
				return;
			c->code[loop].x = (int)c->len;
			compile(c, nd->child);
			emit(c, RE_JMP, 0, loop, 0);
			if (c->err)
				return;
			c->code[loop].y = (int)c->len;
			if (skip >= 0)
				c->code[skip].y = (int)c->len;
			break;
		}
		/* x{min,max}: the optional copies nest, each tried only after
		   the one before it matched; all leave to the same end */
		int splits = -1;
		for (int i = nd->min; i < max && !c->err; i++) {
			int split = emit(c, RE_SPLIT, 0, 0, splits);
			if (split < 0)
				return;
			c->code[split].x = (int)c->len;
			splits = split;
			compile(c, nd->child);
		}
		while (!c->err && splits >= 0) {
			int prev = c->code[splits].y;
			c->code[splits].y = (int)c->len;
			splits = prev;
		}
		break;
	}
	}
	c->depth--;
}

/* Fills prog->first: the consuming instructions reachable from the start
   through zero-width steps (assertions taken as passable). */
static int first_instructions(struct re_prog *prog)
{
	size_t len = prog->len, top = 0;
	int *stack = malloc(2 * (len + 1) * sizeof *stack);
	unsigned char *seen = calloc(len, 1);
	int ok = stack && seen;
	prog->nfirst = 0;
	if (ok)
		stack[top++] = 0;
	while (ok && top) {
		int pc = stack[--top];
		if (seen[pc])
			continue;
		seen[pc] = 1;
		const struct re_inst *in = &prog->code[pc];
		switch (in->op) {
		case RE_CHAR: case RE_ANY: case RE_SET:
			if (prog->nfirst == sizeof prog->first / sizeof *prog->first)
				prog->nfirst = -1;
			else if (prog->nfirst >= 0)
				prog->first[prog->nfirst++] = pc;
			break;
		case RE_JMP:
			stack[top++] = in->x;
			break;
		case RE_SPLIT: case RE_LOOP:
			stack[top++] = in->y;
			stack[top++] = in->x;
			break;
		case RE_MATCH: case RE_BACKREF:
			prog->nfirst = -1;
			break;
		default:
			stack[top++] = pc + 1;
		}
	}
	/* the bytes that are characters of their own (all in the C locale,
	   ASCII in UTF-8) that a first instruction takes */
	memset(prog->first_bytes, 0, sizeof prog->first_bytes);
	for (unsigned b = 1; b < (prog->utf8 ? 0x80u : 0x100u) && prog->nfirst > 0; b++) {
		wchar_t wc = b < 0x80 ? (wchar_t)b : C_BYTE_TO_WC(b);
		for (int i = 0; i < prog->nfirst; i++)
			if (__re_consumes(prog, &prog->code[prog->first[i]], wc))
				prog->first_bytes[b >> 3] |= (unsigned char)(1 << (b & 7));
	}
	free(stack);
	free(seen);
	return ok;
}

static void free_sets(struct re_set *sets, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(sets[i].ranges);
	free(sets);
}

int regcomp(regex_t *__restrict preg, const char *__restrict pattern, int cflags)
{
	struct parser p = { 0 };
	p.s = (const unsigned char *)pattern;
	p.ere = (cflags & REG_EXTENDED) != 0;
	p.utf8 = CURRENT_UTF8;
	p.newline = (cflags & REG_NEWLINE) != 0;
	p.icase = (cflags & REG_ICASE) != 0;
	int root = parse_alt(&p);
	if (!p.err && *p.s)
		fail(&p, p.ere ? REG_BADPAT : REG_EPAREN);
	struct compiler c = { &p, 0, 0, 0, 0, 0, 0 };
	struct re_prog *prog = 0;
	if (!p.err) {
		emit(&c, RE_SAVE, 0, 0, 0);
		compile(&c, root);
		emit(&c, RE_SAVE, 1, 0, 0);
		emit(&c, RE_MATCH, 0, 0, 0);
		if (!c.err && !(prog = malloc(sizeof *prog)))
			c.err = REG_ESPACE;
	}
	free(p.nodes);
	int err = p.err ? p.err : c.err;
	if (err) {
		free(c.code);
		free_sets(p.sets, p.nsets);
		return err;
	}
	prog->code = c.code;
	prog->len = c.len;
	prog->sets = p.sets;
	prog->nsets = p.nsets;
	prog->nslots = 2 * (p.ngroups + 1);
	prog->nloops = c.nloops;
	prog->cflags = cflags;
	prog->utf8 = p.utf8;
	prog->backrefs = p.backrefs;
	if (!first_instructions(prog)) {
		free(prog);
		free(c.code);
		free_sets(p.sets, p.nsets);
		return REG_ESPACE;
	}
	preg->re_nsub = p.ngroups;
	preg->__re_prog = prog;
	return 0;
}

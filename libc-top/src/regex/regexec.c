#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>
#include "locale_impl.h"
#include "regex_impl.h"
#include "unicode_ctype.h"

/* POSIX regexec: the leftmost match, and of those starting there the
   longest (XBD 9.1). Which way the subexpressions divide that match is
   glibc's choice, which is also the backtracking one: the first way in
   pattern order (an earlier alternative first; a repetition taking as
   many turns as it can) among the ways that give the overall match.

   Without back-references no step backtracks. A simulation of the NFA
   that keeps one thread per state, the earliest-starting, finds the
   leftmost start and its longest end in one pass over the subject; a Pike
   VM (threads in priority order, each carrying its capture slots) then
   runs from that start and takes the first thread to finish at that end.
   As in glibc, only the first turn of a repetition may match nothing:
   regcomp gives the first turn its own copy of the body, and a thread that
   comes back to a loop where it began the turn (the loop is already
   marked in this step's closure) ends there.
   Both take time proportional to the subject's length times the
   program's. With back-references a backtracking search tries each start
   in turn, keeping the longest end and the first way to it. */

/* The subject is read up to its null as the matching goes, never
   measured first: a caller matching again and again further into a long
   string pays for what each match reads, not for the whole rest. */
struct subject {
	const char *s;
	int utf8, eflags, cflags;
};

static int at_end(const struct subject *sub, size_t pos)
{
	return !sub->s[pos];
}

/* The character at pos: its length (0 at the end) and value. */
static size_t char_at(const struct subject *sub, size_t pos, wchar_t *wc)
{
	unsigned char b = (unsigned char)sub->s[pos];
	if (!b) {
		*wc = 0;
		return 0;
	}
	if (b < 0x80 || !sub->utf8) {
		*wc = b < 0x80 ? b : C_BYTE_TO_WC(b);
		return 1;
	}
	mbstate_t st = { 0 };
	size_t n = mbrtowc(wc, sub->s + pos, MB_LEN_MAX, &st);
	if (n - 1 >= (size_t)-3) {
		*wc = RE_BAD_BYTE(b);
		return 1;
	}
	return n;
}

/* The character before pos, or 0 at the start. */
static wchar_t char_before(const struct subject *sub, size_t pos)
{
	wchar_t wc = 0;
	if (!pos)
		return 0;
	size_t start = pos - 1;
	if (sub->utf8)
		while (start > 0 && pos - start < 4 && ((unsigned char)sub->s[start] & 0xc0) == 0x80)
			start--;
	if (char_at(sub, start, &wc) != pos - start)
		char_at(sub, pos - 1, &wc);
	return wc;
}

static int is_word(const struct subject *sub, wchar_t wc)
{
	return wc == '_' || (wc && (__wc_kind((wint_t)wc, sub->utf8)->classes & WC_ALNUM));
}

/* Whether the zero-width assertion op holds at pos. */
static int assertion(const struct subject *sub, int op, size_t pos)
{
	int nl = sub->cflags & REG_NEWLINE;
	wchar_t before, after;
	switch (op) {
	case RE_BOL:
		return pos ? nl && sub->s[pos - 1] == '\n' : !(sub->eflags & REG_NOTBOL);
	case RE_EOL:
		return at_end(sub, pos) ? !(sub->eflags & REG_NOTEOL) : nl && sub->s[pos] == '\n';
	case RE_BUFSTART:
		return pos == 0;
	case RE_BUFEND:
		return at_end(sub, pos);
	}
	before = char_before(sub, pos);
	char_at(sub, pos, &after);
	int a = is_word(sub, before), b = is_word(sub, after);
	switch (op) {
	case RE_WORDB:
		return a != b;
	case RE_NOTWORDB:
		return a == b;
	case RE_WORDSTART:
		return !a && b;
	default: /* RE_WORDEND */
		return a && !b;
	}
}

static int fold_equal(wchar_t a, wchar_t b)
{
	return a == b || towlower((wint_t)a) == towlower((wint_t)b);
}

static int in_ranges(const struct re_set *set, wchar_t wc)
{
	for (size_t i = 0; i < set->n; i++)
		if ((unsigned)wc - (unsigned)set->ranges[i][0] <= (unsigned)set->ranges[i][1] - (unsigned)set->ranges[i][0])
			return 1;
	return 0;
}

static int in_classes(const struct re_prog *r, const struct re_set *set, wchar_t wc)
{
	return set->classes && (__wc_kind((wint_t)wc, r->utf8)->classes & set->classes);
}

/* Under REG_ICASE the set holds lowercase characters (regcomp); a class
   takes a character if it takes either case of it. */
static int match_set(const struct re_prog *r, const struct re_set *set, wchar_t wc)
{
	int m;
	if (r->cflags & REG_ICASE) {
		wchar_t lower = (wchar_t)towlower((wint_t)wc), upper = (wchar_t)towupper((wint_t)wc);
		m = in_ranges(set, lower) || in_classes(r, set, wc) || in_classes(r, set, lower) ||
		    in_classes(r, set, upper);
	} else {
		m = in_ranges(set, wc) || in_classes(r, set, wc);
	}
	if (set->negate)
		m = !m && wc < 0x110000 && !(wc == '\n' && r->cflags & REG_NEWLINE);
	return m;
}

/* Whether the character-consuming instruction at pc takes wc. */
static int consumes(const struct re_prog *r, const struct re_inst *in, wchar_t wc, size_t len)
{
	if (!len)
		return 0;
	switch (in->op) {
	case RE_CHAR:
		return in->arg == wc || (r->cflags & REG_ICASE && fold_equal(in->arg, wc));
	case RE_ANY:
		return wc < 0x110000 && !(wc == '\n' && r->cflags & REG_NEWLINE);
	case RE_SET:
		return match_set(r, &r->sets[in->arg], wc);
	}
	return 0;
}

hidden int __re_consumes(const struct re_prog *r, const struct re_inst *in, wchar_t wc)
{
	return consumes(r, in, wc, 1);
}

/* The thread lists of both simulations: states in the order added, each
   state at most once per step (gen marks it), with the thread's start or
   capture slots. */
struct list {
	size_t n;
	int *pc;
	size_t *start;
	regoff_t *slots; /* nslots per thread */
};

struct machine {
	const struct re_prog *r;
	const struct subject *sub;
	unsigned *mark, gen;
	int *stack;          /* closure work: pcs, or ~slot then old value */
	regoff_t *work;      /* the slots of the thread being closed */
	struct list lists[2];
};

static void free_machine(struct machine *m)
{
	free(m->mark);
	free(m->stack);
	free(m->work);
	for (int i = 0; i < 2; i++) {
		free(m->lists[i].pc);
		free(m->lists[i].start);
		free(m->lists[i].slots);
	}
}

static int init_machine(struct machine *m, const struct re_prog *r, const struct subject *sub, int slots)
{
	size_t len = r->len, ns = slots ? r->nslots : 0;
	memset(m, 0, sizeof *m);
	m->r = r;
	m->sub = sub;
	m->mark = calloc(len, sizeof *m->mark);
	m->stack = malloc(3 * (len + 1) * sizeof *m->stack + 3 * len * sizeof(regoff_t));
	m->work = malloc((ns + 1) * sizeof *m->work);
	int ok = m->mark && m->stack && m->work;
	for (int i = 0; i < 2 && ok; i++) {
		m->lists[i].pc = malloc(len * sizeof(int));
		m->lists[i].start = malloc(len * sizeof(size_t));
		m->lists[i].slots = malloc((len * ns + 1) * sizeof(regoff_t));
		ok = m->lists[i].pc && m->lists[i].start && m->lists[i].slots;
	}
	if (!ok)
		free_machine(m);
	return ok;
}

/* Adds to l, in priority order, every consuming state (or match) reachable
   from pc at pos through zero-width steps, each with start and, for the
   Pike VM, the slots in m->work as SAVE instructions on the way set them. */
static void closure(struct machine *m, struct list *l, int pc, size_t start, size_t pos, int slots)
{
	const struct re_prog *r = m->r;
	size_t ns = slots ? r->nslots : 0, top = 0;
	/* entries: a pc to visit, or -1 - slot followed by the value to
	   restore once everything after the SAVE has been visited */
	int *stack = m->stack;
	regoff_t *saved = (regoff_t *)(stack + 3 * (r->len + 1));
	size_t nsaved = 0;
	stack[top++] = pc;
	while (top) {
		int e = stack[--top];
		if (e < 0) {
			m->work[-1 - e] = saved[--nsaved];
			continue;
		}
		if (m->mark[e] == m->gen)
			continue;
		m->mark[e] = m->gen;
		const struct re_inst *in = &r->code[e];
		switch (in->op) {
		case RE_JMP:
			stack[top++] = in->x;
			break;
		case RE_SPLIT:
		case RE_LOOP:
			stack[top++] = in->y;
			stack[top++] = in->x;
			break;
		case RE_LOOPINIT:
			stack[top++] = e + 1;
			break;
		case RE_SAVE:
			if (slots) {
				saved[nsaved++] = m->work[in->arg];
				stack[top++] = -1 - in->arg;
				m->work[in->arg] = (regoff_t)pos;
			}
			stack[top++] = e + 1;
			break;
		case RE_BOL: case RE_EOL: case RE_BUFSTART: case RE_BUFEND:
		case RE_WORDB: case RE_NOTWORDB: case RE_WORDSTART: case RE_WORDEND:
			if (assertion(m->sub, in->op, pos))
				stack[top++] = e + 1;
			break;
		default:
			l->pc[l->n] = e;
			l->start[l->n] = start;
			if (ns)
				memcpy(l->slots + l->n * ns, m->work, ns * sizeof *m->work);
			l->n++;
		}
	}
}

/* The first place from pos whose character one of the program's first
   instructions takes (or the end). */
static size_t skip_to_start(const struct re_prog *r, const struct subject *sub, size_t pos)
{
	const unsigned char *s = (const unsigned char *)sub->s;
	for (;;) {
		unsigned b = s[pos];
		if (b < 0x80 || !sub->utf8) {
			if (!b || r->first_bytes[b >> 3] & 1 << (b & 7))
				return pos;
			pos++;
			continue;
		}
		wchar_t wc;
		size_t len = char_at(sub, pos, &wc);
		for (int i = 0; i < r->nfirst; i++)
			if (consumes(r, &r->code[r->first[i]], wc, len))
				return pos;
		pos += len;
	}
}

/* The leftmost start and its longest end, or 0 if there is no match. */
static int find_extent(struct machine *m, size_t *so, size_t *eo)
{
	const struct re_prog *r = m->r;
	const struct subject *sub = m->sub;
	struct list *cur = &m->lists[0], *next = &m->lists[1];
	int found = 0;
	size_t best_start = 0, best_end = 0;
	m->gen++;
	cur->n = 0;
	for (size_t pos = 0;; ) {
		if (!cur->n && !found) {
			/* nothing under way: fresh marks (those of the last step
			   may be for an earlier position), and on to where a
			   match can start */
			m->gen++;
			if (r->nfirst >= 0 && at_end(sub, pos = skip_to_start(r, sub, pos)))
				break;
		}
		/* cur holds the threads that reached pos, earliest start first;
		   one starting here comes last, under the same marks */
		if (!found)
			closure(m, cur, 0, pos, pos, 0);
		if (!cur->n && found)
			break;
		wchar_t wc;
		size_t len = char_at(sub, pos, &wc);
		m->gen++;
		next->n = 0;
		for (size_t i = 0; i < cur->n; i++) {
			size_t start = cur->start[i];
			if (found && start > best_start)
				break;
			const struct re_inst *in = &r->code[cur->pc[i]];
			if (in->op == RE_MATCH) {
				if (!found || start < best_start || pos > best_end) {
					found = 1;
					best_start = start;
					best_end = pos;
				}
				continue;
			}
			if (consumes(r, in, wc, len))
				closure(m, next, cur->pc[i] + 1, start, pos + len, 0);
		}
		struct list *t = cur;
		cur = next;
		next = t;
		if (!len)
			break;
		pos += len;
	}
	*so = best_start;
	*eo = best_end;
	return found;
}

/* The slots of the first thread, in priority order, that goes from so
   to a match at exactly eo. */
static void find_slots(struct machine *m, size_t so, size_t eo, regoff_t *out)
{
	const struct re_prog *r = m->r;
	size_t ns = r->nslots;
	struct list *cur = &m->lists[0], *next = &m->lists[1];
	for (size_t i = 0; i < ns; i++)
		m->work[i] = -1;
	m->gen++;
	cur->n = 0;
	closure(m, cur, 0, so, so, 1);
	for (size_t pos = so; cur->n; ) {
		wchar_t wc;
		size_t len = pos < eo ? char_at(m->sub, pos, &wc) : 0;
		m->gen++;
		next->n = 0;
		for (size_t i = 0; i < cur->n; i++) {
			const struct re_inst *in = &r->code[cur->pc[i]];
			regoff_t *slots = cur->slots + i * ns;
			if (in->op == RE_MATCH) {
				if (pos == eo) {
					memcpy(out, slots, ns * sizeof *out);
					return;
				}
				continue;
			}
			if (consumes(r, in, wc, len)) {
				memcpy(m->work, slots, ns * sizeof *slots);
				closure(m, next, cur->pc[i] + 1, so, pos + len, 1);
			}
		}
		struct list *t = cur;
		cur = next;
		next = t;
		pos += len;
	}
}

/* Backtracking, for back-references: from so, every way through the
   program in priority order, keeping the longest end and the slots of the
   first way to it. A loop's turn after the first must move (the slots
   after the program's capture slots hold where each loop's turn began). */
struct choice {
	int pc;
	size_t pos;
};

static int backtrack(const struct re_prog *r, const struct subject *sub, size_t so,
                     regoff_t *best, size_t *best_end)
{
	size_t ns = r->nslots, nl = r->nloops, frame = ns + nl;
	size_t cap = 64, top = 0;
	struct choice *choices = malloc(cap * sizeof *choices);
	regoff_t *states = malloc(cap * frame * sizeof *states + 1);
	regoff_t *cur = malloc((frame + 1) * sizeof *cur);
	int found = 0;
	if (!choices || !states || !cur)
		goto done;
	for (size_t i = 0; i < frame; i++)
		cur[i] = -1;
	int pc = 0;
	size_t pos = so;
	for (;;) {
		const struct re_inst *in = &r->code[pc];
		int ok = 1;
		wchar_t wc;
		size_t len;
		switch (in->op) {
		case RE_CHAR: case RE_ANY: case RE_SET:
			len = char_at(sub, pos, &wc);
			if ((ok = consumes(r, in, wc, len))) {
				pos += len;
				pc++;
			}
			break;
		case RE_JMP:
			pc = in->x;
			break;
		case RE_LOOPINIT:
			cur[ns + in->arg] = -1;
			pc++;
			break;
		case RE_LOOP:
		case RE_SPLIT:
			if (in->op == RE_LOOP && cur[ns + in->arg] == (regoff_t)pos) {
				ok = 0; /* a turn after the first that matched nothing */
				break;
			}
			if (top == cap) {
				struct choice *c = realloc(choices, 2 * cap * sizeof *c);
				regoff_t *s = c ? realloc(states, 2 * cap * frame * sizeof *s + 1) : 0;
				if (c)
					choices = c;
				if (!s) {
					found = -1;
					goto done;
				}
				states = s;
				cap *= 2;
			}
			choices[top] = (struct choice){ in->y, pos };
			memcpy(states + top * frame, cur, frame * sizeof *cur);
			top++;
			if (in->op == RE_LOOP)
				cur[ns + in->arg] = (regoff_t)pos;
			pc = in->x;
			break;
		case RE_SAVE:
			cur[in->arg] = (regoff_t)pos;
			pc++;
			break;
		case RE_BACKREF: {
			regoff_t s = cur[2 * in->arg], e = cur[2 * in->arg + 1];
			ok = s >= 0 && e >= s;
			size_t p = pos;
			for (regoff_t k = s; ok && k < e; ) {
				wchar_t a, b;
				size_t la = char_at(sub, (size_t)k, &a), lb = char_at(sub, p, &b);
				ok = lb && (a == b || (r->cflags & REG_ICASE && fold_equal(a, b)));
				k += (regoff_t)la;
				p += lb;
			}
			if (ok) {
				pos = p;
				pc++;
			}
			break;
		}
		case RE_MATCH:
			if (!found || pos > *best_end) {
				found = 1;
				*best_end = pos;
				memcpy(best, cur, ns * sizeof *cur);
			}
			ok = 0; /* look on for a longer one */
			break;
		default:
			if ((ok = assertion(sub, in->op, pos)))
				pc++;
		}
		if (ok)
			continue;
		if (!top || (found && at_end(sub, *best_end)))
			break;
		top--;
		pc = choices[top].pc;
		pos = choices[top].pos;
		memcpy(cur, states + top * frame, frame * sizeof *cur);
	}
done:
	free(choices);
	free(states);
	free(cur);
	return found;
}

int regexec(const regex_t *__restrict preg, const char *__restrict string, size_t nmatch,
            regmatch_t *__restrict pmatch, int eflags)
{
	const struct re_prog *r = preg->__re_prog;
	struct subject sub = { string, r->utf8, eflags, r->cflags };
	size_t ns = r->nslots;
	if (r->cflags & REG_NOSUB)
		nmatch = 0;
	regoff_t *slots = malloc(ns * sizeof *slots);
	if (!slots)
		return REG_ESPACE;
	int found = 0;
	if (r->backrefs) {
		size_t end = 0;
		for (size_t so = 0; !found; ) {
			found = backtrack(r, &sub, so, slots, &end);
			if (found < 0) {
				free(slots);
				return REG_ESPACE;
			}
			wchar_t wc;
			size_t len = char_at(&sub, so, &wc);
			if (!len)
				break;
			so += len;
		}
	} else {
		struct machine m;
		size_t so, eo;
		if (!init_machine(&m, r, &sub, nmatch > 1 && ns > 2)) {
			free(slots);
			return REG_ESPACE;
		}
		found = find_extent(&m, &so, &eo);
		for (size_t i = 0; i < ns; i++)
			slots[i] = -1;
		slots[0] = (regoff_t)so;
		slots[1] = (regoff_t)eo;
		if (found && nmatch > 1 && ns > 2)
			find_slots(&m, so, eo, slots);
		free_machine(&m);
	}
	if (found)
		for (size_t i = 0; i < nmatch; i++) {
			int set = 2 * i + 1 < ns && slots[2 * i] >= 0 && slots[2 * i + 1] >= 0;
			pmatch[i].rm_so = set ? slots[2 * i] : -1;
			pmatch[i].rm_eo = set ? slots[2 * i + 1] : -1;
		}
	free(slots);
	return found ? 0 : REG_NOMATCH;
}

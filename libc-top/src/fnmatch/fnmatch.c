#define _GNU_SOURCE
#include <fnmatch.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>
#include "locale_impl.h"

/* POSIX fnmatch (XCU 2.13). Characters are multibyte characters of the
   locale; a byte that starts no valid character is a character of its
   own, equal only to itself. With FNM_PATHNAME the pattern and the string
   are matched one slash-separated component at a time, which is how a
   slash comes to be matched only by a slash, even inside what would be a
   bracket expression (XCU 2.13.3). */

struct ctx {
	int flags, utf8;
};

/* The character at s, before end: its length, and its value in *wc. */
static size_t decode(const char *s, const char *end, wchar_t *wc, int utf8)
{
	unsigned char b = (unsigned char)*s;
	if (b < 0x80 || !utf8) {
		*wc = b < 0x80 ? b : C_BYTE_TO_WC(b);
		return 1;
	}
	mbstate_t st = { 0 };
	size_t n = mbrtowc(wc, s, (size_t)(end - s), &st);
	if (n - 1 >= (size_t)-3) { /* 0, -1 or -2 */
		*wc = C_BYTE_TO_WC(b);
		return 1;
	}
	return n;
}

static wint_t fold(const struct ctx *c, wint_t wc)
{
	return c->flags & FNM_CASEFOLD ? towlower(wc) : wc;
}

/* The pattern character at p, an escaped one if escaping is on. */
static size_t pattern_char(const struct ctx *c, const char *p, const char *end, wchar_t *wc)
{
	if (*p == '\\' && !(c->flags & FNM_NOESCAPE) && p + 1 < end)
		return 1 + decode(p + 1, end, wc, c->utf8);
	return decode(p, end, wc, c->utf8);
}

/* A "[.x.]" or "[=x=]" at p (delim '.' or '='): the one character x and
   the length of the whole; 0 if it is not one character so closed. */
static size_t symbol(const struct ctx *c, const char *p, const char *end, char delim, wchar_t *wc)
{
	if (p + 2 >= end)
		return 0;
	size_t n = decode(p + 2, end, wc, c->utf8);
	const char *q = p + 2 + n;
	return q + 1 < end && q[0] == delim && q[1] == ']' ? (size_t)(q + 2 - p) : 0;
}

static int in_class(const struct ctx *c, wint_t wc, wctype_t t)
{
	if (iswctype(wc, t))
		return 1;
	return c->flags & FNM_CASEFOLD && (iswctype(towlower(wc), t) || iswctype(towupper(wc), t));
}

static int in_range(const struct ctx *c, wint_t wc, wint_t lo, wint_t hi)
{
	if (wc - lo <= hi - lo && lo <= hi)
		return 1;
	if (!(c->flags & FNM_CASEFOLD))
		return 0;
	wint_t l = towlower(wc), u = towupper(wc);
	return lo <= hi && (l - lo <= hi - lo || u - lo <= hi - lo);
}

/* The bracket expression whose '[' is at p[-1]: whether wc matches it,
   with *next set after its ']'; -1 if there is no closing ']', in which
   case the '[' is an ordinary character. */
static int bracket(const struct ctx *c, const char *p, const char *end, wint_t wc, const char **next)
{
	int negate = p < end && (*p == '!' || *p == '^');
	int matched = 0;
	p += negate;
	for (int first = 1;; first = 0) {
		if (p >= end)
			return -1;
		if (*p == ']' && !first)
			break;
		wchar_t lo;
		size_t n;
		if (*p == '[' && p + 1 < end && p[1] == ':') {
			const char *q = p + 2;
			while (q + 1 < end && !(q[0] == ':' && q[1] == ']'))
				q++;
			if (q + 1 >= end)
				return -1;
			char name[16];
			size_t len = (size_t)(q - (p + 2));
			wctype_t t = 0;
			if (len < sizeof name) {
				memcpy(name, p + 2, len);
				name[len] = 0;
				t = wctype(name);
			}
			if (t && in_class(c, wc, t))
				matched = 1;
			p = q + 2;
			continue;
		}
		if (*p == '[' && p + 1 < end && p[1] == '=' && (n = symbol(c, p, end, '=', &lo))) {
			if (fold(c, wc) == fold(c, (wint_t)lo))
				matched = 1;
			p += n;
			continue;
		}
		if (*p == '[' && p + 1 < end && p[1] == '.' && (n = symbol(c, p, end, '.', &lo)))
			p += n;
		else
			p += pattern_char(c, p, end, &lo);
		if (p + 1 < end && *p == '-' && p[1] != ']') {
			wchar_t hi;
			p++;
			if (*p == '[' && p + 1 < end && p[1] == '.' && (n = symbol(c, p, end, '.', &hi)))
				p += n;
			else
				p += pattern_char(c, p, end, &hi);
			if (in_range(c, wc, (wint_t)lo, (wint_t)hi))
				matched = 1;
		} else if (fold(c, wc) == fold(c, (wint_t)lo)) {
			matched = 1;
		}
	}
	*next = p + 1;
	return matched != negate;
}

/* Matches pattern [p, pend) against the whole of string [s, send). With
   `period`, a '.' at the start of the string must be matched by a '.' in
   the pattern. A '*' that fails to extend is retried one character
   longer from the latest '*' only: everything before it matched already,
   and the last '*' can absorb whatever an earlier one could. */
static int match(const struct ctx *c, const char *p, const char *pend, const char *s, const char *send, int period)
{
	const char *star_p = 0, *star_s = 0;
	const char *s0 = s;
	while (p < pend || s < send) {
		if (p < pend) {
			wchar_t pc, sc = 0;
			size_t sn = s < send ? decode(s, send, &sc, c->utf8) : 0;
			int hidden_dot = period && s == s0 && sn && sc == '.';
			if (*p == '*') {
				while (p < pend && *p == '*')
					p++;
				if (hidden_dot)
					return FNM_NOMATCH;
				star_p = p;
				star_s = s;
				continue;
			}
			if (*p == '?') {
				if (sn && !hidden_dot) {
					p++;
					s += sn;
					continue;
				}
			} else if (*p == '[') {
				const char *next;
				int r = sn && !hidden_dot ? bracket(c, p + 1, pend, (wint_t)sc, &next) : 0;
				if (r == 1) {
					p = next;
					s += sn;
					continue;
				}
				if (r < 0 && sc == '[') {
					p++;
					s += sn;
					continue;
				}
			} else {
				/* POSIX: a pattern ending in an unescaped backslash matches nothing */
				if (*p == '\\' && !(c->flags & FNM_NOESCAPE) && p + 1 == pend)
					return FNM_NOMATCH;
				size_t pn = pattern_char(c, p, pend, &pc);
				if (sn && fold(c, (wint_t)pc) == fold(c, (wint_t)sc)) {
					p += pn;
					s += sn;
					continue;
				}
			}
		}
		if (!star_p || star_s >= send)
			return FNM_NOMATCH;
		wchar_t skip;
		star_s += decode(star_s, send, &skip, c->utf8);
		p = star_p;
		s = star_s;
	}
	return 0;
}

/* The end of the pattern component at p: the next slash, or the escaped
   slash "\/" (a slash all the same); *next is where the next one starts. */
static const char *component_end(const struct ctx *c, const char *p, const char **next)
{
	for (;; p++) {
		if (!*p || *p == '/') {
			*next = *p ? p + 1 : 0;
			return p;
		}
		if (*p == '\\' && !(c->flags & FNM_NOESCAPE) && p[1]) {
			if (p[1] == '/') {
				*next = p + 2;
				return p;
			}
			p++;
		}
	}
}

int fnmatch(const char *pattern, const char *string, int flags)
{
	struct ctx c = { flags, CURRENT_UTF8 };
	int period = (flags & FNM_PERIOD) != 0;
	if (!(flags & FNM_PATHNAME)) {
		const char *pend = pattern + strlen(pattern);
		const char *send = string + strlen(string);
		if (!match(&c, pattern, pend, string, send, period))
			return 0;
		if (flags & FNM_LEADING_DIR)
			for (const char *q = string; (q = strchr(q, '/')); q++)
				if (!match(&c, pattern, pend, string, q, period))
					return 0;
		return FNM_NOMATCH;
	}
	for (;;) {
		const char *pnext, *pend = component_end(&c, pattern, &pnext);
		const char *send = strchrnul(string, '/');
		if (match(&c, pattern, pend, string, send, period))
			return FNM_NOMATCH;
		if (!pnext)
			return !*send || flags & FNM_LEADING_DIR ? 0 : FNM_NOMATCH;
		if (!*send)
			return FNM_NOMATCH;
		pattern = pnext;
		string = send + 1;
	}
}

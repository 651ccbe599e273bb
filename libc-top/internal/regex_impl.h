/* Compiled regular expressions. regcomp parses a pattern into a tree and
   compiles the tree into a program for a Thompson-style NFA; regexec runs
   it without backtracking (a state-set simulation for where the leftmost-
   longest match lies, then a Pike VM for its subexpressions), and falls
   back to backtracking only for a pattern with back-references, which no
   automaton can match. */
#ifndef _INTERNAL_REGEX_IMPL_H
#define _INTERNAL_REGEX_IMPL_H

#include <regex.h>
#include <stddef.h>
#include <wchar.h>
#include "libc.h"

enum re_op {
	RE_CHAR,      /* arg: a character */
	RE_ANY,       /* any character; not a newline under REG_NEWLINE */
	RE_SET,       /* arg: a bracket expression */
	RE_SPLIT,     /* go on at x, and (less preferred) at y */
	RE_JMP,       /* go on at x */
	RE_LOOPINIT,  /* arg: a loop; the star loop that follows starts */
	RE_LOOP,      /* arg: a loop; another turn at x, or leave at y */
	RE_SAVE,      /* arg: a capture slot takes the position */
	RE_BACKREF,   /* arg: a subexpression, matched again */
	RE_BOL,       /* ^ */
	RE_EOL,       /* $ */
	RE_BUFSTART,  /* \` */
	RE_BUFEND,    /* \' */
	RE_WORDB,     /* \b */
	RE_NOTWORDB,  /* \B */
	RE_WORDSTART, /* \< */
	RE_WORDEND,   /* \> */
	RE_MATCH,
};

struct re_inst {
	unsigned char op;
	int arg, x, y;
};

/* A bracket expression: ranges of characters (a single character is a
   range of one) and a mask of wctype classes (unicode_ctype.h bits). */
struct re_set {
	unsigned char negate;
	unsigned classes;
	size_t n;
	wchar_t (*ranges)[2];
};

struct re_prog {
	struct re_inst *code;
	size_t len;
	struct re_set *sets;
	size_t nsets;
	size_t nslots;  /* capture slots: two per subexpression, two for the whole */
	size_t nloops;
	int cflags;
	int utf8;       /* the locale's encoding when compiled */
	int backrefs;   /* the program has RE_BACKREF */
	/* The instructions that can take a match's first character, for
	   skipping the places no match starts; nfirst is -1 when the pattern
	   can match the empty string or the list would be long. */
	int nfirst;
	int first[8];
	unsigned char first_bytes[32]; /* the single-byte characters they take */
};

/* A character no pattern character equals and '.' does not match: what
   a byte that starts no valid UTF-8 sequence is. */
#define RE_BAD_BYTE(b) ((wchar_t)(0x110000 + (unsigned char)(b)))

/* Whether the consuming instruction in takes the character wc. */
hidden int __re_consumes(const struct re_prog *, const struct re_inst *in, wchar_t wc);

#endif

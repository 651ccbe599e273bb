#ifndef FTS_IMPL_H
#define FTS_IMPL_H

#include <fts.h>
#include <stddef.h>
#include <sys/stat.h>

/* The stream: the public FTS first, so an FTS * is one of these. */
struct fts {
	FTS pub;
	FTSENT *init;       /* fts_cur before the first fts_read: links to the roots */
	FTSENT *rootparent; /* parent of the roots; its children are the roots */
	int nameonly;       /* fts_cur's children came from fts_children(FTS_NAMEONLY) */
};

/* An entry with what it owns: its children's list (until fts_read leaves
   the directory) and its stat buffer. The name, then the full path, run on
   past the end of ent. */
struct fts_node {
	FTSENT *kids;
	struct stat st;
	FTSENT ent;
};

static inline struct fts_node *fts_node_of(FTSENT *p)
{
	return (struct fts_node *)((char *)p - offsetof(struct fts_node, ent));
}

/* We never change directory (WASI has no real one), so every entry's
   access path is its full path and FTS_NOCHDIR always holds. */
FTSENT *__fts_new(const FTSENT *parent, const char *name, size_t namelen);
unsigned short __fts_stat(struct fts *, FTSENT *, int follow);
int __fts_follows(const struct fts *, const FTSENT *);
int __fts_build(struct fts *, FTSENT *, int nameonly);
FTSENT *__fts_sort(FTSENT *, int (*)(const FTSENT **, const FTSENT **));
void __fts_free_kids(FTSENT *);
void __fts_free_list(FTSENT *);

#endif

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "fts_impl.h"

/* A new entry named name below parent (a root when parent is 0). */
FTSENT *__fts_new(const FTSENT *parent, const char *name, size_t namelen)
{
	size_t dirlen = parent ? parent->fts_pathlen : 0;
	int slash = dirlen && parent->fts_path[dirlen - 1] != '/';
	size_t pathlen = dirlen + slash + namelen;
	size_t size = offsetof(struct fts_node, ent) + offsetof(FTSENT, fts_name) + namelen + 1 +
	              pathlen + 1;
	if (size < sizeof(struct fts_node))
		size = sizeof(struct fts_node);
	struct fts_node *n = calloc(1, size);
	if (!n)
		return 0;
	FTSENT *p = &n->ent;
	memcpy(p->fts_name, name, namelen);
	p->fts_namelen = namelen;
	p->fts_path = p->fts_name + namelen + 1;
	if (dirlen)
		memcpy(p->fts_path, parent->fts_path, dirlen);
	if (slash)
		p->fts_path[dirlen] = '/';
	memcpy(p->fts_path + dirlen + slash, name, namelen);
	p->fts_pathlen = pathlen;
	p->fts_accpath = p->fts_path;
	p->fts_statp = &n->st;
	p->fts_symfd = -1;
	p->fts_instr = FTS_NOINSTR;
	return p;
}

/* Whether p is looked at through a symbolic link: everywhere in a logical
   walk, and for the roots under FTS_COMFOLLOW. */
int __fts_follows(const struct fts *sp, const FTSENT *p)
{
	int o = sp->pub.fts_options;
	return o & FTS_LOGICAL || (o & FTS_COMFOLLOW && p->fts_level == FTS_ROOTLEVEL);
}

static int is_dot(const char *name)
{
	return name[0] == '.' && (!name[1] || (name[1] == '.' && !name[2]));
}

/* Stats p and says what it is. A directory that is its own ancestor (by
   st_dev and st_ino, as only a followed link can make it) is FTS_DC, with
   fts_cycle the ancestor. */
unsigned short __fts_stat(struct fts *sp, FTSENT *p, int follow)
{
	struct stat *st = p->fts_statp;
	p->fts_errno = 0;
	p->fts_cycle = 0;
	if (follow) {
		if (stat(p->fts_accpath, st)) {
			int err = errno;
			if (!lstat(p->fts_accpath, st) && S_ISLNK(st->st_mode))
				return FTS_SLNONE;
			p->fts_errno = err;
			memset(st, 0, sizeof *st);
			return FTS_NS;
		}
	} else if (lstat(p->fts_accpath, st)) {
		p->fts_errno = errno;
		memset(st, 0, sizeof *st);
		return FTS_NS;
	}
	p->fts_dev = st->st_dev;
	p->fts_ino = st->st_ino;
	p->fts_nlink = st->st_nlink;
	if (S_ISDIR(st->st_mode)) {
		if (p->fts_level > FTS_ROOTLEVEL && is_dot(p->fts_name))
			return FTS_DOT;
		for (FTSENT *a = p->fts_parent; a && a->fts_level >= FTS_ROOTLEVEL; a = a->fts_parent)
			if (a->fts_dev == p->fts_dev && a->fts_ino == p->fts_ino) {
				p->fts_cycle = a;
				return FTS_DC;
			}
		return FTS_D;
	}
	if (S_ISLNK(st->st_mode))
		return FTS_SL;
	if (S_ISREG(st->st_mode))
		return FTS_F;
	return FTS_DEFAULT;
}

static mode_t type_mode(unsigned char type)
{
	switch (type) {
	case DT_REG: return S_IFREG;
	case DT_LNK: return S_IFLNK;
	case DT_CHR: return S_IFCHR;
	case DT_BLK: return S_IFBLK;
	case DT_FIFO: return S_IFIFO;
	default: return 0;
	}
}

/* One child of dir: stat'ed unless nameonly, or FTS_NOSTAT and the
   directory entry already says it is no directory (nor a link a logical
   walk would follow). */
static FTSENT *child(struct fts *sp, FTSENT *dir, const char *name, unsigned char type,
                     int nameonly)
{
	FTSENT *p = __fts_new(dir, name, strlen(name));
	if (!p)
		return 0;
	p->fts_parent = dir;
	p->fts_level = dir->fts_level + 1;
	int o = sp->pub.fts_options;
	if (nameonly) {
		p->fts_info = FTS_NSOK;
	} else if (o & FTS_NOSTAT && type != DT_UNKNOWN && type != DT_DIR &&
	           !(o & FTS_LOGICAL && type == DT_LNK)) {
		p->fts_info = FTS_NSOK;
		p->fts_statp->st_mode = type_mode(type);
	} else {
		p->fts_info = __fts_stat(sp, p, __fts_follows(sp, p));
	}
	return p;
}

/* Reads dir's children into its node, sorted by the stream's compar,
   "." and ".." first under FTS_SEEDOT (whatever the host's readdir
   reports of them). A directory that cannot be opened becomes FTS_DNR
   with no children. Returns -1 (errno set) only when out of memory. */
int __fts_build(struct fts *sp, FTSENT *dir, int nameonly)
{
	struct fts_node *n = fts_node_of(dir);
	FTSENT *head = 0, **tail = &head;
	__fts_free_kids(dir);
	DIR *d = opendir(dir->fts_accpath);
	if (!d) {
		dir->fts_info = FTS_DNR;
		dir->fts_errno = errno;
		return 0;
	}
	if (sp->pub.fts_options & FTS_SEEDOT) {
		static const char dots[2][3] = { ".", ".." };
		for (int i = 0; i < 2; i++) {
			if (!(*tail = child(sp, dir, dots[i], DT_DIR, nameonly)))
				goto nomem;
			tail = &(*tail)->fts_link;
		}
	}
	struct dirent *de;
	for (errno = 0; (de = readdir(d)); errno = 0) {
		if (is_dot(de->d_name))
			continue;
		if (!(*tail = child(sp, dir, de->d_name, de->d_type, nameonly)))
			goto nomem;
		tail = &(*tail)->fts_link;
	}
	if (errno)
		dir->fts_errno = errno;
	closedir(d);
	n->kids = sp->pub.fts_compar ? __fts_sort(head, sp->pub.fts_compar) : head;
	return 0;
nomem:
	closedir(d);
	__fts_free_list(head);
	errno = ENOMEM;
	return -1;
}

/* A stable merge sort of the fts_link list. */
FTSENT *__fts_sort(FTSENT *list, int (*compar)(const FTSENT **, const FTSENT **))
{
	if (!list || !list->fts_link)
		return list;
	FTSENT *slow = list, *fast = list->fts_link;
	while (fast && fast->fts_link) {
		slow = slow->fts_link;
		fast = fast->fts_link->fts_link;
	}
	FTSENT *b = __fts_sort(slow->fts_link, compar);
	slow->fts_link = 0;
	FTSENT *a = __fts_sort(list, compar);
	FTSENT *head = 0, **tail = &head;
	while (a && b) {
		const FTSENT *x = a, *y = b;
		if (compar(&x, &y) <= 0) {
			*tail = a;
			a = a->fts_link;
		} else {
			*tail = b;
			b = b->fts_link;
		}
		tail = &(*tail)->fts_link;
	}
	*tail = a ? a : b;
	return head;
}

void __fts_free_list(FTSENT *p)
{
	while (p) {
		FTSENT *next = p->fts_link;
		__fts_free_kids(p);
		free(fts_node_of(p));
		p = next;
	}
}

void __fts_free_kids(FTSENT *p)
{
	struct fts_node *n = fts_node_of(p);
	__fts_free_list(n->kids);
	n->kids = 0;
}

/* The FTS and FTSENT layouts and the FTS_* numbers of the established WASI
   libc (its fts.h, from musl-fts), by number: Debian's 2022 wasi-libc that
   the ABI probes compare against has no fts.h. */
#include <fts.h>
#include <stddef.h>
#include "check.h"

int main(void)
{
	CHECK(sizeof(FTSENT) == 104 && _Alignof(FTSENT) == 8);
	CHECK(offsetof(FTSENT, fts_cycle) == 0);
	CHECK(offsetof(FTSENT, fts_parent) == 4);
	CHECK(offsetof(FTSENT, fts_link) == 8);
	CHECK(offsetof(FTSENT, fts_number) == 16 && sizeof(((FTSENT *)0)->fts_number) == 8);
	CHECK(offsetof(FTSENT, fts_pointer) == 24);
	CHECK(offsetof(FTSENT, fts_accpath) == 28);
	CHECK(offsetof(FTSENT, fts_path) == 32);
	CHECK(offsetof(FTSENT, fts_errno) == 36);
	CHECK(offsetof(FTSENT, fts_symfd) == 40);
	CHECK(offsetof(FTSENT, fts_pathlen) == 44 && sizeof(((FTSENT *)0)->fts_pathlen) == 4);
	CHECK(offsetof(FTSENT, fts_namelen) == 48 && sizeof(((FTSENT *)0)->fts_namelen) == 4);
	CHECK(offsetof(FTSENT, fts_ino) == 56);
	CHECK(offsetof(FTSENT, fts_dev) == 64);
	CHECK(offsetof(FTSENT, fts_nlink) == 72);
	CHECK(offsetof(FTSENT, fts_level) == 80 && sizeof(((FTSENT *)0)->fts_level) == 4);
	CHECK(offsetof(FTSENT, fts_info) == 84 && sizeof(((FTSENT *)0)->fts_info) == 2);
	CHECK(offsetof(FTSENT, fts_flags) == 86);
	CHECK(offsetof(FTSENT, fts_instr) == 88);
	CHECK(offsetof(FTSENT, fts_statp) == 92);
	CHECK(offsetof(FTSENT, fts_name) == 96);

	CHECK(sizeof(FTS) == 48 && _Alignof(FTS) == 8);
	CHECK(offsetof(FTS, fts_cur) == 0);
	CHECK(offsetof(FTS, fts_child) == 4);
	CHECK(offsetof(FTS, fts_array) == 8);
	CHECK(offsetof(FTS, fts_dev) == 16);
	CHECK(offsetof(FTS, fts_path) == 24);
	CHECK(offsetof(FTS, fts_rfd) == 28);
	CHECK(offsetof(FTS, fts_pathlen) == 32);
	CHECK(offsetof(FTS, fts_nitems) == 36);
	CHECK(offsetof(FTS, fts_compar) == 40);
	CHECK(offsetof(FTS, fts_options) == 44);

	CHECK(FTS_COMFOLLOW == 0x1 && FTS_LOGICAL == 0x2 && FTS_NOCHDIR == 0x4 &&
	      FTS_NOSTAT == 0x8 && FTS_PHYSICAL == 0x10 && FTS_SEEDOT == 0x20 &&
	      FTS_XDEV == 0x40 && FTS_WHITEOUT == 0x80 && FTS_OPTIONMASK == 0xff &&
	      FTS_NAMEONLY == 0x100 && FTS_STOP == 0x200);
	CHECK(FTS_ROOTPARENTLEVEL == -1 && FTS_ROOTLEVEL == 0);
	CHECK(FTS_D == 1 && FTS_DC == 2 && FTS_DEFAULT == 3 && FTS_DNR == 4 && FTS_DOT == 5 &&
	      FTS_DP == 6 && FTS_ERR == 7 && FTS_F == 8 && FTS_INIT == 9 && FTS_NS == 10 &&
	      FTS_NSOK == 11 && FTS_SL == 12 && FTS_SLNONE == 13 && FTS_W == 14);
	CHECK(FTS_DONTCHDIR == 1 && FTS_SYMFOLLOW == 2 && FTS_ISW == 4);
	CHECK(FTS_AGAIN == 1 && FTS_FOLLOW == 2 && FTS_NOINSTR == 3 && FTS_SKIP == 4);
	return check_result();
}

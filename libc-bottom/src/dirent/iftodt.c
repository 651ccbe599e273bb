#include <dirent.h>
#include <sys/stat.h>

/* IFTODT: the d_type for the file-type bits of st_mode. A FIFO has no
   WASI type of its own; it shares DT_FIFO with stream sockets. */
int __wasilibc_iftodt(int mode)
{
	switch (mode & S_IFMT) {
	case S_IFBLK: return DT_BLK;
	case S_IFCHR: return DT_CHR;
	case S_IFDIR: return DT_DIR;
	case S_IFREG: return DT_REG;
	case S_IFLNK: return DT_LNK;
	case S_IFIFO:
	case S_IFSOCK: return DT_FIFO;
	default: return DT_UNKNOWN;
	}
}

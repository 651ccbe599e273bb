#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

/* Every file belongs to user 0, group 0, which is also who the program
   runs as (getuid): changing the owner to those ids, or to -1 (no
   change), succeeds; any other owner cannot be recorded, and POSIX's
   EPERM ("not privileged to change the owner") says so. */
int fchownat(int dirfd, const char *path, uid_t uid, gid_t gid, int flag)
{
	struct stat st;
	if (flag & ~AT_SYMLINK_NOFOLLOW) {
		errno = EINVAL;
		return -1;
	}
	if (fstatat(dirfd, path, &st, flag) < 0)
		return -1;
	if ((uid != (uid_t)-1 && uid != st.st_uid) || (gid != (gid_t)-1 && gid != st.st_gid)) {
		errno = EPERM;
		return -1;
	}
	return 0;
}

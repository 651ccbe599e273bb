#include <dirent.h>
#include <errno.h>
#include <string.h>

/* `entry` must have room for a name of NAME_MAX bytes, as struct dirent
   has. */
int readdir_r(DIR *restrict d, struct dirent *restrict entry, struct dirent **restrict result)
{
	int saved = errno;
	errno = 0;
	struct dirent *e = readdir(d);
	int err = errno;
	errno = saved;
	if (!e) {
		*result = 0;
		return err;
	}
	entry->d_ino = e->d_ino;
	entry->d_type = e->d_type;
	strcpy(entry->d_name, e->d_name);
	*result = entry;
	return 0;
}

#include <string.h>
#include <unistd.h>
#include "path.h"

char *get_current_dir_name(void)
{
	return strdup(__cwd ? __cwd : "/");
}

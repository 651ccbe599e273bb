#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <semaphore.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "pthread_impl.h"

/* The name without its leading slashes; it must then be a single path
   component, as on Linux. */
static const char *sem_key(const char *name)
{
	while (*name == '/')
		name++;
	if (!*name || strchr(name, '/') || !strcmp(name, ".") || !strcmp(name, "..")) {
		errno = EINVAL;
		return 0;
	}
	if (strlen(name) > NAME_MAX) {
		errno = ENAMETOOLONG;
		return 0;
	}
	return name;
}

/* Named semaphores live in this process only (WASI has no memory shared
   between processes): opening a name again returns the same semaphore
   until it is unlinked, as POSIX requires. */
sem_t *sem_open(const char *name, int oflag, ...)
{
	const char *key = sem_key(name);
	if (!key)
		return SEM_FAILED;
	__mutex_timedlock(&__named_sems_lock, 0);
	struct __named_sem *e = __named_sem_find(key);
	sem_t *s = SEM_FAILED;
	if (e) {
		if ((oflag & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL)) {
			errno = EEXIST;
		} else {
			e->refs++;
			s = &e->sem;
		}
	} else if (!(oflag & O_CREAT)) {
		errno = ENOENT;
	} else {
		va_list ap;
		va_start(ap, oflag);
		va_arg(ap, mode_t);
		unsigned value = va_arg(ap, unsigned);
		va_end(ap);
		size_t len = strlen(key);
		if (value > SEM_VALUE_MAX) {
			errno = EINVAL;
		} else if ((e = malloc(sizeof *e + len + 1))) {
			sem_init(&e->sem, 0, value);
			e->refs = 1;
			e->unlinked = 0;
			memcpy(e->name, key, len + 1);
			e->next = __named_sems;
			__named_sems = e;
			s = &e->sem;
		}
	}
	__mutex_unlock(&__named_sems_lock);
	return s;
}

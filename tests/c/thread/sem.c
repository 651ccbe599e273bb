/* Semaphores with one thread: a wait on 0 can never be posted, so it is
   EDEADLK, or ETIMEDOUT at its deadline; named semaphores live in the
   process. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <semaphore.h>
#include "check.h"
#include "timing.h"

int main(void)
{
	sem_t s;
	int v;
	errno = 0;
	CHECK(sem_init(&s, 0, (unsigned)SEM_VALUE_MAX + 1) == -1 && errno == EINVAL);
	CHECK(sem_init(&s, 0, 2) == 0);
	CHECK(sem_getvalue(&s, &v) == 0 && v == 2);
	CHECK(sem_wait(&s) == 0);
	CHECK(sem_trywait(&s) == 0);
	CHECK(sem_getvalue(&s, &v) == 0 && v == 0);
	errno = 0;
	CHECK(sem_trywait(&s) == -1 && errno == EAGAIN);
	errno = 0;
	CHECK(sem_wait(&s) == -1 && errno == EDEADLK);
	struct timespec deadline = after_ms(CLOCK_REALTIME, 30);
	errno = 0;
	CHECK(sem_timedwait(&s, &deadline) == -1 && errno == ETIMEDOUT);
	CHECK(reached(CLOCK_REALTIME, deadline));
	struct timespec bad = { 0, 1000000000L };
	errno = 0;
	CHECK(sem_timedwait(&s, &bad) == -1 && errno == EINVAL);
	CHECK(sem_post(&s) == 0);
	/* With a count, a bad deadline does not matter. */
	CHECK(sem_timedwait(&s, &bad) == 0);
	CHECK(sem_post(&s) == 0);
	CHECK(sem_post(&s) == 0);
	CHECK(sem_getvalue(&s, &v) == 0 && v == 2);
	CHECK(sem_destroy(&s) == 0);

	/* The largest value, and the post beyond it. */
	CHECK(sem_init(&s, 1, SEM_VALUE_MAX) == 0);
	errno = 0;
	CHECK(sem_post(&s) == -1 && errno == EOVERFLOW);
	CHECK(sem_getvalue(&s, &v) == 0 && v == SEM_VALUE_MAX);
	CHECK(sem_destroy(&s) == 0);

	/* Named semaphores. */
	errno = 0;
	CHECK(sem_open("/missing", 0) == SEM_FAILED && errno == ENOENT);
	errno = 0;
	CHECK(sem_open("/a/b", O_CREAT, 0600, 1) == SEM_FAILED && errno == EINVAL);
	errno = 0;
	CHECK(sem_open("/", O_CREAT, 0600, 1) == SEM_FAILED && errno == EINVAL);
	errno = 0;
	CHECK(sem_open("/big", O_CREAT, 0600, (unsigned)SEM_VALUE_MAX + 1) == SEM_FAILED && errno == EINVAL);
	char longname[NAME_MAX + 3];
	longname[0] = '/';
	memset(longname + 1, 'x', NAME_MAX + 1);
	longname[NAME_MAX + 2] = 0;
	errno = 0;
	CHECK(sem_open(longname, O_CREAT, 0600, 1) == SEM_FAILED && errno == ENAMETOOLONG);

	sem_t *n = sem_open("/one", O_CREAT | O_EXCL, 0600, 1);
	CHECK(n != SEM_FAILED);
	errno = 0;
	CHECK(sem_open("/one", O_CREAT | O_EXCL, 0600, 1) == SEM_FAILED && errno == EEXIST);
	/* The same name is the same semaphore; the value given is ignored. */
	sem_t *again = sem_open("/one", O_CREAT, 0600, 5);
	CHECK(again == n);
	CHECK(sem_open("/one", 0) == n);
	CHECK(sem_wait(n) == 0);
	CHECK(sem_getvalue(again, &v) == 0 && v == 0);
	CHECK(sem_post(again) == 0);

	/* Unlinking removes the name; the semaphore lives while open. */
	CHECK(sem_unlink("/one") == 0);
	errno = 0;
	CHECK(sem_unlink("/one") == -1 && errno == ENOENT);
	errno = 0;
	CHECK(sem_open("/one", 0) == SEM_FAILED && errno == ENOENT);
	sem_t *fresh = sem_open("/one", O_CREAT | O_EXCL, 0600, 3);
	CHECK(fresh != SEM_FAILED && fresh != n);
	CHECK(sem_getvalue(fresh, &v) == 0 && v == 3);
	CHECK(sem_getvalue(n, &v) == 0 && v == 1);
	CHECK(sem_close(n) == 0);
	CHECK(sem_close(n) == 0);
	CHECK(sem_close(n) == 0);
	errno = 0;
	CHECK(sem_close(&s) == -1 && errno == EINVAL);

	/* Closed but not unlinked: it persists, value and all. */
	CHECK(sem_wait(fresh) == 0);
	CHECK(sem_close(fresh) == 0);
	errno = 0;
	CHECK(sem_close(fresh) == -1 && errno == EINVAL);
	sem_t *back = sem_open("one", 0);
	CHECK(back != SEM_FAILED);
	CHECK(sem_getvalue(back, &v) == 0 && v == 2);
	CHECK(sem_close(back) == 0);
	CHECK(sem_unlink("/one") == 0);
	errno = 0;
	CHECK(sem_open("/one", 0) == SEM_FAILED && errno == ENOENT);
	return check_result();
}

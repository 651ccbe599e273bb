#ifndef _SEMAPHORE_H
#define _SEMAPHORE_H

#include <features.h>

/* POSIX allows <semaphore.h> to expose <fcntl.h> and <time.h>; sem_open's
   callers need O_CREAT and O_EXCL. */
#include <fcntl.h>
#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The size and alignment of the established wasm32 WASI ABI; the members
   are private. */
typedef struct {
	int __value;
	int __waiters;
	int __reserved[2];
} sem_t;

#define SEM_FAILED ((sem_t *)0)

int sem_init(sem_t *, int, unsigned);
int sem_destroy(sem_t *);
int sem_post(sem_t *);
int sem_wait(sem_t *);
int sem_trywait(sem_t *);
int sem_timedwait(sem_t *__restrict, const struct timespec *__restrict);
int sem_getvalue(sem_t *__restrict, int *__restrict);

sem_t *sem_open(const char *, int, ...);
int sem_close(sem_t *);
int sem_unlink(const char *);

#ifdef __cplusplus
}
#endif

#endif

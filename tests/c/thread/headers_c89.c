//! cflags: -std=c89 -pedantic -Wall -Wextra -Werror -Wno-comment -Wno-long-long
/* The three headers in C89 with every feature on, the static initialisers
   used as C89 code uses them, without a warning. */
#define _GNU_SOURCE
#define _WASI_EMULATED_SIGNAL
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <threads.h>
#include "check.h"

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static once_flag flag = ONCE_FLAG_INIT;
static int runs;

static void count(void)
{
	runs++;
}

static void cleanup(void *p)
{
	*(int *)p = 1;
}

int main(void)
{
	int cleaned = 0;
	sem_t s;
	CHECK(pthread_mutex_lock(&m) == 0);
	CHECK(pthread_cond_signal(&c) == 0);
	CHECK(pthread_cond_wait(&c, &m) == EDEADLK);
	CHECK(pthread_mutex_unlock(&m) == 0);
	CHECK(pthread_rwlock_rdlock(&rw) == 0);
	CHECK(pthread_rwlock_unlock(&rw) == 0);
	CHECK(pthread_once(&once, count) == 0);
	call_once(&flag, count);
	CHECK(runs == 2);
	pthread_cleanup_push(cleanup, &cleaned);
	pthread_cleanup_pop(1);
	CHECK(cleaned == 1);
	CHECK(sem_init(&s, 0, 1) == 0 && sem_trywait(&s) == 0);
	CHECK(pthread_equal(pthread_self(), thrd_current()));
	return check_result();
}

/* The private side of <pthread.h>, <threads.h> and <semaphore.h>.

   The thread functions are written in two layers. The files of
   src/thread/ hold the logic any number of threads would need: lock words
   changed by atomic operations, owners, counts, attributes, keys. Below
   them is a small machine interface, the __thread_* functions declared at
   the end of this file: who the caller is, whether a thread exists, how to
   sleep on a word until another thread changes it, how to wake the
   sleepers, how to start and end a thread. src/thread/single/ implements
   it for a process that has exactly one thread, which is what
   wasm32-wasip1 provides; a threaded target replaces that folder and
   nothing else. (Without the atomics feature the compiler turns the
   __atomic builtins below into plain loads and stores.) */
#ifndef _INTERNAL_PTHREAD_IMPL_H
#define _INTERNAL_PTHREAD_IMPL_H

#include <limits.h>
#include <pthread.h>
#include <semaphore.h>
#include <time.h>
#include "libc.h"

/* The thread descriptor, what a pthread_t points to. */
struct __pthread {
	/* Nonzero and below MUTEX_WAITERS: a held lock's word holds it. */
	int tid;
	int detached;
	int cancel_disabled;
	int cancel_async;
	int cancel_pending;
	int policy;
	int priority;
	/* The innermost pthread_cleanup_push record. */
	struct __ptcb *cleanup;
	/* The stack, lowest and one past the highest address. */
	void *stack_low;
	void *stack_high;
	/* The thread's value for each key, valid while gen equals the key's. */
	struct {
		unsigned gen;
		void *value;
	} tsd[PTHREAD_KEYS_MAX];
};

static inline int a_load(const int *p)
{
	return __atomic_load_n(p, __ATOMIC_SEQ_CST);
}

static inline void a_store(int *p, int v)
{
	__atomic_store_n(p, v, __ATOMIC_SEQ_CST);
}

/* Replaces *p by v if it holds old; returns what *p held. */
static inline int a_cas(int *p, int old, int v)
{
	__atomic_compare_exchange_n(p, &old, v, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
	return old;
}

static inline int a_swap(int *p, int v)
{
	return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST);
}

static inline int a_fetch_add(int *p, int v)
{
	return __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST);
}

/* Scheduling priorities: SCHED_OTHER has only 0; SCHED_FIFO and SCHED_RR
   have 1 to 99, as on Linux, so that ported code passes the values it
   passes there. Nothing schedules by them: they are stored and reported. */
#define PRIO_MIN 1
#define PRIO_MAX 99

static inline int prio_valid(int policy, int prio)
{
	if (policy == SCHED_OTHER)
		return prio == 0;
	return (policy == SCHED_FIFO || policy == SCHED_RR) && prio >= PRIO_MIN && prio <= PRIO_MAX;
}

/* What pthread_attr_init gives, and pthread_create would give a thread. */
#define DEFAULT_STACK_SIZE 131072

/* A mutex attribute word, copied into the mutex at init: the type in the
   low bits, then the robustness, the protocol, the sharing, and the
   priority ceiling as an offset from PRIO_MIN, so that an all-zero mutex
   is a normal, stalled, unshared one whose ceiling is PRIO_MIN. */
#define MUTEX_TYPE 3u
#define MUTEX_ROBUST 4u
#define MUTEX_PROTOCOL_SHIFT 3
#define MUTEX_PROTOCOL (3u << MUTEX_PROTOCOL_SHIFT)
#define MUTEX_PSHARED 32u
#define MUTEX_CEILING_SHIFT 8
#define MUTEX_CEILING (0xffu << MUTEX_CEILING_SHIFT)

/* A mutex's lock word is 0 when free, else the owner's tid, with this bit
   set once another thread may be asleep on it. */
#define MUTEX_WAITERS 0x40000000

/* POSIX: with PTHREAD_PRIO_PROTECT, a thread whose priority is above the
   mutex's ceiling may not lock it. */
static inline int mutex_above_ceiling(const struct __mutex *m, const struct __pthread *self)
{
	unsigned a = m->__attr;
	return (a & MUTEX_PROTOCOL) == (unsigned)PTHREAD_PRIO_PROTECT << MUTEX_PROTOCOL_SHIFT
	    && self->priority > PRIO_MIN + (int)((a & MUTEX_CEILING) >> MUTEX_CEILING_SHIFT);
}

/* Condition variable attribute word (also kept in the variable). */
#define COND_PSHARED 1u
#define COND_MONOTONIC 2u

/* A read-write lock's state: 0 free, n > 0 held by n read locks, or
   RWLOCK_WRITE. */
#define RWLOCK_WRITE (-1)
#define RWLOCK_MAX_READERS INT_MAX

/* The keys: a key is in use while its generation is odd. Deleting a key
   bumps the generation, which invalidates every thread's value for it at
   once. */
struct __key {
	unsigned gen;
	void (*dtor)(void *);
};
extern hidden struct __key __keys[PTHREAD_KEYS_MAX];
extern hidden struct __mutex __keys_lock;

/* Runs the calling thread's key destructors, PTHREAD_DESTRUCTOR_ITERATIONS
   rounds at most. */
hidden void __tsd_run_destructors(void);

/* EINVAL for a deadline whose nanoseconds are out of range, else
   __thread_wait. */
hidden int __timedwait(int *, int, clockid_t, const struct timespec *);

/* Acts on a pending cancellation request if cancellation is enabled. */
hidden void __testcancel(void);

hidden int __mutex_trylock(struct __mutex *);
hidden int __mutex_timedlock(struct __mutex *, const struct timespec *);
hidden int __mutex_unlock(struct __mutex *);

hidden int __cond_timedwait(struct __cond *, struct __mutex *, const struct timespec *);
hidden void __cond_wake(struct __cond *, int);

hidden int __rwlock_rdlock(pthread_rwlock_t *, const struct timespec *);
hidden int __rwlock_wrlock(pthread_rwlock_t *, const struct timespec *);

hidden int __sem_timedwait(sem_t *, const struct timespec *);

/* A named semaphore, in the list of them that sem_open searches; entries
   change only under the lock. */
struct __named_sem {
	sem_t sem;
	struct __named_sem *next;
	/* Opens not yet closed. */
	int refs;
	/* The name is gone; the entry stays while it is open. */
	int unlinked;
	char name[];
};
extern hidden struct __named_sem *__named_sems;
extern hidden struct __mutex __named_sems_lock;
hidden struct __named_sem *__named_sem_find(const char *);
hidden void __named_sem_free(struct __named_sem *);

/* The level pthread_setconcurrency set. */
extern hidden int __concurrency;

/* The bodies that <threads.h> shares; the pthread names are weak aliases
   of these, so that a C11 program may use the pthread names itself. */
hidden _Noreturn void __pthread_exit(void *);
hidden int __pthread_detach(pthread_t);
hidden int __pthread_join(pthread_t, void **);
hidden int __pthread_once(pthread_once_t *, void (*)(void));
hidden int __pthread_key_create(pthread_key_t *, void (*)(void *));
hidden int __pthread_key_delete(pthread_key_t);
hidden void *__pthread_getspecific(pthread_key_t);
hidden int __pthread_setspecific(pthread_key_t, const void *);

/* The machine interface, implemented in src/thread/single/. */

/* The calling thread. */
hidden struct __pthread *__thread_self(void);

/* Whether t is a thread of this process that has not been joined. */
hidden int __thread_valid(pthread_t);

/* Sleeps while *word holds expected, until another thread changes it and
   calls __thread_wake, or until the absolute time abs (if not null) on
   clock clk. Returns 0 (woken, or *word differed), ETIMEDOUT, or EDEADLK
   when no other thread exists that could ever wake the caller. */
hidden int __thread_wait(int *word, int expected, clockid_t clk, const struct timespec *abs);

/* Wakes up to count threads sleeping on word. */
hidden void __thread_wake(int *word, int count);

/* Starts a thread, or returns the error pthread_create reports. */
hidden int __thread_start(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);

/* Waits (until abs if not null) for the end of t, which is not the calling
   thread, and stores its result. */
hidden int __thread_join(pthread_t t, void **result, const struct timespec *abs);

/* Ends the calling thread with the given result, after its cleanup
   handlers and key destructors have run; the end of the last thread ends
   the process with exit(0). */
hidden _Noreturn void __thread_end(void *result);

#endif

//! cflags: -Wall -Wextra -Werror
// The three headers in C++: the initialisers in constant expressions,
// pthread_t and thrd_t as unsigned long (the established C++ ABI, which
// decides how C++ functions taking them are mangled), and the functions
// reached through extern "C".
#include <cerrno>
#include <cstdio>
#include <pthread.h>
#include <semaphore.h>
#include <threads.h>
#include <type_traits>

static_assert(std::is_same<pthread_t, unsigned long>::value, "pthread_t");
static_assert(std::is_same<thrd_t, unsigned long>::value, "thrd_t");

constexpr pthread_mutex_t constant_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static once_flag flag = ONCE_FLAG_INIT;
static thread_local int runs;
static int failures;

static void check(bool ok, const char *what)
{
	if (!ok) {
		std::printf("check failed: %s\n", what);
		failures++;
	}
}

static void count()
{
	runs++;
}

int main()
{
	check(constant_mutex.__m.__lock == 0, "constant initialiser");
	check(pthread_mutex_lock(&m) == 0, "lock");
	check(pthread_mutex_lock(&m) == EDEADLK, "relock");
	check(pthread_cond_wait(&c, &m) == EDEADLK, "cond_wait");
	check(pthread_mutex_unlock(&m) == 0, "unlock");
	check(pthread_rwlock_wrlock(&rw) == 0 && pthread_rwlock_unlock(&rw) == 0, "rwlock");
	check(pthread_once(&once, count) == 0, "once");
	call_once(&flag, count);
	check(runs == 2, "once routines");
	check(pthread_equal(pthread_self(), thrd_current()), "self");
	int cleaned = 0;
	pthread_cleanup_push([](void *p) { *static_cast<int *>(p) = 1; }, &cleaned);
	pthread_cleanup_pop(1);
	check(cleaned == 1, "cleanup");
	sem_t s;
	check(sem_init(&s, 0, 0) == 0 && sem_trywait(&s) == -1 && errno == EAGAIN, "sem");
	return failures ? 1 : 0;
}

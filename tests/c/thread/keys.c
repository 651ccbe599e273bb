/* Thread-specific data: values per key, key reuse, the key limit, and the
   C11 tss interface over the same keys. */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <threads.h>
#include "check.h"

static int dtor_calls;

static void dtor(void *p)
{
	dtor_calls++;
}

int main(void)
{
	pthread_key_t k1, k2;
	int a, b;
	CHECK(pthread_key_create(&k1, dtor) == 0);
	CHECK(pthread_key_create(&k2, 0) == 0);
	CHECK(k1 != k2);
	CHECK(pthread_getspecific(k1) == 0);
	CHECK(pthread_setspecific(k1, &a) == 0);
	CHECK(pthread_setspecific(k2, &b) == 0);
	CHECK(pthread_getspecific(k1) == &a);
	CHECK(pthread_getspecific(k2) == &b);

	/* Deleting runs no destructor; the value is gone, the key invalid. */
	CHECK(pthread_key_delete(k1) == 0);
	CHECK(dtor_calls == 0);
	CHECK(pthread_key_delete(k1) == EINVAL);
	CHECK(pthread_setspecific(k1, &a) == EINVAL);
	CHECK(pthread_getspecific(k1) == 0);

	/* A new key in the same slot starts with NULL (POSIX). */
	pthread_key_t k3;
	CHECK(pthread_key_create(&k3, dtor) == 0);
	CHECK(k3 == k1);
	CHECK(pthread_getspecific(k3) == 0);
	CHECK(pthread_key_delete(k3) == 0);

	/* PTHREAD_KEYS_MAX keys in all, then EAGAIN. */
	static pthread_key_t keys[PTHREAD_KEYS_MAX];
	int n = 0;
	while (n < PTHREAD_KEYS_MAX && pthread_key_create(&keys[n], 0) == 0)
		n++;
	CHECK(n == PTHREAD_KEYS_MAX - 1);
	pthread_key_t extra;
	CHECK(pthread_key_create(&extra, 0) == EAGAIN);
	for (int i = 0; i < n; i++)
		CHECK(pthread_key_delete(keys[i]) == 0);
	CHECK(pthread_getspecific(k2) == &b);
	CHECK(pthread_key_delete(k2) == 0);
	CHECK(pthread_key_delete(PTHREAD_KEYS_MAX) == EINVAL);
	CHECK(pthread_setspecific(PTHREAD_KEYS_MAX + 5, &a) == EINVAL);

	/* tss keys are the same keys. */
	tss_t t;
	CHECK(TSS_DTOR_ITERATIONS == PTHREAD_DESTRUCTOR_ITERATIONS);
	CHECK(tss_create(&t, dtor) == thrd_success);
	CHECK(tss_get(t) == 0);
	CHECK(tss_set(t, &a) == thrd_success);
	CHECK(tss_get(t) == &a);
	CHECK(pthread_getspecific(t) == &a);
	tss_delete(t);
	CHECK(tss_get(t) == 0);
	CHECK(tss_set(t, &a) == thrd_error);
	CHECK(dtor_calls == 0);
	return check_result();
}

#include <stdlib.h>
#include "libc.h"

/* C17 requires room for at least 32 handlers; beyond a static block of that
   size, more blocks come from malloc, so any number can be registered while
   memory lasts. */
#define PER_BLOCK 32

struct block {
	struct block *next;
	void (*fn[PER_BLOCK])(void *);
	void *arg[PER_BLOCK];
};

static struct block first, *head;
static int used;

hidden void __funcs_on_exit(void)
{
	while (head) {
		while (used > 0) {
			used--;
			void (*fn)(void *) = head->fn[used];
			void *arg = head->arg[used];
			fn(arg);
		}
		head = head->next;
		used = PER_BLOCK;
	}
}

/* Registers fn(arg); shared by atexit and __cxa_atexit. */
hidden int __register_exit(void (*fn)(void *), void *arg)
{
	if (!head)
		head = &first;
	if (used == PER_BLOCK) {
		struct block *b = calloc(1, sizeof *b);
		if (!b)
			return -1;
		b->next = head;
		head = b;
		used = 0;
	}
	head->fn[used] = fn;
	head->arg[used] = arg;
	used++;
	return 0;
}

static void call_plain(void *fn)
{
	((void (*)(void))fn)();
}

int atexit(void (*fn)(void))
{
	return __register_exit(call_plain, (void *)fn);
}

/* The C++ ABI's registration of static destructors; dso is unused since a
   WASI module is one static image. */
int __cxa_atexit(void (*fn)(void *), void *arg, void *dso)
{
	return __register_exit(fn, arg);
}

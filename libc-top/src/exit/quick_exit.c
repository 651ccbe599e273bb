#include <stdlib.h>

#define MAX_QUICK 32

static void (*handlers[MAX_QUICK])(void);
static int count;

/* C17 7.22.4.3: at least 32 registrations are supported. */
int at_quick_exit(void (*fn)(void))
{
	if (count == MAX_QUICK)
		return -1;
	handlers[count++] = fn;
	return 0;
}

/* C17 7.22.4.7: runs the at_quick_exit handlers, newest first, then _Exit
   without flushing streams. */
_Noreturn void quick_exit(int status)
{
	while (count > 0)
		handlers[--count]();
	_Exit(status);
}

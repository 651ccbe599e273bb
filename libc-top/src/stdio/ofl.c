#include "stdio_impl.h"

/* The streams that fopen and its relatives created and fclose has not
   yet closed, newest first. */
static FILE *head;

hidden const char __stdio_exit_needed = 0;

extern FILE __stdin_FILE weak, __stdout_FILE weak, __stderr_FILE weak;

FILE *__ofl_add(FILE *f)
{
	f->prev = 0;
	f->next = head;
	if (head)
		head->prev = f;
	head = f;
	return f;
}

void __ofl_del(FILE *f)
{
	if (f->prev)
		f->prev->next = f->next;
	else if (head == f)
		head = f->next;
	if (f->next)
		f->next->prev = f->prev;
	f->prev = f->next = 0;
}

int __stdio_each(int (*fn)(FILE *))
{
	FILE *std[] = { &__stdin_FILE, &__stdout_FILE, &__stderr_FILE };
	int r = 0;
	size_t i;
	FILE *f;

	/* A standard stream the program never mentioned is not linked in,
	   and its weak reference is null. */
	for (i = 0; i < sizeof std / sizeof *std; i++)
		if (std[i])
			r |= fn(std[i]);
	for (f = head; f; f = f->next)
		r |= fn(f);
	return r;
}

/* C11 7.22.4.4p4: exit flushes every stream with unwritten data; POSIX
   also hands the position of a seekable input stream back to its file
   descriptor. fflush does exactly both. */
void __stdio_exit(void)
{
	__stdio_each(__fflush_stream);
}

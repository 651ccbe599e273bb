/* The buffer behind a pipe and each direction of a socket pair: bytes
   written by one end, read by the other, inside the process. */
#ifndef _INTERNAL_PIPE_IMPL_H
#define _INTERNAL_PIPE_IMPL_H

#include <sys/types.h>
#include "libc.h"

struct iovec;

struct __pipe {
	unsigned char *buf;
	size_t start, len, size;
	int readers, writers;
};

/* A pipe with one reader and one writer, or 0 with errno ENOMEM. */
hidden struct __pipe *__pipe_new(void);

/* Reads what is there; nothing with the writers gone is the end (0). An
   empty pipe with a writer left would make a reader wait forever in a
   program with one thread: EAGAIN when not waiting is asked for, EDEADLK
   otherwise. With `peek` the bytes stay. */
hidden ssize_t __pipe_read(struct __pipe *, const struct iovec *, int, int nonblock, int peek);

/* Appends everything: the buffer grows, so a writer never waits. EPIPE
   when no reader is left. */
hidden ssize_t __pipe_write(struct __pipe *, const struct iovec *, int, int nonblock);

/* One reader or writer fewer; the last one frees the pipe. */
hidden void __pipe_drop(struct __pipe *, int reader);

#endif

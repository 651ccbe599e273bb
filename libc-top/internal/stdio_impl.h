/* The private structure of FILE and the helpers the stdio functions share.

   A stream is a buffer plus four operations on the object behind it (read,
   write, seek, close). fopen, fdopen, fmemopen, open_memstream, fopencookie,
   the string streams of snprintf and strtod, and the standard streams differ
   only in those operations and in where their buffer lives; everything else
   (buffering, ungetc, positioning, formatting) is written once against this
   structure. */
#ifndef _INTERNAL_STDIO_IMPL_H
#define _INTERNAL_STDIO_IMPL_H

#define __NEED_mbstate_t
#define __NEED_wchar_t
#define __NEED_wint_t
#include <stdio.h>
#include <bits/alltypes.h>
#include "libc.h"

/* Bytes of pushback room kept in front of every buffer, so that ungetc can
   always step the read position back over at least this many bytes. */
#define UNGET 8

/* Size of the buffers stdio allocates itself. */
#define STDIO_BUFSIZ 4096

/* Stream state bits (FILE.flags). */
#define F_NORD 0x01  /* not opened for reading */
#define F_NOWR 0x02  /* not opened for writing */
#define F_EOF  0x04  /* end-of-file indicator */
#define F_ERR  0x08  /* error indicator */
#define F_APP  0x10  /* append mode: every write goes to the end */
#define F_FREE 0x20  /* the FILE (and its buffer) came from malloc */
#define F_NOBUF 0x40 /* unbuffered: output is written at once */
#define F_UBUF 0x80  /* the buffer belongs to the user (setvbuf) */

struct _IO_FILE {
	unsigned flags;

	/* In read mode, rpos..rend are bytes read ahead and not yet consumed;
	   otherwise both are null. */
	unsigned char *rpos, *rend;

	/* In write mode, wbase..wpos are bytes not yet written out and wend is
	   the end of the room; otherwise all three are null. An unbuffered
	   stream has wend == wbase, so every byte takes the slow path. */
	unsigned char *wbase, *wpos, *wend;

	/* The byte that flushes a line-buffered stream, or EOF. */
	int lbf;

	/* The buffer; UNGET bytes of pushback room precede it. */
	unsigned char *buf;
	size_t buf_size;

	/* The object behind the stream.
	   read: reads up to n bytes into p; returns the count, 0 at end of file
	     or on error (after setting F_EOF or F_ERR).
	   write: writes the n bytes at p; returns how many were written, fewer
	     than n only on error (after setting F_ERR). It is also called
	     with n == 0 when the stream enters write mode, before anything
	     is buffered (stdout decides there how to buffer).
	   seek: moves the object's position as lseek does; returns it or -1.
	   close: releases the object; returns 0 or EOF. */
	size_t (*read)(FILE *, unsigned char *, size_t);
	size_t (*write)(FILE *, const unsigned char *, size_t);
	off_t (*seek)(FILE *, off_t, int);
	int (*close)(FILE *);
	int fd;
	void *cookie;

	/* Open streams, for fflush(NULL) and exit (the standard streams are
	   found separately and are never on this list). */
	FILE *prev, *next;

	/* Orientation (C11 7.21.2): negative byte, positive wide, 0 not yet. */
	int orient;
	/* Depth of flockfile. */
	int locks;
	/* Conversion state of a wide-oriented stream. */
	mbstate_t mbs;

	/* scanf's bounded reading: shgetc stops at shend, which is never past
	   rend; shlim is the field's length (0: unbounded); shcnt counts the
	   bytes consumed before shstart, the start of counting in the current
	   buffer window. */
	unsigned char *shend, *shstart;
	off_t shlim, shcnt;

	/* fgetln's line, and a one-byte buffer (with pushback room) for
	   unbuffered streams. */
	char *getln_buf;
	size_t getln_size;
	unsigned char small_buf[UNGET + 1];
};

/* Locking. wasm32-wasip1 has no threads, so a stream is never contended:
   these are where a threaded build would take and release the lock. */
#define FLOCK(f) ((void)(f))
#define FUNLOCK(f) ((void)(f))

/* The fast paths of getc and putc. */
#define getc_fast(f) \
	((f)->rpos != (f)->rend ? *(f)->rpos++ : __uflow(f))
#define putc_fast(c, f) \
	(((unsigned char)(c) != (f)->lbf && (f)->wpos != (f)->wend) \
	 ? (*(f)->wpos++ = (unsigned char)(c)) \
	 : __overflow((f), (unsigned char)(c)))

/* Mode switches: enter read or write mode, flushing or discarding the other
   direction's buffer. 0 on success, EOF if the stream cannot do it. */
hidden int __toread(FILE *);
hidden int __towrite(FILE *);

/* Refills the read buffer and returns the next byte, or EOF. */
hidden int __uflow(FILE *);
/* Puts c when the fast path cannot: full buffer, line end, unbuffered. */
hidden int __overflow(FILE *, int);
/* Writes pending output; 0 or EOF. */
hidden int __flush_out(FILE *);
/* fwrite's body for one lock-holding caller: returns bytes written. */
hidden size_t __fwritex(const unsigned char *, size_t, FILE *);

/* The operations of streams on file descriptors. */
hidden size_t __stdio_read(FILE *, unsigned char *, size_t);
hidden size_t __stdio_write(FILE *, const unsigned char *, size_t);
hidden off_t __stdio_seek(FILE *, off_t, int);
hidden int __stdio_close(FILE *);
/* stdout's first write: decides line or full buffering (isatty). */
hidden size_t __stdout_write(FILE *, const unsigned char *, size_t);

/* The standard streams are made without seek and close operations (but
   stdin's seek, which exit needs), so that a program that only prints
   links neither lseek nor close; the functions that position or close a
   stream give a descriptor stream lacking them the usual ones first. */
static inline void fd_stream_ops(FILE *f)
{
	if (f->fd >= 0 && !f->close) {
		f->seek = __stdio_seek;
		f->close = __stdio_close;
	}
}

/* fopen's mode string as open(2) flags, or -1 (errno EINVAL). */
hidden int __fmodeflags(const char *);
/* A stream on fd with the given open flags, on the open list. */
hidden FILE *__fdopen_flags(int, int);
/* Makes f a stream on fd with the given open flags, its buffer empty. */
hidden void __fd_stream_init(FILE *, int, int);
/* A stream with its buffer in one allocation; not yet on the open list. */
hidden FILE *__falloc(void);

/* The open-file list. */
hidden FILE *__ofl_add(FILE *);
hidden void __ofl_del(FILE *);
/* Calls fn on every stream (the standard ones that are linked in, then
   the open list) and returns the OR of the results. */
hidden int __stdio_each(int (*)(FILE *));
/* fflush of one stream, without the lock. */
hidden int __fflush_stream(FILE *);

/* Referenced by the standard streams so that their object files pull in
   the one that defines __stdio_exit (exit.c only has a weak no-op). */
extern hidden const char __stdio_exit_needed;

/* The standard streams' objects, referenced weakly where a program that
   does not use one must not link it. */
extern hidden FILE __stdin_FILE, __stdout_FILE, __stderr_FILE;

/* Writes dir "/" pfx and six random characters into buf: a name for a
   temporary file. 0 if no random bytes are to be had. */
hidden int __tmp_name(char *, const char *, const char *);

hidden off_t __ftello_unlocked(FILE *);
hidden int __fseeko_unlocked(FILE *, off_t, int);

/* Sets up f as a read-only stream over the string s (strtod, sscanf),
   its bytes read in place up to the terminating NUL, and starts a
   shlim count at its start. */
hidden void __string_read_stream(FILE *, const char *);

/* Sets up f as a read-only stream over the wide string s for wcstod and
   its relatives, one byte per character (see there), with size bytes of
   buffer (pushback room included), and starts a shlim count. */
hidden void __wstring_read_stream(FILE *, const wchar_t *, unsigned char *, size_t);

/* scanf's bounded reading (see FILE.shlim): __shlim(f, n) starts counting
   a field of at most n bytes (0: unbounded); shgetc reads within it;
   shcnt says how many bytes were consumed since shlim; shunget steps back
   over the last byte read, which must not have been EOF. */
hidden void __shlim(FILE *, off_t);
hidden int __shgetc(FILE *);
#define shcnt(f) ((f)->shcnt + ((f)->rpos - (f)->shstart))
#define shgetc(f) ((f)->rpos != (f)->shend ? *(f)->rpos++ : __shgetc(f))
#define shunget(f) ((void)(f)->rpos--)

/* The wide-character input and output of one character, without the
   lock; fgetwc and fputwc and all the wide functions use them. */
hidden wint_t __fgetwc_unlocked(FILE *);
hidden wint_t __fputwc_unlocked(wchar_t, FILE *);

/* The formatting cores. ap is passed by address so that a caller can go
   on using it (vfwprintf's numeric conversions). */
hidden int __vfprintf_core(FILE *, const char *, __isoc_va_list *);
hidden int __vfscanf_core(FILE *, const char *, __isoc_va_list *);

#endif

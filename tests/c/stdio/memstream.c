/* Streams over memory and over the caller's functions: fmemopen in each
   mode, open_memstream's growing buffer, fopencookie. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

struct sink {
	char data[64];
	size_t len;
	int closed;
};

static ssize_t sink_write(void *c, const char *p, size_t n)
{
	struct sink *s = c;
	if (n > sizeof s->data - s->len)
		n = sizeof s->data - s->len;
	memcpy(s->data + s->len, p, n);
	s->len += n;
	return n;
}

static ssize_t count_read(void *c, char *p, size_t n)
{
	int *left = c;
	size_t i;
	for (i = 0; i < n && *left; i++, --*left)
		p[i] = (char)('0' + *left % 10);
	return i;
}

static int sink_close(void *c)
{
	((struct sink *)c)->closed = 1;
	return 0;
}

int main(void)
{
	char mem[16], buf[32], *out = 0;
	size_t size = 12345;
	FILE *f;
	int n = 5;

	/* fmemopen "r": the whole buffer is the contents */
	memcpy(mem, "abc\0def", 8);
	f = fmemopen(mem, 7, "r");
	CHECK(f && fread(buf, 1, 10, f) == 7 && !memcmp(buf, "abc\0def", 7) && feof(f));
	fclose(f);

	/* "w": truncates; writes land at flush; a NUL follows if it fits */
	memset(mem, 'x', sizeof mem);
	f = fmemopen(mem, sizeof mem, "w");
	CHECK(f && mem[0] == 0);
	fprintf(f, "%d-%s", 42, "ok");
	CHECK(fflush(f) == 0 && !strcmp(mem, "42-ok"));
	CHECK(fseek(f, 1, SEEK_SET) == 0 && fputc('X', f) == 'X' && fflush(f) == 0);
	CHECK(!strcmp(mem, "4X-ok"));
	CHECK(fseek(f, 17, SEEK_SET) == -1 && errno == EINVAL);
	fclose(f);

	/* writing past the end is an error, and what fits is there */
	f = fmemopen(mem, 4, "w");
	fputs("abcdef", f);
	CHECK(fflush(f) == EOF && ferror(f) && !memcmp(mem, "abcd", 4));
	fclose(f);

	/* "a" appends at the first NUL; "r+" reads then writes */
	strcpy(mem, "12");
	f = fmemopen(mem, sizeof mem, "a");
	CHECK(f && ftell(f) == 2);
	fputs("34", f);
	fclose(f);
	CHECK(!strcmp(mem, "1234"));
	f = fmemopen(mem, 4, "r+");
	CHECK(fgetc(f) == '1');
	CHECK(fseek(f, 0, SEEK_CUR) == 0 && fputc('Z', f) == 'Z');
	fclose(f);
	CHECK(!memcmp(mem, "1Z34", 4));

	/* a buffer of its own */
	f = fmemopen(0, 8, "w+");
	CHECK(f != 0);
	fputs("own", f);
	rewind(f);
	CHECK(fgets(buf, sizeof buf, f) && !strcmp(buf, "own"));
	fclose(f);
	CHECK(fmemopen(mem, 0, "r") == 0 && errno == EINVAL);

	/* open_memstream grows, and says where it is after each flush */
	f = open_memstream(&out, &size);
	CHECK(f && out && size == 0);
	fputs("hello", f);
	CHECK(fflush(f) == 0 && size == 5 && !strcmp(out, "hello"));
	for (n = 0; n < 1000; n++)
		fprintf(f, "%03d", n % 1000);
	CHECK(fflush(f) == 0 && size == 3005 && !strncmp(out + 5, "000001002", 9));
	CHECK(fseek(f, 2, SEEK_SET) == 0 && fflush(f) == 0 && size == 2);
	CHECK(fseek(f, 4000, SEEK_SET) == 0 && fputc('!', f) == '!');
	CHECK(fclose(f) == 0 && size == 4001 && out[3500] == 0 && out[4000] == '!' && out[4001] == 0);
	free(out);

	/* fopencookie: the caller's operations */
	{
		struct sink s = { { 0 }, 0, 0 };
		cookie_io_functions_t io = { 0, sink_write, 0, sink_close };
		f = fopencookie(&s, "w", io);
		CHECK(f != 0);
		fprintf(f, "cookie %d", 1);
		CHECK(s.len == 0 && fflush(f) == 0 && s.len == 8 && !memcmp(s.data, "cookie 1", 8));
		CHECK(fseek(f, 0, SEEK_SET) == -1 && errno == ESPIPE);
		CHECK(fclose(f) == 0 && s.closed);
	}
	{
		cookie_io_functions_t io = { count_read, 0, 0, 0 };
		n = 5;
		f = fopencookie(&n, "r", io);
		CHECK(f && fgets(buf, sizeof buf, f) && !strcmp(buf, "54321") && getc(f) == EOF && feof(f));
		fclose(f);
	}
	return check_result();
}

/* Files through stdio: every fopen mode, reading and writing with data
   buffered either way, positioning, pushback, line input, reopening, and
   the errors fclose must report. Runs in the test's fresh /tmp. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static const char *path = "/tmp/file.txt";

static void put_file(const char *s)
{
	FILE *f = fopen(path, "w");
	CHECK(f != 0);
	if (!f)
		return;
	CHECK(fputs(s, f) >= 0);
	CHECK(fclose(f) == 0);
}

static int file_is(const char *want)
{
	char buf[256];
	FILE *f = fopen(path, "r");
	size_t n;

	if (!f)
		return 0;
	n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = 0;
	fclose(f);
	return !strcmp(buf, want);
}

int main(void)
{
	char buf[64], *line = 0;
	size_t cap = 0;
	FILE *f, *g;
	fpos_t pos;
	long at;
	int fd, c;

	/* modes */
	put_file("hello\nworld\n");
	CHECK(file_is("hello\nworld\n"));
	f = fopen(path, "a");
	CHECK(f && ftell(f) == 12);
	fputs("more\n", f);
	fclose(f);
	CHECK(file_is("hello\nworld\nmore\n"));
	CHECK(fopen(path, "wx") == 0 && errno == EEXIST);
	CHECK(fopen("/tmp/nonexistent/x", "r") == 0 && errno == ENOENT);
	CHECK(fopen(path, "z") == 0 && errno == EINVAL);
	f = fopen(path, "r");
	CHECK(f && fputc('x', f) == EOF && ferror(f));
	fclose(f);
	f = fopen(path, "rb+e");
	CHECK(f != 0);
	fclose(f);

	/* reading: fgets, getc, ungetc, getline, EOF */
	f = fopen(path, "r");
	CHECK(fgets(buf, sizeof buf, f) && !strcmp(buf, "hello\n"));
	CHECK(fgets(buf, 4, f) && !strcmp(buf, "wor"));
	CHECK(getc(f) == 'l');
	CHECK(ungetc('L', f) == 'L');
	CHECK(getc(f) == 'L' && getc(f) == 'd');
	CHECK(getline(&line, &cap, f) == 1 && !strcmp(line, "\n"));
	CHECK(getline(&line, &cap, f) == 5 && !strcmp(line, "more\n"));
	CHECK(getline(&line, &cap, f) == -1 && feof(f) && !ferror(f));
	CHECK(fgetc(f) == EOF);
	clearerr(f);
	CHECK(!feof(f));
	/* pushback after EOF, and at the very start */
	CHECK(ungetc('z', f) == 'z' && !feof(f) && getc(f) == 'z');
	rewind(f);
	CHECK(ungetc('a', f) == 'a' && ungetc('b', f) == 'b');
	CHECK(getc(f) == 'b' && getc(f) == 'a' && getc(f) == 'h');
	fclose(f);
	free(line);

	/* positioning with buffered data both ways */
	put_file("0123456789abcdefghij");
	f = fopen(path, "r+");
	CHECK(getc(f) == '0' && getc(f) == '1');
	CHECK(ftell(f) == 2);
	CHECK(fseek(f, 3, SEEK_CUR) == 0 && ftell(f) == 5 && getc(f) == '5');
	CHECK(fgetpos(f, &pos) == 0);
	CHECK(fseek(f, -2, SEEK_END) == 0 && getc(f) == 'i');
	CHECK(fsetpos(f, &pos) == 0 && getc(f) == '6');
	/* write after read needs a positioning call (C11 7.21.5.3p7) */
	CHECK(fseek(f, 0, SEEK_CUR) == 0);
	CHECK(fputs("XY", f) >= 0 && ftell(f) == 9);
	CHECK(fseek(f, 0, SEEK_SET) == 0);
	CHECK(fread(buf, 1, 12, f) == 12 && !memcmp(buf, "0123456XY9ab", 12));
	CHECK(ungetc('Q', f) == 'Q' && ftell(f) == 11);
	CHECK(fseeko(f, 0, SEEK_END) == 0 && ftello(f) == 20);
	CHECK(fseek(f, -1, SEEK_SET) == -1 && errno == EINVAL);
	CHECK(fseek(f, 0, 42) == -1 && errno == EINVAL);
	fclose(f);
	CHECK(file_is("0123456XY9abcdefghij"));

	/* large reads and writes bypass the buffer */
	f = fopen(path, "w+");
	{
		static char big[20000], back[20000];
		size_t i;
		for (i = 0; i < sizeof big; i++)
			big[i] = (char)('a' + i % 26);
		CHECK(fwrite(big, 1, 10, f) == 10);
		CHECK(fwrite(big + 10, 1, sizeof big - 10, f) == sizeof big - 10);
		rewind(f);
		CHECK(fread(back, 1, 5, f) == 5);
		CHECK(fread(back + 5, 2, (sizeof back - 5) / 2, f) == (sizeof back - 5) / 2);
		CHECK(!memcmp(big, back, sizeof big - 1));
	}
	fclose(f);

	/* fdopen, fileno, freopen */
	fd = open(path, O_RDWR | O_TRUNC);
	CHECK(fd >= 0);
	f = fdopen(fd, "w");
	CHECK(f && fileno(f) == fd);
	fprintf(f, "via fd %d", 7);
	CHECK(fclose(f) == 0);
	CHECK(file_is("via fd 7"));
	CHECK(fdopen(12345, "r") == 0 && errno == EBADF);
	f = fopen(path, "r");
	g = freopen(path, "a", f);
	CHECK(g == f);
	fputs("!", g);
	fclose(g);
	CHECK(file_is("via fd 7!"));

	/* fclose reports a write that fails: its descriptor is gone */
	f = fopen(path, "w");
	fputs("data", f);
	close(fileno(f));
	CHECK(fclose(f) == EOF);

	/* the stdio_ext queries */
	f = fopen(path, "w+");
	fputs("abc", f);
	CHECK(__fpending(f) == 3 && __fwriting(f) && !__freading(f));
	CHECK(__freadable(f) && __fwritable(f) && __fbufsize(f) > 0 && !__flbf(f));
	rewind(f);
	CHECK(getc(f) == 'a' && __freading(f) && __freadahead(f) == 2);
	__fpurge(f);
	CHECK(__freadahead(f) == 0);
	fclose(f);

	/* setvbuf: a buffer of the caller's, and unbuffered */
	{
		static char mine[256];
		f = fopen(path, "w");
		CHECK(setvbuf(f, mine, _IOFBF, sizeof mine) == 0);
		fputs("buffered", f);
		CHECK(__fpending(f) == 8);
		CHECK(setvbuf(f, 0, _IONBF, 0) == 0);
		fputs("!", f);
		CHECK(__fpending(f) == 0);
		CHECK(setvbuf(f, 0, 99, 0) != 0);
		fclose(f);
		CHECK(file_is("buffered!"));
	}

	/* remove, rename, tmpfile, tmpnam */
	CHECK(rename(path, "/tmp/renamed.txt") == 0);
	CHECK(remove("/tmp/renamed.txt") == 0);
	CHECK(remove("/tmp/renamed.txt") == -1 && errno == ENOENT);
	f = tmpfile();
	CHECK(f != 0);
	if (f) {
		fputs("temporary", f);
		rewind(f);
		CHECK(fgets(buf, sizeof buf, f) && !strcmp(buf, "temporary"));
		fclose(f);
	}
	{
		char name[L_tmpnam], *p = tmpnam(name);
		CHECK(p == name && !strncmp(name, P_tmpdir "/", sizeof P_tmpdir));
		CHECK(access(name, F_OK) == -1);
	}

	/* no command processor in WASI */
	CHECK(system(0) == 0);
	CHECK(system("true") == -1);
	CHECK(popen("ls", "r") == 0);

	/* fflush(NULL) flushes every stream */
	f = fopen(path, "w");
	fputs("pending", f);
	CHECK(fflush(0) == 0);
	CHECK(file_is("pending"));
	fclose(f);
	return check_result();
}

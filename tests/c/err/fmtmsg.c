/* fmtmsg: the message on stderr (read back from a file), MSGVERB, the
   argument checks, and MM_NOCON where there is no console. */
#include <fcntl.h>
#include <fmtmsg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static char got[1024];

static void read_back(int fd)
{
	lseek(fd, 0, SEEK_SET);
	ssize_t n = read(fd, got, sizeof got - 1);
	got[n > 0 ? n : 0] = 0;
	CHECK(ftruncate(fd, 0) == 0);
	lseek(fd, 0, SEEK_SET);
}

int main(void)
{
	int fd = open("/tmp/stderr.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0 && dup2(fd, 2) == 2);
	CHECK(fmtmsg(MM_PRINT | MM_SOFT, "XSI:cat", MM_ERROR, "illegal option",
	             "refer to cat in user's reference manual", "XSI:cat:001") == MM_OK);
	read_back(2);
	CHECK_STR(got, "XSI:cat: ERROR: illegal option\n"
	               "TO FIX: refer to cat in user's reference manual XSI:cat:001\n");
	CHECK(fmtmsg(MM_PRINT, MM_NULLLBL, MM_WARNING, "text", MM_NULLACT, MM_NULLTAG) == MM_OK);
	read_back(2);
	CHECK_STR(got, "WARNING: text\n");
	CHECK(fmtmsg(MM_PRINT, "lab:x", MM_NOSEV, "text", MM_NULLACT, "tag:1") == MM_OK);
	read_back(2);
	CHECK_STR(got, "lab:x: text\ntag:1\n");
	setenv("MSGVERB", "text:action", 1);
	CHECK(fmtmsg(MM_PRINT, "XSI:cat", MM_HALT, "stop", "restart", "XSI:cat:2") == MM_OK);
	read_back(2);
	CHECK_STR(got, "stop\nTO FIX: restart\n");
	setenv("MSGVERB", "text:nonsense", 1);
	CHECK(fmtmsg(MM_PRINT, "XSI:cat", MM_INFO, "all", 0, 0) == MM_OK);
	read_back(2);
	CHECK_STR(got, "XSI:cat: INFO: all\n");
	unsetenv("MSGVERB");

	CHECK(fmtmsg(MM_PRINT, "nocolon", MM_ERROR, "t", 0, 0) == MM_NOTOK);
	CHECK(fmtmsg(MM_PRINT, "a:b", 9, "t", 0, 0) == MM_NOTOK);
	CHECK(fmtmsg(MM_PRINT, "elevenchars:b", MM_ERROR, "t", 0, 0) == MM_NOTOK);
	read_back(2);
	CHECK_STR(got, "");
	/* no console here: the message still reaches stderr */
	CHECK(fmtmsg(MM_PRINT | MM_CONSOLE, "a:b", MM_ERROR, "t", 0, 0) == MM_NOCON);
	read_back(2);
	CHECK_STR(got, "a:b: ERROR: t\n");
	CHECK(fmtmsg(MM_CONSOLE, "a:b", MM_ERROR, "t", 0, 0) == MM_NOCON);
	return check_result();
}

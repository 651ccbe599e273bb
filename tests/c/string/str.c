#define _GNU_SOURCE
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include "check.h"

int main(void)
{
	char buf[128];
	/* strlen across word boundaries at every alignment */
	for (size_t off = 0; off < 8; off++)
		for (size_t len = 0; len < 40; len++) {
			memset(buf, 'a', sizeof buf);
			buf[off + len] = 0;
			CHECK(strlen(buf + off) == len);
			CHECK(strnlen(buf + off, len + 5) == len);
			CHECK(strnlen(buf + off, len / 2) == len / 2);
		}
	CHECK(strcmp("abc", "abc") == 0);
	CHECK(strcmp("abc", "abd") < 0);
	CHECK(strcmp("abc", "ab") > 0);
	CHECK(strcmp("\xff", "a") > 0);
	CHECK(strncmp("abcx", "abcy", 3) == 0);
	CHECK(strncmp("abcx", "abcy", 4) < 0);
	CHECK(strncmp("a", "b", 0) == 0);
	CHECK(strcasecmp("HeLLo", "hello") == 0);
	CHECK(strncasecmp("HeLLo!", "hello?", 5) == 0);
	CHECK(strcasecmp("a", "B") < 0);

	CHECK(strcpy(buf, "hello") == buf);
	CHECK_STR(buf, "hello");
	CHECK(stpcpy(buf, "0123456789abcdefg") == buf + 17);
	CHECK(strcat(buf, "XY") == buf);
	CHECK_STR(buf, "0123456789abcdefgXY");
	strncat(buf, "123456", 3);
	CHECK_STR(buf, "0123456789abcdefgXY123");
	memset(buf, 'z', 10);
	strncpy(buf, "ab", 5);
	CHECK(memcmp(buf, "ab\0\0\0zzzzz", 10) == 0);
	CHECK(stpncpy(buf, "abcdef", 3) == buf + 3);
	CHECK(strlcpy(buf, "abcdef", 4) == 6);
	CHECK_STR(buf, "abc");
	CHECK(strlcat(buf, "defgh", 6) == 8);
	CHECK_STR(buf, "abcde");

	const char *s = "path/to/some/file";
	CHECK(strchr(s, '/') == s + 4);
	CHECK(strrchr(s, '/') == s + 12);
	CHECK(strchr(s, 0) == s + 17);
	CHECK(strchr(s, 'x') == 0);
	CHECK(strchrnul(s, 'x') == s + 17);
	CHECK(strrchr(s, 0) == s + 17);
	CHECK(strspn("aaabbbccc", "ab") == 6);
	CHECK(strspn("aaab", "a") == 3);
	CHECK(strspn("", "a") == 0);
	CHECK(strcspn("hello world", " ") == 5);
	CHECK(strcspn("hello world", "xyz") == 11);
	CHECK(strcspn("hello", "") == 5);
	CHECK(strpbrk("hello world", "ow") == (char *)"hello world" + 4 || strpbrk("hello world", "ow")[0] == 'o');
	CHECK(strstr("the quick brown fox", "brown") != 0);
	CHECK_STR(strstr("the quick brown fox", "brown"), "brown fox");
	CHECK(strstr("aaab", "aab") != 0);
	CHECK(strstr("abc", "abcd") == 0);
	CHECK_STR(strstr("abc", ""), "abc");
	CHECK_STR(strcasestr("Hello World", "WORLD"), "World");

	char t[] = ",,a,b,,c,";
	char *save;
	CHECK_STR(strtok_r(t, ",", &save), "a");
	CHECK_STR(strtok_r(0, ",", &save), "b");
	CHECK_STR(strtok_r(0, ",", &save), "c");
	CHECK(strtok_r(0, ",", &save) == 0);
	char u[] = "x y";
	CHECK_STR(strtok(u, " "), "x");
	CHECK_STR(strtok(0, " "), "y");
	CHECK(strtok(0, " ") == 0);
	char v[] = "a:b::c", *p = v;
	CHECK_STR(strsep(&p, ":"), "a");
	CHECK_STR(strsep(&p, ":"), "b");
	CHECK_STR(strsep(&p, ":"), "");
	CHECK_STR(strsep(&p, ":"), "c");
	CHECK(p == 0 && strsep(&p, ":") == 0);

	char *d = strdup("duplicate");
	CHECK_STR(d, "duplicate");
	free(d);
	d = strndup("duplicate", 3);
	CHECK_STR(d, "dup");
	free(d);

	CHECK_STR(strerror(ENOENT), "No such file or directory");
	CHECK_STR(strerror(EINVAL), "Invalid argument");
	CHECK_STR(strerror(-1), "No error information");
	CHECK_STR(strerror(9999), "No error information");
	char small[8];
	CHECK(strerror_r(ENOENT, small, sizeof small) == ERANGE);
	CHECK_STR(small, "No such");
	CHECK(strerror_r(EPERM, buf, sizeof buf) == 0);
	CHECK_STR(buf, "Operation not permitted");

	CHECK(strverscmp("a9", "a10") < 0);
	CHECK(strverscmp("000", "00") < 0);
	CHECK(strverscmp("00", "01") < 0);
	CHECK(strverscmp("01", "010") < 0);
	CHECK(strverscmp("010", "09") < 0);
	CHECK(strverscmp("09", "0") < 0);
	CHECK(strverscmp("0", "1") < 0);
	CHECK(strverscmp("9", "10") < 0);
	CHECK(strverscmp("1.2", "1.2") == 0);
	CHECK(ffs(0) == 0 && ffs(1) == 1 && ffs(0x80) == 8 && ffsll(1LL << 40) == 41);
	return check_result();
}

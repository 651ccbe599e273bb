#include <regex.h>
#include <string.h>

static const char *const messages[] = {
	[REG_OK] = "Success",
	[REG_NOMATCH] = "No match",
	[REG_BADPAT] = "Invalid regular expression",
	[REG_ECOLLATE] = "Invalid collating element",
	[REG_ECTYPE] = "Invalid character class name",
	[REG_EESCAPE] = "Trailing backslash",
	[REG_ESUBREG] = "Invalid back reference",
	[REG_EBRACK] = "Unmatched [ or [^",
	[REG_EPAREN] = "Unmatched ( or \\(, or ) or \\)",
	[REG_EBRACE] = "Unmatched \\{",
	[REG_BADBR] = "Invalid content of \\{\\}",
	[REG_ERANGE] = "Invalid range end",
	[REG_ESPACE] = "Out of memory",
	[REG_BADRPT] = "Invalid preceding regular expression",
};

/* POSIX regerror: copies the message for errcode, cut to fit size with a
   null, and returns the size the whole message needs. */
size_t regerror(int errcode, const regex_t *__restrict preg, char *__restrict buf, size_t size)
{
	const char *msg = errcode >= 0 && (size_t)errcode < sizeof messages / sizeof *messages
	                  ? messages[errcode] : "Unknown error";
	size_t len = strlen(msg);
	if (size) {
		size_t n = len < size ? len : size - 1;
		memcpy(buf, msg, n);
		buf[n] = 0;
	}
	return len + 1;
}

#include <fmtmsg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* XSH fmtmsg: "label: SEVERITY: text" and "TO FIX: action tag", on
   stderr (MM_PRINT, with the parts MSGVERB names, all if it names none or
   something else) and on the console (MM_CONSOLE, all parts). WASI has no
   console, so /dev/console usually fails to open: MM_NOCON. As in glibc, a
   label not of the form "source:component" (at most 10 and 14 bytes) or
   an unknown severity fails with MM_NOTOK. */

enum { LABEL = 1, SEVERITY = 2, TEXT = 4, ACTION = 8, TAG = 16 };

static int verbosity(void)
{
	static const char *const names[] = { "label", "severity", "text", "action", "tag" };
	const char *v = getenv("MSGVERB");
	int parts = 0;
	while (v && *v) {
		size_t n = strcspn(v, ":"), i;
		for (i = 0; i < 5; i++)
			if (strlen(names[i]) == n && !strncmp(v, names[i], n))
				break;
		if (i == 5)
			return LABEL | SEVERITY | TEXT | ACTION | TAG;
		parts |= 1 << i;
		v += n + (v[n] == ':');
	}
	return parts ? parts : LABEL | SEVERITY | TEXT | ACTION | TAG;
}

static int write_message(FILE *f, int parts, const char *label, const char *severity,
                         const char *text, const char *action, const char *tag)
{
	const char *first[3] = { parts & LABEL ? label : 0, parts & SEVERITY ? severity : 0,
	                         parts & TEXT ? text : 0 };
	int any = 0, r = 0;
	for (int i = 0; i < 3; i++)
		if (first[i] && r >= 0)
			r = fprintf(f, "%s%s", any++ ? ": " : "", first[i]);
	int second = (parts & ACTION && action) || (parts & TAG && tag);
	if (any && second && r >= 0)
		r = fputc('\n', f);
	if (parts & ACTION && action && r >= 0)
		r = fprintf(f, "TO FIX: %s", action);
	if (parts & TAG && tag && r >= 0)
		r = fprintf(f, "%s%s", parts & ACTION && action ? " " : "", tag);
	if ((any || second) && r >= 0)
		r = fputc('\n', f);
	return r >= 0 && !fflush(f);
}

int fmtmsg(long classification, const char *label, int severity, const char *text,
           const char *action, const char *tag)
{
	static const char *const severities[] = { 0, "HALT", "ERROR", "WARNING", "INFO" };
	if (severity < MM_NOSEV || severity > MM_INFO)
		return MM_NOTOK;
	if (label) {
		const char *colon = strchr(label, ':');
		if (!colon || colon - label > 10 || strlen(colon + 1) > 14)
			return MM_NOTOK;
	}
	const char *sev = severities[severity];
	int result = MM_OK;
	if (classification & MM_PRINT &&
	    !write_message(stderr, verbosity(), label, sev, text, action, tag))
		result |= MM_NOMSG;
	if (classification & MM_CONSOLE) {
		FILE *console = fopen("/dev/console", "w");
		if (!console || !write_message(console, ~0, label, sev, text, action, tag))
			result |= MM_NOCON;
		if (console)
			fclose(console);
	}
	return result == (MM_NOMSG | MM_NOCON) ? MM_NOTOK : result;
}

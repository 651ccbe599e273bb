/* Run by each build system's test runner through wasi-run: the working
 * directory must be writable, and the exit status must come back. */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
	char line[8] = "";
	FILE *f;

	if (argc > 1 && strcmp(argv[1], "fail") == 0)
		return 3;
	f = fopen("selftest.out", "w");
	if (!f || fputs("ok\n", f) < 0 || fclose(f) != 0) {
		perror("writing selftest.out in the working directory");
		return 1;
	}
	f = fopen("selftest.out", "r");
	if (!f || !fgets(line, sizeof line, f) || strcmp(line, "ok\n") != 0) {
		printf("selftest.out reads back as \"%s\"\n", line);
		return 1;
	}
	fclose(f);
	return remove("selftest.out") != 0;
}

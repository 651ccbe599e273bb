/* freopen of stdout onto a file: printf then lands in the file. (stdout
   is gone, so failures are told by the exit status.) */
#include <stdio.h>
#include <string.h>

int main(void)
{
	char buf[64];
	FILE *f;

	printf("to the old stdout\n");
	if (freopen("/tmp/out.txt", "w", stdout) != stdout)
		return 1;
	printf("to the file %d\n", 42);
	if (fclose(stdout))
		return 2;
	f = fopen("/tmp/out.txt", "r");
	if (!f || !fgets(buf, sizeof buf, f) || strcmp(buf, "to the file 42\n"))
		return 3;
	return fgets(buf, sizeof buf, f) ? 4 : 0;
}

/* The size benchmark: a program that prints one double with %g. */
#include <stdio.h>

int main(int argc, char **argv)
{
	printf("%g\n", argc * 0.1);
	return 0;
}

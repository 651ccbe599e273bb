#include <unistd.h>

int pipe(int fd[2])
{
	return pipe2(fd, 0);
}

#include <signal.h>

/* SIG_IGN and SIG_ERR are these functions' addresses (the established
   WASI ABI). Neither is ever called as a handler. */
void __SIG_IGN(int sig)
{
}

void __SIG_ERR(int sig)
{
}

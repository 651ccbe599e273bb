#include <fenv.h>

/* Installs the environment and raises the (no) exceptions saved. */
int feupdateenv(const fenv_t *envp)
{
	return fesetenv(envp);
}

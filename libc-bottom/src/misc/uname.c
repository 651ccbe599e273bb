#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

/* The system is WASI preview1 on a 32-bit WebAssembly machine; the node
   name is gethostname's. */
int uname(struct utsname *u)
{
	memset(u, 0, sizeof *u);
	strcpy(u->sysname, "wasi");
	gethostname(u->nodename, sizeof u->nodename);
	strcpy(u->release, "preview1");
	strcpy(u->version, "wasi_snapshot_preview1");
	strcpy(u->machine, "wasm32");
	return 0;
}

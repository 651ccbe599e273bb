/* Start-up of a command module: the host calls _start once. */
#include <stdlib.h>

void __wasm_call_ctors(void);
int __main_void(void);
void __exit_hooks(void);

/* Returning from main is exit(status) (C17 5.1.2.2.3). Status 0 returns
   from _start, which every host takes as success, rather than calling
   proc_exit, which some hosts (wasmtime) carry out as a costly trap. */
void _start(void)
{
	__wasm_call_ctors();
	int status = __main_void();
	if (status)
		exit(status);
	__exit_hooks();
}

/* Start-up of a command module: the host calls _start once. */
#include <stdlib.h>

void __wasm_call_ctors(void);
int __main_void(void);

void _start(void)
{
	__wasm_call_ctors();
	exit(__main_void());
}

/* Start-up of a reactor module: the host calls _initialize once, then the
   module's exports as it likes. */
void __wasm_call_ctors(void);

void _initialize(void)
{
	__wasm_call_ctors();
}

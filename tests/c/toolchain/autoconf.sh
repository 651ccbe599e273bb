#!/bin/sh
# `./configure --host=wasm32-wasi CC=wasi-cc` on the sample project
# (tests/toolchain/sample), its configure script made here by autoreconf,
# with an installed prefix on PATH: configure must see a cross compiler
# whose programs have no suffix, find wasm32-wasi-ar and -ranlib, and get
# each header, function and library check right; then make (with automake's
# dependency tracking, which uses the compiler's -MD) and the program.
. "$(dirname "$0")/../../toolchain/lib.sh"
need autoreconf automake make
install_prefix
src=$dir/src
cp -R "$sample" "$src"
cd "$src" || exit 1
step autoreconf "$dir/log" autoreconf -i || exit 1
for host in wasm32-wasi wasm32-wasip1; do
	make distclean >/dev/null 2>&1
	step "configure --host=$host" "$dir/log" ./configure --host=$host CC=wasi-cc || continue
	for line in "checking whether we are cross compiling... yes" \
		"checking for suffix of executables... \$" \
		"checking for $host-ar... $host-ar" \
		"checking for $host-ranlib... $host-ranlib" \
		"checking dependency style of wasi-cc... gcc3" \
		"checking for unistd.h... yes" \
		"checking for sys/mman.h... no" \
		"checking for zlib.h... no" \
		"checking for linux/limits.h... no" \
		"checking for strlcpy... yes" \
		"checking for strndup... yes" \
		"checking for clock_gettime... yes" \
		"checking for fork... no" \
		"checking for mmap... no" \
		"checking for getpid... no" \
		"checking for deflate in -lz... no" \
		"checking for library containing cbrt... none required"; do
		if ! grep -q "^$line" "$dir/log"; then
			echo "FAIL: configure --host=$host did not print: $line"
			fail=1
		fi
	done
	step "make ($host)" "$dir/log" make -j 2 || continue
	[ -f .deps/greet.Po ] && grep -q 'greet\.h' .deps/greet.Po ||
		{ echo "FAIL: no dependency of greet.o on greet.h in .deps/greet.Po"; fail=1; }
	expect_run "hello ($host)" "$hello_wasi" hello wasi
	expect_run "selftest ($host)" "" --dir . selftest
done
exit $fail

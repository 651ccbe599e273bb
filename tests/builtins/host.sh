#!/bin/sh
# Builds libc-top/builtins for the x86-64 host, every symbol renamed with a
# mine_ prefix so that gcc's own runtime stays the reference, links the
# oracle against it and runs it with the given arguments:
#
#   tests/builtins/host.sh check 10000000 [SEED]   the long differential run
#   tests/builtins/host.sh gen tests/builtins      rewrite the test vectors
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/build/builtins-host"
mkdir -p "$out/obj"
for src in "$root"/libc-top/builtins/*.c; do
	obj="$out/obj/$(basename "$src" .c).o"
	if [ ! -f "$obj" ] || [ -n "$(find "$root/libc-top/builtins" -newer "$obj" -name '*.[ch]')" ]; then
		clang-19 -O2 -std=c17 -Wall -Wextra -Wno-unused-parameter -fno-trapping-math \
			-c "$src" -o "$obj"
		llvm-objcopy-19 --prefix-symbols=mine_ "$obj"
	fi
done
rm -f "$out/libmine.a"
ar rcs "$out/libmine.a" "$out"/obj/*.o
gcc -O2 -Wall -o "$out/oracle" "$root/tests/builtins/oracle.c" "$out/libmine.a" -lquadmath
cd "$root"
exec "$out/oracle" "$@"

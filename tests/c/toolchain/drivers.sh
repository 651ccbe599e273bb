#!/bin/sh
# The two ways a user builds with the sysroot: wasi-cc, and plain clang with
# --sysroot (Debian's clang with its wasm32 builtins package, for the
# wasm32-wasi triple). Each hello world must build, print its greeting
# under wasi-run, and also build as C++ against the same headers.
set -u
root=$(cd "$(dirname "$0")/../../.." && pwd)
sysroot=${WASI_SYSROOT:-$root/sysroot}
clang=${CLANG:-clang-19}
bin=$(dirname "${WASI_RUN:-$root/target/release/wasi-run}")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0

cat > "$dir/hello.c" <<'C'
#include <stdio.h>
int main(int argc, char **argv)
{
	printf("hello from %s, %d argument%s, %.3f\n", argc > 1 ? argv[1] : "?", argc - 1,
	       argc == 2 ? "" : "s", 2.0 / 3.0);
	return 0;
}
C
want="hello from wasm, 1 argument, 0.667"

check() { # NAME MODULE
	got=$("$bin/wasi-run" "$2" wasm 2>&1)
	if [ "$got" != "$want" ]; then
		echo "FAIL: $1 printed: $got"
		fail=1
	fi
}

# DRIVER SOURCE: builds in one step and as separate compile and link (as
# build systems do); the object is left as SOURCE's name with .o.
both_ways() {
	obj=${2%.*}.o
	if WASI_SYSROOT="$sysroot" "$bin/$1" -O2 "$2" -o "$dir/one.wasm"; then
		check "$1" "$dir/one.wasm"
	else
		echo "FAIL: $1 could not build $2"; fail=1
	fi
	if WASI_SYSROOT="$sysroot" "$bin/$1" -c "$2" -o "$obj" \
		&& WASI_SYSROOT="$sysroot" "$bin/$1" "$obj" -o "$dir/two.wasm"; then
		check "$1 -c then link" "$dir/two.wasm"
	else
		echo "FAIL: $1 -c / link of $2"; fail=1
	fi
}

both_ways wasi-cc "$dir/hello.c"
# every library name build systems pass links
if WASI_SYSROOT="$sysroot" "$bin/wasi-cc" "$dir/hello.o" -o "$dir/d.wasm" -lm -lpthread -lrt -ldl \
	-lutil -lresolv -lcrypt -lxnet -lc-printscan-long-double -lc-printscan-no-floating-point \
	-lwasi-emulated-mman -lwasi-emulated-signal -lwasi-emulated-process-clocks -lwasi-emulated-getpid; then
	check "wasi-cc with every library name" "$dir/d.wasm"
else
	echo "FAIL: linking with the library names build systems pass"; fail=1
fi
if "$clang" --target=wasm32-wasi --sysroot="$sysroot" -O2 "$dir/hello.c" -o "$dir/c.wasm"; then
	check "clang --target=wasm32-wasi --sysroot" "$dir/c.wasm"
else
	echo "FAIL: plain clang --target=wasm32-wasi --sysroot"; fail=1
fi

# wasi-c++ is the C++ driver: Debian's libc++ over this libc, in one step
# and as compile-then-link.
cat > "$dir/hello.cpp" <<'CXX'
#include <cstdio>
#include <string>
#include <vector>
int main(int argc, char **argv)
{
	std::vector<std::string> v(argv, argv + argc);
	std::printf("hello from %s, %d argument%s, %.3f\n", argc > 1 ? v[1].c_str() : "?",
	            argc - 1, argc == 2 ? "" : "s", 2.0 / 3.0);
	return 0;
}
CXX
both_ways wasi-c++ "$dir/hello.cpp"

# wasi-cc compiles with -fmath-errno (clang's WASI default is the opposite):
# errno after a pole error is visible, and math_errhandling says so; a
# user's -fno-math-errno still wins, and then math_errhandling is 0.
cat > "$dir/errno.c" <<'C'
#include <errno.h>
#include <math.h>
#include <stdio.h>
int main(int argc, char **argv)
{
	double r = log(argc - 2);
	/* errno is only meaningful when math_errhandling says so. */
	printf("%d %d %d\n", math_errhandling, r == -HUGE_VAL, errno == ERANGE || !math_errhandling);
	return 0;
}
C
errno_check() { # NAME WANT FLAGS...
	name=$1 want=$2
	shift 2
	if WASI_SYSROOT="$sysroot" "$bin/wasi-cc" -O2 "$@" "$dir/errno.c" -o "$dir/e.wasm"; then
		got=$("$bin/wasi-run" "$dir/e.wasm" wasm 2>&1)
		[ "$got" = "$want" ] || { echo "FAIL: $name printed: $got, want $want"; fail=1; }
	else
		echo "FAIL: wasi-cc could not build errno.c ($name)"; fail=1
	fi
}
errno_check "math errno by default" "1 1 1"
errno_check "-fno-math-errno" "0 1 1" -fno-math-errno
exit $fail

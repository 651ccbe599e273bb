#!/bin/sh
# The emulation headers refuse to be used without their opt-in macro, and
# say which -D and -l to add; clock, getpid and getrusage warn the same
# way when called without it. Run after `cargo xtask build`:
#
#     sh tests/c/emulated/diagnostics.sh [SYSROOT]
#
# Each check compiles a two-line program against the sysroot and looks
# for the expected words in clang's diagnostic.
root=$(cd "$(dirname "$0")/../../.." && pwd)
sysroot=${1:-$root/sysroot}
fail=0

# check EXPECT-ERROR(1)/WARNING(0) WORDS PROGRAM
check() {
	want_error=$1 words=$2 program=$3
	out=$(printf '%s\n' "$program" | ${CLANG:-clang-19} --target=wasm32-wasip1 --sysroot="$sysroot" \
		-x c -fsyntax-only - 2>&1)
	status=$?
	if [ "$want_error" = 1 ] && [ $status -eq 0 ]; then
		echo "FAIL: no error for: $program"; fail=1; return
	fi
	if [ "$want_error" = 0 ] && [ $status -ne 0 ]; then
		echo "FAIL: error for: $program"; echo "$out"; fail=1; return
	fi
	for w in $words; do
		case $out in
		*"$w"*) ;;
		*) echo "FAIL: no '$w' in the diagnostic for: $program"; echo "$out"; fail=1 ;;
		esac
	done
}

check 1 "-D_WASI_EMULATED_MMAN -lwasi-emulated-mman" '#include <sys/mman.h>'
check 1 "-D_WASI_EMULATED_SIGNAL -lwasi-emulated-signal" '#include <signal.h>'
check 1 "-D_WASI_EMULATED_PROCESS_CLOCKS -lwasi-emulated-process-clocks" '#include <sys/times.h>'
check 0 "-D_WASI_EMULATED_PROCESS_CLOCKS -lwasi-emulated-process-clocks" \
	'#include <time.h>
int f(void) { return (int)clock(); }'
check 0 "-D_WASI_EMULATED_PROCESS_CLOCKS -lwasi-emulated-process-clocks" \
	'#include <sys/resource.h>
int f(struct rusage *r) { return getrusage(RUSAGE_SELF, r); }'
check 0 "-D_WASI_EMULATED_GETPID -lwasi-emulated-getpid" \
	'#include <unistd.h>
int f(void) { return getpid(); }'
# With the macros: no diagnostic at all.
for h in sys/mman.h signal.h sys/times.h; do
	out=$(printf '#include <%s>\n' $h | ${CLANG:-clang-19} --target=wasm32-wasip1 --sysroot="$sysroot" \
		-D_WASI_EMULATED_MMAN -D_WASI_EMULATED_SIGNAL -D_WASI_EMULATED_PROCESS_CLOCKS \
		-x c -fsyntax-only - 2>&1)
	[ -z "$out" ] || { echo "FAIL: $h with its macro: $out"; fail=1; }
done
# getrlimit needs no opting in.
check 0 "" '#include <sys/resource.h>
int f(struct rlimit *r) { return getrlimit(RLIMIT_NOFILE, r); }'
[ $fail = 0 ] && echo "emulated/diagnostics: ok"
exit $fail

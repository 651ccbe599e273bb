#!/bin/sh
# The process-control interfaces WASI cannot support are neither declared
# nor defined, as in the established WASI libc, so that a build system's
# probe finds them missing (docs/posix.md): for each, a program naming it
# must fail to compile, and no archive of the sysroot may define it.
#
#     sh tests/c/process/absent.sh [SYSROOT]
root=$(cd "$(dirname "$0")/../../.." && pwd)
sysroot=${1:-$root/sysroot}
fail=0
defined=$(${NM:-llvm-nm-19} --defined-only --extern-only "$sysroot"/lib/wasm32-wasip1/*.a 2>/dev/null \
	| awk 'NF == 3 { print $3 }' | sort -u)
for f in fork vfork execve execv execvp execvpe execl execle execlp fexecve \
	getppid getpgrp getpgid setpgid setsid getsid setpgrp tcgetpgrp tcsetpgrp \
	alarm ualarm pause nice ttyname ttyname_r chroot getlogin getlogin_r \
	ctermid vhangup acct daemon getpass brk sethostname setdomainname; do
	if printf '#include <unistd.h>\nvoid *p = (void *)%s;\n' $f | ${CLANG:-clang-19} --target=wasm32-wasip1 \
		--sysroot="$sysroot" -x c -fsyntax-only - 2>/dev/null; then
		echo "FAIL: $f is declared"; fail=1
	fi
	if echo "$defined" | grep -qx "$f"; then
		echo "FAIL: $f is defined"; fail=1
	fi
done
for h in sys/wait.h spawn.h; do
	if printf '#include <%s>\n' $h | ${CLANG:-clang-19} --target=wasm32-wasip1 --sysroot="$sysroot" \
		-x c -fsyntax-only - 2>/dev/null; then
		echo "FAIL: <$h> exists"; fail=1
	fi
done
[ $fail = 0 ] && echo "process/absent: ok"
exit $fail

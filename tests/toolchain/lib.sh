# Sourced by the build-system checks in tests/c/toolchain/: the tools the
# check needs, a fresh `xtask install` prefix, and the helpers they share.
set -u
root=$(cd "$(dirname "$0")/../../.." && pwd)
release=$(dirname "${WASI_RUN:-$root/target/release/wasi-run}")
sample=$root/tests/toolchain/sample
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0

# need TOOL...: without one of them the check is skipped (exit 77, as
# automake's test drivers have it), but under CI it fails, as a missing
# wasmtime does: CI must run every check.
need() {
	for tool; do
		command -v "$tool" >/dev/null 2>&1 && continue
		if [ -n "${CI:-}" ]; then
			echo "FAIL: $tool is not installed (scripts/deps.sh installs it)"
			exit 1
		fi
		echo "skipped: $tool is not installed (run make, which installs it)"
		exit 77
	done
}

# The toolchain as `make install` lays it out, in $prefix, with its bin/ on
# PATH, and no WASI_SYSROOT, so that the installed sysroot is the one used.
install_prefix() {
	prefix=$dir/prefix
	if ! out=$("$release/xtask" install --prefix "$prefix" 2>&1); then
		echo "FAIL: xtask install: $out"
		exit 1
	fi
	PATH=$prefix/bin:$PATH
	unset WASI_SYSROOT
	export PATH
}

# step NAME LOG COMMAND...: runs the command with its output in LOG, which
# is shown if it fails.
step() {
	name=$1 log=$2
	shift 2
	if ! "$@" >"$log" 2>&1; then
		echo "FAIL: $name:"
		tail -n 40 "$log"
		fail=1
		return 1
	fi
}

# expect_run NAME WANT MODULE ARGS...: the module's output under wasi-run.
expect_run() {
	name=$1 want=$2
	shift 2
	got=$("$release/wasi-run" "$@" 2>&1)
	if [ "$got" != "$want" ]; then
		echo "FAIL: $name printed: $got"
		echo "      want: $want"
		fail=1
	fi
}

hello_wasi="hello, wasi: strlcpy, no fork, cbrt(36) = 3.301927"

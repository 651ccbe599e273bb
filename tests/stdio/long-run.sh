#!/bin/sh
# The long differential run: COUNT printf cases and COUNT strtod cases
# (default 10 million each) with a new seed, formatted and parsed by the
# host's glibc (tests/stdio/gen.c) and by our sysroot under wasmtime (or
# node), compared case batch by case batch.
#
#     tests/stdio/long-run.sh [COUNT] [SEED]
#
# Needs gcc, a built sysroot (cargo xtask build) and wasmtime (make sets
# it up) or node 20+. Takes about a quarter of an hour for 10 million.
set -eu
count=${1:-10000000}
seed=${2:-20240601}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$root"
python=python3
[ -x build/venv/bin/python3 ] && python=build/venv/bin/python3
if $python -c 'import wasmtime' 2>/dev/null; then
	run="$python tests/hosts/wasmtime-run.py"
else
	run="node --no-warnings tests/hosts/node-run.mjs"
fi
clang=$(command -v clang-19 || command -v clang)

gcc -O2 -o "$work/gen" tests/stdio/gen.c
for t in printf_diff strtod_diff; do
	$clang --target=wasm32-wasip1 --sysroot=sysroot -O2 -Itests/c/include \
		-nodefaultlibs tests/c/stdio/$t.c -lc sysroot/lib/wasm32-wasip1/libclang_rt.builtins.a \
		-o "$work/$t.wasm"
done

status=0
for kind in printf strtod; do
	echo "$kind: $count cases, seed $seed"
	start=$(date +%s)
	"$work/gen" $kind "$seed" "$count" > "$work/$kind.hash"
	if ! $run --dir "$work::/work" "$work/${kind}_diff.wasm" -- ${kind}_diff "/work/$kind.hash"; then
		status=1
	fi
	echo "$kind: $(( $(date +%s) - start )) s"
done
exit $status

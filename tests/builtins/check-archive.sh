#!/bin/sh
# Checks the built libclang_rt.builtins.a (run `cargo xtask build` first):
# no member calls a function it defines itself (on wasm32 an __int128
# multiply or variable shift written in C becomes a call to __multi3 or
# __ashlti3, which inside those very functions would recurse forever), and
# the archive needs nothing from outside but what the linker provides.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
ar="$root/sysroot/lib/wasm32-wasip1/libclang_rt.builtins.a"
llvm-nm-19 -A "$ar" 2>/dev/null | awk '
	# "archive:member: value T name" or "archive:member: U name"
	{
		n = split($1, p, ":"); member = p[n - 1]
		type = $(NF - 1); sym = $NF
		if (type == "U") { uses[member, sym] = 1; users[sym] = users[sym] " " member }
		else if (type ~ /^[A-Z]$/) { defs[member, sym] = 1; all[sym] = 1 }
	}
	END {
		bad = 0
		for (key in uses) {
			split(key, k, SUBSEP)
			if (k[2] == "__stack_pointer" || k[2] == "__indirect_function_table")
				continue
			if ((k[1], k[2]) in defs) { print k[1] " calls " k[2] ", which it defines"; bad = 1 }
			else if (!(k[2] in all)) { print k[1] " needs " k[2] " from outside the archive"; bad = 1 }
		}
		count = 0
		for (s in all) count++
		if (!bad) print count " symbols, self-contained, no member calls itself"
		exit bad
	}'

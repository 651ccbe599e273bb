#!/bin/sh
# The meson cross file on the sample project (tests/toolchain/sample), from
# an installed prefix: meson.build asserts the checks' results (functions,
# headers, host libraries not found, cc.run through the exe_wrapper); then
# the build with ninja, `meson test` through the exe_wrapper, and the
# program's output.
. "$(dirname "$0")/../../toolchain/lib.sh"
need meson ninja
install_prefix
b=$dir/build
step "meson setup" "$dir/log" meson setup --cross-file "$prefix/share/meson/wasi.ini" \
	--buildtype=release "$b" "$sample" &&
	step "meson compile" "$dir/log" meson compile -C "$b" -j 2 &&
	step "meson test" "$dir/log" meson test -C "$b" &&
	expect_run hello "$hello_wasi" "$b/hello" wasi
exit $fail

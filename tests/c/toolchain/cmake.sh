#!/bin/sh
# The CMake toolchain file on the sample project (tests/toolchain/sample):
# from an installed prefix with Makefiles, and from the checkout with Ninja
# and WASI_SYSROOT. CMakeLists.txt asserts the checks' results (header,
# function and library checks, host libraries not found, try_run and
# check_c_source_runs through wasi-run); then the build, ctest, and the
# program's output.
. "$(dirname "$0")/../../toolchain/lib.sh"
need cmake ninja

build() { # NAME TOOLCHAIN-FILE GENERATOR
	b=$dir/$1
	step "cmake configure ($1)" "$dir/$1.log" cmake -S "$sample" -B "$b" -G "$3" \
		-DCMAKE_TOOLCHAIN_FILE="$2" -DCMAKE_BUILD_TYPE=Release || return
	step "cmake build ($1)" "$dir/$1.log" cmake --build "$b" -j 2 || return
	step "ctest ($1)" "$dir/$1.log" ctest --test-dir "$b" --output-on-failure || return
	expect_run "hello.wasm ($1)" "$hello_wasi" "$b/hello.wasm" wasi
}

# A sysroot elsewhere, named by WASI_SYSROOT, must be the one compiled with.
cp -R "${WASI_SYSROOT:-$root/sysroot}" "$dir/sysroot"
export WASI_SYSROOT="$dir/sysroot"
build checkout "$root/share/cmake/wasi-toolchain.cmake" Ninja &&
	if ! grep -q -- "--sysroot=$dir/sysroot " "$dir/checkout/CMakeFiles/rules.ninja"; then
		echo "FAIL: the checkout build does not compile with WASI_SYSROOT=$dir/sysroot"
		fail=1
	fi
install_prefix
build installed "$prefix/share/cmake/wasi-toolchain.cmake" "Unix Makefiles"
exit $fail

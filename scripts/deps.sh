#!/usr/bin/env bash
# Checks for what the build and the tests need; on Debian or Ubuntu installs
# whatever is missing with apt-get (saying so first), elsewhere prints what to
# install and fails. Run by `make`; safe to run again.
#
#   clang, lld, llvm (16 or newer)  compile and link the sysroot and programs
#   libclang-rt-N-dev-wasm32        clang's own wasm builtins, so plain
#                                   `clang --target=wasm32-wasi --sysroot=...`
#                                   links too (wasi-cc does not need it)
#   libc++-N-dev-wasm32             Debian's prebuilt wasm32 libc++, which the
#                                   C++ test links against our sysroot
#   wasi-libc                       Debian's WASI libc: the ABI reference and
#                                   the benchmark baseline
#   python3-venv + wasmtime (PyPI)  the second WASI host the tests compare with
#   cmake, meson, ninja-build,      the build systems the toolchain checks
#   autoconf, automake, make        (tests/c/toolchain/) build a sample with
set -euo pipefail

cd "$(dirname "$0")/.."
want_llvm=19
missing=()

have_clang() {
    for v in $(seq 40 -1 16); do
        command -v "clang-$v" >/dev/null && { echo "$v"; return; }
    done
    if command -v clang >/dev/null; then
        v=$(clang --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -1)
        [ -n "$v" ] && [ "$v" -ge 16 ] && { echo "$v"; return; }
    fi
    echo ""
}

llvm=$(have_clang)
if [ -z "$llvm" ]; then
    llvm=$want_llvm
    missing+=("clang-$llvm" "lld-$llvm" "llvm-$llvm")
else
    command -v "wasm-ld-$llvm" >/dev/null || command -v wasm-ld >/dev/null || missing+=("lld-$llvm")
    command -v "llvm-ar-$llvm" >/dev/null || command -v llvm-ar >/dev/null || missing+=("llvm-$llvm")
fi
[ -e "/usr/lib/llvm-$llvm/lib/clang/$llvm/lib/wasi/libclang_rt.builtins-wasm32.a" ] \
    || missing+=("libclang-rt-$llvm-dev-wasm32")
[ -d /usr/include/wasm32-wasi ] || missing+=(wasi-libc)
[ -e /usr/lib/wasm32-wasi/libc++.a ] || missing+=("libc++-$llvm-dev-wasm32" "libc++abi-$llvm-dev-wasm32")
command -v python3 >/dev/null || missing+=(python3)
python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)
for tool in cmake:cmake meson:meson ninja:ninja-build autoreconf:autoconf automake:automake make:make; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done

if [ ${#missing[@]} -gt 0 ]; then
    if command -v apt-get >/dev/null; then
        echo "Installing missing packages with apt-get: ${missing[*]}"
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo=sudo
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "Missing: ${missing[*]}" >&2
        echo "Install clang, lld and llvm (16 or newer), clang's wasm32 compiler-rt builtins," >&2
        echo "Debian's wasi-libc (or set it aside: only the ABI test and benchmarks need it)," >&2
        echo "python3 with venv, and cmake, meson, ninja, autoconf, automake and make" >&2
        echo "(for the build-system checks), then run make again." >&2
        exit 1
    fi
fi

if ! command -v cargo >/dev/null; then
    echo "cargo not found: install Rust from https://rustup.rs, then run make again." >&2
    exit 1
fi

# The second WASI host for the tests: wasmtime from PyPI, in a venv of ours
# (Debian's Python refuses system-wide pip installs).
if [ ! -x build/venv/bin/python3 ] || ! build/venv/bin/python3 -c 'import wasmtime' 2>/dev/null; then
    echo "Installing wasmtime (PyPI) into build/venv for the cross-host tests"
    python3 -m venv build/venv
    build/venv/bin/pip install --quiet --disable-pip-version-check wasmtime
fi

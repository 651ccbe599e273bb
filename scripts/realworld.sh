#!/usr/bin/env bash
# `make realworld`: real projects built with the installed toolchain through
# the build system their source carries, then run under wasi-run. Sources
# come from registry packages that bundle them (crates.io crates, the npm
# sqlite3 package) into build/realworld/; none is committed. Not part of
# `make test`: it downloads and takes many minutes. One line per project at
# the end: what built, what ran, and the log to read when something did not.
#
#   scripts/realworld.sh [NAME...]    only the projects named (see the end)
set -uo pipefail
cd "$(dirname "$0")/.."
work=$PWD/build/realworld
prefix=$work/prefix
mkdir -p "$work/src"
target/release/xtask install --prefix "$prefix" >/dev/null || exit 1
export PATH=$prefix/bin:$PATH
unset WASI_SYSROOT
toolchain=$prefix/share/cmake/wasi-toolchain.cmake
results=()
only=("$@")

# fetch_crate NAME VERSION: the crate's files in $work/src/NAME-VERSION.
fetch_crate() {
    local dir=$work/src/$1-$2
    [ -d "$dir" ] && return
    curl -sSfL "https://static.crates.io/crates/$1/$1-$2.crate" | tar xz -C "$work/src"
}

# fetch_npm NAME VERSION: the package's files in $work/src/NAME-VERSION.
fetch_npm() {
    local dir=$work/src/$1-$2
    [ -d "$dir" ] && return
    mkdir -p "$dir"
    (cd "$work/src" && npm pack --silent "$1@$2" >/dev/null) &&
        tar xzf "$work/src/$1-$2.tgz" -C "$dir" --strip-components=1
}

# project NAME FUNCTION: runs FUNCTION with its output in NAME.log; the
# function prints its one-line result last.
project() {
    if [ ${#only[@]} -gt 0 ] && [[ " ${only[*]} " != *" $1 "* ]]; then
        return
    fi
    local log=$work/$1.log
    echo "== $1 (log: $log)"
    # Not in an `if`, where set -e would be ignored.
    (set -e; "$2") >"$log" 2>&1
    if [ $? -eq 0 ]; then
        results+=("$1: $(tail -n 1 "$log")")
    else
        results+=("$1: FAILED: $(grep -m 1 -iE 'error|fail' "$log" || tail -n 1 "$log")")
    fi
}

# zlib-ng in zlib-compatible mode, with its CMakeLists.txt (its test folder
# is not in the crate), then a round trip through compress, uncompress and
# a gzip file.
zlib() {
    fetch_crate libz-ng-sys 1.1.31
    local src=$work/src/libz-ng-sys-1.1.31/src/zlib-ng b=$work/zlib-ng
    cmake -S "$src" -B "$b" -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCMAKE_BUILD_TYPE=Release \
        -DZLIB_COMPAT=ON -DBUILD_SHARED_LIBS=OFF -DBUILD_TESTING=OFF -DZLIB_ENABLE_TESTS=OFF
    cmake --build "$b" -j 2
    cat >"$b/roundtrip.c" <<'C'
#include <stdio.h>
#include <string.h>
#include <zlib.h>
int main(void)
{
	static unsigned char text[100000], packed[120000], back[100000];
	uLongf n = sizeof packed, m = sizeof back;
	for (size_t i = 0; i < sizeof text; i++)
		text[i] = "abcabcabd"[i % 9] + (i % 1000 == 0);
	if (compress2(packed, &n, text, sizeof text, 9) != Z_OK || uncompress(back, &m, packed, n) != Z_OK
	    || m != sizeof text || memcmp(text, back, m) != 0)
		return puts("compress/uncompress failed"), 1;
	gzFile f = gzopen("roundtrip.gz", "wb");
	if (!f || gzwrite(f, text, sizeof text) != (int)sizeof text || gzclose(f) != Z_OK)
		return puts("gzwrite failed"), 1;
	f = gzopen("roundtrip.gz", "rb");
	if (!f || gzread(f, back, sizeof back) != (int)sizeof back || memcmp(text, back, sizeof back) != 0)
		return puts("gzread failed"), 1;
	gzclose(f);
	printf("zlib %s: %d bytes -> %lu, gzip file round trip ok\n", zlibVersion(), (int)sizeof text, (unsigned long)n);
	return 0;
}
C
    wasi-cc -O2 -I"$b" -I"$src" "$b/roundtrip.c" "$b/libz.a" -o "$b/roundtrip.wasm"
    (cd "$b" && wasi-run --dir . roundtrip.wasm)
}

# Lua 5.4 (the crate carries the library's sources only, not Lua's
# Makefile nor lua.c): every file compiled, then a chunk run. lstate.h
# includes <signal.h> for sig_atomic_t, hence the signal emulation.
lua() {
    fetch_crate lua-src 551.1.0
    local src=$work/src/lua-src-551.1.0/lua-5.4.9 b=$work/lua
    mkdir -p "$b"
    (cd "$b" && wasi-cc -O2 -DLUA_USE_POSIX -D_WASI_EMULATED_SIGNAL -c "$src"/*.c &&
        wasi-ar rcs liblua.a ./*.o)
    cat >"$b/run.c" <<'C'
#include <stdio.h>
#include "lauxlib.h"
#include "lualib.h"
int main(void)
{
	lua_State *L = luaL_newstate();
	luaL_openlibs(L);
	if (luaL_dostring(L, "local t = {} for i = 1, 10 do t[i] = i * i end "
	                     "print(_VERSION, table.concat(t, ' '), string.format('%.3f', math.pi)) "
	                     "print(pcall(error, 'caught'))"))
		return printf("%s\n", lua_tostring(L, -1)), 1;
	lua_close(L);
	return 0;
}
C
    wasi-cc -O2 -I"$src" "$b/run.c" "$b/liblua.a" -lwasi-emulated-signal -o "$b/run.wasm"
    wasi-run "$b/run.wasm"
}

# The SQLite amalgamation, compiled as one file with plain wasi-cc, then a
# database file created, filled and queried.
sqlite_amalgamation() {
    fetch_crate libsqlite3-sys 0.39.1
    local src=$work/src/libsqlite3-sys-0.39.1/sqlite3 b=$work/sqlite-amalgamation
    mkdir -p "$b"
    cat >"$b/smoke.c" <<'C'
#include <stdio.h>
#include "sqlite3.h"
static int row(void *u, int n, char **v, char **c)
{
	(void)u, (void)c;
	for (int i = 0; i < n; i++)
		printf("%s%s", i ? "|" : "", v[i] ? v[i] : "NULL");
	return puts(""), 0;
}
int main(void)
{
	sqlite3 *db;
	char *err = 0;
	if (sqlite3_open("smoke.db", &db) != SQLITE_OK)
		return printf("open: %s\n", sqlite3_errmsg(db)), 1;
	if (sqlite3_exec(db, "drop table if exists t; create table t(a integer, b text);"
	                     "insert into t values (1, 'one'), (2, 'two'), (3, printf('%.3f', 1.0 / 3));"
	                     "select sqlite_version(), count(*), sum(a), group_concat(b) from t;",
	                 row, 0, &err) != SQLITE_OK)
		return printf("exec: %s\n", err), 1;
	return sqlite3_close(db) != SQLITE_OK;
}
C
    wasi-cc -O2 -DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_LOAD_EXTENSION -I"$src" \
        "$src/sqlite3.c" "$b/smoke.c" -o "$b/smoke.wasm"
    (cd "$b" && wasi-run --dir . smoke.wasm)
}

# sqlite-autoconf, as the npm sqlite3 package bundles it: its own
# ./configure --host=wasm32-wasi CC=wasi-cc and make, then its shell on a
# database file. The shell catches SIGINT, shows its process id and times
# statements with getrusage: WASI's emulations of the three.
sqlite_configure() {
    fetch_npm sqlite3 6.0.1
    local b=$work/sqlite-autoconf
    rm -rf "$b" && mkdir -p "$b"
    tar xzf "$work/src/sqlite3-6.0.1/deps/sqlite-autoconf-3520000.tar.gz" -C "$b" --strip-components=1
    cd "$b"
    ./configure --host=wasm32-wasi CC=wasi-cc --disable-shared --disable-threadsafe \
        --disable-load-extension --disable-readline \
        CFLAGS="-O2 -D_WASI_EMULATED_SIGNAL -D_WASI_EMULATED_GETPID -D_WASI_EMULATED_PROCESS_CLOCKS" \
        LDFLAGS="-lwasi-emulated-signal -lwasi-emulated-getpid -lwasi-emulated-process-clocks"
    make -j 2 sqlite3
    wasi-run --dir . sqlite3 shell.db "create table t(x); insert into t values (6 * 7); select x, sqlite_version() from t;"
}

project zlib-ng-cmake zlib
project lua-5.4 lua
project sqlite-amalgamation sqlite_amalgamation
project sqlite-autoconf sqlite_configure
echo
printf '%s\n' "${results[@]}"

# The WASI platform for CMake releases before 3.31, which have none of
# their own: wasi-toolchain.cmake puts this folder on CMAKE_MODULE_PATH
# only for them. It says what the target system is; the compiler and the
# sysroot are the toolchain file's business.

# 3.31 sets WASI, which projects test as they test WIN32 or APPLE.
set(WASI 1)

# Paths, files, errno and the POSIX interfaces WASI can support are there,
# so code written for UNIX is the nearest fit; UnixPaths also gives the
# usual search prefixes, which the toolchain's find roots put in the sysroot.
include(Platform/UnixPaths)

set(CMAKE_EXECUTABLE_SUFFIX ".wasm")

# A module is linked whole: there is no dynamic loader, so add_library(SHARED)
# and MODULE build static libraries (CMake says so when it does), and
# find_library looks for archives only.
set_property(GLOBAL PROPERTY TARGET_SUPPORTS_SHARED_LIBS FALSE)
set(CMAKE_FIND_LIBRARY_SUFFIXES ".a")

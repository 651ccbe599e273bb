# CMake toolchain file for C programs on WASI (wasm32-wasip1), built with
# wasi-cc and run with wasi-run:
#
#   cmake -DCMAKE_TOOLCHAIN_FILE=PREFIX/share/cmake/wasi-toolchain.cmake ...
#
# It works from an installed prefix (bin/ two levels up) and from the
# checkout (target/release/ two levels up). The sysroot is the one wasi-cc
# finds (WASI_SYSROOT in the environment, else the installed or checkout
# sysroot) unless -DWASI_SYSROOT=DIR names another. C only: a C++ library
# for the sysroot is not part of this toolchain.

set(CMAKE_SYSTEM_NAME WASI)
set(CMAKE_SYSTEM_VERSION 1)
set(CMAKE_SYSTEM_PROCESSOR wasm32)

# CMake knows the WASI platform from 3.31 on; older releases take ours.
if(NOT EXISTS "${CMAKE_ROOT}/Modules/Platform/WASI.cmake")
  list(APPEND CMAKE_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}")
endif()

get_filename_component(_wasi_top "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
if(EXISTS "${_wasi_top}/bin/wasi-cc")
  set(_wasi_bin "${_wasi_top}/bin")
elseif(EXISTS "${_wasi_top}/target/release/wasi-cc")
  set(_wasi_bin "${_wasi_top}/target/release")
else()
  message(FATAL_ERROR "wasi-cc is not in ${_wasi_top}/bin nor in ${_wasi_top}/target/release: run `make` in the checkout, or use the toolchain file of an installed prefix")
endif()

set(CMAKE_C_COMPILER "${_wasi_bin}/wasi-cc")
# C++ through Debian's prebuilt wasm32 libc++ (wasi-c++ says what to
# install when it is missing).
set(CMAKE_CXX_COMPILER "${_wasi_bin}/wasi-c++")
# The host's binutils cannot index WebAssembly archives; these run LLVM's.
set(CMAKE_AR "${_wasi_bin}/wasi-ar" CACHE FILEPATH "Archiver for WASI")
set(CMAKE_RANLIB "${_wasi_bin}/wasi-ranlib" CACHE FILEPATH "Ranlib for WASI")

if(NOT WASI_SYSROOT)
  execute_process(COMMAND "${CMAKE_C_COMPILER}" --print-sysroot
    OUTPUT_VARIABLE WASI_SYSROOT OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT WASI_SYSROOT)
    message(FATAL_ERROR "wasi-cc found no sysroot: set WASI_SYSROOT")
  endif()
endif()
set(CMAKE_SYSROOT "${WASI_SYSROOT}")
# The sysroot's libraries are in lib/wasm32-wasip1 (lib/wasm32-wasi links
# there), where find_library looks only with the architecture named.
set(CMAKE_LIBRARY_ARCHITECTURE wasm32-wasip1)
# try_compile and try_run projects read this file again: give them the same.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES WASI_SYSROOT)

# Programs that run during the build are the host's; libraries, headers and
# packages come from the sysroot (and CMAKE_FIND_ROOT_PATH) only, never
# from the host, whose objects cannot be linked into a WebAssembly module.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# The same for pkg-config, which knows nothing of find roots.
if(NOT DEFINED ENV{PKG_CONFIG_LIBDIR})
  set(ENV{PKG_CONFIG_LIBDIR} "${WASI_SYSROOT}/lib/pkgconfig")
endif()

# try_run, check_c_source_runs and ctest run the modules under wasi-run,
# with the working directory granted, as tests expect to write there.
set(CMAKE_CROSSCOMPILING_EMULATOR "${_wasi_bin}/wasi-run;--dir;.")

//! What the sysroot is made of, stated once.
//!
//! Every archive and start-up object in `sysroot/lib/<triple>/`, the source
//! folders each is compiled from, and the flags they add. A library with no
//! sources is an empty archive that exists because build systems pass its
//! name (`-lm`, `-lpthread`, ...) while its functions live in `libc.a`.

/// Flags for every C file of the libc, after `--target` and `--sysroot`.
pub const COMMON_FLAGS: &[&str] = &[
    "-O2",
    "-std=gnu17",
    "-Wall",
    "-Wextra",
    "-Wno-unused-parameter",
    "-Werror=implicit-function-declaration",
    "-Werror=incompatible-pointer-types",
    "-Werror=return-type",
    "-fno-trapping-math",
    "-Ilibc-top/internal",
    "-Ilibc-bottom/internal",
];

/// Folders compiled with `-fno-builtin`: the compiler must not treat their
/// calls as the standard functions it knows. In `string`, a loop that copies
/// bytes would become a call to `memcpy` inside `memcpy`; in `malloc`, a
/// `malloc`/`free` pair around header edits would be deleted as an unused
/// allocation. (`wstring` for the same reason as `string`.)
pub const NO_BUILTIN_DIRS: &[&str] = &[
    "libc-top/src/string",
    "libc-top/src/wstring",
    "libc-top/src/malloc",
];

/// The public headers, copied in this order (later folders may not shadow
/// earlier ones: a header name may appear in only one of them).
pub const HEADER_DIRS: &[&str] = &["libc-top/include", "libc-bottom/include"];

pub struct Library {
    /// File name in `lib/<triple>/`.
    pub archive: &'static str,
    /// Folders compiled into it, every `.c` below them.
    pub sources: &'static [&'static str],
    /// Extra compiler flags for its files.
    pub flags: &'static [&'static str],
}

#[rustfmt::skip]
pub const LIBRARIES: &[Library] = &[
    Library { archive: "libc.a", sources: &["libc-top/src", "libc-bottom/src"], flags: &[] },
    Library { archive: "libclang_rt.builtins.a", sources: &["libc-top/builtins"], flags: &[] },
    Library {
        archive: "libwasi-emulated-mman.a",
        sources: &["libc-bottom/emulated/mman"],
        flags: &["-D_WASI_EMULATED_MMAN"],
    },
    Library {
        archive: "libwasi-emulated-signal.a",
        sources: &["libc-bottom/emulated/signal"],
        flags: &["-D_WASI_EMULATED_SIGNAL"],
    },
    Library {
        archive: "libwasi-emulated-process-clocks.a",
        sources: &["libc-bottom/emulated/process-clocks"],
        flags: &["-D_WASI_EMULATED_PROCESS_CLOCKS"],
    },
    Library {
        archive: "libwasi-emulated-getpid.a",
        sources: &["libc-bottom/emulated/getpid"],
        flags: &["-D_WASI_EMULATED_GETPID"],
    },
    // Names build systems pass; the functions are in libc.a, as on Linux.
    Library { archive: "libm.a", sources: &[], flags: &[] },
    Library { archive: "libpthread.a", sources: &[], flags: &[] },
    Library { archive: "librt.a", sources: &[], flags: &[] },
    Library { archive: "libdl.a", sources: &[], flags: &[] },
    Library { archive: "libutil.a", sources: &[], flags: &[] },
    Library { archive: "libresolv.a", sources: &[], flags: &[] },
    Library { archive: "libcrypt.a", sources: &[], flags: &[] },
    Library { archive: "libxnet.a", sources: &[], flags: &[] },
    // The established WASI libc's printf/scanf opt-ins: long double
    // formatting is always in libc.a here (it needs no 128-bit arithmetic
    // and costs a program little), so both names are empty.
    Library { archive: "libc-printscan-long-double.a", sources: &[], flags: &[] },
    Library { archive: "libc-printscan-no-floating-point.a", sources: &[], flags: &[] },
];

/// Start-up objects: `crt1.o` is the command start-up under its historical
/// name, `crt1-command.o` the same, `crt1-reactor.o` for reactors.
pub const STARTUP: &[(&str, &str)] = &[
    ("crt1.o", "libc-bottom/crt/crt1-command.c"),
    ("crt1-command.o", "libc-bottom/crt/crt1-command.c"),
    ("crt1-reactor.o", "libc-bottom/crt/crt1-reactor.c"),
];

/// The triple the sysroot is built for, and the older names under which the
/// same tree is installed so that `--target=wasm32-wasi` finds it too.
pub const TRIPLE: &str = "wasm32-wasip1";
pub const ALIAS_TRIPLES: &[&str] = &["wasm32-wasi"];

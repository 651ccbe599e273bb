//! Finding the LLVM tools a WASI build needs, and turning a `cc` command
//! line into a clang command line for `wasm32-wasip1`.
//!
//! Shared by the `wasi-cc` binary and by `xtask`, so the sysroot is built
//! with exactly the compiler that users' builds will pick.

use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The target triple wasi-cc compiles for unless told otherwise.
pub const TARGET: &str = "wasm32-wasip1";

/// The oldest clang that knows the `wasm32-wasip1` triple.
pub const MIN_CLANG: u32 = 16;

/// What to install when no usable clang is found (Debian and Ubuntu names).
pub const INSTALL_HINT: &str =
    "install clang and lld 16 or newer (Debian/Ubuntu: apt-get install clang-19 lld-19 llvm-19), or set WASI_CLANG";

#[derive(Debug)]
pub enum Error {
    /// No clang on PATH (or under `WASI_CLANG`/`CC`) that is recent enough.
    NoClang(String),
    /// A tool next to clang (`llvm-ar`, `wasm-ld`) is missing.
    NoTool(&'static str, u32),
    /// No sysroot was given and none was found next to the executable.
    NoSysroot,
    /// `-shared`: there is no dynamic linking on this target.
    Shared,
    /// `wasi-c++` without Debian's prebuilt wasm32 libc++ for this clang.
    NoLibcxx(u32),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NoClang(why) => write!(f, "{why}; {INSTALL_HINT}"),
            Error::NoTool(tool, v) => write!(
                f,
                "{tool} for clang {v} not found; install lld-{v} and llvm-{v} (apt-get install lld-{v} llvm-{v})"
            ),
            Error::NoSysroot => write!(
                f,
                "no WASI sysroot found: pass --sysroot=DIR, set WASI_SYSROOT, or run `make` in the wasi toolchain checkout"
            ),
            Error::Shared => write!(
                f,
                "-shared: this WASI toolchain has no shared libraries; build a static library (wasi-ar) and link it into the program"
            ),
            Error::NoLibcxx(v) => write!(
                f,
                "C++ needs Debian's wasm32 libc++ for clang {v}: apt-get install libc++-{v}-dev-wasm32 libc++abi-{v}-dev-wasm32 (`make` does this)"
            ),
        }
    }
}

impl std::error::Error for Error {}

/// A clang with its major version and the LLVM tools that belong to it.
#[derive(Debug, Clone)]
pub struct Toolchain {
    pub clang: PathBuf,
    pub version: u32,
}

impl Toolchain {
    /// Finds clang: `WASI_CLANG`, then `CC` when it names a clang, then the
    /// newest versioned `clang-N` on PATH, then plain `clang`.
    pub fn find() -> Result<Toolchain, Error> {
        if let Some(p) = std::env::var_os("WASI_CLANG") {
            let found = which::which(&p).map_err(|_| {
                Error::NoClang(format!(
                    "WASI_CLANG={} is not an executable",
                    p.to_string_lossy()
                ))
            })?;
            return Self::probe(&found).ok_or_else(|| {
                Error::NoClang(format!(
                    "WASI_CLANG={} is not clang {MIN_CLANG} or newer",
                    found.display()
                ))
            });
        }
        let cc = std::env::var_os("CC").filter(|cc| {
            Path::new(cc)
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("clang"))
        });
        if let Some(tc) = cc
            .and_then(|cc| which::which(cc).ok())
            .and_then(|c| Self::probe(&c))
        {
            return Ok(tc);
        }
        // A versioned name says its version: no `--version` run, which
        // matters when configure scripts start the driver hundreds of times.
        for version in (MIN_CLANG..=40).rev() {
            if let Ok(clang) = which::which(format!("clang-{version}")) {
                return Ok(Toolchain { clang, version });
            }
        }
        which::which("clang")
            .ok()
            .and_then(|c| Self::probe(&c))
            .ok_or_else(|| Error::NoClang(format!("clang {MIN_CLANG} or newer not found")))
    }

    /// Runs `clang --version` and accepts it if it is new enough.
    fn probe(clang: &Path) -> Option<Toolchain> {
        let out = Command::new(clang).arg("--version").output().ok()?;
        let text = String::from_utf8_lossy(&out.stdout);
        let version = parse_clang_version(&text)?;
        (version >= MIN_CLANG).then(|| Toolchain {
            clang: clang.to_path_buf(),
            version,
        })
    }

    /// Finds an LLVM tool of the same version as clang: `NAME-V` on PATH,
    /// then `NAME` beside clang's real location, then `NAME` on PATH.
    pub fn tool(&self, name: &'static str) -> Result<PathBuf, Error> {
        if let Ok(p) = which::which(format!("{name}-{}", self.version)) {
            return Ok(p);
        }
        if let Ok(real) = std::fs::canonicalize(&self.clang) {
            if let Some(dir) = real.parent() {
                let p = dir.join(name);
                if p.is_file() {
                    return Ok(p);
                }
            }
        }
        which::which(name).map_err(|_| Error::NoTool(name, self.version))
    }

    /// The compiler-rt builtins archive clang links for `target`, if it exists.
    pub fn builtins_present(&self, target: &str) -> bool {
        Command::new(&self.clang)
            .arg(format!("--target={target}"))
            .arg("-print-libgcc-file-name")
            .output()
            .ok()
            .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim().to_string()))
            .is_some_and(|p| p.is_file())
    }
}

/// The C++ standard library: Debian's prebuilt wasm32 libc++ and libc++abi,
/// built against the established WASI libc, whose ABI the sysroot shares.
/// The archives are named by path, never found with `-L`: Debian's `libc.a`
/// in the same folder must not stand in for the sysroot's.
#[derive(Debug, Clone)]
pub struct Libcxx {
    pub include: PathBuf,
    pub archives: Vec<PathBuf>,
}

impl Libcxx {
    /// The libc++ that goes with clang `version`, if installed.
    pub fn find(version: u32) -> Result<Libcxx, Error> {
        let include = PathBuf::from(format!(
            "/usr/lib/llvm-{version}/include/wasm32-wasi/c++/v1"
        ));
        let archives: Vec<PathBuf> = ["libc++.a", "libc++abi.a"]
            .iter()
            .map(|a| Path::new("/usr/lib/wasm32-wasi").join(a))
            .collect();
        if include.is_dir() && archives.iter().all(|a| a.is_file()) {
            Ok(Libcxx { include, archives })
        } else {
            Err(Error::NoLibcxx(version))
        }
    }

    /// The arguments around the user's for a C++ command: clang's C++
    /// driver with libc++'s headers (and, built without exceptions, no
    /// exceptions) before them; when linking, the archives after them in
    /// place of the `-lc++ -lc++abi` the driver would look for in the
    /// sysroot.
    pub fn args(&self, intent: &Intent) -> (Vec<OsString>, Vec<OsString>) {
        let before = vec![
            "--driver-mode=g++".into(),
            "-isystem".into(),
            self.include.clone().into(),
            "-fno-exceptions".into(),
        ];
        let mut after = Vec::new();
        if intent.links && !intent.no_default_libs {
            after.push("-nostdlib++".into());
            after.extend(self.archives.iter().map(|a| a.clone().into()));
        }
        (before, after)
    }
}

/// Whether this executable is the C++ driver (`wasi-c++`, `wasi-clang++`,
/// `wasm32-wasi-g++`, ...), the name `CXX` is given.
pub fn is_cxx(argv0: &Path) -> bool {
    argv0
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.ends_with("++"))
}

/// The other programs of a C toolchain, as the LLVM tools that do their
/// work on WebAssembly objects. The host's binutils do not understand them
/// (GNU `ar` writes an archive without a symbol index, which wasm-ld
/// refuses), so `-print-prog-name=ar` and the `wasi-ar`-style names must
/// lead here.
pub const PROGRAMS: &[(&str, &str)] = &[
    ("ar", "llvm-ar"),
    ("ranlib", "llvm-ranlib"),
    ("nm", "llvm-nm"),
    ("strip", "llvm-strip"),
    ("objcopy", "llvm-objcopy"),
    ("objdump", "llvm-objdump"),
    ("ld", "wasm-ld"),
];

/// The prefixes under which those programs are installed beside wasi-cc:
/// `wasi-` to go with `wasi-cc`, and the two host triples, because
/// autoconf's `--host=wasm32-wasi` looks for `wasm32-wasi-ar`,
/// `wasm32-wasi-ranlib`, ... before falling back to the host's tools.
pub const PROGRAM_PREFIXES: &[&str] = &["wasi-", "wasm32-wasi-", "wasm32-wasip1-"];

/// The LLVM tool that does the work of the program `name` (`ar`), if any.
pub fn program_tool(name: &str) -> Option<&'static str> {
    PROGRAMS.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
}

/// The LLVM tool this executable stands for when it is invoked under one of
/// the program names (`wasi-ar`, `wasm32-wasi-ranlib`); None for `wasi-cc`.
pub fn personality(argv0: &Path) -> Option<&'static str> {
    let name = argv0.file_name()?.to_str()?;
    let (_, program) = name.rsplit_once('-')?;
    program_tool(program)
}

/// Extracts the major version from `clang --version` output
/// ("Debian clang version 19.1.7 (3~deb12u1)" gives 19).
pub fn parse_clang_version(text: &str) -> Option<u32> {
    let rest = &text[text.find("clang version ")? + "clang version ".len()..];
    rest.split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

/// Where the sysroot is when none is named: `WASI_SYSROOT`, then
/// `share/wasi-sysroot` of an installed prefix, then `sysroot/` of the
/// checkout the executable was built in.
pub fn default_sysroot(exe: &Path) -> Option<PathBuf> {
    if let Some(s) = std::env::var_os("WASI_SYSROOT") {
        return Some(PathBuf::from(s));
    }
    let exe = std::fs::canonicalize(exe).ok()?;
    let bin = exe.parent()?;
    let installed = bin.parent()?.join("share/wasi-sysroot");
    if installed.is_dir() {
        return Some(installed);
    }
    // target/{release,debug}/wasi-cc in a checkout
    let checkout = bin.parent()?.parent()?.join("sysroot");
    checkout.is_dir().then_some(checkout)
}

/// Replaces each `@file` argument by the arguments written in the file, as
/// clang reads them (GNU quoting, files may name further files), so that a
/// command line a build system moved into a response file is classified
/// like one given directly. An unreadable `@file` stays as it is, as in
/// clang, where it is then an input file name.
pub fn expand_response_files(args: &[OsString]) -> Vec<OsString> {
    expand_nested(args, 0)
}

/// Response files that name each other must not loop forever.
const MAX_RESPONSE_DEPTH: usize = 16;

fn expand_nested(args: &[OsString], depth: usize) -> Vec<OsString> {
    let mut out = Vec::new();
    for a in args {
        let text = a
            .to_str()
            .and_then(|s| s.strip_prefix('@'))
            .filter(|_| depth < MAX_RESPONSE_DEPTH)
            .and_then(|file| std::fs::read_to_string(file).ok());
        match text {
            Some(text) => {
                let inner: Vec<OsString> = split_gnu(&text).into_iter().map(Into::into).collect();
                out.extend(expand_nested(&inner, depth + 1));
            }
            None => out.push(a.clone()),
        }
    }
    out
}

/// Splits response-file text the GNU way: blanks separate arguments, single
/// and double quotes group, a backslash takes the next character literally.
fn split_gnu(text: &str) -> Vec<String> {
    let mut args = Vec::new();
    let mut cur: Option<String> = None;
    let mut quote: Option<char> = None;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (_, '\\') => {
                if let Some(next) = chars.next() {
                    cur.get_or_insert_with(String::new).push(next);
                }
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => cur.get_or_insert_with(String::new).push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                cur.get_or_insert_with(String::new);
            }
            (None, c) if c.is_whitespace() => args.extend(cur.take()),
            (None, c) => cur.get_or_insert_with(String::new).push(c),
        }
    }
    args.extend(cur);
    args
}

/// What the command line asks clang to do, as far as the driver cares.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Intent {
    pub has_target: bool,
    pub sysroot: Option<PathBuf>,
    /// The command links (no `-c`, `-S`, `-E`, `-fsyntax-only`, `-M`/`-MM`).
    pub links: bool,
    /// The user already controls the default libraries.
    pub no_default_libs: bool,
    /// Only informational flags (`--version`, `-v` alone, `-print-*`).
    pub info_only: bool,
    /// `-shared` or `--shared`: asks for a shared library.
    pub shared: bool,
    /// The program of `-print-prog-name=NAME`, when it is one of [`PROGRAMS`].
    pub prog_name: Option<&'static str>,
}

/// Reads the arguments the way clang would for the decisions above (after
/// [`expand_response_files`]).
pub fn classify(args: &[OsString]) -> Intent {
    let mut it = Intent {
        links: true,
        ..Intent::default()
    };
    let mut inputs = 0usize;
    let mut info = false;
    let mut i = 0;
    while i < args.len() {
        let a = args[i].to_string_lossy();
        match a.as_ref() {
            "-c" | "-S" | "-E" | "-fsyntax-only" | "-M" | "-MM" | "--precompile" => {
                it.links = false
            }
            "-target" => {
                it.has_target = true;
                i += 1;
            }
            "--sysroot" => {
                it.sysroot = args.get(i + 1).map(PathBuf::from);
                i += 1;
            }
            "-nostdlib" | "-nodefaultlibs" | "-nostartfiles" => it.no_default_libs = true,
            "-shared" | "--shared" => it.shared = true,
            "--version" | "-v" | "-dumpversion" | "-dumpmachine" | "--help" => info = true,
            // Options whose value is the next argument.
            "-o" | "-x" | "-I" | "-D" | "-U" | "-include" | "-isystem" | "-idirafter"
            | "-iquote" | "-L" | "-l" | "-MF" | "-MT" | "-MQ" | "-Xlinker" | "-Xclang"
            | "-arch" | "-imacros" | "-iprefix" | "-isysroot" => i += 1,
            _ if a.starts_with("--target=") => it.has_target = true,
            _ if a.starts_with("--sysroot=") => {
                it.sysroot = Some(PathBuf::from(&a["--sysroot=".len()..]))
            }
            _ if a.starts_with("-print-") || a.starts_with("--print-") => {
                info = true;
                if let Some(name) = a.trim_start_matches('-').strip_prefix("print-prog-name=") {
                    it.prog_name = program_tool(name);
                }
            }
            _ if !a.starts_with('-') || a == "-" => inputs += 1,
            _ => {}
        }
        i += 1;
    }
    it.info_only = info && inputs == 0;
    if it.info_only {
        it.links = false;
    }
    it
}

/// The clang arguments for a `cc`-style command line: the target, the
/// sysroot, `-fmath-errno` and, when linking without clang's own wasm
/// builtins, the sysroot's builtins archive in their place; the user's
/// arguments follow, less those [`portable_args`] drops.
///
/// clang assumes `-fno-math-errno` for WASI targets, so it would fold or
/// reorder math calls as if they never set `errno`; the libc reports math
/// errors through `errno` (`math_errhandling` is `MATH_ERRNO`), as native
/// C compilers assume by default. The flag comes before the user's, so
/// `-fno-math-errno` or `-ffast-math` still turns it off.
pub fn clang_args(
    user: &[OsString],
    intent: &Intent,
    sysroot: &Path,
    builtins_present: bool,
    cxx: Option<&Libcxx>,
) -> Vec<OsString> {
    let (cxx_before, cxx_after) = cxx.map(|c| c.args(intent)).unwrap_or_default();
    let mut out: Vec<OsString> = cxx_before;
    if !intent.has_target {
        out.push(format!("--target={TARGET}").into());
    }
    if intent.sysroot.is_none() {
        out.push(format!("--sysroot={}", sysroot.display()).into());
    }
    out.push("-fmath-errno".into());
    let replace_builtins = intent.links && !builtins_present && !intent.no_default_libs;
    if replace_builtins {
        out.push("-nodefaultlibs".into());
    }
    out.extend(portable_args(user));
    out.extend(cxx_after);
    if replace_builtins {
        out.push("-lc".into());
        out.push("-lclang_rt.builtins".into());
    }
    out
}

/// The user's arguments less what would make a build that is portable
/// elsewhere fail here for no gain:
///
/// - `-pthread`: the thread interfaces are in libc and the target has one
///   thread (docs/threads.md); for clang it would turn on the atomics
///   feature, so the module would need the threads proposal from its host
///   and would still have only one thread.
/// - linker options about dynamic linking ([`elf_linker_only`]), which
///   native toolchains and build systems pass by default (meson's
///   `--as-needed`, distributions' `-z relro`, libtool's `-rpath`) and
///   which wasm-ld rejects; a static WebAssembly module has nothing for
///   them to do.
///
/// Arguments inside response files reach clang unchanged.
pub fn portable_args(user: &[OsString]) -> Vec<OsString> {
    // The linker words of every -Wl, and -Xlinker, in order, since an
    // option and its value may come from different arguments.
    let mut words: Vec<String> = Vec::new();
    let mut i = 0;
    while i < user.len() {
        match user[i].to_str() {
            Some("-Xlinker") => {
                if let Some(w) = user.get(i + 1).and_then(|w| w.to_str()) {
                    words.push(w.to_string());
                }
                i += 1;
            }
            Some(a) if a.starts_with("-Wl,") => {
                words.extend(a["-Wl,".len()..].split(',').map(String::from))
            }
            _ => {}
        }
        i += 1;
    }
    let mut keep = elf_linker_only(&words).into_iter().map(|drop| !drop);
    let mut out = Vec::new();
    let mut i = 0;
    while i < user.len() {
        match user[i].to_str() {
            Some("-pthread") => {}
            Some("-Xlinker") => match user.get(i + 1) {
                Some(w) if w.to_str().is_some() => {
                    if keep.next().unwrap_or(true) {
                        out.extend([user[i].clone(), w.clone()]);
                    }
                    i += 1;
                }
                _ => out.push(user[i].clone()),
            },
            Some(a) if a.starts_with("-Wl,") => {
                let kept: Vec<&str> = a["-Wl,".len()..]
                    .split(',')
                    .filter(|_| keep.next().unwrap_or(true))
                    .collect();
                if !kept.is_empty() {
                    out.push(format!("-Wl,{}", kept.join(",")).into());
                }
            }
            _ => out.push(user[i].clone()),
        }
        i += 1;
    }
    out
}

/// For each linker word, whether it belongs to an option that only ELF
/// dynamic linking has: dependency records (`--as-needed`), run-time search
/// paths (`-rpath`), symbol versions and exports of shared objects
/// (`--version-script`, `--exclude-libs`, `-Bsymbolic-functions`), dynamic
/// section and hash-table layout, `-z` keywords (but wasm-ld's own
/// `-z stack-size=`), archive groups (wasm-ld, like lld, searches archives
/// without them), and `--no-undefined` (already wasm-ld's rule for a
/// program). Options are compared without their leading dashes, as both
/// GNU ld and lld accept one or two.
pub fn elf_linker_only(words: &[String]) -> Vec<bool> {
    const FLAGS: &[&str] = &[
        "as-needed",
        "no-as-needed",
        "no-undefined",
        "start-group",
        "end-group",
        "(",
        ")",
        "enable-new-dtags",
        "disable-new-dtags",
        "allow-shlib-undefined",
        "no-allow-shlib-undefined",
        "Bsymbolic-functions",
        "eh-frame-hdr",
        "hash-style",
    ];
    // Those whose value is joined by `=` or is the next word.
    const WITH_VALUE: &[&str] = &[
        "rpath",
        "rpath-link",
        "version-script",
        "exclude-libs",
        "dynamic-list",
    ];
    let mut drop = vec![false; words.len()];
    let mut i = 0;
    while i < words.len() {
        let Some(option) = words[i].strip_prefix('-') else {
            i += 1;
            continue;
        };
        let option = option.trim_start_matches('-');
        let (name, joined) = match option.split_once('=') {
            Some((n, _)) => (n, true),
            None => (option, false),
        };
        let separate = !joined && (name == "z" || WITH_VALUE.contains(&name));
        let value = if separate {
            words.get(i + 1).map(String::as_str)
        } else {
            None
        };
        drop[i] = match name {
            // -z KEYWORD or -zKEYWORD: of these, only stack-size is wasm-ld's.
            "z" => !value.is_some_and(|v| v.starts_with("stack-size=")),
            _ if name.starts_with('z') => !name[1..].starts_with("stack-size"),
            _ => FLAGS.contains(&name) || WITH_VALUE.contains(&name),
        };
        if value.is_some() {
            drop[i + 1] = drop[i];
            i += 1;
        }
        i += 1;
    }
    drop
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn clang_version_is_read_from_vendor_banners() {
        assert_eq!(
            parse_clang_version("Debian clang version 19.1.7 (3~deb12u1)\nTarget: x"),
            Some(19)
        );
        assert_eq!(parse_clang_version("clang version 16.0.0"), Some(16));
        assert_eq!(parse_clang_version("Apple LLVM version 10"), None);
    }

    #[test]
    fn compile_only_commands_do_not_link() {
        assert!(!classify(&args(&["-c", "a.c"])).links);
        assert!(!classify(&args(&["-E", "a.c"])).links);
        assert!(!classify(&args(&["-S", "a.c", "-o", "a.s"])).links);
        assert!(classify(&args(&["a.c", "-o", "a.wasm"])).links);
        assert!(classify(&args(&["a.o", "b.o", "-lm"])).links);
    }

    #[test]
    fn informational_flags_alone_neither_link_nor_compile() {
        let i = classify(&args(&["--version"]));
        assert!(i.info_only && !i.links);
        let i = classify(&args(&["-print-libgcc-file-name"]));
        assert!(i.info_only && !i.links);
        assert!(!classify(&args(&["-v", "a.c"])).info_only);
    }

    #[test]
    fn cxx_gets_libcxx_headers_before_and_archives_after_the_user_s_arguments() {
        let cxx = Libcxx {
            include: PathBuf::from("/inc"),
            archives: vec![
                PathBuf::from("/l/libc++.a"),
                PathBuf::from("/l/libc++abi.a"),
            ],
        };
        let user = args(&["a.cpp", "-o", "a.wasm"]);
        let out = strings(&clang_args(
            &user,
            &classify(&user),
            Path::new("/s"),
            true,
            Some(&cxx),
        ));
        let at = |s: &str| out.iter().position(|a| a == s).unwrap();
        assert!(at("--driver-mode=g++") < at("a.cpp") && at("/inc") < at("a.cpp"));
        assert!(at("-nostdlib++") > at("a.cpp") && at("/l/libc++abi.a") > at("a.cpp"));
        let user = args(&["-c", "a.cpp"]);
        let out = strings(&clang_args(
            &user,
            &classify(&user),
            Path::new("/s"),
            true,
            Some(&cxx),
        ));
        assert!(out.contains(&"/inc".to_string()) && !out.contains(&"/l/libc++.a".to_string()));
        assert!(is_cxx(Path::new("/opt/bin/wasi-c++")) && is_cxx(Path::new("wasm32-wasi-g++")));
        assert!(!is_cxx(Path::new("wasi-cc")));
    }

    #[test]
    fn user_target_and_sysroot_are_respected() {
        let i = classify(&args(&["--target=wasm32-wasi", "--sysroot", "/s", "a.c"]));
        assert!(i.has_target);
        assert_eq!(i.sysroot, Some(PathBuf::from("/s")));
        let out = clang_args(
            &args(&["--target=wasm32-wasi", "a.c"]),
            &classify(&args(&["--target=wasm32-wasi", "a.c"])),
            Path::new("/x"),
            true,
            None,
        );
        assert!(!out
            .iter()
            .any(|a| a.to_string_lossy().starts_with("--target=wasm32-wasip1")));
        assert!(out.iter().any(|a| a == "--sysroot=/x"));
    }

    #[test]
    fn an_option_value_is_not_an_input() {
        let i = classify(&args(&["-o", "out", "-I", "inc", "-print-search-dirs"]));
        assert!(i.info_only);
    }

    #[test]
    fn missing_builtins_are_replaced_by_the_sysroot_s_when_linking() {
        let user = args(&["a.c", "-o", "a.wasm"]);
        let out = clang_args(&user, &classify(&user), Path::new("/s"), false, None);
        let text: Vec<String> = out
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        assert_eq!(text[0], "--target=wasm32-wasip1");
        let errno = text.iter().position(|a| a == "-fmath-errno");
        assert!(errno.is_some_and(|i| i < text.iter().position(|a| a == "a.c").unwrap()));
        assert!(text.contains(&"-nodefaultlibs".to_string()));
        assert_eq!(&text[text.len() - 2..], &["-lc", "-lclang_rt.builtins"]);
        // ...but not when compiling only, nor when the user chose the libraries.
        let user = args(&["-c", "a.c"]);
        assert!(
            !clang_args(&user, &classify(&user), Path::new("/s"), false, None)
                .iter()
                .any(|a| a == "-nodefaultlibs")
        );
        let user = args(&["a.o", "-nostdlib"]);
        assert!(
            !clang_args(&user, &classify(&user), Path::new("/s"), false, None)
                .iter()
                .any(|a| a == "-lc")
        );
    }

    fn strings(list: &[OsString]) -> Vec<String> {
        list.iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn program_names_select_the_llvm_tool() {
        assert_eq!(personality(Path::new("/opt/bin/wasi-ar")), Some("llvm-ar"));
        assert_eq!(
            personality(Path::new("wasm32-wasi-ranlib")),
            Some("llvm-ranlib")
        );
        assert_eq!(personality(Path::new("wasm32-wasip1-ld")), Some("wasm-ld"));
        assert_eq!(personality(Path::new("/usr/bin/wasi-cc")), None);
        assert_eq!(personality(Path::new("cc")), None);
        for prefix in PROGRAM_PREFIXES {
            for (program, tool) in PROGRAMS {
                assert_eq!(
                    personality(Path::new(&format!("{prefix}{program}"))),
                    Some(*tool)
                );
            }
        }
    }

    #[test]
    fn print_prog_name_of_a_binutil_is_answered_by_the_driver() {
        assert_eq!(
            classify(&args(&["-print-prog-name=ar"])).prog_name,
            Some("llvm-ar")
        );
        assert_eq!(
            classify(&args(&["--print-prog-name=ld"])).prog_name,
            Some("wasm-ld")
        );
        // Anything else is clang's to answer.
        assert_eq!(classify(&args(&["-print-prog-name=cc1"])).prog_name, None);
    }

    #[test]
    fn shared_is_seen_also_inside_a_response_file() {
        assert!(classify(&args(&["-shared", "a.o", "-o", "liba.so"])).shared);
        assert!(!classify(&args(&["a.o"])).shared);
        let dir = tempfile::tempdir().unwrap();
        let inner = dir.path().join("inner.rsp");
        std::fs::write(&inner, "-shared").unwrap();
        let outer = dir.path().join("outer.rsp");
        std::fs::write(&outer, format!("a.o @{}\n", inner.display())).unwrap();
        let user = args(&[&format!("@{}", outer.display()), "-o", "x"]);
        assert!(classify(&expand_response_files(&user)).shared);
    }

    #[test]
    fn response_files_use_gnu_quoting() {
        let dir = tempfile::tempdir().unwrap();
        let rsp = dir.path().join("args.rsp");
        std::fs::write(&rsp, "-c  'a b.c'\n\"-DX=\\\"y\\\"\" -DZ=a\\ b ''").unwrap();
        let out = expand_response_files(&args(&[&format!("@{}", rsp.display()), "-O2"]));
        assert_eq!(
            strings(&out),
            ["-c", "a b.c", "-DX=\"y\"", "-DZ=a b", "", "-O2"]
        );
        assert!(!classify(&out).links);
        // A file that cannot be read is an argument like any other.
        let out = expand_response_files(&args(&["@/nonexistent/args"]));
        assert_eq!(strings(&out), ["@/nonexistent/args"]);
    }

    #[test]
    fn a_response_file_that_names_itself_ends() {
        let dir = tempfile::tempdir().unwrap();
        let rsp = dir.path().join("loop.rsp");
        std::fs::write(&rsp, format!("-c @{}", rsp.display())).unwrap();
        let out = expand_response_files(&args(&[&format!("@{}", rsp.display())]));
        assert_eq!(
            out.iter().filter(|a| *a == "-c").count(),
            MAX_RESPONSE_DEPTH
        );
    }

    #[test]
    fn pthread_is_dropped() {
        let out = portable_args(&args(&["-pthread", "-c", "a.c"]));
        assert_eq!(strings(&out), ["-c", "a.c"]);
    }

    #[test]
    fn dynamic_linking_options_are_dropped_from_linker_lists() {
        let user = args(&[
            "a.o",
            "-Wl,--as-needed",
            "-Wl,-O1,--no-undefined,--gc-sections",
            "-Wl,-z,relro,-z,now",
            "-Wl,-zstack-size=65536",
            "-Wl,-z,stack-size=131072",
            "-Wl,-rpath,/usr/lib,--export=f",
            "-Wl,-rpath=/x",
            "-Xlinker",
            "-rpath",
            "-Xlinker",
            "/opt/lib",
            "-Xlinker",
            "--strip-debug",
            "-Wl,--version-script",
            "-Wl,lib.map",
            "-Wl,--start-group",
            "-lfoo",
            "-Wl,--end-group",
            "-Wl,--hash-style=gnu,-soname,z",
        ]);
        assert_eq!(
            strings(&portable_args(&user)),
            [
                "a.o",
                "-Wl,-O1,--gc-sections",
                "-Wl,-zstack-size=65536",
                "-Wl,-z,stack-size=131072",
                "-Wl,--export=f",
                "-Xlinker",
                "--strip-debug",
                "-lfoo",
                "-Wl,-soname,z",
            ]
        );
    }

    #[test]
    fn the_user_s_arguments_reach_clang_filtered() {
        let user = args(&["-pthread", "a.c", "-Wl,--as-needed", "-o", "a.wasm"]);
        let out = strings(&clang_args(
            &user,
            &classify(&user),
            Path::new("/s"),
            true,
            None,
        ));
        assert!(!out
            .iter()
            .any(|a| a == "-pthread" || a.contains("as-needed")));
        assert!(out.ends_with(&["a.c".into(), "-o".into(), "a.wasm".into()]));
    }
}

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
}

/// Reads the arguments the way clang would for the decisions above.
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
            "--version" | "-v" | "-dumpversion" | "-dumpmachine" | "--help" => info = true,
            // Options whose value is the next argument.
            "-o" | "-x" | "-I" | "-D" | "-U" | "-include" | "-isystem" | "-idirafter"
            | "-iquote" | "-L" | "-l" | "-MF" | "-MT" | "-MQ" | "-Xlinker" | "-Xclang"
            | "-arch" | "-imacros" | "-iprefix" | "-isysroot" => i += 1,
            _ if a.starts_with("--target=") => it.has_target = true,
            _ if a.starts_with("--sysroot=") => {
                it.sysroot = Some(PathBuf::from(&a["--sysroot=".len()..]))
            }
            _ if a.starts_with("-print-") || a.starts_with("--print-") => info = true,
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
/// builtins, the sysroot's builtins archive in their place.
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
) -> Vec<OsString> {
    let mut out: Vec<OsString> = Vec::new();
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
    out.extend(user.iter().cloned());
    if replace_builtins {
        out.push("-lc".into());
        out.push("-lclang_rt.builtins".into());
    }
    out
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
    fn user_target_and_sysroot_are_respected() {
        let i = classify(&args(&["--target=wasm32-wasi", "--sysroot", "/s", "a.c"]));
        assert!(i.has_target);
        assert_eq!(i.sysroot, Some(PathBuf::from("/s")));
        let out = clang_args(
            &args(&["--target=wasm32-wasi", "a.c"]),
            &classify(&args(&["--target=wasm32-wasi", "a.c"])),
            Path::new("/x"),
            true,
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
        let out = clang_args(&user, &classify(&user), Path::new("/s"), false);
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
        assert!(!clang_args(&user, &classify(&user), Path::new("/s"), false)
            .iter()
            .any(|a| a == "-nodefaultlibs"));
        let user = args(&["a.o", "-nostdlib"]);
        assert!(!clang_args(&user, &classify(&user), Path::new("/s"), false)
            .iter()
            .any(|a| a == "-lc"));
    }
}

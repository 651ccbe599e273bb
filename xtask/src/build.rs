//! `cargo xtask build`: headers, start-up objects and archives into `sysroot/`.
//!
//! Each object is rebuilt only when its source, a header it included (from
//! clang's depfile), or its library's flags changed, so a no-op build only
//! reads timestamps.

use std::collections::BTreeSet;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::SystemTime;

use walkdir::WalkDir;
use wasi_cc::Toolchain;

use crate::libs::{self, Library};

/// Paths of one build: the checkout and the output folders in it.
pub struct Layout {
    pub root: PathBuf,
    pub sysroot: PathBuf,
    pub build: PathBuf,
}

impl Layout {
    pub fn new(root: PathBuf) -> Layout {
        Layout {
            sysroot: root.join("sysroot"),
            build: root.join("build"),
            root,
        }
    }
    pub fn include(&self) -> PathBuf {
        self.sysroot.join("include").join(libs::TRIPLE)
    }
    pub fn lib(&self) -> PathBuf {
        self.sysroot.join("lib").join(libs::TRIPLE)
    }
}

/// One C file to compile into one object.
struct Job {
    source: PathBuf,
    object: PathBuf,
    flags: Vec<String>,
}

impl Job {
    fn depfile(&self) -> PathBuf {
        self.object.with_extension("d")
    }
}

pub fn build(layout: &Layout, jobs_wanted: Option<usize>, keep_going: bool) -> Result<(), String> {
    let tc = Toolchain::find().map_err(|e| e.to_string())?;
    let ar = tc.tool("llvm-ar").map_err(|e| e.to_string())?;
    install_headers(layout)?;
    fs::create_dir_all(layout.lib()).map_err(|e| io_err(&layout.lib(), e))?;

    let base = base_flags(layout);
    let mut jobs = Vec::new();
    let mut archives = Vec::new();
    for lib in libs::LIBRARIES {
        let objects = library_jobs(layout, lib, &base, &tc, &mut jobs)?;
        archives.push((lib, objects));
    }
    let crt_dir = layout.build.join("obj/crt");
    for (name, source) in libs::STARTUP {
        jobs.push(Job {
            source: PathBuf::from(source),
            object: crt_dir.join(name),
            flags: base.clone(),
        });
    }

    let stale: Vec<&Job> = jobs.iter().filter(|j| out_of_date(layout, j)).collect();
    compile_all(layout, &tc, &stale, jobs_wanted, keep_going)?;

    for (lib, objects) in &archives {
        archive(layout, &ar, lib, objects)?;
    }
    for (name, _) in libs::STARTUP {
        copy_if_changed(&crt_dir.join(name), &layout.lib().join(name))?;
    }
    link_aliases(layout)?;
    // The checkout's wasi-cc gets its program names too, for build systems
    // pointed at target/release.
    let tools = layout.root.join("target/release");
    if tools.join("wasi-cc").is_file() {
        link_programs(&tools)?;
    }
    Ok(())
}

/// `--target` and `--sysroot` first, then the shared flags.
fn base_flags(layout: &Layout) -> Vec<String> {
    let mut f = vec![
        format!("--target={}", libs::TRIPLE),
        format!("--sysroot={}", layout.sysroot.display()),
    ];
    f.extend(libs::COMMON_FLAGS.iter().map(|s| s.to_string()));
    f
}

/// Adds the jobs of one library and returns its objects, in a stable order.
/// A change of flags (or of compiler) throws away the library's objects.
fn library_jobs(
    layout: &Layout,
    lib: &Library,
    base: &[String],
    tc: &Toolchain,
    jobs: &mut Vec<Job>,
) -> Result<Vec<PathBuf>, String> {
    let obj_dir = layout
        .build
        .join("obj")
        .join(lib.archive.trim_end_matches(".a"));
    let mut objects = Vec::new();
    for dir in lib.sources {
        let dir_path = layout.root.join(dir);
        if !dir_path.is_dir() {
            continue;
        }
        let mut files: Vec<PathBuf> = WalkDir::new(&dir_path)
            .into_iter()
            .filter_map(|e| e.ok())
            .map(|e| e.into_path())
            .filter(|p| p.extension().is_some_and(|x| x == "c"))
            .collect();
        files.sort();
        for file in files {
            let rel = file
                .strip_prefix(&layout.root)
                .unwrap_or(&file)
                .to_path_buf();
            let mut flags = base.to_vec();
            flags.extend(lib.flags.iter().map(|s| s.to_string()));
            if libs::NO_BUILTIN_DIRS.iter().any(|d| rel.starts_with(d)) {
                flags.push("-fno-builtin".into());
            }
            let object = obj_dir.join(&rel).with_extension("o");
            objects.push(object.clone());
            jobs.push(Job {
                source: rel,
                object,
                flags,
            });
        }
    }
    let stamp = obj_dir.join("flags.stamp");
    let want = format!(
        "{} {}\n{}\n{}\n{}\n",
        tc.clang.display(),
        tc.version,
        base.join(" "),
        lib.flags.join(" "),
        libs::NO_BUILTIN_DIRS.join(" ")
    );
    if fs::read_to_string(&stamp).ok().as_deref() != Some(want.as_str()) {
        if obj_dir.exists() {
            fs::remove_dir_all(&obj_dir).map_err(|e| io_err(&obj_dir, e))?;
        }
        fs::create_dir_all(&obj_dir).map_err(|e| io_err(&obj_dir, e))?;
        fs::write(&stamp, want).map_err(|e| io_err(&stamp, e))?;
    }
    Ok(objects)
}

fn mtime(p: &Path) -> Option<SystemTime> {
    fs::metadata(p).and_then(|m| m.modified()).ok()
}

/// True when the object is missing or older than anything it was built from.
fn out_of_date(layout: &Layout, job: &Job) -> bool {
    let Some(built) = mtime(&job.object) else {
        return true;
    };
    let Ok(dep) = fs::read_to_string(job.depfile()) else {
        return true;
    };
    let inputs = parse_depfile(&dep);
    if inputs.is_empty() {
        return true;
    }
    inputs.iter().any(|input| {
        let p = layout.root.join(input);
        mtime(&p).is_none_or(|t| t > built)
    })
}

/// The prerequisites of a make-style depfile (`obj: a.c b.h \` ...).
pub fn parse_depfile(text: &str) -> Vec<String> {
    let joined = text.replace("\\\n", " ");
    let Some((_, deps)) = joined.split_once(": ") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = deps.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&' ') => {
                cur.push(' ');
                chars.next();
            }
            c if c.is_whitespace() => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Compiles the jobs on all cores, printing `[n/N] path` as each starts.
/// On an error, the file and clang's diagnostics are printed, no new job
/// starts (unless `keep_going`), and the build fails once the running ones
/// are done.
fn compile_all(
    layout: &Layout,
    tc: &Toolchain,
    jobs: &[&Job],
    jobs_wanted: Option<usize>,
    keep_going: bool,
) -> Result<(), String> {
    if jobs.is_empty() {
        return Ok(());
    }
    let threads = jobs_wanted
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
        .max(1);
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let failures = Mutex::new(Vec::new());
    let total = jobs.len();
    std::thread::scope(|s| {
        for _ in 0..threads.min(total) {
            s.spawn(|| loop {
                if failed.load(Ordering::Relaxed) && !keep_going {
                    break;
                }
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(job) = jobs.get(i) else { break };
                println!("[{}/{}] {}", i + 1, total, job.source.display());
                if let Err(msg) = compile(layout, tc, job) {
                    failed.store(true, Ordering::Relaxed);
                    failures.lock().unwrap_or_else(|p| p.into_inner()).push(msg);
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap_or_else(|p| p.into_inner());
    if failures.is_empty() {
        Ok(())
    } else {
        for f in &failures {
            eprintln!("{f}");
        }
        Err(format!("{} file(s) failed to compile", failures.len()))
    }
}

fn compile(layout: &Layout, tc: &Toolchain, job: &Job) -> Result<(), String> {
    if let Some(dir) = job.object.parent() {
        fs::create_dir_all(dir).map_err(|e| io_err(dir, e))?;
    }
    let out = Command::new(&tc.clang)
        .current_dir(&layout.root)
        .args(&job.flags)
        .arg("-MD")
        .arg("-MF")
        .arg(job.depfile())
        .arg("-c")
        .arg(&job.source)
        .arg("-o")
        .arg(&job.object)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", tc.clang.display()))?;
    let diag = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        let _ = fs::remove_file(&job.object);
        return Err(format!(
            "error: compiling {}\n{}",
            job.source.display(),
            diag.trim_end()
        ));
    }
    if !diag.trim().is_empty() {
        let mut err = io::stderr().lock();
        let _ = writeln!(err, "{}", diag.trim_end());
    }
    Ok(())
}

/// Rebuilds the archive when an object is newer or the member list changed;
/// a library without sources is an empty archive.
fn archive(layout: &Layout, ar: &Path, lib: &Library, objects: &[PathBuf]) -> Result<(), String> {
    let dest = layout.lib().join(lib.archive);
    let members_file = layout
        .build
        .join("obj")
        .join(lib.archive.trim_end_matches(".a"))
        .join("members.txt");
    let members: String = objects
        .iter()
        .map(|o| format!("{}\n", o.display()))
        .collect();
    let built = mtime(&dest);
    let fresh = built.is_some()
        && fs::read_to_string(&members_file).ok().as_deref() == Some(members.as_str())
        && objects
            .iter()
            .all(|o| mtime(o).is_some_and(|t| Some(t) <= built));
    if fresh {
        return Ok(());
    }
    let _ = fs::remove_file(&dest);
    if objects.is_empty() {
        fs::write(&dest, b"!<arch>\n").map_err(|e| io_err(&dest, e))?;
    } else {
        let out = Command::new(ar)
            .arg("rcsD")
            .arg(&dest)
            .args(objects)
            .output()
            .map_err(|e| format!("cannot run {}: {e}", ar.display()))?;
        if !out.status.success() {
            return Err(format!(
                "error: archiving {}\n{}",
                lib.archive,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    if let Some(dir) = members_file.parent() {
        fs::create_dir_all(dir).map_err(|e| io_err(dir, e))?;
    }
    fs::write(&members_file, members).map_err(|e| io_err(&members_file, e))?;
    println!("ar {}", lib.archive);
    Ok(())
}

/// Copies the public headers, touching only those whose content changed (so
/// the depfiles see real changes), and removes headers no longer in the tree.
fn install_headers(layout: &Layout) -> Result<(), String> {
    let dest_root = layout.include();
    let mut wanted = BTreeSet::new();
    for dir in libs::HEADER_DIRS {
        let src_root = layout.root.join(dir);
        for entry in WalkDir::new(&src_root).into_iter().filter_map(|e| e.ok()) {
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = entry
                .path()
                .strip_prefix(&src_root)
                .unwrap_or(entry.path())
                .to_path_buf();
            if !wanted.insert(rel.clone()) {
                return Err(format!(
                    "header {} is in more than one of {:?}",
                    rel.display(),
                    libs::HEADER_DIRS
                ));
            }
            copy_if_changed(entry.path(), &dest_root.join(&rel))?;
        }
    }
    if dest_root.is_dir() {
        for entry in WalkDir::new(&dest_root).into_iter().filter_map(|e| e.ok()) {
            if entry.file_type().is_file() {
                let rel = entry
                    .path()
                    .strip_prefix(&dest_root)
                    .unwrap_or(entry.path());
                if !wanted.contains(rel) {
                    fs::remove_file(entry.path()).map_err(|e| io_err(entry.path(), e))?;
                }
            }
        }
    }
    Ok(())
}

fn copy_if_changed(src: &Path, dest: &Path) -> Result<(), String> {
    let data = fs::read(src).map_err(|e| io_err(src, e))?;
    if fs::read(dest).ok().as_deref() == Some(data.as_slice()) {
        return Ok(());
    }
    if let Some(dir) = dest.parent() {
        fs::create_dir_all(dir).map_err(|e| io_err(dir, e))?;
    }
    fs::write(dest, data).map_err(|e| io_err(dest, e))
}

/// `include/wasm32-wasi` and `lib/wasm32-wasi` as links to the wasip1 trees.
fn link_aliases(layout: &Layout) -> Result<(), String> {
    for kind in ["include", "lib"] {
        for alias in libs::ALIAS_TRIPLES {
            symlink(
                Path::new(libs::TRIPLE),
                &layout.sysroot.join(kind).join(alias),
            )?;
        }
    }
    Ok(())
}

/// The names under which wasi-cc is the C++ driver (`wasi-c++`) or runs
/// the LLVM tools (`wasi-ar`, `wasm32-wasi-ranlib`, ...), as links to
/// wasi-cc in `bin`.
pub fn link_programs(bin: &Path) -> Result<(), String> {
    for prefix in wasi_cc::PROGRAM_PREFIXES {
        symlink(Path::new("wasi-cc"), &bin.join(format!("{prefix}c++")))?;
        for (program, _) in wasi_cc::PROGRAMS {
            symlink(
                Path::new("wasi-cc"),
                &bin.join(format!("{prefix}{program}")),
            )?;
        }
    }
    Ok(())
}

/// Makes `link` a symbolic link to `target`, replacing whatever is there.
fn symlink(target: &Path, link: &Path) -> Result<(), String> {
    if fs::read_link(link).ok().as_deref() == Some(target) {
        return Ok(());
    }
    if link.is_dir() && !link.is_symlink() {
        fs::remove_dir_all(link).map_err(|e| io_err(link, e))?;
    } else {
        let _ = fs::remove_file(link);
    }
    std::os::unix::fs::symlink(target, link).map_err(|e| io_err(link, e))
}

pub fn io_err(p: &Path, e: io::Error) -> String {
    format!("{}: {e}", p.display())
}

#[cfg(test)]
mod tests {
    use super::parse_depfile;

    #[test]
    fn depfile_with_continuations_and_escaped_spaces() {
        let d = "build/a.o: src/a.c \\\n  include/a\\ b.h \\\n include/c.h\n";
        assert_eq!(
            parse_depfile(d),
            vec!["src/a.c", "include/a b.h", "include/c.h"]
        );
    }

    #[test]
    fn depfile_without_prerequisites_is_empty() {
        assert!(parse_depfile("garbage").is_empty());
    }
}

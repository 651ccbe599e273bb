//! Differential tests: the same WAT guests under wasi-run and under
//! wasmtime (the PyPI `wasmtime` package, driven by the C-test harness's
//! runner, `tests/hosts/wasmtime-run.py`). Exit codes, stdout and the
//! resulting file-system state must agree, apart from the deliberate
//! differences listed in `ALLOWED` (each documented in the README).
//!
//! The Python is the project's venv (`build/venv`, which `make` fills)
//! when present. When the wasmtime package is missing the tests print a
//! notice and pass without comparing, except under CI (`CI` set), where a
//! missing oracle is a failure.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use common::populate;
use common::probe::{Probe, BUF, IOV, OUT, OUT2};
use wasi_run::{Config, Exit, Preopen};

/// Labels whose results differ on purpose: (label, ours, wasmtime's).
const ALLOWED: &[(&str, &str, &str)] = &[
    // The CPU-time clocks: wasmtime does not provide them.
    ("clock_process", "0", "8"),
    ("clock_thread", "0", "8"),
    // More than IOV_MAX iovecs: wasmtime uses the first non-empty one.
    ("iov_bad_count", "28", "0"),
    // A subscription on a bad fd: an event carrying `badf` (the spec's
    // event.error) rather than failing the whole call.
    ("poll_fds", "0", "8"),
    ("poll_fds_n", "2", "1"),
];

fn runner() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/hosts/wasmtime-run.py")
}

/// The Python with the wasmtime package: the checkout's venv, else python3.
fn python() -> std::path::PathBuf {
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../build/venv/bin/python3");
    if venv.is_file() {
        venv
    } else {
        "python3".into()
    }
}

fn wasmtime_available() -> bool {
    let ok = Command::new(python())
        .args(["-c", "import wasmtime"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "the wasmtime package is missing under CI: run `make` (scripts/deps.sh installs it)"
        );
        eprintln!(
            "NOTICE: python3 with the `wasmtime` package is missing; differential test skipped"
        );
    }
    ok
}

/// The tree under `root`: path -> description (file contents, link
/// target or "dir").
fn snapshot(root: &Path) -> BTreeMap<String, String> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, String>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd.flatten() {
            let p = e.path();
            let rel = p.strip_prefix(root).unwrap().display().to_string();
            let meta = std::fs::symlink_metadata(&p).unwrap();
            if meta.file_type().is_symlink() {
                let t = std::fs::read_link(&p).unwrap();
                out.insert(rel, format!("link -> {}", t.display()));
            } else if meta.is_dir() {
                out.insert(rel, "dir".into());
                walk(root, &p, out);
            } else {
                let c = std::fs::read(&p).unwrap();
                out.insert(rel, format!("file {:?}", String::from_utf8_lossy(&c)));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

struct Result1 {
    exit: String,
    stdout: String,
    tree: BTreeMap<String, String>,
}

fn run_ours(wasm: &[u8], root: &Path) -> Result1 {
    let config = Config {
        args: vec!["probe".into(), "arg1".into()],
        env: vec![("K".into(), "V".into())],
        dirs: vec![
            Preopen {
                host: root.join("sandbox"),
                guest: "/sandbox".into(),
                read_only: false,
            },
            Preopen {
                host: root.join("ro"),
                guest: "/ro".into(),
                read_only: true,
            },
        ],
        ..Config::default()
    };
    let o = wasi_run::run(wasm, config).expect("wasi-run failed");
    Result1 {
        exit: match o.exit {
            Exit::Code(c) => format!("exit {c}"),
            Exit::Trap(t) => format!("trap {t}"),
        },
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        tree: snapshot(root),
    }
}

fn run_wasmtime(wasm: &[u8], root: &Path) -> Result1 {
    let module = root.join("probe.wasm");
    std::fs::write(&module, wasm).unwrap();
    let out = Command::new(python())
        .arg(runner())
        .arg("--dir")
        .arg(format!("{}::/sandbox", root.join("sandbox").display()))
        .arg("--dir")
        .arg(format!("{}::/ro:ro", root.join("ro").display()))
        .args(["--env", "K=V"])
        .arg(&module)
        .args(["--", "probe", "arg1"])
        .output()
        .expect("python3 runs");
    std::fs::remove_file(&module).unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let exit = match (
        out.status.code(),
        stderr.lines().find_map(|l| l.strip_prefix("trap: ")),
    ) {
        (Some(134), Some(trap)) => format!("trap {trap}"),
        (Some(code), _) => format!("exit {code}"),
        (None, _) => panic!("the wasmtime runner was killed: {stderr}"),
    };
    Result1 {
        exit,
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        tree: snapshot(root),
    }
}

/// Runs `probe` under both hosts on fresh copies of the standard tree and
/// compares everything.
fn compare(name: &str, probe: &Probe) {
    let wasm = probe.build();
    let ours_dir = tempfile::tempdir().unwrap();
    populate(ours_dir.path());
    let ours = run_ours(&wasm, ours_dir.path());
    if !wasmtime_available() {
        return;
    }
    let theirs_dir = tempfile::tempdir().unwrap();
    populate(theirs_dir.path());
    let theirs = run_wasmtime(&wasm, theirs_dir.path());

    let mut problems = Vec::new();
    if ours.exit != theirs.exit {
        problems.push(format!(
            "exit: ours {:?}, wasmtime {:?}",
            ours.exit, theirs.exit
        ));
    }
    let ol: Vec<&str> = ours.stdout.lines().collect();
    let tl: Vec<&str> = theirs.stdout.lines().collect();
    for i in 0..ol.len().max(tl.len()) {
        let (a, b) = (
            ol.get(i).copied().unwrap_or(""),
            tl.get(i).copied().unwrap_or(""),
        );
        if a == b {
            continue;
        }
        let label = a.split('=').next().unwrap_or("");
        let allowed = ALLOWED.iter().any(|(l, ours_v, theirs_v)| {
            *l == label && a == format!("{l}={ours_v}") && b == format!("{l}={theirs_v}")
        });
        if !allowed {
            problems.push(format!("ours {a:?}, wasmtime {b:?}"));
        }
    }
    if ours.tree != theirs.tree {
        problems.push(format!(
            "trees differ:\n ours {:?}\n wasmtime {:?}",
            ours.tree, theirs.tree
        ));
    }
    assert!(
        problems.is_empty(),
        "{name}: {} differences:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

const ALL_RIGHTS: u64 = 0x1fff_ffff;
const READ_RIGHTS: u64 = 0x1fff_ffff & !(64 | 1 | 256 | (1 << 22));
const O_CREAT: u32 = 1;
const O_DIRECTORY: u32 = 2;
const O_EXCL: u32 = 4;
const O_TRUNC: u32 = 8;

#[test]
fn path_open_rules() {
    let mut p = Probe::new();
    let cases: &[(&str, &str, u32, u64)] = &[
        ("open_file", "f.txt", 0, ALL_RIGHTS),
        ("open_missing", "nope", 0, READ_RIGHTS),
        ("open_dotdot", "../outside.txt", 0, READ_RIGHTS),
        ("open_dotdot_deep", "sub/../../outside.txt", 0, READ_RIGHTS),
        ("open_abs", "/etc/passwd", 0, READ_RIGHTS),
        ("open_inner_dotdot", "sub/../f.txt", 0, READ_RIGHTS),
        ("open_dot", ".", 0, READ_RIGHTS),
        ("open_link_f", "link_f", 0, READ_RIGHTS),
        ("open_link_dir_file", "link_dir/g.txt", 0, READ_RIGHTS),
        ("open_link_out", "link_out", 0, READ_RIGHTS),
        ("open_link_out2", "link_out2", 0, READ_RIGHTS),
        ("open_link_abs", "link_abs", 0, READ_RIGHTS),
        ("open_loop", "loop1", 0, READ_RIGHTS),
        ("open_dangling", "dangling", 0, READ_RIGHTS),
        ("open_dangling_creat", "dangling", O_CREAT, ALL_RIGHTS),
        ("open_dir_write", "sub", 0, ALL_RIGHTS),
        ("open_dir_read", "sub", 0, READ_RIGHTS),
        ("open_dir_flag", "sub", O_DIRECTORY, READ_RIGHTS),
        ("open_file_as_dir", "f.txt", O_DIRECTORY, READ_RIGHTS),
        ("open_trailing_slash_file", "f.txt/", 0, READ_RIGHTS),
        ("open_trailing_slash_dir", "sub/", 0, READ_RIGHTS),
        (
            "open_creat_excl_exists",
            "f.txt",
            O_CREAT | O_EXCL,
            ALL_RIGHTS,
        ),
        ("open_creat_new", "new.txt", O_CREAT | O_EXCL, ALL_RIGHTS),
        ("open_trunc", "sub/g.txt", O_TRUNC, ALL_RIGHTS),
        ("open_empty", "", 0, READ_RIGHTS),
        ("open_through_file", "f.txt/x", 0, READ_RIGHTS),
        ("open_creat_in_missing_dir", "nodir/x", O_CREAT, ALL_RIGHTS),
    ];
    for (label, path, oflags, rights) in cases {
        let e = p.open(3, path, *oflags, *rights, 0);
        p.check(label, &e);
    }
    // Not following a final symlink.
    let s = p.s("link_f");
    p.check(
        "open_nofollow_link",
        &format!("(call $path_open (i32.const 3) (i32.const 0) {s} (i32.const 0) (i64.const {READ_RIGHTS}) (i64.const 0) (i32.const 0) (i32.const {OUT}))"),
    );
    let bad = p.bytes(b"a\xffb");
    p.check(
        "open_invalid_utf8",
        &format!("(call $path_open (i32.const 3) (i32.const 1) (i32.const {bad}) (i32.const 3) (i32.const 0) (i64.const {READ_RIGHTS}) (i64.const 0) (i32.const 0) (i32.const {OUT}))"),
    );
    let nul = p.bytes(b"f.txt\0x");
    p.check(
        "open_nul",
        &format!("(call $path_open (i32.const 3) (i32.const 1) (i32.const {nul}) (i32.const 7) (i32.const 0) (i64.const {READ_RIGHTS}) (i64.const 0) (i32.const 0) (i32.const {OUT}))"),
    );
    let e = p.open(99, "f.txt", 0, READ_RIGHTS, 0);
    p.check("open_bad_fd", &e);
    let e = p.open(0, "f.txt", 0, READ_RIGHTS, 0);
    p.check("open_on_stdin", &e);
    // Read-only preopen.
    let e = p.open(4, "r.txt", 0, READ_RIGHTS, 0);
    p.check("ro_open_read", &e);
    let e = p.open(4, "r.txt", 0, ALL_RIGHTS, 0);
    p.check("ro_open_write", &e);
    let e = p.open(4, "new.txt", O_CREAT, ALL_RIGHTS, 0);
    p.check("ro_creat", &e);
    let s = p.s("newdir");
    p.check(
        "ro_mkdir",
        &format!("(call $path_create_directory (i32.const 4) {s})"),
    );
    let s = p.s("r.txt");
    p.check(
        "ro_unlink",
        &format!("(call $path_unlink_file (i32.const 4) {s})"),
    );
    compare("path_open_rules", &p);
}

#[test]
fn path_operations() {
    let mut p = Probe::new();
    let mk = |p: &mut Probe, label: &str, path: &str| {
        let s = p.s(path);
        p.check(
            label,
            &format!("(call $path_create_directory (i32.const 3) {s})"),
        );
    };
    mk(&mut p, "mkdir_new", "newdir");
    mk(&mut p, "mkdir_exists", "sub");
    mk(&mut p, "mkdir_dotdot", "../x");
    mk(&mut p, "mkdir_abs", "/x");
    mk(&mut p, "mkdir_missing_parent", "a/b");
    mk(&mut p, "mkdir_trailing", "newdir2/");
    mk(&mut p, "mkdir_over_link", "link_f");
    let un = |p: &mut Probe, label: &str, path: &str| {
        let s = p.s(path);
        p.check(
            label,
            &format!("(call $path_unlink_file (i32.const 3) {s})"),
        );
    };
    un(&mut p, "unlink_dir", "sub");
    un(&mut p, "unlink_missing", "nope");
    un(&mut p, "unlink_trailing_slash", "f.txt/");
    un(&mut p, "unlink_link", "link_dir");
    un(&mut p, "unlink_dotdot", "../outside.txt");
    let rm = |p: &mut Probe, label: &str, path: &str| {
        let s = p.s(path);
        p.check(
            label,
            &format!("(call $path_remove_directory (i32.const 3) {s})"),
        );
    };
    rm(&mut p, "rmdir_file", "f.txt");
    rm(&mut p, "rmdir_nonempty", "sub");
    rm(&mut p, "rmdir_empty", "sub/deeper");
    rm(&mut p, "rmdir_dot", ".");
    rm(&mut p, "rmdir_missing", "nope");
    rm(&mut p, "rmdir_link", "link_f");
    // filestat: size of f.txt, following and not following a link.
    let st = |p: &mut Probe, label: &str, flags: u32, path: &str| {
        let s = p.s(path);
        p.check(
            label,
            &format!(
                "(call $path_filestat_get (i32.const 3) (i32.const {flags}) {s} (i32.const {BUF}))"
            ),
        );
        p.check(
            &format!("{label}_type"),
            &format!("(i32.load8_u (i32.const {}))", BUF + 16),
        );
        p.check(
            &format!("{label}_size"),
            &format!("(i32.wrap_i64 (i64.load (i32.const {})))", BUF + 32),
        );
    };
    st(&mut p, "stat_file", 0, "f.txt");
    st(&mut p, "stat_link_follow", 1, "link_f");
    st(&mut p, "stat_link_nofollow", 0, "link_f");
    st(&mut p, "stat_dir", 0, "sub");
    st(&mut p, "stat_dangling", 1, "dangling");
    st(&mut p, "stat_out", 1, "link_out");
    st(&mut p, "stat_loop", 1, "loop1");
    // readlink, with a buffer too small.
    let s = p.s("link_f");
    p.check("readlink", &format!("(call $path_readlink (i32.const 3) {s} (i32.const {BUF}) (i32.const 64) (i32.const {OUT}))"));
    p.check("readlink_len", &format!("(i32.load (i32.const {OUT}))"));
    p.check("readlink_small", &format!("(call $path_readlink (i32.const 3) {s} (i32.const {BUF}) (i32.const 2) (i32.const {OUT}))"));
    p.check(
        "readlink_small_len",
        &format!("(i32.load (i32.const {OUT}))"),
    );
    let s = p.s("f.txt");
    p.check("readlink_not_link", &format!("(call $path_readlink (i32.const 3) {s} (i32.const {BUF}) (i32.const 64) (i32.const {OUT}))"));
    // symlinks
    let sym = |p: &mut Probe, label: &str, target: &str, path: &str| {
        let t = p.s(target);
        let s = p.s(path);
        p.check(
            label,
            &format!("(call $path_symlink {t} (i32.const 3) {s})"),
        );
    };
    sym(&mut p, "symlink_new", "f.txt", "newlink");
    sym(&mut p, "symlink_exists", "f.txt", "sub");
    sym(&mut p, "symlink_abs_target", "/etc/passwd", "abslink");
    sym(&mut p, "symlink_dotdot_target", "../outside.txt", "outlink");
    sym(&mut p, "symlink_outside", "f.txt", "../escape");
    // hard links
    let ln = |p: &mut Probe, label: &str, from: &str, to: &str| {
        let a = p.s(from);
        let b = p.s(to);
        p.check(
            label,
            &format!("(call $path_link (i32.const 3) (i32.const 0) {a} (i32.const 3) {b})"),
        );
    };
    ln(&mut p, "link_new", "f.txt", "hard.txt");
    ln(&mut p, "link_exists", "f.txt", "sub/g.txt");
    ln(&mut p, "link_dir", "sub", "subhard");
    ln(&mut p, "link_missing", "nope", "x");
    ln(&mut p, "link_out", "f.txt", "../x");
    // rename
    let rn = |p: &mut Probe, label: &str, from: &str, to: &str| {
        let a = p.s(from);
        let b = p.s(to);
        p.check(
            label,
            &format!("(call $path_rename (i32.const 3) {a} (i32.const 3) {b})"),
        );
    };
    rn(&mut p, "rename_file", "hard.txt", "renamed.txt");
    rn(&mut p, "rename_over_file", "renamed.txt", "sub/g.txt");
    rn(&mut p, "rename_missing", "nope", "x");
    rn(&mut p, "rename_file_over_dir", "f.txt", "sub");
    rn(&mut p, "rename_dir_over_file", "newdir", "f.txt");
    rn(&mut p, "rename_dir", "newdir", "moved");
    rn(&mut p, "rename_out", "f.txt", "../stolen");
    rn(&mut p, "rename_into_self", "sub", "sub/inner");
    compare("path_operations", &p);
}

#[test]
fn fd_operations() {
    let mut p = Probe::new();
    // fd 5 = f.txt opened read-write.
    let e = p.open(3, "f.txt", 0, ALL_RIGHTS, 0);
    p.check("open_rw", &e);
    p.raw(&format!("(global.set $g (i32.load (i32.const {OUT})))"));
    p.funcs("(global $g (mut i32) (i32.const 0)) (global $r (mut i32) (i32.const 0))");
    // iovec for reads: BUF, 5 bytes
    p.raw(&format!(
        "(i32.store (i32.const {IOV}) (i32.const {BUF})) (i32.store (i32.const {}) (i32.const 5))",
        IOV + 4
    ));
    let f = p.s("x");
    p.check("open_on_file", &format!("(call $path_open (global.get $g) (i32.const 1) {f} (i32.const 0) (i64.const {READ_RIGHTS}) (i64.const 0) (i32.const 0) (i32.const {OUT2}))"));
    p.check(
        "mkdir_on_file",
        &format!("(call $path_create_directory (global.get $g) {f})"),
    );
    p.check("readdir_on_file", &format!("(call $fd_readdir (global.get $g) (i32.const {BUF}) (i32.const 100) (i64.const 0) (i32.const {OUT2}))"));
    p.check(
        "prestat_name_file",
        &format!("(call $fd_prestat_dir_name (global.get $g) (i32.const {BUF}) (i32.const 8))"),
    );
    p.check(
        "read",
        &format!(
            "(call $fd_read (global.get $g) (i32.const {IOV}) (i32.const 1) (i32.const {OUT}))"
        ),
    );
    p.check("read_n", &format!("(i32.load (i32.const {OUT}))"));
    p.check(
        "tell",
        &format!("(call $fd_tell (global.get $g) (i32.const {OUT}))"),
    );
    p.check("tell_v", &format!("(i32.load (i32.const {OUT}))"));
    p.check(
        "seek_end",
        &format!("(call $fd_seek (global.get $g) (i64.const -2) (i32.const 2) (i32.const {OUT}))"),
    );
    p.check("seek_end_v", &format!("(i32.load (i32.const {OUT}))"));
    p.check(
        "seek_neg",
        &format!(
            "(call $fd_seek (global.get $g) (i64.const -100) (i32.const 0) (i32.const {OUT}))"
        ),
    );
    p.check(
        "seek_neg_cur",
        &format!(
            "(call $fd_seek (global.get $g) (i64.const -100) (i32.const 1) (i32.const {OUT}))"
        ),
    );
    p.check(
        "seek_dir",
        &format!("(call $fd_seek (i32.const 3) (i64.const 0) (i32.const 0) (i32.const {OUT}))"),
    );
    p.check(
        "seek_stdout",
        &format!("(call $fd_seek (i32.const 1) (i64.const 0) (i32.const 0) (i32.const {OUT}))"),
    );
    p.check(
        "seek_bad_fd",
        &format!("(call $fd_seek (i32.const 77) (i64.const 0) (i32.const 0) (i32.const {OUT}))"),
    );
    p.check("pread", &format!("(call $fd_pread (global.get $g) (i32.const {IOV}) (i32.const 1) (i64.const 6) (i32.const {OUT}))"));
    p.check("pread_n", &format!("(i32.load (i32.const {OUT}))"));
    p.check("pread_c", &format!("(i32.load8_u (i32.const {BUF}))"));
    p.check("pread_past_end", &format!("(call $fd_pread (global.get $g) (i32.const {IOV}) (i32.const 1) (i64.const 100) (i32.const {OUT}))"));
    p.check("pread_past_end_n", &format!("(i32.load (i32.const {OUT}))"));
    p.check("pwrite", &format!("(call $fd_pwrite (global.get $g) (i32.const {IOV}) (i32.const 1) (i64.const 20) (i32.const {OUT}))"));
    p.check("pwrite_n", &format!("(i32.load (i32.const {OUT}))"));
    p.check(
        "read_dir",
        &format!("(call $fd_read (i32.const 3) (i32.const {IOV}) (i32.const 1) (i32.const {OUT}))"),
    );
    p.check(
        "write_dir",
        &format!(
            "(call $fd_write (i32.const 3) (i32.const {IOV}) (i32.const 1) (i32.const {OUT}))"
        ),
    );
    p.check("pread_dir", &format!("(call $fd_pread (i32.const 3) (i32.const {IOV}) (i32.const 1) (i64.const 0) (i32.const {OUT}))"));
    p.check(
        "read_stdout",
        &format!("(call $fd_read (i32.const 1) (i32.const {IOV}) (i32.const 1) (i32.const {OUT}))"),
    );
    p.check(
        "write_stdin",
        &format!(
            "(call $fd_write (i32.const 0) (i32.const {IOV}) (i32.const 1) (i32.const {OUT}))"
        ),
    );
    p.check(
        "read_stdin_eof",
        &format!("(call $fd_read (i32.const 0) (i32.const {IOV}) (i32.const 1) (i32.const {OUT}))"),
    );
    p.check("read_stdin_n", &format!("(i32.load (i32.const {OUT}))"));
    p.check("iov_bad_count", &format!("(call $fd_read (global.get $g) (i32.const {IOV}) (i32.const 100000) (i32.const {OUT}))"));
    // stat of the open file: size is 25 after the pwrite at 20.
    p.check(
        "fstat",
        &format!("(call $fd_filestat_get (global.get $g) (i32.const {BUF}))"),
    );
    p.check(
        "fstat_type",
        &format!("(i32.load8_u (i32.const {}))", BUF + 16),
    );
    p.check(
        "fstat_size",
        &format!("(i32.wrap_i64 (i64.load (i32.const {})))", BUF + 32),
    );
    p.check(
        "fstat_stdout",
        &format!("(call $fd_filestat_get (i32.const 1) (i32.const {BUF}))"),
    );
    p.check(
        "fstat_stdout_type",
        &format!("(i32.load8_u (i32.const {}))", BUF + 16),
    );
    p.check(
        "fstat_dir",
        &format!("(call $fd_filestat_get (i32.const 3) (i32.const {BUF}))"),
    );
    p.check(
        "fstat_dir_type",
        &format!("(i32.load8_u (i32.const {}))", BUF + 16),
    );
    p.check(
        "set_size",
        "(call $fd_filestat_set_size (global.get $g) (i64.const 3))",
    );
    p.check(
        "set_size_dir",
        "(call $fd_filestat_set_size (i32.const 3) (i64.const 3))",
    );
    p.check(
        "advise",
        "(call $fd_advise (global.get $g) (i64.const 0) (i64.const 8) (i32.const 1))",
    );
    p.check("sync", "(call $fd_sync (global.get $g))");
    p.check("datasync", "(call $fd_datasync (global.get $g))");
    p.check("sync_dir", "(call $fd_sync (i32.const 3))");
    p.check("times", "(call $fd_filestat_set_times (global.get $g) (i64.const 1000000000) (i64.const 2000000000) (i32.const 5))");
    p.check(
        "fstat2",
        &format!("(call $fd_filestat_get (global.get $g) (i32.const {BUF}))"),
    );
    p.check(
        "fstat2_size",
        &format!("(i32.wrap_i64 (i64.load (i32.const {})))", BUF + 32),
    );
    p.check(
        "fstat2_mtim_s",
        &format!(
            "(i32.wrap_i64 (i64.div_u (i64.load (i32.const {})) (i64.const 1000000000)))",
            BUF + 48
        ),
    );
    // fdstat
    p.check(
        "fdstat_file",
        &format!("(call $fd_fdstat_get (global.get $g) (i32.const {BUF}))"),
    );
    p.check(
        "fdstat_file_type",
        &format!("(i32.load8_u (i32.const {BUF}))"),
    );
    p.check(
        "fdstat_dir",
        &format!("(call $fd_fdstat_get (i32.const 3) (i32.const {BUF}))"),
    );
    p.check(
        "fdstat_dir_type",
        &format!("(i32.load8_u (i32.const {BUF}))"),
    );
    p.check(
        "fdstat_dir_base_lo",
        &format!("(i32.load (i32.const {}))", BUF + 8),
    );
    p.check(
        "fdstat_dir_inh_lo",
        &format!("(i32.load (i32.const {}))", BUF + 16),
    );
    p.check("fdstat_ro_base_lo", &format!("(i32.store (i32.const {BUF}) (i32.const 0)) (drop (call $fd_fdstat_get (i32.const 4) (i32.const {BUF}))) (i32.load (i32.const {}))", BUF + 8));
    p.check(
        "fdstat_stdin",
        &format!("(call $fd_fdstat_get (i32.const 0) (i32.const {BUF}))"),
    );
    p.check(
        "fdstat_stdin_base",
        &format!("(i32.load (i32.const {}))", BUF + 8),
    );
    p.check(
        "fdstat_bad",
        &format!("(call $fd_fdstat_get (i32.const 50) (i32.const {BUF}))"),
    );
    p.check(
        "set_flags_append",
        "(call $fd_fdstat_set_flags (global.get $g) (i32.const 1))",
    );
    p.check("fdstat_flags", &format!("(drop (call $fd_fdstat_get (global.get $g) (i32.const {BUF}))) (i32.load16_u (i32.const {}))", BUF + 2));
    // prestat
    p.check(
        "prestat",
        &format!("(call $fd_prestat_get (i32.const 3) (i32.const {BUF}))"),
    );
    p.check(
        "prestat_len",
        &format!("(i32.load (i32.const {}))", BUF + 4),
    );
    p.check(
        "prestat_stdin",
        &format!("(call $fd_prestat_get (i32.const 0) (i32.const {BUF}))"),
    );
    p.check(
        "prestat_file",
        &format!("(call $fd_prestat_get (global.get $g) (i32.const {BUF}))"),
    );
    p.check(
        "prestat_bad",
        &format!("(call $fd_prestat_get (i32.const 60) (i32.const {BUF}))"),
    );
    p.check(
        "prestat_name",
        &format!("(call $fd_prestat_dir_name (i32.const 3) (i32.const {BUF}) (i32.const 8))"),
    );
    p.check(
        "prestat_name_c",
        &format!("(i32.load8_u (i32.const {}))", BUF + 1),
    );
    p.check(
        "prestat_name_small",
        &format!("(call $fd_prestat_dir_name (i32.const 3) (i32.const {BUF}) (i32.const 2))"),
    );
    // renumber and close
    p.check(
        "renumber_bad_to",
        "(call $fd_renumber (global.get $g) (i32.const 40))",
    );
    p.check(
        "renumber_bad_from",
        "(call $fd_renumber (i32.const 40) (global.get $g))",
    );
    let e = p.open(3, "sub/g.txt", 0, READ_RIGHTS, 0);
    p.check("open2", &e);
    p.check(
        "renumber",
        &format!("(call $fd_renumber (i32.load (i32.const {OUT})) (global.get $g))"),
    );
    p.check(
        "closed_after_renumber",
        &format!("(call $fd_close (i32.load (i32.const {OUT})))"),
    );
    p.check(
        "read_renumbered",
        &format!(
            "(call $fd_read (global.get $g) (i32.const {IOV}) (i32.const 1) (i32.const {OUT2}))"
        ),
    );
    p.check(
        "read_renumbered_c",
        &format!("(i32.load8_u (i32.const {BUF}))"),
    );
    p.check(
        "write_readonly",
        &format!(
            "(call $fd_write (global.get $g) (i32.const {IOV}) (i32.const 1) (i32.const {OUT}))"
        ),
    );
    p.check("close", "(call $fd_close (global.get $g))");
    p.check("close_again", "(call $fd_close (global.get $g))");
    compare("fd_operations", &p);
}

#[test]
fn readdir_and_misc() {
    let mut p = Probe::new();
    p.funcs("(global $g (mut i32) (i32.const 0))");
    let e = p.open(3, "sub", O_DIRECTORY, READ_RIGHTS, 0);
    p.check("open_sub", &e);
    p.raw(&format!("(global.set $g (i32.load (i32.const {OUT})))"));
    p.check("readdir", &format!("(call $fd_readdir (global.get $g) (i32.const {BUF}) (i32.const 1024) (i64.const 0) (i32.const {OUT}))"));
    p.check("readdir_used", &format!("(i32.load (i32.const {OUT}))"));
    p.check("readdir_big_cookie", &format!("(call $fd_readdir (global.get $g) (i32.const {BUF}) (i32.const 1024) (i64.const 1000) (i32.const {OUT}))"));
    p.check(
        "readdir_big_cookie_used",
        &format!("(i32.load (i32.const {OUT}))"),
    );
    p.check("readdir_small", &format!("(call $fd_readdir (global.get $g) (i32.const {BUF}) (i32.const 10) (i64.const 0) (i32.const {OUT}))"));
    p.check(
        "readdir_small_used",
        &format!("(i32.load (i32.const {OUT}))"),
    );
    p.check("readdir_file", &format!("(call $fd_readdir (i32.const 1) (i32.const {BUF}) (i32.const 100) (i64.const 0) (i32.const {OUT}))"));
    // args / environ
    p.check(
        "args_sizes",
        &format!("(call $args_sizes_get (i32.const {OUT}) (i32.const {OUT2}))"),
    );
    p.check("argc", &format!("(i32.load (i32.const {OUT}))"));
    p.check("argv_size", &format!("(i32.load (i32.const {OUT2}))"));
    p.check(
        "environ_sizes",
        &format!("(call $environ_sizes_get (i32.const {OUT}) (i32.const {OUT2}))"),
    );
    p.check("envc", &format!("(i32.load (i32.const {OUT}))"));
    // clocks
    p.check(
        "clock_realtime",
        &format!("(call $clock_time_get (i32.const 0) (i64.const 1) (i32.const {OUT}))"),
    );
    p.check(
        "clock_monotonic",
        &format!("(call $clock_time_get (i32.const 1) (i64.const 1) (i32.const {OUT}))"),
    );
    p.check(
        "clock_process",
        &format!("(call $clock_time_get (i32.const 2) (i64.const 1) (i32.const {OUT}))"),
    );
    p.check(
        "clock_thread",
        &format!("(call $clock_time_get (i32.const 3) (i64.const 1) (i32.const {OUT}))"),
    );
    p.check(
        "clock_res",
        &format!("(call $clock_res_get (i32.const 1) (i32.const {OUT}))"),
    );
    // random
    p.check(
        "random",
        &format!("(call $random_get (i32.const {BUF}) (i32.const 64))"),
    );
    p.check("yield", "(call $sched_yield)");
    // poll: no subscriptions; one relative clock of 1 ms.
    p.check("poll_zero", &format!("(call $poll_oneoff (i32.const {BUF}) (i32.const 1024) (i32.const 0) (i32.const {OUT}))"));
    p.raw(&format!(
        "(i64.store (i32.const {BUF}) (i64.const 77)) (i32.store8 (i32.const {}) (i32.const 0)) \
         (i32.store (i32.const {}) (i32.const 1)) (i64.store (i32.const {}) (i64.const 1000000)) \
         (i64.store (i32.const {}) (i64.const 0)) (i32.store16 (i32.const {}) (i32.const 0))",
        BUF + 8,
        BUF + 16,
        BUF + 24,
        BUF + 32,
        BUF + 40
    ));
    p.check("poll_clock", &format!("(call $poll_oneoff (i32.const {BUF}) (i32.const 1024) (i32.const 1) (i32.const {OUT}))"));
    p.check("poll_clock_n", &format!("(i32.load (i32.const {OUT}))"));
    p.check(
        "poll_clock_userdata",
        "(i32.wrap_i64 (i64.load (i32.const 1024)))",
    );
    p.check("poll_clock_type", "(i32.load8_u (i32.const 1034))");
    // fd_write readiness on stdout plus a bad fd.
    p.raw(&format!(
        "(i64.store (i32.const {BUF}) (i64.const 5)) (i32.store8 (i32.const {}) (i32.const 2)) \
         (i32.store (i32.const {}) (i32.const 1)) \
         (i64.store (i32.const {}) (i64.const 6)) (i32.store8 (i32.const {}) (i32.const 1)) \
         (i32.store (i32.const {}) (i32.const 99))",
        BUF + 8,
        BUF + 16,
        BUF + 48,
        BUF + 56,
        BUF + 64
    ));
    p.check("poll_fds", &format!("(call $poll_oneoff (i32.const {BUF}) (i32.const 1024) (i32.const 2) (i32.const {OUT}))"));
    p.check("poll_fds_n", &format!("(i32.load (i32.const {OUT}))"));
    // sockets on non-sockets
    p.check(
        "accept_dir",
        &format!("(call $sock_accept (i32.const 3) (i32.const 0) (i32.const {OUT}))"),
    );
    p.check(
        "accept_bad",
        &format!("(call $sock_accept (i32.const 30) (i32.const 0) (i32.const {OUT}))"),
    );
    p.check(
        "shutdown_stdout",
        "(call $sock_shutdown (i32.const 1) (i32.const 3))",
    );
    compare("readdir_and_misc", &p);
}

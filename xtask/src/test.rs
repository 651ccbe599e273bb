//! `cargo xtask test`: every C program under `tests/c/` compiled against the
//! sysroot and run in-process under wasi-run, then again under the other
//! WASI hosts found on the machine (wasmtime from PyPI, Node's `node:wasi`),
//! which must agree; the ABI probes of `tests/abi/`; and, with
//! `--with-cargo`, the workspace's Rust tests. The last line printed is the
//! total, `N passed, N failed`.
//!
//! A test is self-checking: it prints what failed and exits non-zero. Its
//! first lines may hold directives:
//!
//! ```text
//! //! cflags: -lwasi-emulated-mman -D_WASI_EMULATED_MMAN
//! //! args: one two
//! //! env: NAME=value
//! //! stdin: text given on standard input
//! //! exit: 3
//! //! stdout: tests/c/stdio/flush.out
//! //! hosts: wasi-run
//! ```
//!
//! Each run sees a fresh writable directory preopened as `/tmp` (with
//! `TMPDIR=/tmp`) and the repository's `tests/` preopened read-only as
//! `/tests` (node:wasi cannot make a directory read-only: tests that write
//! outside /tmp say `//! hosts:` without node).
//!
//! Checks that are not one program (a build-time diagnostic, a guest with a
//! host-side peer) are scripts beside the tests, `tests/c/**/*.sh` and
//! `*.py`: each runs with `WASI_SYSROOT`, `CLANG`, `NM` and `WASI_RUN` (the
//! wasi-run binary built beside xtask) set, and passes when it exits 0. Exit
//! status 77 (automake's convention) is a skip, for a check whose tools are
//! not installed; the script itself fails instead when `CI` is set.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use walkdir::WalkDir;
use wasi_cc::Toolchain;

use crate::build::{io_err, Layout};

/// The directives of one test program.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Spec {
    pub cflags: Vec<String>,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
    pub stdin: Option<String>,
    pub exit: i32,
    pub stdout: Option<PathBuf>,
    /// Hosts to run on; empty means every available host.
    pub hosts: Vec<String>,
}

/// Reads the `//! key: value` lines at the top of a test source.
pub fn parse_spec(source: &str) -> Result<Spec, String> {
    let mut spec = Spec::default();
    for line in source.lines() {
        let Some(rest) = line.strip_prefix("//!") else {
            break;
        };
        let Some((key, value)) = rest.split_once(':') else {
            return Err(format!("directive without ':': {line}"));
        };
        let value = value.trim();
        let words = || value.split_whitespace().map(String::from);
        match key.trim() {
            "cflags" => spec.cflags.extend(words()),
            "args" => spec.args.extend(words()),
            "env" => {
                for kv in value.split_whitespace() {
                    let (k, v) = kv
                        .split_once('=')
                        .ok_or_else(|| format!("env directive needs NAME=value: {kv}"))?;
                    spec.env.push((k.into(), v.into()));
                }
            }
            "stdin" => spec.stdin = Some(format!("{value}\n")),
            "exit" => {
                spec.exit = value
                    .parse()
                    .map_err(|_| format!("bad exit status: {value}"))?
            }
            "stdout" => spec.stdout = Some(PathBuf::from(value)),
            "hosts" => spec.hosts.extend(words()),
            other => return Err(format!("unknown directive: {other}")),
        }
    }
    Ok(spec)
}

/// What one run of a module produced.
#[derive(Debug, PartialEq)]
struct Observed {
    /// The exit status, or the trap message.
    exit: Result<i32, String>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// Passed and failed counts, with a report line per failure.
#[derive(Default)]
struct Tally {
    passed: usize,
    failed: Vec<String>,
    /// Checks that could not run here, with the reason they printed.
    skipped: Vec<String>,
    /// C test runs per host: (host, passed, failed), the conformance matrix.
    hosts: Vec<(String, usize, usize)>,
}

impl Tally {
    fn record(&mut self, name: &str, result: Result<(), String>) {
        match result {
            Ok(()) => self.passed += 1,
            Err(why) => {
                println!("FAIL {name}\n{}", indent(&why));
                self.failed.push(name.to_string());
            }
        }
    }

    /// Records one C test run on `host` ("wasi-run" for in-process runs).
    fn record_run(&mut self, host: &str, name: &str, result: Result<(), String>) {
        let ok = result.is_ok();
        self.record(name, result);
        let row = match self.hosts.iter().position(|(h, _, _)| h == host) {
            Some(i) => i,
            None => {
                self.hosts.push((host.to_string(), 0, 0));
                self.hosts.len() - 1
            }
        };
        if ok {
            self.hosts[row].1 += 1;
        } else {
            self.hosts[row].2 += 1;
        }
    }
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("    {l}\n")).collect()
}

pub fn run(layout: &Layout, filters: &[String], with_cargo: bool) -> Result<(), String> {
    let mut tally = Tally::default();
    if with_cargo {
        cargo_tests(layout, &mut tally)?;
    }
    let tc = Toolchain::find().map_err(|e| e.to_string())?;
    let programs = collect(&layout.root.join("tests/c"), filters, &layout.root)?;
    let hosts = other_hosts(layout);
    if !hosts.iter().any(|h| h.name == "wasmtime") {
        // Under CI the second host is required: without it nothing checks
        // that wasi-run is not hiding a libc bug.
        let missing =
            Err("wasmtime (PyPI) is missing: run `make`, which installs it in build/venv".into());
        if std::env::var_os("CI").is_some() {
            tally.record("hosts/wasmtime", missing);
        } else {
            println!("note: wasmtime not found (run `make`): tests run without it");
        }
    }
    c_tests(layout, &tc, &programs, &hosts, &mut tally);
    script_checks(layout, &tc, filters, &mut tally);
    if filters.is_empty() || filters.iter().any(|f| "abi".contains(f.as_str())) {
        abi_probes(layout, &tc, &mut tally);
    }
    if !tally.hosts.is_empty() {
        println!("\nC tests by host:");
        for (host, ok, bad) in &tally.hosts {
            println!("    {host:<10} {ok} passed, {bad} failed");
        }
    }
    let failed = tally.failed.len();
    if failed > 0 {
        println!("\nfailed:");
        for f in &tally.failed {
            println!("    {f}");
        }
    }
    // The last line stays `N passed, N failed`, the summary CI reads.
    for s in &tally.skipped {
        println!("skipped {s}");
    }
    if !tally.skipped.is_empty() {
        println!("{} skipped", tally.skipped.len());
    }
    println!("{} passed, {} failed", tally.passed, failed);
    if failed > 0 {
        Err(format!("{failed} test(s) failed"))
    } else {
        Ok(())
    }
}

/// Runs `cargo test --release --workspace` and adds up its result lines.
fn cargo_tests(layout: &Layout, tally: &mut Tally) -> Result<(), String> {
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(&layout.root)
        .args(["test", "--release", "--workspace"])
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    print!("{stdout}");
    let mut counted = false;
    for line in stdout.lines() {
        if let Some(rest) = line.strip_prefix("test result: ") {
            let num = |label: &str| -> usize {
                rest.split(';')
                    .find_map(|part| part.trim().strip_suffix(label))
                    .and_then(|n| n.trim().rsplit(' ').next()?.parse().ok())
                    .unwrap_or(0)
            };
            tally.passed += num(" passed");
            for i in 0..num(" failed") {
                tally.failed.push(format!("cargo test failure {}", i + 1));
            }
            counted = true;
        }
    }
    if !out.status.success() && !counted {
        tally.record("cargo test", Err(stderr.to_string()));
    } else if !out.status.success() {
        eprint!("{stderr}");
    }
    Ok(())
}

/// The test sources under `dir` whose repository path matches a filter.
fn collect(dir: &Path, filters: &[String], root: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out: Vec<PathBuf> = WalkDir::new(dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|x| x == "c" || x == "cpp"))
        .filter(|p| p.parent() != Some(&dir.join("include")))
        .map(|p| p.strip_prefix(root).map(Path::to_path_buf).unwrap_or(p))
        .filter(|p| {
            filters.is_empty()
                || filters
                    .iter()
                    .any(|f| p.to_string_lossy().contains(f.as_str()))
        })
        .collect();
    out.sort();
    Ok(out)
}

/// Runs clang from the checkout to produce `output`; `what` names the build
/// in the error.
fn run_clang(
    layout: &Layout,
    tc: &Toolchain,
    args: &[std::ffi::OsString],
    output: &Path,
    what: &str,
) -> Result<(), String> {
    if let Some(dir) = output.parent() {
        fs::create_dir_all(dir).map_err(|e| io_err(dir, e))?;
    }
    let out = Command::new(&tc.clang)
        .current_dir(&layout.root)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", tc.clang.display()))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{what} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// Compiles one C file against our sysroot into a module, the way wasi-cc
/// would, but always with our own builtins so that the tests test them.
pub(crate) fn compile(
    layout: &Layout,
    tc: &Toolchain,
    source: &Path,
    output: &Path,
    extra: &[String],
) -> Result<(), String> {
    let mut user: Vec<std::ffi::OsString> =
        vec!["-O2".into(), "-Wall".into(), "-Itests/c/include".into()];
    user.extend([source.into(), "-o".into(), output.into()]);
    user.extend(extra.iter().map(Into::into));
    // C++ tests go through what `wasi-c++` adds: Debian's prebuilt libc++,
    // built against the established WASI libc; that it links against our
    // sysroot and works is the ABI claim they check.
    let cxx = if source.extension().is_some_and(|x| x == "cpp") {
        Some(wasi_cc::Libcxx::find(tc.version).map_err(|e| e.to_string())?)
    } else {
        None
    };
    let intent = wasi_cc::classify(&user);
    let args = wasi_cc::clang_args(&user, &intent, &layout.sysroot, false, cxx.as_ref());
    run_clang(layout, tc, &args, output, "compile")
}

/// Compiles one C file against Debian's wasi-libc (the ABI reference and
/// benchmark baseline), with clang's own builtins.
pub(crate) fn compile_reference(
    layout: &Layout,
    tc: &Toolchain,
    source: &Path,
    output: &Path,
    extra: &[String],
) -> Result<(), String> {
    let mut args: Vec<std::ffi::OsString> = vec![
        "--target=wasm32-wasi".into(),
        "--sysroot=/usr".into(),
        "-O2".into(),
        // What wasi-cc adds for ours: the same program on both sides.
        "-fmath-errno".into(),
        source.into(),
        "-o".into(),
        output.into(),
    ];
    args.extend(extra.iter().map(Into::into));
    run_clang(layout, tc, &args, output, "compiling against the reference")
}

/// A WASI host other than wasi-run, reached through a small script.
pub(crate) struct Host {
    pub name: &'static str,
    pub command: Vec<String>,
}

/// The second hosts available here: wasmtime (the PyPI package, preferably
/// in the venv `make` sets up) and Node 20 or newer.
pub(crate) fn other_hosts(layout: &Layout) -> Vec<Host> {
    let mut hosts = Vec::new();
    let scripts = layout.root.join("tests/hosts");
    let venv = layout.build.join("venv/bin/python3");
    let python = if venv.is_file() {
        venv.display().to_string()
    } else {
        "python3".into()
    };
    let ok = |cmd: &mut Command| cmd.output().is_ok_and(|o| o.status.success());
    if ok(Command::new(&python).args(["-c", "import wasmtime"])) {
        hosts.push(Host {
            name: "wasmtime",
            command: vec![
                python,
                scripts.join("wasmtime-run.py").display().to_string(),
            ],
        });
    }
    let node_major = Command::new("node")
        .arg("--version")
        .output()
        .ok()
        .and_then(|o| {
            let v = String::from_utf8_lossy(&o.stdout)
                .trim()
                .trim_start_matches('v')
                .to_string();
            v.split('.').next()?.parse::<u32>().ok()
        });
    if node_major.is_some_and(|m| m >= 20) {
        hosts.push(Host {
            name: "node",
            command: vec![
                "node".into(),
                "--no-warnings".into(),
                scripts.join("node-run.mjs").display().to_string(),
            ],
        });
    }
    hosts
}

/// A fresh /tmp for one run.
pub(crate) fn scratch() -> Result<tempfile::TempDir, String> {
    tempfile::Builder::new()
        .prefix("wasi-test-")
        .tempdir()
        .map_err(|e| format!("cannot make a temporary directory: {e}"))
}

fn run_in_process(
    layout: &Layout,
    wasm: &[u8],
    name: &str,
    spec: &Spec,
    tmp: &Path,
) -> Result<Observed, String> {
    let mut env = vec![("TMPDIR".to_string(), "/tmp".to_string())];
    env.extend(spec.env.iter().cloned());
    let cfg = wasi_run::Config {
        args: std::iter::once(name.to_string())
            .chain(spec.args.iter().cloned())
            .collect(),
        env,
        dirs: vec![
            wasi_run::Preopen {
                host: tmp.to_path_buf(),
                guest: "/tmp".into(),
                read_only: false,
            },
            wasi_run::Preopen {
                host: layout.root.join("tests"),
                guest: "/tests".into(),
                read_only: true,
            },
        ],
        stdin: match &spec.stdin {
            Some(s) => wasi_run::Input::Bytes(s.clone().into_bytes()),
            None => wasi_run::Input::Null,
        },
        stdout: wasi_run::Output::Capture,
        stderr: wasi_run::Output::Capture,
        ..wasi_run::Config::default()
    };
    let out = wasi_run::run(wasm, cfg).map_err(|e| e.to_string())?;
    Ok(Observed {
        exit: match out.exit {
            wasi_run::Exit::Code(c) => Ok(c),
            wasi_run::Exit::Trap(t) => Err(t),
        },
        stdout: out.stdout,
        stderr: out.stderr,
    })
}

fn run_on_host(
    layout: &Layout,
    host: &Host,
    wasm: &Path,
    name: &str,
    spec: &Spec,
    tmp: &Path,
) -> Result<Observed, String> {
    let mut cmd = Command::new(&host.command[0]);
    cmd.args(&host.command[1..])
        .arg("--dir")
        .arg(format!("{}::/tmp", tmp.display()))
        .arg("--dir")
        .arg(format!(
            "{}::/tests:ro",
            layout.root.join("tests").display()
        ))
        .arg("--env")
        .arg("TMPDIR=/tmp");
    for (k, v) in &spec.env {
        cmd.arg("--env").arg(format!("{k}={v}"));
    }
    let stdin_file = tmp.with_extension("stdin");
    fs::write(&stdin_file, spec.stdin.as_deref().unwrap_or(""))
        .map_err(|e| io_err(&stdin_file, e))?;
    cmd.arg("--stdin").arg(&stdin_file);
    cmd.arg(wasm).arg("--").arg(name).args(&spec.args);
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run {}: {e}", host.name))?;
    let _ = fs::remove_file(&stdin_file);
    // The scripts exit 134 after printing "trap: ..." when the guest traps.
    let exit = match out.status.code() {
        Some(134) => Err(String::from_utf8_lossy(&out.stderr).trim().to_string()),
        Some(c) => Ok(c),
        None => Err("killed by a signal".into()),
    };
    Ok(Observed {
        exit,
        stdout: out.stdout,
        stderr: out.stderr,
    })
}

/// Checks one observed run against the test's expectations.
fn check(layout: &Layout, spec: &Spec, got: &Observed) -> Result<(), String> {
    let show = |o: &Observed| {
        format!(
            "stdout:\n{}stderr:\n{}",
            indent(&String::from_utf8_lossy(&o.stdout)),
            indent(&String::from_utf8_lossy(&o.stderr))
        )
    };
    match &got.exit {
        Ok(c) if *c == spec.exit => {}
        Ok(c) => {
            return Err(format!(
                "exit status {c}, expected {}\n{}",
                spec.exit,
                show(got)
            ))
        }
        // A test that expects 134 expects abnormal termination: a trap.
        Err(_) if spec.exit == 134 => {}
        Err(t) => return Err(format!("trapped: {t}\n{}", show(got))),
    }
    if let Some(path) = &spec.stdout {
        let want = fs::read(layout.root.join(path)).map_err(|e| io_err(path, e))?;
        if want != got.stdout {
            return Err(format!(
                "stdout differs from {}\nexpected:\n{}{}",
                path.display(),
                indent(&String::from_utf8_lossy(&want)),
                show(got)
            ));
        }
    }
    Ok(())
}

fn c_tests(
    layout: &Layout,
    tc: &Toolchain,
    programs: &[PathBuf],
    hosts: &[Host],
    tally: &mut Tally,
) {
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(source) = programs.get(i) else { break };
                let r = one_program(layout, tc, source, hosts);
                results.lock().unwrap_or_else(|p| p.into_inner()).push(r);
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|p| p.into_inner());
    results.sort_by(|a, b| a.0.cmp(&b.0));
    for (_, runs) in results {
        for (host, name, r) in runs {
            tally.record_run(host, &name, r);
        }
    }
}

/// (host, test name, result) for each run of one program.
type Runs = Vec<(&'static str, String, Result<(), String>)>;

/// Compiles and runs one test on every host; one result per host.
fn one_program(layout: &Layout, tc: &Toolchain, source: &Path, hosts: &[Host]) -> (PathBuf, Runs) {
    let name = source
        .strip_prefix("tests/c")
        .unwrap_or(source)
        .with_extension("")
        .display()
        .to_string();
    let fail = |why: String| {
        (
            source.to_path_buf(),
            vec![("wasi-run", name.clone(), Err(why))],
        )
    };
    let spec = match fs::read_to_string(layout.root.join(source)).map_err(|e| io_err(source, e)) {
        Ok(text) => match parse_spec(&text) {
            Ok(s) => s,
            Err(e) => return fail(e),
        },
        Err(e) => return fail(e),
    };
    let wasm_path = layout
        .build
        .join("tests")
        .join(source)
        .with_extension("wasm");
    if let Err(e) = compile(layout, tc, source, &wasm_path, &spec.cflags) {
        return fail(e);
    }
    let wasm = match fs::read(&wasm_path) {
        Ok(w) => w,
        Err(e) => return fail(io_err(&wasm_path, e)),
    };
    let mut runs = Vec::new();
    let ours = scratch().and_then(|tmp| run_in_process(layout, &wasm, &name, &spec, tmp.path()));
    let ours_result = ours
        .as_ref()
        .map_err(Clone::clone)
        .and_then(|o| check(layout, &spec, o));
    let ours_ok = ours_result.is_ok();
    runs.push(("wasi-run", name.clone(), ours_result));
    for host in hosts {
        if !spec.hosts.is_empty() && !spec.hosts.iter().any(|h| h == host.name) {
            continue;
        }
        let label = format!("{name} [{}]", host.name);
        let r = scratch()
            .and_then(|tmp| run_on_host(layout, host, &wasm_path, &name, &spec, tmp.path()))
            .and_then(|theirs| {
                check(layout, &spec, &theirs)?;
                // Only compare outputs when both passed: a failure is
                // reported once, under the host it happened on.
                match &ours {
                    Ok(o) if ours_ok && o.stdout != theirs.stdout => Err(format!(
                        "stdout differs from wasi-run's\nwasi-run:\n{}{}:\n{}",
                        indent(&String::from_utf8_lossy(&o.stdout)),
                        host.name,
                        indent(&String::from_utf8_lossy(&theirs.stdout))
                    )),
                    _ => Ok(()),
                }
            });
        runs.push((host.name, label, r));
    }
    (source.to_path_buf(), runs)
}

/// Runs the check scripts under `tests/c/` (see the module comment).
/// The exit status of a check script that could not run here.
const SKIP: i32 = 77;

fn script_checks(layout: &Layout, tc: &Toolchain, filters: &[String], tally: &mut Tally) {
    let dir = layout.root.join("tests/c");
    let mut scripts: Vec<PathBuf> = WalkDir::new(&dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|x| x == "sh" || x == "py"))
        .filter(|p| {
            filters.is_empty()
                || filters
                    .iter()
                    .any(|f| p.to_string_lossy().contains(f.as_str()))
        })
        .collect();
    scripts.sort();
    let nm = tc
        .tool("llvm-nm")
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let wasi_run = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.join("wasi-run")))
        .unwrap_or_default();
    for script in scripts {
        let name = script
            .strip_prefix(&dir)
            .unwrap_or(&script)
            .display()
            .to_string();
        let interpreter = if script.extension().is_some_and(|x| x == "py") {
            "python3"
        } else {
            "sh"
        };
        let result = Command::new(interpreter)
            .arg(&script)
            .current_dir(&layout.root)
            .env("WASI_SYSROOT", &layout.sysroot)
            .env("CLANG", &tc.clang)
            .env("NM", &nm)
            .env("WASI_RUN", &wasi_run)
            .output()
            .map_err(|e| format!("cannot run {interpreter}: {e}"))
            .and_then(|o| {
                let text = format!(
                    "{}{}",
                    String::from_utf8_lossy(&o.stdout),
                    String::from_utf8_lossy(&o.stderr)
                );
                match o.status.code() {
                    Some(0) => Ok(None),
                    Some(SKIP) => Ok(Some(text)),
                    _ => Err(text),
                }
            });
        match result {
            Ok(Some(why)) => tally
                .skipped
                .push(format!("{name}: {}", why.lines().next().unwrap_or(""))),
            other => tally.record(&name, other.map(|_| ())),
        }
    }
}

/// Each probe under `tests/abi/` prints `NAME VALUE` lines; built against
/// our headers and against Debian's wasi-libc headers, the outputs must be
/// identical but for the lines listed in `tests/abi/exceptions.txt`.
fn abi_probes(layout: &Layout, tc: &Toolchain, tally: &mut Tally) {
    let reference = Path::new("/usr/include/wasm32-wasi");
    let probes = match collect(&layout.root.join("tests/abi"), &[], &layout.root) {
        Ok(p) => p,
        Err(e) => return tally.record("abi", Err(e)),
    };
    for probe in probes {
        let name = format!(
            "abi/{}",
            probe
                .file_stem()
                .map(|s| s.to_string_lossy())
                .unwrap_or_default()
        );
        if !reference.is_dir() {
            tally.record(
                &name,
                Err("Debian's wasi-libc is not installed (apt-get install wasi-libc; `make test` does this)".into()),
            );
            continue;
        }
        tally.record(&name, abi_probe(layout, tc, &probe));
    }
}

fn abi_probe(layout: &Layout, tc: &Toolchain, probe: &Path) -> Result<(), String> {
    let exceptions = load_exceptions(&layout.root.join("tests/abi/exceptions.txt"))?;
    let dir = layout.build.join("abi");
    let stem = probe
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let ours_wasm = dir.join(format!("{stem}-ours.wasm"));
    compile(layout, tc, probe, &ours_wasm, &[])?;
    let ref_wasm = dir.join(format!("{stem}-reference.wasm"));
    compile_reference(layout, tc, probe, &ref_wasm, &[])?;
    let run = |path: &Path| -> Result<String, String> {
        let wasm = fs::read(path).map_err(|e| io_err(path, e))?;
        let tmp = scratch()?;
        let o = run_in_process(layout, &wasm, &stem, &Spec::default(), tmp.path())?;
        match o.exit {
            Ok(0) => Ok(String::from_utf8_lossy(&o.stdout).into_owned()),
            other => Err(format!("probe {} ended with {other:?}", path.display())),
        }
    };
    let ours = run(&ours_wasm)?;
    let theirs = run(&ref_wasm)?;
    compare_probe(&ours, &theirs, &exceptions)
}

/// `NAME OUR-VALUE  # why` lines: where the current ABI moved on from the
/// reference's 2022 headers.
fn load_exceptions(path: &Path) -> Result<Vec<(String, String)>, String> {
    let text = fs::read_to_string(path).map_err(|e| io_err(path, e))?;
    Ok(text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .filter_map(|l| {
            let (n, v) = l.split_once(char::is_whitespace)?;
            Some((n.to_string(), v.trim().to_string()))
        })
        .collect())
}

/// Compares the probe outputs line by line; an exception must match our
/// value exactly (so a stale exception fails too), and a reference line we
/// do not print must be listed with the value `-`.
pub fn compare_probe(
    ours: &str,
    theirs: &str,
    exceptions: &[(String, String)],
) -> Result<(), String> {
    let parse = |s: &str| -> Vec<(String, String)> {
        s.lines()
            .filter_map(|l| {
                let (n, v) = l.rsplit_once(' ')?;
                Some((n.to_string(), v.to_string()))
            })
            .collect()
    };
    let (ours, theirs) = (parse(ours), parse(theirs));
    let ours_map: std::collections::BTreeMap<_, _> = ours.iter().cloned().collect();
    let theirs_map: std::collections::BTreeMap<_, _> = theirs.iter().cloned().collect();
    let exception = |name: &str| exceptions.iter().find(|(n, _)| n == name).map(|(_, v)| v);
    let mut problems = Vec::new();
    for (name, value) in &ours {
        match (theirs_map.get(name), exception(name)) {
            (_, Some(v)) if v == value => {}
            (_, Some(v)) => problems.push(format!("{name}: ours {value}, exception says {v}")),
            (Some(t), None) if t == value => {}
            (Some(t), None) => problems.push(format!("{name}: ours {value}, reference {t}")),
            (None, None) => problems.push(format!("{name}: missing from the reference output")),
        }
    }
    for (name, value) in &theirs {
        if !ours_map.contains_key(name) && exception(name).map(String::as_str) != Some("-") {
            problems.push(format!("{name}: reference {value}, missing from ours"));
        }
    }
    if ours.is_empty() {
        problems.push("the probe printed nothing".into());
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_are_read_until_the_first_other_line() {
        let s = parse_spec(
            "//! cflags: -lm -DX\n//! exit: 3\n//! env: A=1 B=2\nint main(){}\n//! args: no\n",
        )
        .unwrap();
        assert_eq!(s.cflags, vec!["-lm", "-DX"]);
        assert_eq!(s.exit, 3);
        assert_eq!(
            s.env,
            vec![("A".into(), "1".into()), ("B".into(), "2".into())]
        );
        assert!(s.args.is_empty());
    }

    #[test]
    fn unknown_directive_is_an_error() {
        assert!(parse_spec("//! colour: red\n").is_err());
        assert!(parse_spec("//! exit: many\n").is_err());
    }

    #[test]
    fn probe_comparison_honours_exceptions_exactly() {
        let ex = vec![("S_IFMT".to_string(), "61440".to_string())];
        assert!(compare_probe("A 1\nS_IFMT 61440\n", "A 1\nS_IFMT 49152\n", &ex).is_ok());
        assert!(compare_probe("A 2\nS_IFMT 61440\n", "A 1\nS_IFMT 49152\n", &ex).is_err());
        assert!(compare_probe("A 1\nS_IFMT 1\n", "A 1\nS_IFMT 49152\n", &ex).is_err());
        assert!(compare_probe("", "", &ex).is_err());
        // A reference line we lack needs a "-" exception.
        assert!(compare_probe("A 1\n", "A 1\nB 2\n", &[]).is_err());
        let gone = vec![("B".to_string(), "-".to_string())];
        assert!(compare_probe("A 1\n", "A 1\nB 2\n", &gone).is_ok());
    }
}

//! The `wasi-run` command: exit codes and its one-line messages.

mod common;

use std::process::Command;

use common::{module, IMPORTS};

fn wasi_run() -> Command {
    Command::new(env!("CARGO_BIN_EXE_wasi-run"))
}

fn write_module(dir: &tempfile::TempDir, name: &str, body: &str) -> std::path::PathBuf {
    let path = dir.path().join(name);
    let imports = if body.contains("(import") {
        ""
    } else {
        IMPORTS
    };
    let text = if imports.is_empty() {
        // Bodies with their own imports get the standard ones too, first.
        module(
            &format!("{IMPORTS}{}", extract_imports(body)),
            &strip_imports(body),
        )
    } else {
        module(IMPORTS, body)
    };
    std::fs::write(&path, text).unwrap();
    path
}

/// The `(import ...)` lines of a body (one per line).
fn extract_imports(body: &str) -> String {
    body.lines()
        .filter(|l| l.trim_start().starts_with("(import"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn strip_imports(body: &str) -> String {
    body.lines()
        .filter(|l| !l.trim_start().starts_with("(import"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn stderr_lines(out: &std::process::Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn exit_zero_and_output() {
    let dir = tempfile::tempdir().unwrap();
    let m = write_module(
        &dir,
        "hello.wasm",
        r#"(data (i32.const 100) "hi\n")
           (func (export "_start")
             (i32.store (i32.const 0) (i32.const 100))
             (i32.store (i32.const 4) (i32.const 3))
             (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))"#,
    );
    let out = wasi_run().arg(&m).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(out.stdout, b"hi\n");
}

#[test]
fn exit_code_n_and_guest_args() {
    let dir = tempfile::tempdir().unwrap();
    // Exits with argc, so flags after the module must reach the guest.
    let m = write_module(
        &dir,
        "argc.wasm",
        r#"(func (export "_start")
             (drop (call $args_sizes_get (i32.const 0) (i32.const 4)))
             (call $proc_exit (i32.load (i32.const 0))))"#,
    );
    let out = wasi_run()
        .arg(&m)
        .args(["--dir", "-v", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{:?}", stderr_lines(&out));
}

#[test]
fn trap_is_134_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let m = write_module(
        &dir,
        "trap.wasm",
        r#"(func $crash_here unreachable)
           (func (export "_start") (call $crash_here))"#,
    );
    let out = wasi_run().arg(&m).output().unwrap();
    assert_eq!(out.status.code(), Some(134));
    let lines = stderr_lines(&out);
    assert_eq!(
        lines[0],
        "wasi-run: trap: unreachable executed in crash_here"
    );
}

#[test]
fn missing_and_malformed_modules_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = wasi_run()
        .arg(dir.path().join("nope.wasm"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let lines = stderr_lines(&out);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("wasi-run: cannot read"), "{lines:?}");

    let bad = dir.path().join("bad.wasm");
    std::fs::write(&bad, b"\0asm\x01\0\0\0garbage").unwrap();
    let out = wasi_run().arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let lines = stderr_lines(&out);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with("wasi-run: invalid module"),
        "{lines:?}"
    );
}

#[test]
fn bad_flags_exit_2() {
    let out = wasi_run()
        .arg("--no-such-flag")
        .arg("x.wasm")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = wasi_run().output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn unreadable_dir_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let m = write_module(&dir, "nop.wasm", r#"(func (export "_start"))"#);
    let missing = dir.path().join("missing");
    let out = wasi_run()
        .arg("--dir")
        .arg(&missing)
        .arg(&m)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let lines = stderr_lines(&out);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("cannot open directory"), "{lines:?}");
}

#[test]
fn help_documents_exit_codes() {
    let out = wasi_run().arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("134"), "{text}");
}

/// A module that prints its environment (NUL-separated) and exits 0.
const PRINT_ENV: &str = r#"(func (export "_start")
    (drop (call $environ_sizes_get (i32.const 0) (i32.const 4)))
    (drop (call $environ_get (i32.const 1000) (i32.const 2000)))
    (i32.store (i32.const 8) (i32.const 2000))
    (i32.store (i32.const 12) (i32.load (i32.const 4)))
    (drop (call $fd_write (i32.const 1) (i32.const 8) (i32.const 1) (i32.const 16))))"#;

#[test]
fn env_flags() {
    let dir = tempfile::tempdir().unwrap();
    let m = write_module(&dir, "env.wasm", PRINT_ENV);
    let out = wasi_run()
        .args(["--env", "A=1", "--env", "B=two=2"])
        .arg(&m)
        .output()
        .unwrap();
    assert_eq!(out.stdout, b"A=1\0B=two=2\0");
    let out = wasi_run()
        .arg("--inherit-env")
        .args(["--env", "WASI_RUN_TEST=over"])
        .arg(&m)
        .env("WASI_RUN_TEST", "inherited")
        .env("WASI_RUN_OTHER", "kept")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("WASI_RUN_OTHER=kept\0"), "{text}");
    assert!(text.contains("WASI_RUN_TEST=over\0"), "{text}");
    assert!(!text.contains("inherited"), "{text}");
    let out = wasi_run()
        .args(["--env", "novalue"])
        .arg(&m)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn trace_and_stats_go_to_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let m = write_module(&dir, "env.wasm", PRINT_ENV);
    let out = wasi_run()
        .args(["--trace", "--stats", "--env", "A=1"])
        .arg(&m)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(out.stdout, b"A=1\0");
    let lines = stderr_lines(&out);
    assert!(
        lines
            .iter()
            .any(|l| l == "[wasi] environ_sizes_get(0, 4) = 0 (success)"),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l == "[wasi] fd_write(1, 8, 1, 16) = 0 (success)"),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("wasi-run: stats: instructions executed: ")),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|l| l == "wasi-run: stats: environ_get: 1"),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l == "wasi-run: stats: peak memory: 65536 bytes"),
        "{lines:?}"
    );
}

#[test]
fn limits_exit_134() {
    let dir = tempfile::tempdir().unwrap();
    let m = write_module(
        &dir,
        "spin.wasm",
        r#"(func (export "_start") (loop $l (br $l)))"#,
    );
    let out = wasi_run()
        .args(["--max-instructions", "10000"])
        .arg(&m)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(134));
    assert!(stderr_lines(&out)[0].contains("instruction limit of 10000 reached"));
    let out = wasi_run()
        .args(["--timeout", "0.2"])
        .arg(&m)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(134));
    assert!(stderr_lines(&out)[0].contains("timeout"));
}

#[test]
fn invoke_prints_results() {
    let dir = tempfile::tempdir().unwrap();
    let m = write_module(
        &dir,
        "reactor.wasm",
        r#"(func (export "_initialize")) (func (export "answer") (result i32 i64) (i32.const 42) (i64.const -1))"#,
    );
    let out = wasi_run()
        .args(["--invoke", "answer"])
        .arg(&m)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(out.stdout, b"42\n-1\n");
}

#[test]
fn read_only_dir_flag() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    // path_create_directory("x") under fd 3: exit with its errno.
    let m = write_module(
        &dir,
        "mkdir.wasm",
        r#"(import "wasi_snapshot_preview1" "path_create_directory" (func $mkdir (param i32 i32 i32) (result i32)))
           (data (i32.const 100) "x")
           (func (export "_start") (call $proc_exit (call $mkdir (i32.const 3) (i32.const 100) (i32.const 1))))"#,
    );
    let spec = format!("{}::/data:ro", data.display());
    let out = wasi_run().args(["--dir", &spec]).arg(&m).output().unwrap();
    assert_eq!(out.status.code(), Some(63));
    assert!(!data.join("x").exists());
    let spec = format!("{}::/data", data.display());
    let out = wasi_run().args(["--dir", &spec]).arg(&m).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(data.join("x").is_dir());
}

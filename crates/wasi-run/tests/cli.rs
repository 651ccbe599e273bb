//! The `wasi-run` command: exit codes and its one-line messages.

mod common;

use std::process::Command;

use common::{module, IMPORTS};

fn wasi_run() -> Command {
    Command::new(env!("CARGO_BIN_EXE_wasi-run"))
}

fn write_module(dir: &tempfile::TempDir, name: &str, body: &str) -> std::path::PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, module(IMPORTS, body)).unwrap();
    path
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

//! The wasi-cc binary as a build system sees it.

use std::path::PathBuf;
use std::process::Command;

fn wasi_cc() -> Command {
    Command::new(env!("CARGO_BIN_EXE_wasi-cc"))
}

fn repo_sysroot() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../sysroot")
}

#[test]
fn print_sysroot_follows_wasi_sysroot() {
    let out = wasi_cc()
        .arg("--print-sysroot")
        .env("WASI_SYSROOT", "/some/where")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "/some/where");
}

#[test]
fn missing_clang_is_one_line_saying_what_to_install() {
    let out = wasi_cc()
        .args(["-c", "x.c"])
        .env("WASI_SYSROOT", "/tmp")
        .env("WASI_CLANG", "/nonexistent/clang")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("apt-get install clang"), "{err}");
}

/// With a built sysroot and a clang, a C program compiles, links and runs.
#[test]
fn hello_world_builds_and_runs() {
    if !repo_sysroot().join("lib/wasm32-wasip1/libc.a").is_file() {
        eprintln!("skipped: no sysroot built (run `make`)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("hello.c");
    std::fs::write(
        &src,
        "#include <unistd.h>\nint main(void) { write(1, \"hello\\n\", 6); return 3; }\n",
    )
    .unwrap();
    let wasm = dir.path().join("hello.wasm");
    let out = wasi_cc()
        .arg(&src)
        .arg("-o")
        .arg(&wasm)
        .env("WASI_SYSROOT", repo_sysroot())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&wasm).unwrap();
    assert_eq!(&bytes[..4], b"\0asm");
}

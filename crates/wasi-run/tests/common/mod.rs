//! Helpers shared by the integration tests (included with `mod common`).
#![allow(dead_code)]

pub mod probe;

use wasi_run::{Config, Exit, Outcome};

/// A module whose `_start` is `body`, with the given WASI imports
/// (already written as WAT `(import ...)` lines) and one page of memory.
pub fn module(imports: &str, body: &str) -> Vec<u8> {
    let text = format!(
        r#"(module
            {imports}
            (memory (export "memory") 1)
            {body})"#
    );
    wat::parse_str(&text).unwrap_or_else(|e| panic!("bad WAT: {e}\n{text}"))
}

pub fn run(wasm: &[u8], config: Config) -> Outcome {
    wasi_run::run(wasm, config).unwrap_or_else(|e| panic!("run failed: {e}"))
}

pub fn code(o: &Outcome) -> i32 {
    match &o.exit {
        Exit::Code(c) => *c,
        Exit::Trap(t) => panic!("unexpected trap: {t}"),
    }
}

/// Standard import lines for the functions the tests use.
pub const IMPORTS: &str = r#"
    (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_close" (func $fd_close (param i32) (result i32)))
    (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
    (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "environ_get" (func $environ_get (param i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "path_open" (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "clock_time_get" (func $clock_time_get (param i32 i64 i32) (result i32)))
"#;

/// Imports of every preview1 function, named `$<function>`.
pub const IMPORTS_ALL: &str = r#"
    (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "environ_get" (func $environ_get (param i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "clock_res_get" (func $clock_res_get (param i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "clock_time_get" (func $clock_time_get (param i32 i64 i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_advise" (func $fd_advise (param i32 i64 i64 i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_allocate" (func $fd_allocate (param i32 i64 i64) (result i32)))
    (import "wasi_snapshot_preview1" "fd_close" (func $fd_close (param i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_datasync" (func $fd_datasync (param i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_fdstat_get" (func $fd_fdstat_get (param i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_fdstat_set_flags" (func $fd_fdstat_set_flags (param i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_fdstat_set_rights" (func $fd_fdstat_set_rights (param i32 i64 i64) (result i32)))
    (import "wasi_snapshot_preview1" "fd_filestat_get" (func $fd_filestat_get (param i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_filestat_set_size" (func $fd_filestat_set_size (param i32 i64) (result i32)))
    (import "wasi_snapshot_preview1" "fd_filestat_set_times" (func $fd_filestat_set_times (param i32 i64 i64 i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_pread" (func $fd_pread (param i32 i32 i32 i64 i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_prestat_get" (func $fd_prestat_get (param i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_prestat_dir_name" (func $fd_prestat_dir_name (param i32 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_pwrite" (func $fd_pwrite (param i32 i32 i32 i64 i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_readdir" (func $fd_readdir (param i32 i32 i32 i64 i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_renumber" (func $fd_renumber (param i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_seek" (func $fd_seek (param i32 i64 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_sync" (func $fd_sync (param i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_tell" (func $fd_tell (param i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "path_create_directory" (func $path_create_directory (param i32 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "path_filestat_get" (func $path_filestat_get (param i32 i32 i32 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "path_filestat_set_times" (func $path_filestat_set_times (param i32 i32 i32 i32 i64 i64 i32) (result i32)))
    (import "wasi_snapshot_preview1" "path_link" (func $path_link (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "path_open" (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "path_readlink" (func $path_readlink (param i32 i32 i32 i32 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "path_remove_directory" (func $path_remove_directory (param i32 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "path_rename" (func $path_rename (param i32 i32 i32 i32 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "path_symlink" (func $path_symlink (param i32 i32 i32 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "path_unlink_file" (func $path_unlink_file (param i32 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll_oneoff (param i32 i32 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
    (import "wasi_snapshot_preview1" "proc_raise" (func $proc_raise (param i32) (result i32)))
    (import "wasi_snapshot_preview1" "sched_yield" (func $sched_yield (result i32)))
    (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "sock_accept" (func $sock_accept (param i32 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "sock_recv" (func $sock_recv (param i32 i32 i32 i32 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "sock_send" (func $sock_send (param i32 i32 i32 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "sock_shutdown" (func $sock_shutdown (param i32 i32) (result i32)))
"#;

/// The standard tree every file-system probe starts from.
pub fn populate(root: &std::path::Path) {
    use std::os::unix::fs::symlink;
    let sandbox = root.join("sandbox");
    std::fs::create_dir_all(sandbox.join("sub/deeper")).unwrap();
    std::fs::write(sandbox.join("f.txt"), "hello world").unwrap();
    std::fs::write(sandbox.join("sub/g.txt"), "in sub").unwrap();
    std::fs::write(root.join("outside.txt"), "secret").unwrap();
    symlink("f.txt", sandbox.join("link_f")).unwrap();
    symlink("sub", sandbox.join("link_dir")).unwrap();
    symlink("../outside.txt", sandbox.join("link_out")).unwrap();
    symlink("sub/../../outside.txt", sandbox.join("link_out2")).unwrap();
    symlink("/etc/passwd", sandbox.join("link_abs")).unwrap();
    symlink("loop2", sandbox.join("loop1")).unwrap();
    symlink("loop1", sandbox.join("loop2")).unwrap();
    symlink("nothing", sandbox.join("dangling")).unwrap();
    std::fs::create_dir(root.join("ro")).unwrap();
    std::fs::write(root.join("ro/r.txt"), "read only").unwrap();
}

/// Config with the standard tree's preopens: fd 3 = `/sandbox`, fd 4 =
/// `/ro` (read-only).
pub fn sandbox_config(root: &std::path::Path) -> Config {
    Config {
        args: vec!["probe".into(), "arg1".into()],
        env: vec![("K".into(), "V".into())],
        dirs: vec![
            wasi_run::Preopen {
                host: root.join("sandbox"),
                guest: "/sandbox".into(),
                read_only: false,
            },
            wasi_run::Preopen {
                host: root.join("ro"),
                guest: "/ro".into(),
                read_only: true,
            },
        ],
        ..Config::default()
    }
}

/// Runs a probe on a fresh standard tree and checks the listed
/// `label=value` lines (other lines are not checked).
pub fn expect(
    probe: &probe::Probe,
    want: &[(&str, i64)],
) -> std::collections::HashMap<String, String> {
    let dir = tempfile::tempdir().unwrap();
    populate(dir.path());
    let o = run(&probe.build(), sandbox_config(dir.path()));
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    let got: std::collections::HashMap<String, String> = text
        .lines()
        .filter_map(|l| {
            l.split_once('=')
                .map(|(a, b)| (a.to_string(), b.to_string()))
        })
        .collect();
    let mut bad = Vec::new();
    for (label, value) in want {
        match got.get(*label) {
            Some(v) if *v == value.to_string() => {}
            other => bad.push(format!("{label}: want {value}, got {other:?}")),
        }
    }
    assert!(
        bad.is_empty(),
        "{}\nexit {:?}\nfull output:\n{text}",
        bad.join("\n"),
        o.exit
    );
    got
}

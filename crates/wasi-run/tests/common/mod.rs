//! Helpers shared by the integration tests (included with `mod common`).
#![allow(dead_code)]

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

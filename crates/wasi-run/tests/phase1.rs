//! First tests: printing, args/env, exit codes, traps, files, bad pointers.

mod common;

use common::{code, module, run, IMPORTS};
use wasi_run::{Config, Exit, Preopen};

/// Writes "hello\n" (at 100) to stdout through one iovec at 0.
const HELLO: &str = r#"
    (data (i32.const 100) "hello\n")
    (func (export "_start")
      (i32.store (i32.const 0) (i32.const 100))
      (i32.store (i32.const 4) (i32.const 6))
      (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))
"#;

#[test]
fn prints_to_stdout() {
    let o = run(&module(IMPORTS, HELLO), Config::default());
    assert_eq!(code(&o), 0);
    assert_eq!(o.stdout, b"hello\n");
    assert!(o.stderr.is_empty());
}

#[test]
fn exit_code_from_proc_exit() {
    let body = r#"(func (export "_start") (call $proc_exit (i32.const 42)))"#;
    let o = run(&module(IMPORTS, body), Config::default());
    assert_eq!(o.exit, Exit::Code(42));
}

/// Copies all of argv (or environ) to stdout, NUL separators included.
fn dump(sizes: &str, get: &str) -> String {
    format!(
        r#"(func (export "_start")
          (local $n i32) (local $size i32)
          (drop (call ${sizes} (i32.const 0) (i32.const 4)))
          (local.set $size (i32.load (i32.const 4)))
          (if (i32.ne (call ${get} (i32.const 1000) (i32.const 2000)) (i32.const 0))
            (then (call $proc_exit (i32.const 9))))
          (i32.store (i32.const 8) (i32.const 2000))
          (i32.store (i32.const 12) (local.get $size))
          (drop (call $fd_write (i32.const 1) (i32.const 8) (i32.const 1) (i32.const 16)))
          (call $proc_exit (i32.load (i32.const 0))))"#
    )
}

#[test]
fn reads_args() {
    let wasm = module(IMPORTS, &dump("args_sizes_get", "args_get"));
    let config = Config {
        args: vec!["prog".into(), "-x".into(), "two words".into()],
        ..Config::default()
    };
    let o = run(&wasm, config);
    assert_eq!(o.exit, Exit::Code(3));
    assert_eq!(o.stdout, b"prog\0-x\0two words\0");
}

#[test]
fn reads_environ() {
    let wasm = module(IMPORTS, &dump("environ_sizes_get", "environ_get"));
    let config = Config {
        env: vec![("A".into(), "1".into()), ("B".into(), "x=y".into())],
        ..Config::default()
    };
    let o = run(&wasm, config);
    assert_eq!(o.exit, Exit::Code(2));
    assert_eq!(o.stdout, b"A=1\0B=x=y\0");
}

#[test]
fn trap_names_the_function() {
    let body = r#"
        (func $inner_helper unreachable)
        (func $outer (call $inner_helper))
        (func (export "_start") (call $outer))"#;
    let o = run(&module(IMPORTS, body), Config::default());
    match &o.exit {
        Exit::Trap(msg) => {
            assert!(msg.contains("unreachable"), "{msg}");
            assert!(msg.contains("inner_helper"), "{msg}");
            assert!(!msg.contains('\n'), "{msg}");
        }
        other => panic!("expected a trap, got {other:?}"),
    }
    let r = wasi_run::run_report(&module(IMPORTS, body), Config::default()).unwrap();
    assert_eq!(r.backtrace, vec!["inner_helper", "outer", "_start"]);
}

#[test]
fn backtrace_survives_returns_and_tail_calls() {
    let body = r#"
        (func $leaf (result i32) (i32.const 1))
        (func $div (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0)))
        (func $tail (param i32) (result i32) (return_call $div (local.get 0)))
        (func (export "_start")
          (drop (call $leaf))
          (drop (call $tail (i32.const 0))))"#;
    let r = wasi_run::run_report(&module(IMPORTS, body), Config::default()).unwrap();
    assert_eq!(
        r.outcome.exit,
        Exit::Trap("integer divide by zero in div".into())
    );
    assert_eq!(r.backtrace, vec!["div", "_start"]);
}

#[test]
fn file_in_a_preopen() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("in.txt"), b"from the host").unwrap();
    // Open in.txt (read), read it into 500, then create out.txt and write
    // the same bytes there; exit with the number of bytes read.
    let body = r#"
        (data (i32.const 100) "in.txt")
        (data (i32.const 120) "out.txt")
        (func (export "_start")
          (local $fd i32) (local $n i32)
          (if (call $path_open (i32.const 3) (i32.const 1) (i32.const 100) (i32.const 6)
                (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 40))
            (then (call $proc_exit (i32.const 100))))
          (local.set $fd (i32.load (i32.const 40)))
          (i32.store (i32.const 0) (i32.const 500))
          (i32.store (i32.const 4) (i32.const 100))
          (if (call $fd_read (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8))
            (then (call $proc_exit (i32.const 101))))
          (local.set $n (i32.load (i32.const 8)))
          (drop (call $fd_close (local.get $fd)))
          ;; oflags creat|trunc, rights fd_write
          (if (call $path_open (i32.const 3) (i32.const 1) (i32.const 120) (i32.const 7)
                (i32.const 9) (i64.const 64) (i64.const 0) (i32.const 0) (i32.const 40))
            (then (call $proc_exit (i32.const 102))))
          (local.set $fd (i32.load (i32.const 40)))
          (i32.store (i32.const 4) (local.get $n))
          (if (call $fd_write (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8))
            (then (call $proc_exit (i32.const 103))))
          (call $proc_exit (local.get $n)))"#;
    let config = Config {
        dirs: vec![Preopen {
            host: dir.path().to_path_buf(),
            guest: "/sandbox".into(),
            read_only: false,
        }],
        ..Config::default()
    };
    let o = run(&module(IMPORTS, body), config);
    assert_eq!(o.exit, Exit::Code(13));
    assert_eq!(
        std::fs::read(dir.path().join("out.txt")).unwrap(),
        b"from the host"
    );
}

#[test]
fn bad_pointer_is_efault_not_a_panic() {
    // iovec array past the end of memory, then a buffer past the end.
    let body = r#"
        (func (export "_start")
          (local $e1 i32) (local $e2 i32)
          (local.set $e1 (call $fd_write (i32.const 1) (i32.const 65532) (i32.const 1) (i32.const 8)))
          (i32.store (i32.const 0) (i32.const 65530))
          (i32.store (i32.const 4) (i32.const 100))
          (local.set $e2 (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
          (call $proc_exit (i32.add (i32.mul (local.get $e1) (i32.const 100)) (local.get $e2))))"#;
    let o = run(&module(IMPORTS, body), Config::default());
    assert_eq!(o.exit, Exit::Code(21 * 100 + 21));
    assert!(o.stdout.is_empty());
}

#[test]
fn unknown_import_is_an_error() {
    let wasm = module(
        r#"(import "env" "mystery" (func (param i32)))"#,
        r#"(func (export "_start"))"#,
    );
    let e = wasi_run::run(&wasm, Config::default()).unwrap_err();
    assert_eq!(e.to_string(), "unknown import `env::mystery`");
}

#[test]
fn every_preview1_function_links() {
    let imports = [
        ("args_get", "i32 i32"),
        ("args_sizes_get", "i32 i32"),
        ("environ_get", "i32 i32"),
        ("environ_sizes_get", "i32 i32"),
        ("clock_res_get", "i32 i32"),
        ("clock_time_get", "i32 i64 i32"),
        ("fd_advise", "i32 i64 i64 i32"),
        ("fd_allocate", "i32 i64 i64"),
        ("fd_close", "i32"),
        ("fd_datasync", "i32"),
        ("fd_fdstat_get", "i32 i32"),
        ("fd_fdstat_set_flags", "i32 i32"),
        ("fd_fdstat_set_rights", "i32 i64 i64"),
        ("fd_filestat_get", "i32 i32"),
        ("fd_filestat_set_size", "i32 i64"),
        ("fd_filestat_set_times", "i32 i64 i64 i32"),
        ("fd_pread", "i32 i32 i32 i64 i32"),
        ("fd_prestat_get", "i32 i32"),
        ("fd_prestat_dir_name", "i32 i32 i32"),
        ("fd_pwrite", "i32 i32 i32 i64 i32"),
        ("fd_read", "i32 i32 i32 i32"),
        ("fd_readdir", "i32 i32 i32 i64 i32"),
        ("fd_renumber", "i32 i32"),
        ("fd_seek", "i32 i64 i32 i32"),
        ("fd_sync", "i32"),
        ("fd_tell", "i32 i32"),
        ("fd_write", "i32 i32 i32 i32"),
        ("path_create_directory", "i32 i32 i32"),
        ("path_filestat_get", "i32 i32 i32 i32 i32"),
        ("path_filestat_set_times", "i32 i32 i32 i32 i64 i64 i32"),
        ("path_link", "i32 i32 i32 i32 i32 i32 i32"),
        ("path_open", "i32 i32 i32 i32 i32 i64 i64 i32 i32"),
        ("path_readlink", "i32 i32 i32 i32 i32 i32"),
        ("path_remove_directory", "i32 i32 i32"),
        ("path_rename", "i32 i32 i32 i32 i32 i32"),
        ("path_symlink", "i32 i32 i32 i32 i32"),
        ("path_unlink_file", "i32 i32 i32"),
        ("poll_oneoff", "i32 i32 i32 i32"),
        ("proc_raise", "i32"),
        ("sched_yield", ""),
        ("random_get", "i32 i32"),
        ("sock_accept", "i32 i32 i32"),
        ("sock_recv", "i32 i32 i32 i32 i32 i32"),
        ("sock_send", "i32 i32 i32 i32 i32"),
        ("sock_shutdown", "i32 i32"),
    ];
    let mut text = String::new();
    for (name, params) in imports {
        text += &format!(
            "(import \"wasi_snapshot_preview1\" \"{name}\" (func (param {params}) (result i32)))\n"
        );
    }
    text += "(import \"wasi_snapshot_preview1\" \"proc_exit\" (func (param i32)))\n";
    let o = run(
        &module(&text, r#"(func (export "_start"))"#),
        Config::default(),
    );
    assert_eq!(o.exit, Exit::Code(0));
}

#[test]
fn concurrent_runs() {
    let wasm = module(IMPORTS, HELLO);
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let wasm = wasm.clone();
            std::thread::spawn(move || run(&wasm, Config::default()).stdout)
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), b"hello\n");
    }
}

//! Operator features: instruction and time limits, memory limit, stats,
//! deterministic mode, reactors and --invoke, proc_raise, sockets, poll.

mod common;

use std::time::{Duration, Instant};

use common::probe::{Probe, BUF, OUT};
use common::{module, run, IMPORTS};
use wasi_run::{Config, Exit, Input};

const SPIN: &str = r#"(func $spin_forever (loop $l (br $l)))
    (func (export "_start") (call $spin_forever))"#;

fn trap(o: &wasi_run::Outcome) -> String {
    match &o.exit {
        Exit::Trap(t) => t.clone(),
        other => panic!("expected a trap, got {other:?}"),
    }
}

#[test]
fn instruction_limit_traps_clearly() {
    let config = Config {
        max_instructions: Some(1_000_000),
        ..Config::default()
    };
    let o = run(&module(IMPORTS, SPIN), config);
    let t = trap(&o);
    assert!(t.contains("instruction limit of 1000000 reached"), "{t}");
    assert!(t.contains("spin_forever"), "{t}");
}

#[test]
fn instruction_limit_counts_exactly_enough() {
    // A short program finishes within a generous budget.
    let config = Config {
        max_instructions: Some(50_000_000),
        stats: true,
        ..Config::default()
    };
    let body = r#"(func (export "_start") (local $i i32)
        (loop $l (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br_if $l (i32.lt_u (local.get $i) (i32.const 100000)))))"#;
    let r = wasi_run::run_report(&module(IMPORTS, body), config).unwrap();
    assert_eq!(r.outcome.exit, Exit::Code(0));
    let n = r.stats.instructions.unwrap();
    assert!(n > 100_000 && n < 5_000_000, "{n}");
}

#[test]
fn timeout_stops_a_spinning_guest() {
    let config = Config {
        timeout: Some(Duration::from_millis(200)),
        ..Config::default()
    };
    let started = Instant::now();
    let o = run(&module(IMPORTS, SPIN), config);
    assert!(trap(&o).contains("timeout"), "{:?}", o.exit);
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn timeout_interrupts_a_long_poll() {
    let mut p = Probe::new();
    // Sleep 60 s through a relative clock subscription.
    p.raw(&format!(
        "(i32.store8 (i32.const {}) (i32.const 0)) (i32.store (i32.const {}) (i32.const 1)) \
         (i64.store (i32.const {}) (i64.const 60000000000))",
        BUF + 8,
        BUF + 16,
        BUF + 24
    ));
    p.check(
        "poll",
        &format!("(call $poll_oneoff (i32.const {BUF}) (i32.const 1024) (i32.const 1) (i32.const {OUT}))"),
    );
    let config = Config {
        timeout: Some(Duration::from_millis(200)),
        ..Config::default()
    };
    let started = Instant::now();
    let o = run(&p.build(), config);
    assert!(trap(&o).contains("timeout"), "{:?}", o.exit);
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn memory_limit_refuses_growth() {
    let body = r#"(func (export "_start")
        (call $proc_exit (i32.add (i32.const 100) (memory.grow (i32.const 100)))))"#;
    let limited = Config {
        max_memory: Some(4 * 65536),
        ..Config::default()
    };
    assert_eq!(run(&module(IMPORTS, body), limited).exit, Exit::Code(99));
    let r = wasi_run::run_report(&module(IMPORTS, body), Config::default()).unwrap();
    assert_eq!(r.outcome.exit, Exit::Code(101));
    assert_eq!(r.stats.peak_memory, 101 * 65536);
}

#[test]
fn stats_count_calls() {
    let body = r#"(func (export "_start")
        (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 0) (i32.const 8)))
        (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 0) (i32.const 8)))
        (drop (call $random_get (i32.const 0) (i32.const 8))))"#;
    let config = Config {
        stats: true,
        ..Config::default()
    };
    let r = wasi_run::run_report(&module(IMPORTS, body), config).unwrap();
    assert!(r.stats.instructions.unwrap() > 0);
    assert!(
        r.stats.calls.contains(&("fd_write".to_string(), 2)),
        "{:?}",
        r.stats.calls
    );
    assert!(
        r.stats.calls.contains(&("random_get".to_string(), 1)),
        "{:?}",
        r.stats.calls
    );
}

#[test]
fn deterministic_mode_repeats_itself() {
    let mut p = Probe::new();
    p.check(
        "random",
        &format!("(call $random_get (i32.const {BUF}) (i32.const 16))"),
    );
    p.check("r0", &format!("(i32.load (i32.const {BUF}))"));
    p.check("r1", &format!("(i32.load (i32.const {}))", BUF + 12));
    p.check(
        "clock",
        &format!("(call $clock_time_get (i32.const 0) (i64.const 0) (i32.const {OUT}))"),
    );
    p.check("t_hi", &format!("(i32.load (i32.const {}))", OUT + 4));
    p.check("t_lo", &format!("(i32.load (i32.const {OUT}))"));
    p.check(
        "mono",
        &format!("(call $clock_time_get (i32.const 1) (i64.const 0) (i32.const {OUT}))"),
    );
    p.check("mono_lo", &format!("(i32.load (i32.const {OUT}))"));
    // A 5 s sleep takes no real time and moves the virtual clock.
    p.raw(&format!(
        "(i32.store8 (i32.const {}) (i32.const 0)) (i32.store (i32.const {}) (i32.const 1)) \
         (i64.store (i32.const {}) (i64.const 5000000000))",
        BUF + 8,
        BUF + 16,
        BUF + 24
    ));
    p.check("poll", &format!("(call $poll_oneoff (i32.const {BUF}) (i32.const 1024) (i32.const 1) (i32.const {OUT}))"));
    p.check(
        "mono2",
        &format!("(call $clock_time_get (i32.const 1) (i64.const 0) (i32.const {OUT}))"),
    );
    p.check(
        "mono2_s",
        &format!("(i32.wrap_i64 (i64.div_u (i64.load (i32.const {OUT})) (i64.const 1000000000)))"),
    );
    let wasm = p.build();
    let config = || Config {
        deterministic: true,
        ..Config::default()
    };
    let started = Instant::now();
    let a = run(&wasm, config());
    let b = run(&wasm, config());
    assert!(started.elapsed() < Duration::from_secs(4));
    assert_eq!(a.stdout, b.stdout);
    let text = String::from_utf8_lossy(&a.stdout);
    assert!(text.contains("mono2_s=5"), "{text}");
    // Random bytes differ with another seed, and without the mode.
    let mut r = Probe::new();
    r.check(
        "random",
        &format!("(call $random_get (i32.const {BUF}) (i32.const 16))"),
    );
    r.check("r0", &format!("(i32.load (i32.const {BUF}))"));
    r.check("r1", &format!("(i32.load (i32.const {}))", BUF + 12));
    let wasm = r.build();
    let seeded = |seed| {
        run(
            &wasm,
            Config {
                deterministic: true,
                seed,
                ..Config::default()
            },
        )
        .stdout
    };
    assert_eq!(seeded(None), seeded(None));
    assert_ne!(seeded(None), seeded(Some(7)));
    assert_ne!(seeded(None), run(&wasm, Config::default()).stdout);
}

const REACTOR: &str = r#"
    (data (i32.const 100) "init\n")
    (func (export "_initialize")
      (i32.store (i32.const 0) (i32.const 100))
      (i32.store (i32.const 4) (i32.const 5))
      (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))
    (func (export "answer") (result i32) (i32.const 42))
    (func (export "takes") (param i32))"#;

#[test]
fn reactors_and_invoke() {
    let wasm = module(IMPORTS, REACTOR);
    let o = run(&wasm, Config::default());
    assert_eq!(o.exit, Exit::Code(0));
    assert_eq!(o.stdout, b"init\n");
    let o = run(
        &wasm,
        Config {
            invoke: Some("answer".into()),
            ..Config::default()
        },
    );
    assert_eq!(o.stdout, b"init\n42\n");
    let e = wasi_run::run(
        &wasm,
        Config {
            invoke: Some("missing".into()),
            ..Config::default()
        },
    )
    .unwrap_err();
    assert!(e.to_string().contains("missing"), "{e}");
    let e = wasi_run::run(
        &wasm,
        Config {
            invoke: Some("takes".into()),
            ..Config::default()
        },
    )
    .unwrap_err();
    assert!(e.to_string().contains("parameters"), "{e}");
    let none = module(IMPORTS, r#"(func (export "other"))"#);
    let e = wasi_run::run(&none, Config::default()).unwrap_err();
    assert!(matches!(e, wasi_run::Error::NoEntry), "{e}");
}

#[test]
fn proc_raise_default_actions() {
    let abort = module(
        r#"(import "wasi_snapshot_preview1" "proc_raise" (func $raise (param i32) (result i32)))"#,
        r#"(func $do_abort (drop (call $raise (i32.const 6))))
           (func (export "_start") (call $do_abort))"#,
    );
    let o = run(&abort, Config::default());
    let t = trap(&o);
    assert!(t.contains("SIGABRT") && t.contains("do_abort"), "{t}");
    let ignored = module(
        r#"(import "wasi_snapshot_preview1" "proc_raise" (func $raise (param i32) (result i32)))
           (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))"#,
        r#"(func (export "_start") (call $exit (call $raise (i32.const 16))))"#,
    );
    assert_eq!(run(&ignored, Config::default()).exit, Exit::Code(0));
}

#[test]
fn poll_reports_stdin_bytes() {
    let mut p = Probe::new();
    p.raw(&format!(
        "(i64.store (i32.const {BUF}) (i64.const 9)) (i32.store8 (i32.const {}) (i32.const 1)) \
         (i32.store (i32.const {}) (i32.const 0))",
        BUF + 8,
        BUF + 16
    ));
    p.check("poll", &format!("(call $poll_oneoff (i32.const {BUF}) (i32.const 1024) (i32.const 1) (i32.const {OUT}))"));
    p.check("n", &format!("(i32.load (i32.const {OUT}))"));
    p.check("userdata", "(i32.load (i32.const 1024))");
    p.check("type", "(i32.load8_u (i32.const 1034))");
    p.check("nbytes", "(i32.load (i32.const 1040))");
    let o = run(
        &p.build(),
        Config {
            stdin: Input::Bytes(b"hello".to_vec()),
            ..Config::default()
        },
    );
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "poll=0\nn=1\nuserdata=9\ntype=1\nnbytes=5\n"
    );
}

#[test]
fn poll_absolute_realtime_clock() {
    // An absolute deadline already in the past fires at once.
    let mut p = Probe::new();
    p.raw(&format!(
        "(i32.store8 (i32.const {}) (i32.const 0)) (i32.store (i32.const {}) (i32.const 0)) \
         (i64.store (i32.const {}) (i64.const 1000)) (i32.store16 (i32.const {}) (i32.const 1))",
        BUF + 8,
        BUF + 16,
        BUF + 24,
        BUF + 40
    ));
    p.check("poll", &format!("(call $poll_oneoff (i32.const {BUF}) (i32.const 1024) (i32.const 1) (i32.const {OUT}))"));
    p.check("n", &format!("(i32.load (i32.const {OUT}))"));
    p.check("error", "(i32.load16_u (i32.const 1032))");
    let started = Instant::now();
    let o = run(&p.build(), Config::default());
    assert_eq!(String::from_utf8_lossy(&o.stdout), "poll=0\nn=1\nerror=0\n");
    assert!(started.elapsed() < Duration::from_secs(2));
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[test]
fn sockets_accept_recv_send_shutdown() {
    use std::io::{Read, Write};
    let port = free_port();
    // Accept on fd 3, receive up to 64 bytes, send them back, shut down,
    // exit with the byte count.
    let body = format!(
        r#"(func (export "_start") (local $c i32) (local $n i32)
          (if (call $accept (i32.const 3) (i32.const 0) (i32.const 200)) (then (call $proc_exit (i32.const 100))))
          (local.set $c (i32.load (i32.const 200)))
          (i32.store (i32.const 0) (i32.const {BUF})) (i32.store (i32.const 4) (i32.const 64))
          (if (call $recv (local.get $c) (i32.const 0) (i32.const 1) (i32.const 0) (i32.const 204) (i32.const 208))
            (then (call $proc_exit (i32.const 101))))
          (local.set $n (i32.load (i32.const 204)))
          (i32.store (i32.const 4) (local.get $n))
          (if (call $send (local.get $c) (i32.const 0) (i32.const 1) (i32.const 0) (i32.const 212))
            (then (call $proc_exit (i32.const 102))))
          (if (call $shutdown (local.get $c) (i32.const 3)) (then (call $proc_exit (i32.const 103))))
          (if (i32.ne (call $shutdown (local.get $c) (i32.const 9)) (i32.const 28)) (then (call $proc_exit (i32.const 104))))
          (call $proc_exit (local.get $n)))"#
    );
    let wasm = module(
        r#"(import "wasi_snapshot_preview1" "sock_accept" (func $accept (param i32 i32 i32) (result i32)))
           (import "wasi_snapshot_preview1" "sock_recv" (func $recv (param i32 i32 i32 i32 i32 i32) (result i32)))
           (import "wasi_snapshot_preview1" "sock_send" (func $send (param i32 i32 i32 i32 i32) (result i32)))
           (import "wasi_snapshot_preview1" "sock_shutdown" (func $shutdown (param i32 i32) (result i32)))
           (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))"#,
        &body,
    );
    let client = std::thread::spawn(move || {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match std::net::TcpStream::connect(("127.0.0.1", port)) {
                Ok(mut s) => {
                    s.write_all(b"ping").unwrap();
                    let mut back = Vec::new();
                    s.read_to_end(&mut back).unwrap();
                    return back;
                }
                Err(_) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(20))
                }
                Err(e) => panic!("cannot connect: {e}"),
            }
        }
    });
    let o = run(
        &wasm,
        Config {
            tcp_listen: vec![format!("127.0.0.1:{port}")],
            timeout: Some(Duration::from_secs(20)),
            ..Config::default()
        },
    );
    assert_eq!(o.exit, Exit::Code(4));
    assert_eq!(client.join().unwrap(), b"ping");
}

#[test]
fn listen_errors_are_clear() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let e = wasi_run::run(
        &module(IMPORTS, r#"(func (export "_start"))"#),
        Config {
            tcp_listen: vec![addr.clone()],
            ..Config::default()
        },
    )
    .unwrap_err();
    assert!(
        e.to_string()
            .starts_with(&format!("cannot listen on {addr}")),
        "{e}"
    );
}

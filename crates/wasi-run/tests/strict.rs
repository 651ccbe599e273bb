//! wasi-run's own answers, checked without any other host: the sandbox
//! rules, every pointer parameter bounds-checked (`fault`), out-of-range
//! flags and enums (`inval`), rights, readdir cookies, oversized iovecs.

mod common;

use common::expect;
use common::probe::{Probe, BUF, IOV, MEM_END, OUT, OUT2};

const ALL: u64 = 0x1fff_ffff;
const READ: u64 = 0x1fff_ffff & !(64 | 1 | 256 | (1 << 22));

const FAULT: i64 = 21;
const INVAL: i64 = 28;
const BADF: i64 = 8;
const PERM: i64 = 63;
const LOOP: i64 = 32;
const NOENT: i64 = 44;
const NOTDIR: i64 = 54;
const ISDIR: i64 = 31;
const ILSEQ: i64 = 25;
const NOTCAPABLE: i64 = 76;
const EXIST: i64 = 20;

fn open_expr(
    p: &mut Probe,
    dirfd: u32,
    follow: u32,
    path: &str,
    oflags: u32,
    rights: u64,
) -> String {
    let s = p.s(path);
    format!(
        "(call $path_open (i32.const {dirfd}) (i32.const {follow}) {s} (i32.const {oflags}) \
         (i64.const {rights}) (i64.const {rights}) (i32.const 0) (i32.const {OUT}))"
    )
}

#[test]
fn sandbox_rules() {
    let mut p = Probe::new();
    let cases: &[(&str, &str, u32, u32, i64)] = &[
        ("plain", "f.txt", 1, 0, 0),
        ("dotdot_past_root", "../outside.txt", 1, 0, PERM),
        ("dotdot_deep", "sub/deeper/../../../outside.txt", 1, 0, PERM),
        ("dotdot_inside", "sub/deeper/../../f.txt", 1, 0, 0),
        ("absolute", "/etc/passwd", 1, 0, PERM),
        ("link_relative_out", "link_out", 1, 0, PERM),
        ("link_relative_out_nested", "link_out2", 1, 0, PERM),
        ("link_absolute", "link_abs", 1, 0, PERM),
        (
            "link_in_middle_out",
            "link_dir/../../outside.txt",
            1,
            0,
            PERM,
        ),
        ("link_inside", "link_f", 1, 0, 0),
        ("link_dir_inside", "link_dir/g.txt", 1, 0, 0),
        ("loop", "loop1", 1, 0, LOOP),
        ("loop_in_middle", "loop1/x", 1, 0, LOOP),
        ("nofollow_final_link", "link_f", 0, 0, LOOP),
        ("dir_as_file_write", "sub", 1, 0, ISDIR),
        ("file_as_dir", "f.txt", 1, 2, NOTDIR),
        ("file_in_path", "f.txt/x", 1, 0, NOTDIR),
        ("trailing_slash_file", "f.txt/", 1, 0, NOTDIR),
        ("missing", "nope", 1, 0, NOENT),
        ("empty", "", 1, 0, NOENT),
        ("dangling", "dangling", 1, 0, NOENT),
    ];
    for (label, path, follow, oflags, want) in cases {
        let rights = if *label == "dir_as_file_write" {
            ALL
        } else {
            READ
        };
        let e = open_expr(&mut p, 3, *follow, path, *oflags, rights);
        p.check(label, &e);
        let _ = want;
    }
    let bad = p.bytes(b"a\xffb");
    p.check(
        "invalid_utf8",
        &format!("(call $path_open (i32.const 3) (i32.const 1) (i32.const {bad}) (i32.const 3) (i32.const 0) (i64.const {READ}) (i64.const 0) (i32.const 0) (i32.const {OUT}))"),
    );
    let nul = p.bytes(b"f.txt\0x");
    p.check(
        "nul_byte",
        &format!("(call $path_open (i32.const 3) (i32.const 1) (i32.const {nul}) (i32.const 7) (i32.const 0) (i64.const {READ}) (i64.const 0) (i32.const 0) (i32.const {OUT}))"),
    );
    // Creating through a symlink that leads out must not create anything.
    let e = open_expr(&mut p, 3, 1, "link_out", 1, ALL);
    p.check("creat_through_link_out", &e);
    let s = p.s("../made");
    p.check(
        "mkdir_out",
        &format!("(call $path_create_directory (i32.const 3) {s})"),
    );
    let s = p.s("link_dir/../../x");
    p.check(
        "mkdir_out_via_link",
        &format!("(call $path_create_directory (i32.const 3) {s})"),
    );
    let s = p.s("/tmp");
    p.check(
        "stat_abs",
        &format!("(call $path_filestat_get (i32.const 3) (i32.const 1) {s} (i32.const {BUF}))"),
    );
    let mut want: Vec<(&str, i64)> = cases.iter().map(|c| (c.0, c.4)).collect();
    want.extend([
        ("invalid_utf8", ILSEQ),
        ("nul_byte", INVAL),
        ("creat_through_link_out", PERM),
        ("mkdir_out", PERM),
        ("mkdir_out_via_link", PERM),
        ("stat_abs", PERM),
    ]);
    expect(&p, &want);
}

#[test]
fn escapes_leave_the_outside_untouched() {
    let dir = tempfile::tempdir().unwrap();
    common::populate(dir.path());
    let mut p = Probe::new();
    for (i, path) in ["../outside.txt", "link_out", "link_out2", "link_abs"]
        .iter()
        .enumerate()
    {
        let s = p.s(path);
        p.check(
            &format!("unlink{i}"),
            &format!("(call $path_unlink_file (i32.const 3) {s})"),
        );
        let e = open_expr(&mut p, 3, 1, path, 8, ALL);
        p.check(&format!("trunc{i}"), &e);
    }
    let o = common::run(&p.build(), common::sandbox_config(dir.path()));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("trunc0=63"), "{text}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("outside.txt")).unwrap(),
        "secret"
    );
}

/// Every pointer parameter, pointed past the end of memory, is `fault`.
#[test]
fn every_pointer_is_bounds_checked() {
    let mut p = Probe::new();
    let e = MEM_END - 2;
    let f = p.s("f.txt");
    let calls: Vec<(&str, String)> = vec![
        ("args_get", format!("(call $args_get (i32.const {e}) (i32.const {BUF}))")),
        ("args_get_buf", format!("(call $args_get (i32.const {OUT}) (i32.const {e}))")),
        ("args_sizes_get", format!("(call $args_sizes_get (i32.const {e}) (i32.const {OUT}))")),
        ("args_sizes_get2", format!("(call $args_sizes_get (i32.const {OUT}) (i32.const {e}))")),
        ("environ_get", format!("(call $environ_get (i32.const {e}) (i32.const {BUF}))")),
        ("environ_sizes_get", format!("(call $environ_sizes_get (i32.const {e}) (i32.const {OUT}))")),
        ("clock_res_get", format!("(call $clock_res_get (i32.const 0) (i32.const {e}))")),
        ("clock_time_get", format!("(call $clock_time_get (i32.const 0) (i64.const 0) (i32.const {e}))")),
        ("fd_fdstat_get", format!("(call $fd_fdstat_get (i32.const 1) (i32.const {e}))")),
        ("fd_filestat_get", format!("(call $fd_filestat_get (i32.const 3) (i32.const {e}))")),
        ("fd_pread", format!("(call $fd_pread (i32.const 5) (i32.const {e}) (i32.const 1) (i64.const 0) (i32.const {OUT}))")),
        ("fd_pwrite", format!("(call $fd_pwrite (i32.const 5) (i32.const {e}) (i32.const 1) (i64.const 0) (i32.const {OUT}))")),
        ("fd_prestat_get", format!("(call $fd_prestat_get (i32.const 3) (i32.const {e}))")),
        ("fd_prestat_dir_name", format!("(call $fd_prestat_dir_name (i32.const 3) (i32.const {e}) (i32.const 8))")),
        ("fd_read_iov", format!("(call $fd_read (i32.const 5) (i32.const {e}) (i32.const 1) (i32.const {OUT}))")),
        ("fd_read_buf", format!("(i32.store (i32.const {IOV}) (i32.const {e})) (i32.store (i32.const {}) (i32.const 10)) (call $fd_read (i32.const 5) (i32.const {IOV}) (i32.const 1) (i32.const {OUT}))", IOV + 4)),
        ("fd_read_out", format!("(call $fd_read (i32.const 5) (i32.const {IOV}) (i32.const 0) (i32.const {e}))")),
        ("fd_write_iov", format!("(call $fd_write (i32.const 1) (i32.const {e}) (i32.const 1) (i32.const {OUT}))")),
        ("fd_write_out", format!("(call $fd_write (i32.const 1) (i32.const {IOV}) (i32.const 0) (i32.const {e}))")),
        ("fd_readdir", format!("(call $fd_readdir (i32.const 3) (i32.const {e}) (i32.const 100) (i64.const 0) (i32.const {OUT}))")),
        ("fd_readdir_out", format!("(call $fd_readdir (i32.const 3) (i32.const {BUF}) (i32.const 100) (i64.const 0) (i32.const {e}))")),
        ("fd_seek", format!("(call $fd_seek (i32.const 5) (i64.const 0) (i32.const 0) (i32.const {e}))")),
        ("fd_tell", format!("(call $fd_tell (i32.const 5) (i32.const {e}))")),
        ("path_create_directory", format!("(call $path_create_directory (i32.const 3) (i32.const {e}) (i32.const 8))")),
        ("path_filestat_get", format!("(call $path_filestat_get (i32.const 3) (i32.const 0) {f} (i32.const {e}))")),
        ("path_filestat_get_path", format!("(call $path_filestat_get (i32.const 3) (i32.const 0) (i32.const {e}) (i32.const 5) (i32.const {BUF}))")),
        ("path_filestat_set_times", format!("(call $path_filestat_set_times (i32.const 3) (i32.const 0) (i32.const {e}) (i32.const 5) (i64.const 0) (i64.const 0) (i32.const 0))")),
        ("path_link", format!("(call $path_link (i32.const 3) (i32.const 0) (i32.const {e}) (i32.const 5) (i32.const 3) {f})")),
        ("path_open", format!("(call $path_open (i32.const 3) (i32.const 0) {f} (i32.const 0) (i64.const 0) (i64.const 0) (i32.const 0) (i32.const {e}))")),
        ("path_readlink", format!("(call $path_readlink (i32.const 3) {f} (i32.const {e}) (i32.const 10) (i32.const {OUT}))")),
        ("path_remove_directory", format!("(call $path_remove_directory (i32.const 3) (i32.const {e}) (i32.const 5))")),
        ("path_rename", format!("(call $path_rename (i32.const 3) {f} (i32.const 3) (i32.const {e}) (i32.const 5))")),
        ("path_symlink", format!("(call $path_symlink (i32.const {e}) (i32.const 5) (i32.const 3) {f})")),
        ("path_unlink_file", format!("(call $path_unlink_file (i32.const 3) (i32.const {e}) (i32.const 5))")),
        ("poll_oneoff_in", format!("(call $poll_oneoff (i32.const {e}) (i32.const {BUF}) (i32.const 1) (i32.const {OUT}))")),
        ("poll_oneoff_out", format!("(call $poll_oneoff (i32.const {BUF}) (i32.const {e}) (i32.const 1) (i32.const {OUT}))")),
        ("random_get", format!("(call $random_get (i32.const {e}) (i32.const 10))")),
        ("sock_accept", format!("(call $sock_accept (i32.const 3) (i32.const 0) (i32.const {e}))")),
        ("sock_recv", format!("(call $sock_recv (i32.const 3) (i32.const {e}) (i32.const 1) (i32.const 0) (i32.const {OUT}) (i32.const {OUT2}))")),
        ("sock_send", format!("(call $sock_send (i32.const 3) (i32.const {e}) (i32.const 1) (i32.const 0) (i32.const {OUT}))")),
        ("wrapping_length", "(call $random_get (i32.const 16) (i32.const -1))".into()),
        ("huge_iov_count", format!("(call $fd_write (i32.const 1) (i32.const {IOV}) (i32.const 536870912) (i32.const {OUT}))")),
    ];
    // fd 5: f.txt opened read-write, for the fd_* calls above.
    let o = open_expr(&mut p, 3, 1, "f.txt", 0, ALL);
    p.check("open", &o);
    for (label, call) in &calls {
        p.check(label, call);
    }
    let mut want: Vec<(&str, i64)> = calls.iter().map(|(l, _)| (*l, FAULT)).collect();
    want.push(("open", 0));
    // More iovecs than IOV_MAX is `inval` before any memory is touched.
    want.retain(|(l, _)| *l != "huge_iov_count");
    want.push(("huge_iov_count", INVAL));
    expect(&p, &want);
}

#[test]
fn flags_and_enums_out_of_range_are_inval() {
    let mut p = Probe::new();
    let f = p.s("f.txt");
    let o = open_expr(&mut p, 3, 1, "f.txt", 0, ALL);
    p.check("open", &o);
    let calls: Vec<(&str, String)> = vec![
        ("oflags", format!("(call $path_open (i32.const 3) (i32.const 0) {f} (i32.const 16) (i64.const 0) (i64.const 0) (i32.const 0) (i32.const {OUT}))")),
        ("fdflags", format!("(call $path_open (i32.const 3) (i32.const 0) {f} (i32.const 0) (i64.const 0) (i64.const 0) (i32.const 32) (i32.const {OUT}))")),
        ("whence", format!("(call $fd_seek (i32.const 5) (i64.const 0) (i32.const 3) (i32.const {OUT}))")),
        ("clockid", format!("(call $clock_time_get (i32.const 4) (i64.const 0) (i32.const {OUT}))")),
        ("clockid_res", format!("(call $clock_res_get (i32.const 4) (i32.const {OUT}))")),
        ("advice", "(call $fd_advise (i32.const 5) (i64.const 0) (i64.const 0) (i32.const 6))".into()),
        ("fstflags", "(call $fd_filestat_set_times (i32.const 5) (i64.const 0) (i64.const 0) (i32.const 16))".into()),
        ("fstflags_both", "(call $fd_filestat_set_times (i32.const 5) (i64.const 0) (i64.const 0) (i32.const 3))".into()),
        ("set_flags", "(call $fd_fdstat_set_flags (i32.const 5) (i32.const 64))".into()),
        ("set_flags_sync", "(call $fd_fdstat_set_flags (i32.const 5) (i32.const 16))".into()),
        ("signal", "(call $proc_raise (i32.const 99))".into()),
        ("sdflags", "(call $sock_shutdown (i32.const 5) (i32.const 0))".into()),
        ("poll_zero", format!("(call $poll_oneoff (i32.const {BUF}) (i32.const 1024) (i32.const 0) (i32.const {OUT}))")),
        ("poll_bad_tag", format!("(i32.store8 (i32.const {}) (i32.const 7)) (call $poll_oneoff (i32.const {BUF}) (i32.const 1024) (i32.const 1) (i32.const {OUT}))", BUF + 8)),
        ("seek_negative", format!("(call $fd_seek (i32.const 5) (i64.const -1) (i32.const 0) (i32.const {OUT}))")),
    ];
    for (label, call) in &calls {
        p.check(label, call);
    }
    let mut want: Vec<(&str, i64)> = calls.iter().map(|(l, _)| (*l, INVAL)).collect();
    want.push(("open", 0));
    expect(&p, &want);
}

#[test]
fn rights_and_descriptor_kinds() {
    let mut p = Probe::new();
    let o = open_expr(&mut p, 3, 1, "f.txt", 0, READ);
    p.check("open_ro", &o);
    p.raw(&format!(
        "(i32.store (i32.const {IOV}) (i32.const {BUF})) (i32.store (i32.const {}) (i32.const 4))",
        IOV + 4
    ));
    let calls: Vec<(&str, String, i64)> = vec![
        ("write_ro_file", format!("(call $fd_write (i32.const 5) (i32.const {IOV}) (i32.const 1) (i32.const {OUT}))"), BADF),
        ("pwrite_ro_file", format!("(call $fd_pwrite (i32.const 5) (i32.const {IOV}) (i32.const 1) (i64.const 0) (i32.const {OUT}))"), BADF),
        ("set_size_ro_file", "(call $fd_filestat_set_size (i32.const 5) (i64.const 0))".into(), BADF),
        ("allocate_ro_file", "(call $fd_allocate (i32.const 5) (i64.const 0) (i64.const 10))".into(), BADF),
        ("drop_rights", "(call $fd_fdstat_set_rights (i32.const 5) (i64.const 2) (i64.const 0))".into(), 0),
        ("gain_rights", "(call $fd_fdstat_set_rights (i32.const 5) (i64.const 6) (i64.const 0))".into(), NOTCAPABLE),
        ("seek_without_right", format!("(call $fd_seek (i32.const 5) (i64.const 1) (i32.const 0) (i32.const {OUT}))"), NOTCAPABLE),
        ("read_with_right", format!("(call $fd_read (i32.const 5) (i32.const {IOV}) (i32.const 1) (i32.const {OUT}))"), 0),
        ("readdir_on_file", format!("(call $fd_readdir (i32.const 5) (i32.const {BUF}) (i32.const 100) (i64.const 0) (i32.const {OUT}))"), BADF),
        ("read_stdout", format!("(call $fd_read (i32.const 1) (i32.const {IOV}) (i32.const 1) (i32.const {OUT}))"), BADF),
        ("write_stdin", format!("(call $fd_write (i32.const 0) (i32.const {IOV}) (i32.const 1) (i32.const {OUT}))"), BADF),
        ("read_dir", format!("(call $fd_read (i32.const 3) (i32.const {IOV}) (i32.const 1) (i32.const {OUT}))"), BADF),
        ("seek_stdout", format!("(call $fd_seek (i32.const 1) (i64.const 0) (i32.const 0) (i32.const {OUT}))"), 70),
        ("accept_on_dir", format!("(call $sock_accept (i32.const 3) (i32.const 0) (i32.const {OUT}))"), 57),
        ("renumber_to_closed", "(call $fd_renumber (i32.const 5) (i32.const 50))".into(), BADF),
        ("close_bad", "(call $fd_close (i32.const 1000000))".into(), BADF),
        ("ro_preopen_creat", open_expr(&mut p, 4, 1, "new", 1, ALL), PERM),
        ("ro_preopen_write", open_expr(&mut p, 4, 1, "r.txt", 0, ALL), PERM),
        ("ro_preopen_read", open_expr(&mut p, 4, 1, "r.txt", 0, READ), 0),
        ("creat_excl", open_expr(&mut p, 3, 1, "f.txt", 5, ALL), EXIST),
    ];
    for (label, call, _) in &calls {
        p.check(label, call);
    }
    let mut want: Vec<(&str, i64)> = calls.iter().map(|(l, _, v)| (*l, *v)).collect();
    want.push(("open_ro", 0));
    expect(&p, &want);
}

/// Lists sub/ one entry at a time through cookies and checks names.
#[test]
fn readdir_cookies() {
    let dir = tempfile::tempdir().unwrap();
    common::populate(dir.path());
    for i in 0..5 {
        std::fs::write(dir.path().join(format!("sandbox/sub/file{i}")), "x").unwrap();
    }
    // A loop: readdir with a 24+16 byte buffer from cookie c, print the
    // name, set c = d_next, until bufused == 0.
    let mut p = Probe::new();
    p.funcs(&format!(
        r#"(func $list (param $fd i32) (local $c i64) (local $n i32)
          (loop $l
            (drop (call $fd_readdir (local.get $fd) (i32.const {BUF}) (i32.const 40) (local.get $c) (i32.const {OUT})))
            (if (i32.eqz (i32.load (i32.const {OUT}))) (then (return)))
            (local.set $c (i64.load (i32.const {BUF})))
            (local.set $n (i32.load (i32.const {})))
            (call $write (i32.const {}) (local.get $n))
            (i32.store8 (i32.const 80) (i32.const 10))
            (call $write (i32.const 80) (i32.const 1))
            (br $l)))"#,
        BUF + 16,
        BUF + 24
    ));
    let o = open_expr(&mut p, 3, 1, "sub", 2, READ);
    p.check("open", &o);
    p.raw(&format!(
        "(i32.store (i32.const 300) (i32.load (i32.const {OUT})))"
    ));
    p.raw("(call $list (i32.load (i32.const 300)))");
    p.check("cookie_past_end", &format!("(call $fd_readdir (i32.load (i32.const 300)) (i32.const {BUF}) (i32.const 100) (i64.const 99999) (i32.const {OUT2}))"));
    p.check(
        "cookie_past_end_used",
        &format!("(i32.load (i32.const {OUT2}))"),
    );
    p.check("cookie_huge", &format!("(call $fd_readdir (i32.load (i32.const 300)) (i32.const {BUF}) (i32.const 100) (i64.const -1) (i32.const {OUT2}))"));
    p.check(
        "cookie_huge_used",
        &format!("(i32.load (i32.const {OUT2}))"),
    );
    let out = common::run(&p.build(), common::sandbox_config(dir.path()));
    let text = String::from_utf8_lossy(&out.stdout);
    let mut names: Vec<&str> = text.lines().filter(|l| !l.contains('=')).collect();
    names.sort();
    assert_eq!(
        names,
        vec![".", "..", "deeper", "file0", "file1", "file2", "file3", "file4", "g.txt"],
        "{text}"
    );
    for want in [
        "open=0",
        "cookie_past_end=0",
        "cookie_past_end_used=0",
        "cookie_huge=0",
        "cookie_huge_used=0",
    ] {
        assert!(text.lines().any(|l| l == want), "{want} in {text}");
    }
}

/// No function answers a placeholder `nosys`: each is called with
/// arguments that make sense and must not return 52.
#[test]
fn no_function_is_a_nosys_placeholder() {
    let mut p = Probe::new();
    let f = p.s("f.txt");
    let o = open_expr(&mut p, 3, 1, "f.txt", 0, ALL);
    p.check("open", &o);
    p.raw(&format!(
        "(i32.store (i32.const {IOV}) (i32.const {BUF})) (i32.store (i32.const {}) (i32.const 4))",
        IOV + 4
    ));
    // One relative clock subscription of 0 ns at 1024.
    p.raw("(i32.store8 (i32.const 1032) (i32.const 0)) (i32.store (i32.const 1040) (i32.const 1)) (i64.store (i32.const 1048) (i64.const 0))");
    let t = p.s("target");
    let l = p.s("newlink");
    let h = p.s("hard");
    let r = p.s("renamed");
    let d = p.s("newdir");
    let calls: Vec<(&str, String)> = vec![
        ("args_get", format!("(call $args_get (i32.const {BUF}) (i32.const 1200))")),
        ("args_sizes_get", format!("(call $args_sizes_get (i32.const {OUT}) (i32.const {OUT2}))")),
        ("environ_get", format!("(call $environ_get (i32.const {BUF}) (i32.const 1200))")),
        ("environ_sizes_get", format!("(call $environ_sizes_get (i32.const {OUT}) (i32.const {OUT2}))")),
        ("clock_res_get", format!("(call $clock_res_get (i32.const 2) (i32.const {OUT}))")),
        ("clock_time_get", format!("(call $clock_time_get (i32.const 3) (i64.const 0) (i32.const {OUT}))")),
        ("fd_advise", "(call $fd_advise (i32.const 5) (i64.const 0) (i64.const 0) (i32.const 0))".into()),
        ("fd_allocate", "(call $fd_allocate (i32.const 5) (i64.const 0) (i64.const 100))".into()),
        ("fd_datasync", "(call $fd_datasync (i32.const 5))".into()),
        ("fd_fdstat_get", format!("(call $fd_fdstat_get (i32.const 5) (i32.const {BUF}))")),
        ("fd_fdstat_set_flags", "(call $fd_fdstat_set_flags (i32.const 5) (i32.const 4))".into()),
        ("fd_filestat_get", format!("(call $fd_filestat_get (i32.const 5) (i32.const {BUF}))")),
        ("fd_filestat_set_size", "(call $fd_filestat_set_size (i32.const 5) (i64.const 50))".into()),
        ("fd_filestat_set_times", "(call $fd_filestat_set_times (i32.const 5) (i64.const 0) (i64.const 0) (i32.const 10))".into()),
        ("fd_pread", format!("(call $fd_pread (i32.const 5) (i32.const {IOV}) (i32.const 1) (i64.const 0) (i32.const {OUT}))")),
        ("fd_prestat_get", format!("(call $fd_prestat_get (i32.const 3) (i32.const {OUT}))")),
        ("fd_prestat_dir_name", format!("(call $fd_prestat_dir_name (i32.const 3) (i32.const {BUF}) (i32.const 100))")),
        ("fd_pwrite", format!("(call $fd_pwrite (i32.const 5) (i32.const {IOV}) (i32.const 1) (i64.const 0) (i32.const {OUT}))")),
        ("fd_read", format!("(call $fd_read (i32.const 5) (i32.const {IOV}) (i32.const 1) (i32.const {OUT}))")),
        ("fd_readdir", format!("(call $fd_readdir (i32.const 3) (i32.const {BUF}) (i32.const 100) (i64.const 0) (i32.const {OUT}))")),
        ("fd_seek", format!("(call $fd_seek (i32.const 5) (i64.const 0) (i32.const 0) (i32.const {OUT}))")),
        ("fd_sync", "(call $fd_sync (i32.const 5))".into()),
        ("fd_tell", format!("(call $fd_tell (i32.const 5) (i32.const {OUT}))")),
        ("fd_write", format!("(call $fd_write (i32.const 5) (i32.const {IOV}) (i32.const 1) (i32.const {OUT}))")),
        ("path_create_directory", format!("(call $path_create_directory (i32.const 3) {d})")),
        ("path_filestat_get", format!("(call $path_filestat_get (i32.const 3) (i32.const 0) {f} (i32.const {BUF}))")),
        ("path_filestat_set_times", format!("(call $path_filestat_set_times (i32.const 3) (i32.const 0) {f} (i64.const 0) (i64.const 0) (i32.const 10))")),
        ("path_link", format!("(call $path_link (i32.const 3) (i32.const 0) {f} (i32.const 3) {h})")),
        ("path_symlink", format!("(call $path_symlink {t} (i32.const 3) {l})")),
        ("path_readlink", format!("(call $path_readlink (i32.const 3) {l} (i32.const {BUF}) (i32.const 100) (i32.const {OUT}))")),
        ("path_rename", format!("(call $path_rename (i32.const 3) {h} (i32.const 3) {r})")),
        ("path_unlink_file", format!("(call $path_unlink_file (i32.const 3) {r})")),
        ("path_remove_directory", format!("(call $path_remove_directory (i32.const 3) {d})")),
        ("poll_oneoff", format!("(call $poll_oneoff (i32.const 1024) (i32.const 1200) (i32.const 1) (i32.const {OUT}))")),
        ("proc_raise", "(call $proc_raise (i32.const 0))".into()),
        ("sched_yield", "(call $sched_yield)".into()),
        ("random_get", format!("(call $random_get (i32.const {BUF}) (i32.const 16))")),
        ("fd_renumber", "(call $fd_renumber (i32.const 5) (i32.const 5))".into()),
        ("fd_fdstat_set_rights", "(call $fd_fdstat_set_rights (i32.const 5) (i64.const 2) (i64.const 0))".into()),
        ("fd_close", "(call $fd_close (i32.const 5))".into()),
    ];
    for (label, call) in &calls {
        p.check(label, call);
    }
    let mut want: Vec<(&str, i64)> = calls.iter().map(|(l, _)| (*l, 0)).collect();
    want.push(("open", 0));
    expect(&p, &want);
}

//! Entry points shared by the cargo-fuzz targets in `fuzz/` and by the
//! bounded pass in `tests/fuzz.rs`. Each takes arbitrary bytes and panics
//! only when an invariant of the host is broken.

use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::mem::Mem;
use crate::path::resolve_bytes;

/// A sandbox tree with symlinks of every kind, created once per process:
/// `root/outside.txt` and `root/box/...`, where `box` is the sandbox.
fn sandbox() -> &'static (PathBuf, std::fs::File) {
    static TREE: OnceLock<(PathBuf, std::fs::File)> = OnceLock::new();
    TREE.get_or_init(|| {
        use std::os::unix::fs::symlink;
        let root = std::env::temp_dir().join(format!("wasi-run-fuzz-{}", std::process::id()));
        let b = root.join("box");
        let _ = std::fs::create_dir_all(b.join("a/b/c"));
        let _ = std::fs::write(root.join("outside.txt"), "secret");
        let _ = std::fs::write(b.join("a/file"), "x");
        let links: [(&str, &str); 8] = [
            ("up", ".."),
            ("abs", "/"),
            ("self", "."),
            ("deep", "a/b/c"),
            ("a/b/back", "../.."),
            ("a/b/out", "../../.."),
            ("loop", "loop"),
            ("a/tofile", "file"),
        ];
        for (link, target) in links {
            let _ = symlink(target, b.join(link));
        }
        let dir = std::fs::File::open(&b).expect("fuzz sandbox opens");
        let real = std::fs::canonicalize(&b).expect("fuzz sandbox resolves");
        (real, dir)
    })
}

fn fd_path(fd: i32) -> Option<PathBuf> {
    std::fs::read_link(format!("/proc/self/fd/{fd}")).ok()
}

/// Resolves `data` (first byte: follow flag) beneath the sandbox and
/// checks that the directory reached is inside it and the final
/// component is a single name.
pub fn path_resolution(data: &[u8]) {
    let (root, dir) = sandbox();
    let Some((&flag, path)) = data.split_first() else {
        return;
    };
    if let Ok(r) = resolve_bytes(dir.as_raw_fd(), path, flag & 1 == 1) {
        let name = r.name.as_bytes();
        assert!(
            !name.is_empty() && !name.contains(&b'/'),
            "bad final name {name:?}"
        );
        assert!(name != b"..", "final `..` left unresolved for {path:?}");
        let reached = fd_path(r.dirfd()).expect("fd has a path");
        assert!(
            reached.starts_with(root),
            "{path:?} escaped to {}",
            Path::new(&reached).display()
        );
    }
}

/// Decodes guest-memory arguments (iovecs, strings, integers) at
/// pointers taken from `data` over a memory that is `data` itself.
pub fn guest_args(data: &[u8]) {
    if data.len() < 12 {
        return;
    }
    let word = |i: usize| u32::from_le_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]]);
    let (ptr, len, count) = (word(0), word(4), word(8));
    let mut bytes = data.to_vec();
    let size = bytes.len() as u64;
    let mut mem = Mem::new(&mut bytes);
    if let Ok(s) = mem.read_str(ptr, len) {
        assert!(u64::from(ptr) + s.len() as u64 <= size);
    }
    if let Ok(iovs) = mem.iovecs(ptr, count) {
        assert!(iovs.len() as u32 <= crate::mem::IOV_MAX);
        for v in &iovs {
            assert!(u64::from(v.ptr) + u64::from(v.len) <= size);
        }
        let gathered = mem.gather(&iovs).expect("checked iovecs gather");
        assert_eq!(gathered.len(), crate::mem::iov_total(&iovs));
        let n = mem
            .scatter(&iovs, &gathered)
            .expect("checked iovecs scatter");
        assert_eq!(n, gathered.len());
    }
    for p in [ptr, len, count, ptr.wrapping_add(len)] {
        let ok = u64::from(p) + 8 <= size;
        assert_eq!(mem.read_u64(p).is_ok(), ok);
        assert_eq!(mem.write_u64(p, 1).is_ok(), ok);
    }
    let _ = crate::poll::decode(&mem, ptr, &mut |_| Ok(0));
}

//! Runs the fuzz targets' checks in the default test run: the checked-in
//! corpus in `fuzz/corpus/`, then a bounded pseudo-random pass.

use std::path::Path;
use std::time::{Duration, Instant};

use wasi_run::fuzzing::{guest_args, path_resolution};

fn corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut out = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        out.push(std::fs::read(e.unwrap().path()).unwrap());
    }
    assert!(!out.is_empty());
    out
}

/// xorshift64*: reproducible inputs without a dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PASS: Duration = Duration::from_secs(2);

#[test]
fn path_resolution_corpus_and_random_pass() {
    for input in corpus("path_resolution") {
        path_resolution(&input);
    }
    let words: [&[u8]; 16] = [
        b"..",
        b".",
        b"up",
        b"abs",
        b"a",
        b"b",
        b"c",
        b"deep",
        b"back",
        b"out",
        b"loop",
        b"self",
        b"file",
        b"tofile",
        b"",
        b"outside.txt",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let start = Instant::now();
    let mut n = 0;
    while start.elapsed() < PASS {
        let mut input = vec![rng.below(2) as u8];
        if rng.below(10) == 0 {
            input.push(b'/');
        }
        for i in 0..1 + rng.below(8) {
            if i > 0 {
                input.push(b'/');
            }
            input.extend_from_slice(words[rng.below(words.len())]);
        }
        if rng.below(5) == 0 {
            input.push(b'/');
        }
        path_resolution(&input);
        n += 1;
    }
    assert!(n > 100, "only {n} inputs in the pass");
}

#[test]
fn guest_args_corpus_and_random_pass() {
    for input in corpus("guest_args") {
        guest_args(&input);
    }
    let mut rng = Rng(0xdead_beef_cafe_f00d);
    let start = Instant::now();
    while start.elapsed() < PASS {
        let len = 12 + rng.below(64);
        let mut input: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        // Small pointers and counts most of the time, so that decoding
        // gets past the first bounds check.
        for w in 0..3 {
            if rng.below(4) != 0 {
                let v = rng.below(len + 8) as u32;
                input[w * 4..w * 4 + 4].copy_from_slice(&v.to_le_bytes());
            }
        }
        guest_args(&input);
    }
}

//! A small builder for WAT "probe" guests: a list of WASI calls, each
//! printed as `label=<i32 result>` on its own line, so that two hosts can
//! be compared line by line.
//!
//! Scratch memory: 0..16 for the printing iovec, 16..64 the digit buffer,
//! 256..2048 free for out-parameters (see the `OUT*` constants), strings
//! from 4096 on. Two pages of memory; the last byte is 131071.

use super::IMPORTS_ALL;

/// Out-parameter slots.
pub const OUT: u32 = 256;
pub const OUT2: u32 = 264;
pub const BUF: u32 = 512;
pub const IOV: u32 = 384;
pub const MEM_END: u32 = 131072;

pub struct Probe {
    data: Vec<(u32, Vec<u8>)>,
    next: u32,
    body: String,
    funcs: String,
}

impl Default for Probe {
    fn default() -> Self {
        Probe::new()
    }
}

impl Probe {
    pub fn new() -> Probe {
        Probe {
            data: Vec::new(),
            next: 4096,
            body: String::new(),
            funcs: String::new(),
        }
    }

    /// Places bytes in memory; returns their address.
    pub fn bytes(&mut self, b: &[u8]) -> u32 {
        let at = self.next;
        self.data.push((at, b.to_vec()));
        self.next += (b.len() as u32 + 8) & !7;
        at
    }

    /// `(i32.const ptr) (i32.const len)` of a string placed in memory.
    pub fn s(&mut self, text: &str) -> String {
        let p = self.bytes(text.as_bytes());
        format!("(i32.const {p}) (i32.const {})", text.len())
    }

    /// Prints `label=<value of expr>`.
    pub fn check(&mut self, label: &str, expr: &str) -> &mut Self {
        let l = self.s(label);
        self.body += &format!("(call $report {l} {expr})\n");
        self
    }

    /// Adds raw statements to `_start`.
    pub fn raw(&mut self, wat: &str) -> &mut Self {
        self.body += wat;
        self.body += "\n";
        self
    }

    /// Adds module-level functions.
    pub fn funcs(&mut self, wat: &str) -> &mut Self {
        self.funcs += wat;
        self
    }

    /// `path_open` of `path` relative to `dirfd`, storing the fd at OUT;
    /// evaluates to the errno.
    pub fn open(
        &mut self,
        dirfd: u32,
        path: &str,
        oflags: u32,
        rights: u64,
        fdflags: u32,
    ) -> String {
        let p = self.s(path);
        format!(
            "(call $path_open (i32.const {dirfd}) (i32.const 1) {p} (i32.const {oflags}) \
             (i64.const {rights}) (i64.const {rights}) (i32.const {fdflags}) (i32.const {OUT}))"
        )
    }

    pub fn wat(&self) -> String {
        let mut data = String::new();
        for (at, b) in &self.data {
            let esc: String = b.iter().map(|c| format!("\\{c:02x}")).collect();
            data += &format!("(data (i32.const {at}) \"{esc}\")\n");
        }
        format!(
            r#"(module
{IMPORTS_ALL}
(memory (export "memory") 2)
{data}
(func $write (param $p i32) (param $n i32)
  (i32.store (i32.const 0) (local.get $p))
  (i32.store (i32.const 4) (local.get $n))
  (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))
(func $num (param $v i32)
  (local $p i32) (local $neg i32) (local $u i32)
  (local.set $p (i32.const 64))
  (local.set $neg (i32.lt_s (local.get $v) (i32.const 0)))
  (local.set $u (select (i32.sub (i32.const 0) (local.get $v)) (local.get $v) (local.get $neg)))
  (loop $l
    (local.set $p (i32.sub (local.get $p) (i32.const 1)))
    (i32.store8 (local.get $p) (i32.add (i32.const 48) (i32.rem_u (local.get $u) (i32.const 10))))
    (local.set $u (i32.div_u (local.get $u) (i32.const 10)))
    (br_if $l (local.get $u)))
  (if (local.get $neg) (then
    (local.set $p (i32.sub (local.get $p) (i32.const 1)))
    (i32.store8 (local.get $p) (i32.const 45))))
  (call $write (local.get $p) (i32.sub (i32.const 64) (local.get $p))))
(func $report (param $l i32) (param $n i32) (param $v i32)
  (call $write (local.get $l) (local.get $n))
  (i32.store8 (i32.const 80) (i32.const 61))
  (call $write (i32.const 80) (i32.const 1))
  (call $num (local.get $v))
  (i32.store8 (i32.const 80) (i32.const 10))
  (call $write (i32.const 80) (i32.const 1)))
{funcs}
(func (export "_start")
{body})
)"#,
            funcs = self.funcs,
            body = self.body
        )
    }

    pub fn build(&self) -> Vec<u8> {
        let text = self.wat();
        wat::parse_str(&text).unwrap_or_else(|e| panic!("bad WAT: {e}\n{text}"))
    }
}

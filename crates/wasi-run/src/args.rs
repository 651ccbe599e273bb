//! `args_*` and `environ_*`: NUL-terminated strings laid out in one guest
//! buffer, with an array of pointers into it.

use crate::ctx::WasiCtx;
use crate::mem::Mem;
use crate::Fault;

fn sizes(list: &[Vec<u8>]) -> (u32, u32) {
    let count = list.len() as u32;
    let bytes: usize = list.iter().map(|s| s.len() + 1).sum();
    (count, bytes as u32)
}

fn store(mem: &mut Mem, list: &[Vec<u8>], ptrs: u32, buf: u32) -> Result<(), Fault> {
    let (count, bytes) = sizes(list);
    // Check both regions whole first, so a fault leaves memory untouched.
    mem.slice(ptrs, count.checked_mul(4).ok_or(crate::Errno::FAULT)?)?;
    mem.slice(buf, bytes)?;
    let mut at = buf;
    for (i, s) in list.iter().enumerate() {
        mem.write_u32(ptrs + 4 * i as u32, at)?;
        mem.write(at, s)?;
        mem.write_u8(at + s.len() as u32, 0)?;
        at += s.len() as u32 + 1;
    }
    Ok(())
}

/// witx `args_get(argv: pointer<pointer<u8>>, argv_buf: pointer<u8>) -> errno`.
pub fn args_get(ctx: &mut WasiCtx, mem: &mut Mem, argv: u32, buf: u32) -> Result<(), Fault> {
    store(mem, &ctx.args, argv, buf)
}

/// witx `args_sizes_get() -> (result (tuple size size) errno)`.
pub fn args_sizes_get(ctx: &mut WasiCtx, mem: &mut Mem, argc: u32, size: u32) -> Result<(), Fault> {
    let (n, bytes) = sizes(&ctx.args);
    mem.write_u32(argc, n)?;
    mem.write_u32(size, bytes)?;
    Ok(())
}

/// witx `environ_get(environ: pointer<pointer<u8>>, environ_buf: pointer<u8>) -> errno`.
pub fn environ_get(ctx: &mut WasiCtx, mem: &mut Mem, env: u32, buf: u32) -> Result<(), Fault> {
    store(mem, &ctx.env, env, buf)
}

/// witx `environ_sizes_get() -> (result (tuple size size) errno)`.
pub fn environ_sizes_get(ctx: &mut WasiCtx, mem: &mut Mem, n: u32, size: u32) -> Result<(), Fault> {
    let (count, bytes) = sizes(&ctx.env);
    mem.write_u32(n, count)?;
    mem.write_u32(size, bytes)?;
    Ok(())
}

//! `random_get`: the host's entropy, or a seeded generator in
//! deterministic mode.

use crate::ctx::WasiCtx;
use crate::errno::Errno;
use crate::mem::Mem;
use crate::Fault;

/// The seed `--deterministic` uses unless another one is configured.
pub const DEFAULT_SEED: u64 = 0x5eed_0f5a_5e00_0001;

#[derive(Debug)]
pub enum Random {
    Os,
    /// splitmix64: small, fast and good enough for reproducible tests. It
    /// is not a cryptographic generator, and deterministic mode says so.
    Seeded(u64),
}

impl Random {
    pub fn fill(&mut self, buf: &mut [u8]) -> Result<(), Errno> {
        match self {
            Random::Os => getrandom::fill(buf).map_err(|_| Errno::IO),
            Random::Seeded(state) => {
                for chunk in buf.chunks_mut(8) {
                    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
                    let mut z = *state;
                    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
                    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
                    z ^= z >> 31;
                    chunk.copy_from_slice(&z.to_le_bytes()[..chunk.len()]);
                }
                Ok(())
            }
        }
    }
}

/// witx `random_get(buf: pointer<u8>, buf_len: size) -> errno`.
pub fn random_get(ctx: &mut WasiCtx, mem: &mut Mem, buf: u32, len: u32) -> Result<(), Fault> {
    let out = mem.slice_mut(buf, len)?;
    ctx.random.fill(out)?;
    Ok(())
}

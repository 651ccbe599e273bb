//! `poll_oneoff`.

use crate::ctx::WasiCtx;
use crate::errno::Errno;
use crate::mem::Mem;
use crate::Fault;

/// witx `poll_oneoff(in, out, nsubscriptions) -> (result size errno)`.
pub fn poll_oneoff(
    _ctx: &mut WasiCtx,
    _mem: &mut Mem,
    _i: u32,
    _o: u32,
    _n: u32,
    _out: u32,
) -> Result<(), Fault> {
    Err(Errno::NOSYS.into())
}

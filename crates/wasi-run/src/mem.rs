//! Bounds-checked access to the guest's linear memory.
//!
//! Every pointer a guest hands to a WASI function goes through [`Mem`]: an
//! access that does not fit in the memory is `fault`, never a host panic.
//! Multi-byte values are little-endian and need no alignment (the witx ABI
//! asks for alignment, but wasmtime does not enforce it either).

use crate::errno::Errno;

/// Upper bound on the number of iovecs one call may pass; the same as
/// Linux's `IOV_MAX`. More is `inval`, as `readv(2)` reports.
pub const IOV_MAX: u32 = 1024;

/// The guest memory for the duration of one host call.
pub struct Mem<'a> {
    bytes: &'a mut [u8],
}

/// One `iovec`/`ciovec` (witx: `{ buf: pointer<u8>, buf_len: size }`).
#[derive(Clone, Copy, Debug)]
pub struct IoVec {
    pub ptr: u32,
    pub len: u32,
}

impl<'a> Mem<'a> {
    pub fn new(bytes: &'a mut [u8]) -> Self {
        Mem { bytes }
    }

    fn range(&self, ptr: u32, len: u32) -> Result<std::ops::Range<usize>, Errno> {
        let start = ptr as usize;
        let end = start.checked_add(len as usize).ok_or(Errno::FAULT)?;
        if end > self.bytes.len() {
            return Err(Errno::FAULT);
        }
        Ok(start..end)
    }

    pub fn slice(&self, ptr: u32, len: u32) -> Result<&[u8], Errno> {
        let r = self.range(ptr, len)?;
        Ok(&self.bytes[r])
    }

    pub fn slice_mut(&mut self, ptr: u32, len: u32) -> Result<&mut [u8], Errno> {
        let r = self.range(ptr, len)?;
        Ok(&mut self.bytes[r])
    }

    fn array<const N: usize>(&self, ptr: u32) -> Result<[u8; N], Errno> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.slice(ptr, N as u32)?);
        Ok(out)
    }

    pub fn read_u8(&self, ptr: u32) -> Result<u8, Errno> {
        Ok(self.array::<1>(ptr)?[0])
    }
    pub fn read_u16(&self, ptr: u32) -> Result<u16, Errno> {
        Ok(u16::from_le_bytes(self.array(ptr)?))
    }
    pub fn read_u32(&self, ptr: u32) -> Result<u32, Errno> {
        Ok(u32::from_le_bytes(self.array(ptr)?))
    }
    pub fn read_u64(&self, ptr: u32) -> Result<u64, Errno> {
        Ok(u64::from_le_bytes(self.array(ptr)?))
    }

    pub fn write(&mut self, ptr: u32, data: &[u8]) -> Result<(), Errno> {
        let len = u32::try_from(data.len()).map_err(|_| Errno::FAULT)?;
        self.slice_mut(ptr, len)?.copy_from_slice(data);
        Ok(())
    }
    pub fn write_u8(&mut self, ptr: u32, v: u8) -> Result<(), Errno> {
        self.write(ptr, &[v])
    }
    pub fn write_u16(&mut self, ptr: u32, v: u16) -> Result<(), Errno> {
        self.write(ptr, &v.to_le_bytes())
    }
    pub fn write_u32(&mut self, ptr: u32, v: u32) -> Result<(), Errno> {
        self.write(ptr, &v.to_le_bytes())
    }
    pub fn write_u64(&mut self, ptr: u32, v: u64) -> Result<(), Errno> {
        self.write(ptr, &v.to_le_bytes())
    }

    /// A guest string (witx `string`: pointer and length, UTF-8, no NUL
    /// terminator). Invalid UTF-8 is `ilseq`; an embedded NUL is `inval`,
    /// since no host path or name can hold one.
    pub fn read_str(&self, ptr: u32, len: u32) -> Result<&str, Errno> {
        let bytes = self.slice(ptr, len)?;
        let s = std::str::from_utf8(bytes).map_err(|_| Errno::ILSEQ)?;
        if s.as_bytes().contains(&0) {
            return Err(Errno::INVAL);
        }
        Ok(s)
    }

    /// Reads an array of `count` iovecs at `ptr`, checking that each buffer
    /// lies inside memory. The total length is capped by `u32::MAX` as the
    /// result counts are `size` (u32).
    pub fn iovecs(&self, ptr: u32, count: u32) -> Result<Vec<IoVec>, Errno> {
        if count > IOV_MAX {
            return Err(Errno::INVAL);
        }
        let bytes = self.slice(ptr, count.checked_mul(8).ok_or(Errno::FAULT)?)?;
        let mut out = Vec::with_capacity(count as usize);
        let mut total: u64 = 0;
        for chunk in bytes.chunks_exact(8) {
            let ptr = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
            let len = u32::from_le_bytes([chunk[4], chunk[5], chunk[6], chunk[7]]);
            self.range(ptr, len)?;
            total += u64::from(len);
            if total > u64::from(u32::MAX) {
                return Err(Errno::INVAL);
            }
            out.push(IoVec { ptr, len });
        }
        Ok(out)
    }

    /// Copies the bytes of `iovs` (already checked) into one buffer.
    pub fn gather(&self, iovs: &[IoVec]) -> Result<Vec<u8>, Errno> {
        let mut out = Vec::new();
        for iov in iovs {
            out.extend_from_slice(self.slice(iov.ptr, iov.len)?);
        }
        Ok(out)
    }

    /// Spreads `data` over `iovs` in order; returns the number of bytes placed.
    pub fn scatter(&mut self, iovs: &[IoVec], mut data: &[u8]) -> Result<usize, Errno> {
        let mut done = 0;
        for iov in iovs {
            if data.is_empty() {
                break;
            }
            let n = (iov.len as usize).min(data.len());
            self.slice_mut(iov.ptr, n as u32)?
                .copy_from_slice(&data[..n]);
            data = &data[n..];
            done += n;
        }
        Ok(done)
    }
}

/// Total length of a list of checked iovecs (fits in u32 by construction).
pub fn iov_total(iovs: &[IoVec]) -> usize {
    iovs.iter().map(|v| v.len as usize).sum()
}

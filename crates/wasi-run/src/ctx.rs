//! The per-instance state every host function works on.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::time::Instant;

use crate::clocks::Clocks;
use crate::errno::Errno;
use crate::fdtable::FdTable;
use crate::random::Random;

/// Where the guest's stdin comes from.
#[derive(Debug)]
pub enum StdinState {
    Inherit,
    Bytes { data: Vec<u8>, pos: usize },
    Null,
}

/// Where stdout or stderr go.
#[derive(Debug)]
pub enum Sink {
    Inherit,
    Capture(Vec<u8>),
}

/// Stdout and stderr are identified by which sink they write to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Out,
    Err,
}

/// How a guest may grow its memories, and how far it did.
#[derive(Debug, Default)]
pub struct MemoryLimits {
    /// Largest size in bytes of any one linear memory.
    pub max_bytes: Option<usize>,
    /// Largest size any memory reached.
    pub peak_bytes: usize,
}

impl wasmi::ResourceLimiter for MemoryLimits {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> Result<bool, wasmi_core::LimiterError> {
        if maximum.is_some_and(|m| desired > m) || self.max_bytes.is_some_and(|m| desired > m) {
            return Ok(false);
        }
        self.peak_bytes = self.peak_bytes.max(desired);
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> Result<bool, wasmi_core::LimiterError> {
        Ok(maximum.is_none_or(|m| desired <= m) && desired <= 10_000_000)
    }

    fn instances(&self) -> usize {
        10
    }
    fn tables(&self) -> usize {
        100
    }
    fn memories(&self) -> usize {
        100
    }
}

/// State shared by all host functions of one running guest.
#[derive(Debug)]
pub struct WasiCtx {
    /// argv, each without its NUL terminator.
    pub args: Vec<Vec<u8>>,
    /// `KEY=VALUE` strings, each without its NUL terminator.
    pub env: Vec<Vec<u8>>,
    pub fds: FdTable,
    pub stdin: StdinState,
    pub stdout: Sink,
    pub stderr: Sink,
    pub clocks: Clocks,
    pub random: Random,
    pub memory: Option<wasmi::Memory>,
    pub limits: MemoryLimits,
    /// Number of calls of each WASI function.
    pub calls: BTreeMap<&'static str, u64>,
    pub trace: bool,
    pub deadline: Option<Instant>,
}

impl WasiCtx {
    /// Writes to stdout or stderr.
    pub fn write_stream(&mut self, which: Stream, data: &[u8]) -> Result<usize, Errno> {
        let sink = match which {
            Stream::Out => &mut self.stdout,
            Stream::Err => &mut self.stderr,
        };
        match sink {
            Sink::Capture(buf) => {
                buf.extend_from_slice(data);
                Ok(data.len())
            }
            Sink::Inherit => {
                let r = match which {
                    Stream::Out => {
                        let mut out = std::io::stdout().lock();
                        out.write_all(data).and_then(|_| out.flush())
                    }
                    Stream::Err => std::io::stderr().lock().write_all(data),
                };
                r.map_err(Errno::from)?;
                Ok(data.len())
            }
        }
    }

    /// Reads from stdin into `buf`; 0 is end of file.
    pub fn read_stdin(&mut self, buf: &mut [u8]) -> Result<usize, Errno> {
        match &mut self.stdin {
            StdinState::Null => Ok(0),
            StdinState::Bytes { data, pos } => {
                let rest = data.get(*pos..).unwrap_or(&[]);
                let n = rest.len().min(buf.len());
                buf[..n].copy_from_slice(&rest[..n]);
                *pos += n;
                Ok(n)
            }
            StdinState::Inherit => std::io::stdin().lock().read(buf).map_err(Errno::from),
        }
    }

    /// Bytes readable from stdin without blocking, when that is known.
    pub fn stdin_ready(&self) -> Option<u64> {
        match &self.stdin {
            StdinState::Null => Some(0),
            StdinState::Bytes { data, pos } => Some(data.len().saturating_sub(*pos) as u64),
            StdinState::Inherit => None,
        }
    }
}

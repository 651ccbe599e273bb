//! Sandboxed path resolution never leaves the preopened directory.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    wasi_run::fuzzing::path_resolution(data);
});

//! Decoding guest-memory arguments never reads or writes out of bounds.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    wasi_run::fuzzing::guest_args(data);
});

//! `wasi-cc`: use as `CC` to build C for WASI with the system's clang.

use std::ffi::OsString;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Command, ExitCode};

use wasi_cc::{clang_args, classify, default_sysroot, Error, Toolchain};

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("wasi-cc: {e}");
            ExitCode::from(1)
        }
    }
}

fn run() -> Result<ExitCode, Error> {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let exe = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("wasi-cc"));
    let intent = classify(&args);
    let sysroot = match &intent.sysroot {
        Some(s) => s.clone(),
        None => default_sysroot(&exe).ok_or(Error::NoSysroot)?,
    };
    if args
        .iter()
        .any(|a| a == "--print-sysroot" || a == "-print-sysroot")
    {
        println!("{}", sysroot.display());
        return Ok(ExitCode::SUCCESS);
    }
    let tc = Toolchain::find()?;
    let builtins = !intent.links || tc.builtins_present(wasi_cc::TARGET);
    let mut cmd = Command::new(&tc.clang);
    cmd.args(clang_args(&args, &intent, &sysroot, builtins));
    let err = cmd.exec();
    eprintln!("wasi-cc: cannot run {}: {err}", tc.clang.display());
    Ok(ExitCode::from(1))
}

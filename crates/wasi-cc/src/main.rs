//! `wasi-cc`: use as `CC` to build C for WASI with the system's clang.
//! Installed under a program name as well (`wasi-ar`, `wasm32-wasi-ranlib`,
//! see `PROGRAMS`), it runs the LLVM tool that does that program's work.

use std::ffi::OsString;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Command, ExitCode};

use wasi_cc::{
    clang_args, classify, default_sysroot, expand_response_files, is_cxx, personality, Error,
    Libcxx, Toolchain,
};

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
    let mut argv = std::env::args_os();
    let argv0 = PathBuf::from(argv.next().unwrap_or_default());
    let args: Vec<OsString> = argv.collect();
    if let Some(tool) = personality(&argv0) {
        return exec(Command::new(Toolchain::find()?.tool(tool)?).args(&args));
    }
    let exe = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("wasi-cc"));
    let intent = classify(&expand_response_files(&args));
    if intent.shared {
        return Err(Error::Shared);
    }
    if let Some(tool) = intent.prog_name {
        // clang would name the host's binutils, which cannot read wasm objects.
        println!("{}", Toolchain::find()?.tool(tool)?.display());
        return Ok(ExitCode::SUCCESS);
    }
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
    let cxx = if is_cxx(&argv0) {
        Some(Libcxx::find(tc.version)?)
    } else {
        None
    };
    exec(Command::new(&tc.clang).args(clang_args(&args, &intent, &sysroot, builtins, cxx.as_ref())))
}

/// Replaces this process by `cmd`; returns only when that fails.
fn exec(cmd: &mut Command) -> Result<ExitCode, Error> {
    let err = cmd.exec();
    eprintln!(
        "wasi-cc: cannot run {}: {err}",
        cmd.get_program().to_string_lossy()
    );
    Ok(ExitCode::from(1))
}

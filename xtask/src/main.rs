//! The build driver. `cargo xtask --help` lists the tasks.

mod bench;
mod build;
mod libs;
mod test;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(about = "Build, test and benchmark the WASI sysroot")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Compile libc-top and libc-bottom into sysroot/
    Build {
        /// Parallel compile jobs (default: all cores)
        #[arg(short, long)]
        jobs: Option<usize>,
        /// Compile every file even after one fails
        #[arg(short, long)]
        keep_going: bool,
    },
    /// Build, then run the C tests under wasi-run and the other checks
    Test {
        /// Run only the tests whose path contains one of these strings
        filters: Vec<String>,
        /// Also run the Rust tests of the workspace (what `make test` does)
        #[arg(long)]
        with_cargo: bool,
    },
    /// Compare our sysroot with Debian's wasi-libc on the benchmark programs
    Bench {
        /// Run only the benchmarks whose name contains one of these strings
        filters: Vec<String>,
        /// Timed runs of each build, alternating ours and the reference
        #[arg(long, default_value_t = 11)]
        runs: usize,
    },
    /// Install bin/wasi-cc, bin/wasi-run, share/wasi-sysroot and the build
    /// system files under PREFIX
    Install {
        #[arg(long)]
        prefix: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let layout = build::Layout::new(project_root());
    let result = match cli.task {
        Task::Build { jobs, keep_going } => build::build(&layout, jobs, keep_going),
        Task::Test {
            filters,
            with_cargo,
        } => build::build(&layout, None, false)
            .and_then(|()| test::run(&layout, &filters, with_cargo)),
        Task::Bench { filters, runs } => {
            build::build(&layout, None, false).and_then(|()| bench::run(&layout, &filters, runs))
        }
        Task::Install { prefix } => install(&layout, &prefix),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The checkout: `XTASK_ROOT` when set (to drive another worktree with the
/// same binary), else the parent of this crate's folder.
fn project_root() -> PathBuf {
    if let Some(root) = std::env::var_os("XTASK_ROOT") {
        return PathBuf::from(root);
    }
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().map(PathBuf::from).unwrap_or(here)
}

/// Copies the release binaries with their program-name links, the sysroot
/// (keeping the triple-alias links) and the build-system files of `share/`
/// under the prefix.
fn install(layout: &build::Layout, prefix: &std::path::Path) -> Result<(), String> {
    let bin = prefix.join("bin");
    std::fs::create_dir_all(&bin).map_err(|e| build::io_err(&bin, e))?;
    for tool in ["wasi-cc", "wasi-run"] {
        let from = layout.root.join("target/release").join(tool);
        let to = bin.join(tool);
        std::fs::copy(&from, &to)
            .map_err(|e| format!("{}: {e} (run `make` first)", from.display()))?;
    }
    build::link_programs(&bin)?;
    let share = prefix.join("share");
    std::fs::create_dir_all(&share).map_err(|e| build::io_err(&share, e))?;
    for (from, to) in [
        (layout.sysroot.clone(), "wasi-sysroot"),
        (layout.root.join("share/cmake"), "cmake"),
        (layout.root.join("share/meson"), "meson"),
    ] {
        copy_tree(&from, &share.join(to))?;
    }
    // The cross file names its programs by bindir; here they are in bin/.
    let meson = share.join("meson/wasi.ini");
    let text = std::fs::read_to_string(&meson).map_err(|e| build::io_err(&meson, e))?;
    let empty = "\nbindir = ''\n";
    if !text.contains(empty) {
        return Err(format!("{}: no `bindir = ''` line", meson.display()));
    }
    let abs = std::fs::canonicalize(&bin).map_err(|e| build::io_err(&bin, e))?;
    let bindir = format!("\nbindir = '{}'\n", abs.display());
    std::fs::write(&meson, text.replacen(empty, &bindir, 1))
        .map_err(|e| build::io_err(&meson, e))?;
    println!(
        "installed wasi-cc, wasi-run, the sysroot, the CMake toolchain file and the meson cross file under {}",
        prefix.display()
    );
    Ok(())
}

/// Replaces `dest` by a copy of the folder `from`, links kept as links.
fn copy_tree(from: &std::path::Path, dest: &std::path::Path) -> Result<(), String> {
    if dest.exists() {
        std::fs::remove_dir_all(dest).map_err(|e| build::io_err(dest, e))?;
    }
    let status = std::process::Command::new("cp")
        .arg("-R")
        .arg(from)
        .arg(dest)
        .status()
        .map_err(|e| format!("cp: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "copying {} to {} failed",
            from.display(),
            dest.display()
        ))
    }
}

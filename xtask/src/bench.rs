//! `cargo xtask bench`: each program under `tests/bench/` built against our
//! sysroot and against Debian's wasi-libc, run side by side in one run, and
//! compared: instructions executed (wasi-run's counter: exact and
//! repeatable), the thread CPU time of `_start` under wasmtime (the two
//! builds run alternately `--runs` times each by `tests/hosts/wasmtime-run.py
//! --reference`; the fastest run of each), and the stripped module size. A benchmark
//! takes a work multiplier as its argument: 1 for the counted run,
//! TIME_SCALE for the timed ones, so that the host's fixed start-up costs
//! do not swamp the difference being measured. Ratios are ours /
//! reference, so below 1.0 is better. Both builds must print the same
//! output, or the row says so. Benchmarks never fail the build: only a
//! harness error does.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use walkdir::WalkDir;
use wasi_cc::Toolchain;

use crate::build::{io_err, Layout};
use crate::test::{compile, compile_reference, other_hosts, scratch, Host};

/// The work multiplier of the timed runs.
const TIME_SCALE: &str = "10";

/// One build of one benchmark, measured.
struct Measure {
    size: u64,
    instructions: Option<u64>,
    stdout: Vec<u8>,
}

/// The fastest thread CPU seconds of ours and of the reference.
type Times = Option<(f64, f64)>;

pub fn run(layout: &Layout, filters: &[String], runs: usize) -> Result<(), String> {
    let tc = Toolchain::find().map_err(|e| e.to_string())?;
    if !Path::new("/usr/include/wasm32-wasi").is_dir() {
        return Err(
            "Debian's wasi-libc is the baseline: run `make` (or apt-get install wasi-libc)".into(),
        );
    }
    let strip = tc.tool("llvm-strip").map_err(|e| e.to_string())?;
    let wasmtime = other_hosts(layout)
        .into_iter()
        .find(|h| h.name == "wasmtime");
    if wasmtime.is_none() {
        println!("note: wasmtime not found (run `make`): no times");
    }
    let root = layout.root.join("tests/bench");
    let mut sources: Vec<PathBuf> = WalkDir::new(&root)
        .into_iter()
        .filter_map(|e| e.ok())
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|x| x == "c"))
        .filter(|p| {
            filters.is_empty()
                || filters
                    .iter()
                    .any(|f| p.to_string_lossy().contains(f.as_str()))
        })
        .collect();
    sources.sort();

    println!(
        "{:<28} {:>12} {:>7} {:>8} {:>8} {:>7} {:>9} {:>7}",
        "benchmark", "instructions", "ratio", "cpu ms", "ref ms", "ratio", "size", "ratio"
    );
    for source in sources {
        let rel = source
            .strip_prefix(&layout.root)
            .unwrap_or(&source)
            .to_path_buf();
        let name = rel
            .strip_prefix("tests/bench")
            .unwrap_or(&rel)
            .with_extension("");
        let name = name.display().to_string();
        match bench_one(layout, &tc, &strip, wasmtime.as_ref(), &rel, runs) {
            Ok((ours, theirs, times)) => print_row(&name, &ours, &theirs, times),
            Err(e) => {
                let why: Vec<&str> = e.lines().filter(|l| !l.trim().is_empty()).take(2).collect();
                println!("{name:<28} error: {}", why.join(" "));
            }
        }
    }
    Ok(())
}

fn bench_one(
    layout: &Layout,
    tc: &Toolchain,
    strip: &Path,
    wasmtime: Option<&Host>,
    source: &Path,
    runs: usize,
) -> Result<(Measure, Measure, Times), String> {
    let out = layout.build.join("bench").join(source).with_extension("");
    let cflags = flags_of(&layout.root.join(source))?;
    let ours = out.with_extension("ours.wasm");
    let theirs = out.with_extension("reference.wasm");
    compile(layout, tc, source, &ours, &cflags)?;
    compile_reference(layout, tc, source, &theirs, &cflags)?;
    let ours_m = measure(strip, &ours)?;
    let theirs_m = measure(strip, &theirs)?;
    let times = match wasmtime {
        Some(host) => Some(time_both(layout, host, &ours, &theirs, runs)?),
        None => None,
    };
    Ok((ours_m, theirs_m, times))
}

/// `//! cflags:` of a benchmark source, as for tests.
fn flags_of(path: &Path) -> Result<Vec<String>, String> {
    let text = fs::read_to_string(path).map_err(|e| io_err(path, e))?;
    Ok(crate::test::parse_spec(&text)?.cflags)
}

fn measure(strip: &Path, wasm: &Path) -> Result<Measure, String> {
    let stripped = wasm.with_extension("stripped.wasm");
    let st = Command::new(strip)
        .arg(wasm)
        .arg("-o")
        .arg(&stripped)
        .status()
        .map_err(|e| format!("llvm-strip: {e}"))?;
    if !st.success() {
        return Err(format!("llvm-strip failed on {}", wasm.display()));
    }
    let size = fs::metadata(&stripped)
        .map_err(|e| io_err(&stripped, e))?
        .len();

    let bytes = fs::read(wasm).map_err(|e| io_err(wasm, e))?;
    let tmp = scratch()?;
    let cfg = wasi_run::Config {
        args: vec!["bench".into()],
        dirs: vec![wasi_run::Preopen {
            host: tmp.path().to_path_buf(),
            guest: "/tmp".into(),
            read_only: false,
        }],
        env: vec![("TMPDIR".into(), "/tmp".into())],
        stats: true,
        no_backtrace: true,
        ..wasi_run::Config::default()
    };
    let report = wasi_run::run_report(&bytes, cfg).map_err(|e| e.to_string())?;
    if report.outcome.exit != wasi_run::Exit::Code(0) {
        return Err(format!(
            "{} ended with {:?}",
            wasm.display(),
            report.outcome.exit
        ));
    }
    Ok(Measure {
        size,
        instructions: report.stats.instructions,
        stdout: report.outcome.stdout,
    })
}

/// The fastest `_start` thread CPU times of both builds, run alternately
/// by the wasmtime script.
fn time_both(
    layout: &Layout,
    host: &Host,
    ours: &Path,
    theirs: &Path,
    runs: usize,
) -> Result<(f64, f64), String> {
    let tmp = scratch()?;
    let out = Command::new(&host.command[0])
        .args(&host.command[1..])
        .arg("--reference")
        .arg(theirs)
        .arg("--runs")
        .arg(runs.to_string())
        .arg("--dir")
        .arg(format!("{}::/tmp", tmp.path().display()))
        .arg("--env")
        .arg("TMPDIR=/tmp")
        .arg(ours)
        .arg("--")
        .arg("bench")
        .arg(TIME_SCALE)
        .current_dir(&layout.root)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", host.name))?;
    let text = String::from_utf8_lossy(&out.stdout);
    let times: Vec<f64> = text
        .lines()
        .find_map(|l| l.strip_prefix("cpu: "))
        .map(|l| {
            l.split_whitespace()
                .filter_map(|t| t.parse().ok())
                .collect()
        })
        .unwrap_or_default();
    match times[..] {
        [a, b] => Ok((a, b)),
        _ => Err(format!(
            "{} printed no times: {}",
            host.name,
            String::from_utf8_lossy(&out.stderr).trim()
        )),
    }
}

fn ratio(a: f64, b: f64) -> String {
    if b > 0.0 {
        format!("{:.2}", a / b)
    } else {
        "-".into()
    }
}

fn print_row(name: &str, ours: &Measure, theirs: &Measure, times: Times) {
    let (instr, instr_ratio) = match (ours.instructions, theirs.instructions) {
        (Some(a), Some(b)) => (a.to_string(), ratio(a as f64, b as f64)),
        _ => ("-".into(), "-".into()),
    };
    let (time, ref_time, time_ratio) = match times {
        Some((a, b)) => (
            format!("{:.1}", a * 1e3),
            format!("{:.1}", b * 1e3),
            ratio(a, b),
        ),
        None => ("-".into(), "-".into(), "-".into()),
    };
    let note = if ours.stdout != theirs.stdout {
        "  (outputs differ)"
    } else {
        ""
    };
    println!(
        "{name:<28} {instr:>12} {instr_ratio:>7} {time:>8} {ref_time:>8} {time_ratio:>7} {:>9} {:>7}{note}",
        ours.size,
        ratio(ours.size as f64, theirs.size as f64)
    );
}

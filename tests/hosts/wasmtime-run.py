"""Runs a WASI command module under wasmtime (the PyPI package), with the
command line of the test harness:

    wasmtime-run.py [--dir HOST::GUEST[:ro]]... [--env K=V]... [--stdin FILE]
                    MODULE -- ARGV0 [ARGS...]

Exits with the guest's exit status; a trap prints "trap: ..." and exits 134.

For `cargo xtask bench`, `--reference OTHER --runs N` times MODULE against
OTHER instead: both are compiled once, then run alternately N times each
(output discarded), and the fastest thread CPU time of `_start` of each is
printed as "cpu: MODULE_SECONDS OTHER_SECONDS". Thread CPU time leaves out
the time this thread waits while other jobs hold the cores, and
alternating the two exposes both to the same changes of load, so their
ratio moves far less than wall times do on a shared machine. A run that
traps or exits non-zero ends it with status 1 and the reason on stderr.
"""
import argparse
import sys
import time

from wasmtime import Engine, ExitTrap, Linker, Module, Store, Trap, WasiConfig, WasmtimeError


def trap_text(e):
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__


def instantiate(engine, module, a, argv, quiet):
    """A fresh store with the WASI configuration of the command line, and
    module's `_start` in it."""
    cfg = WasiConfig()
    cfg.argv = argv
    cfg.env = [kv.split("=", 1) for kv in a.env]
    for d in a.dir:
        host, guest = d.split("::", 1)
        mutable = not guest.endswith(":ro")
        cfg.preopen_dir(host, guest.removesuffix(":ro"), mutable)
    if a.stdin:
        cfg.stdin_file = a.stdin
    if quiet:
        cfg.stdout_file = "/dev/null"
    else:
        cfg.inherit_stdout()
    cfg.inherit_stderr()
    store = Store(engine)
    store.set_wasi(cfg)
    linker = Linker(engine)
    linker.define_wasi()
    return store, linker.instantiate(store, module).exports(store)["_start"]


def cpu_seconds(engine, module, a, argv):
    """The thread CPU time of one run of module's `_start`."""
    store, entry = instantiate(engine, module, a, argv, True)
    start = time.thread_time()
    try:
        entry(store)
    except ExitTrap as e:
        if e.code != 0:
            raise RuntimeError(f"exit status {e.code}") from None
    return time.thread_time() - start


def compare(engine, a, argv):
    try:
        modules = [Module.from_file(engine, m) for m in (a.module, a.reference)]
        best = [float("inf")] * len(modules)
        for _ in range(max(a.runs, 1)):
            for i, module in enumerate(modules):
                best[i] = min(best[i], cpu_seconds(engine, module, a, argv))
    except (RuntimeError, Trap, WasmtimeError) as e:
        print(f"wasmtime-run.py: {trap_text(e)}", file=sys.stderr)
        sys.exit(1)
    print("cpu: " + " ".join(f"{t:.6f}" for t in best))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dir", action="append", default=[])
    p.add_argument("--env", action="append", default=[])
    p.add_argument("--stdin")
    p.add_argument("--reference")
    p.add_argument("--runs", type=int, default=11)
    p.add_argument("module")
    p.add_argument("argv", nargs=argparse.REMAINDER)
    a = p.parse_args()
    argv = a.argv[1:] if a.argv[:1] == ["--"] else a.argv

    engine = Engine()
    if a.reference:
        compare(engine, a, argv)
        return
    try:
        store, entry = instantiate(engine, Module.from_file(engine, a.module), a, argv, False)
        entry(store)
    except ExitTrap as e:
        sys.exit(e.code)
    except (Trap, WasmtimeError) as e:
        print(f"trap: {trap_text(e)}", file=sys.stderr)
        sys.exit(134)
    sys.exit(0)


main()

"""Runs a WASI command module under wasmtime (the PyPI package), with the
command line of the test harness:

    wasmtime-run.py [--dir HOST::GUEST[:ro]]... [--env K=V]... [--stdin FILE]
                    [--time] MODULE -- ARGV0 [ARGS...]

Exits with the guest's exit status; a trap prints "trap: ..." and exits 134.
With --time, prints "time: SECONDS" to stderr: the run of _start alone,
after compilation (for the benchmarks).
"""
import argparse
import sys
import time

from wasmtime import Engine, ExitTrap, Linker, Module, Store, Trap, WasiConfig, WasmtimeError


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dir", action="append", default=[])
    p.add_argument("--env", action="append", default=[])
    p.add_argument("--stdin")
    p.add_argument("--time", action="store_true")
    p.add_argument("module")
    p.add_argument("argv", nargs=argparse.REMAINDER)
    a = p.parse_args()
    argv = a.argv[1:] if a.argv[:1] == ["--"] else a.argv

    cfg = WasiConfig()
    cfg.argv = argv
    cfg.env = [kv.split("=", 1) for kv in a.env]
    for d in a.dir:
        host, guest = d.split("::", 1)
        mutable = not guest.endswith(":ro")
        cfg.preopen_dir(host, guest.removesuffix(":ro"), mutable)
    if a.stdin:
        cfg.stdin_file = a.stdin
    cfg.inherit_stdout()
    cfg.inherit_stderr()

    engine = Engine()
    store = Store(engine)
    store.set_wasi(cfg)
    linker = Linker(engine)
    linker.define_wasi()
    start = None

    def report():
        if a.time and start is not None:
            print(f"time: {time.perf_counter() - start:.6f}", file=sys.stderr)

    try:
        instance = linker.instantiate(store, Module.from_file(engine, a.module))
        entry = instance.exports(store)["_start"]
        start = time.perf_counter()
        entry(store)
    except ExitTrap as e:
        report()
        sys.exit(e.code)
    except (Trap, WasmtimeError) as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        print(f"trap: {first}", file=sys.stderr)
        sys.exit(134)
    report()
    sys.exit(0)


main()

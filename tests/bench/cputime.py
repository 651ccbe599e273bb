"""Times two builds of one benchmark under wasmtime (the PyPI package),
for `cargo xtask bench`:

    cputime.py --runs N [--dir HOST::GUEST]... [--env K=V]...
               OURS REFERENCE -- ARGV0 [ARGS...]

Both modules are compiled once, then run alternately N times each, and the
fastest thread CPU time of `_start` of each is printed as "cpu: OURS REF"
(seconds). Thread CPU time leaves out the time this thread waits while
other jobs hold the cores, and alternating the two builds exposes both to
the same changes of load, so their ratio moves far less than wall times
do on a shared machine. Each run instantiates afresh, so a guest's state
never carries over. A run that traps or exits non-zero is an error (exit
status 1, with the reason on stderr).
"""
import argparse
import sys
import time

from wasmtime import Engine, ExitTrap, Linker, Module, Store, Trap, WasiConfig, WasmtimeError


def run_once(engine, module, argv, dirs, env):
    """The thread CPU seconds of one run of `_start` of module."""
    cfg = WasiConfig()
    cfg.argv = argv
    cfg.env = env
    for host, guest in dirs:
        cfg.preopen_dir(host, guest)
    cfg.stdout_file = "/dev/null"
    cfg.inherit_stderr()
    store = Store(engine)
    store.set_wasi(cfg)
    linker = Linker(engine)
    linker.define_wasi()
    entry = linker.instantiate(store, module).exports(store)["_start"]
    start = time.thread_time()
    try:
        entry(store)
    except ExitTrap as e:
        if e.code != 0:
            raise RuntimeError(f"exit status {e.code}") from None
    return time.thread_time() - start


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=11)
    p.add_argument("--dir", action="append", default=[])
    p.add_argument("--env", action="append", default=[])
    p.add_argument("ours")
    p.add_argument("reference")
    p.add_argument("argv", nargs=argparse.REMAINDER)
    a = p.parse_args()
    argv = a.argv[1:] if a.argv[:1] == ["--"] else a.argv
    dirs = [d.split("::", 1) for d in a.dir]
    env = [kv.split("=", 1) for kv in a.env]

    engine = Engine()
    best = []
    try:
        modules = [Module.from_file(engine, m) for m in (a.ours, a.reference)]
        best = [float("inf")] * len(modules)
        for _ in range(max(a.runs, 1)):
            for i, module in enumerate(modules):
                best[i] = min(best[i], run_once(engine, module, argv, dirs, env))
    except (RuntimeError, Trap, WasmtimeError) as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        print(f"cputime.py: {first}", file=sys.stderr)
        sys.exit(1)
    print("cpu: " + " ".join(f"{t:.6f}" for t in best))


main()

"""Runs a WASI command module under wasmtime (the PyPI package), with the
command line of the test harness:

    wasmtime-run.py [--dir HOST::GUEST[:ro]]... [--env K=V]... [--stdin FILE]
                    MODULE -- ARGV0 [ARGS...]

Exits with the guest's exit status; a trap prints "trap: ..." and exits 134.
"""
import argparse
import sys

from wasmtime import Engine, ExitTrap, Linker, Module, Store, Trap, WasiConfig, WasmtimeError


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dir", action="append", default=[])
    p.add_argument("--env", action="append", default=[])
    p.add_argument("--stdin")
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
    try:
        instance = linker.instantiate(store, Module.from_file(engine, a.module))
        instance.exports(store)["_start"](store)
    except ExitTrap as e:
        sys.exit(e.code)
    except (Trap, WasmtimeError) as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        print(f"trap: {first}", file=sys.stderr)
        sys.exit(134)
    sys.exit(0)


main()

"""Runs a wasm module under wasmtime (the PyPI `wasmtime` package) for the
differential tests, and prints a JSON object: exit, stdout, stderr.

usage: wasmtime_runner.py MODULE [--dir HOST::GUEST[:ro]]... [--env K=V]...
                                 [--stdin FILE] -- ARGS...
"""
import json
import os
import sys
import tempfile

import wasmtime


def main():
    argv = sys.argv[1:]
    module = argv.pop(0)
    dirs, env, stdin, args = [], [], None, []
    while argv:
        a = argv.pop(0)
        if a == "--dir":
            dirs.append(argv.pop(0))
        elif a == "--env":
            env.append(argv.pop(0).split("=", 1))
        elif a == "--stdin":
            stdin = argv.pop(0)
        elif a == "--":
            args = argv
            break
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    cfg = wasmtime.WasiConfig()
    cfg.argv = args
    cfg.env = env
    out_dir = tempfile.mkdtemp()
    out_path = os.path.join(out_dir, "stdout")
    err_path = os.path.join(out_dir, "stderr")
    cfg.stdout_file = out_path
    cfg.stderr_file = err_path
    if stdin is not None:
        cfg.stdin_file = stdin
    for d in dirs:
        ro = d.endswith(":ro")
        if ro:
            d = d[:-3]
        host, guest = d.split("::", 1)
        cfg.preopen_dir(host, guest, not ro)
    store.set_wasi(cfg)
    mod = wasmtime.Module.from_file(engine, module)
    exit_code, trap = 0, None
    try:
        inst = linker.instantiate(store, mod)
        inst.exports(store)["_start"](store)
    except wasmtime.ExitTrap as e:
        exit_code = e.code
    except wasmtime.Trap as e:
        trap = str(e).splitlines()[0]
    except wasmtime.WasmtimeError as e:
        trap = str(e).splitlines()[0]
    with open(out_path, "rb") as f:
        stdout = f.read().decode("utf-8", "replace")
    with open(err_path, "rb") as f:
        stderr = f.read().decode("utf-8", "replace")
    json.dump({"exit": exit_code, "trap": trap, "stdout": stdout, "stderr": stderr}, sys.stdout)


main()

#!/usr/bin/env python3
"""Runs exhaustive.c: every one of the 2^32 inputs of each one-argument
float function of functions.h (or those named), in parallel chunks under
wasmtime, and prints the largest error in ulps per function, the input
where it happens, and how many results differ from the double function's
rounded to float. Long: minutes per function per core.

    python3 tests/math/exhaustive.py [--jobs N] [--markdown] [NAME...]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CHUNKS = 16


def float_functions():
    names = []
    with open(os.path.join(HERE, "functions.h")) as f:
        for m in re.finditer(r"^F\((\w+), \w+, F_F, ", f.read(), re.M):
            names.append(m.group(1))
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=os.cpu_count())
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    names = a.names or float_functions()
    python = os.path.join(ROOT, "build", "venv", "bin", "python3")
    runner = [python if os.path.exists(python) else sys.executable,
              os.path.join(ROOT, "tests", "hosts", "wasmtime-run.py")]
    with tempfile.TemporaryDirectory() as tmp:
        wasm = os.path.join(tmp, "exhaustive.wasm")
        subprocess.run([os.path.join(ROOT, "target", "release", "wasi-cc"),
                        "--sysroot=" + os.path.join(ROOT, "sysroot"), "-O2", "-I" + HERE,
                        os.path.join(HERE, "exhaustive.c"), "-o", wasm, "-lm"], check=True)
        step = (1 << 32) // CHUNKS

        def run(job):
            name, k = job
            first, last = k * step, (k + 1) * step - 1
            out = subprocess.run(runner + [wasm, "--", "exhaustive", name, "%x" % first, "%x" % last],
                                 capture_output=True, text=True, check=True).stdout.split()
            return name, float(out[1]), out[2], int(out[3])

        jobs = [(n, k) for n in names for k in range(CHUNKS)]
        results = {}
        with ThreadPoolExecutor(a.jobs) as pool:
            for name, err, at, inexact in pool.map(run, jobs):
                worst, where, total = results.get(name, (-1, "", 0))
                if err > worst:
                    worst, where = err, at
                results[name] = (worst, where, total + inexact)
    if a.markdown:
        print("| function | largest error (ulp) | at input | results not the double's rounded |")
        print("| --- | ---: | --- | ---: |")
    for name in names:
        worst, where, total = results[name]
        if a.markdown:
            print("| %s | %.4f | 0x%s | %d |" % (name, worst, where, total))
        else:
            print("%-10s %.4f ulp at 0x%s, %d results not the double's rounded" % (name, worst, where, total))
    return 1 if any(r[0] > 1 for r in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())

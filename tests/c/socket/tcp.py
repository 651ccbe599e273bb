#!/usr/bin/env python3
"""Runs tests/c/socket/tcp.c with a listening socket: builds it against
sysroot/, starts it under wasi-run with --tcplisten, and plays the client
the program expects. wasmtime (PyPI) and node:wasi cannot preopen a
socket, so this runs on wasi-run only.

    python3 tests/c/socket/tcp.py   (after cargo build --release -p wasi-run
                                     and cargo xtask build)
"""
import os, socket, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
wasm = os.path.join(tempfile.mkdtemp(), "tcp.wasm")
subprocess.run([os.environ.get("CLANG", "clang-19"), "--target=wasm32-wasip1", "--sysroot=" + os.environ.get("WASI_SYSROOT", os.path.join(root, "sysroot")),
                "-nodefaultlibs", "-O2", "-I" + os.path.join(root, "tests/c/include"),
                os.path.join(root, "tests/c/socket/tcp.c"), "-o", wasm, "-lc", "-lclang_rt.builtins"],
               check=True)
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
guest = subprocess.Popen([os.environ.get("WASI_RUN", os.path.join(root, "target/release/wasi-run")), "--tcplisten",
                          "127.0.0.1:%d" % port, wasm], stdout=subprocess.PIPE, text=True)
if guest.stdout.readline() != "ready\n":
    sys.exit("the program did not get to accept")
c = socket.create_connection(("127.0.0.1", port), timeout=10)
c.sendall(b"hello")
got = b""
while len(got) < 5:
    got += c.recv(5 - len(got))
assert got == b"HELLO", got
c.sendall(b"peek!")
got = b""
while len(got) < 3:
    got += c.recv(3 - len(got))
assert got == b"bye", got
assert c.recv(1) == b""  # the program shut down its side
c.close()
out, _ = guest.communicate(timeout=10)
sys.stdout.write(out)
print("socket/tcp: exit %d" % guest.returncode)
sys.exit(guest.returncode)

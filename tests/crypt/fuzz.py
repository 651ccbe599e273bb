#!/usr/bin/env python3
"""A longer differential run than tests/c/crypt: builds the crypt sources
natively (clang-19, as a shared library) and compares crypt_r with the
host's libxcrypt on random keys (any byte but zero, lengths around the
hashes' block edges) and random settings of every method.

Usage: python3 tests/crypt/fuzz.py [cases]   (from the repository root)
Prints each difference and a count; exits 1 if there was one.
"""
import ctypes
import os
import random
import shutil
import subprocess
import sys
import tempfile

SRC = "libc-top/src/crypt"
CRYPT = b"./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
BCRYPT = b"./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LENGTHS = [0, 1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 55, 56, 63, 64, 65, 71, 72, 73,
           111, 112, 113, 119, 120, 127, 128, 129, 200, 300]


def build(tmp):
    """Ours as libours.so, with only our <crypt.h> shadowing the host's."""
    os.mkdir(os.path.join(tmp, "inc"))
    shutil.copy("libc-top/include/crypt.h", os.path.join(tmp, "inc"))
    sources = [os.path.join(SRC, f) for f in sorted(os.listdir(SRC))
               if f.endswith(".c") and f not in ("crypt.c", "encrypt.c", "setkey.c")]
    lib = os.path.join(tmp, "libours.so")
    subprocess.run(["clang-19", "-O2", "-shared", "-fPIC", "-Wl,-Bsymbolic",
                    "-I" + os.path.join(tmp, "inc"), "-Ilibc-top/internal",
                    "-o", lib] + sources, check=True)
    return ctypes.CDLL(lib)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    rnd = random.Random(1)
    theirs = ctypes.CDLL("libcrypt.so.1")
    theirs.crypt.restype = ctypes.c_char_p
    with tempfile.TemporaryDirectory() as tmp:
        ours = build(tmp)
        ours.crypt_r.restype = ctypes.c_char_p
        data = ctypes.create_string_buffer(260)

        def salt(n, alphabet=CRYPT):
            return bytes(rnd.choice(alphabet) for _ in range(n))

        settings = [
            lambda: salt(2),
            lambda: b"_" + salt(2) + b".." + salt(4),
            lambda: b"$1$" + salt(rnd.randrange(12)),
            lambda: b"$5$" + salt(rnd.randrange(20)),
            lambda: b"$6$" + salt(rnd.randrange(20)),
            lambda: b"$5$rounds=%d$" % rnd.randrange(1000, 1200) + salt(rnd.randrange(20)),
            lambda: b"$6$rounds=%d$" % rnd.randrange(1000, 1200) + salt(rnd.randrange(20)),
            lambda: b"$2" + bytes([rnd.choice(b"aby")]) + b"$04$" + salt(22, BCRYPT),
        ]
        bad = 0
        for i in range(count):
            key = bytes(rnd.randrange(1, 256) for _ in range(rnd.choice(LENGTHS)))
            setting = settings[i % len(settings)]()
            want, got = theirs.crypt(key, setting), ours.crypt_r(key, setting, data)
            if want != got:
                bad += 1
                print("differ:", key, setting, want, got)
        print(count, "cases,", bad, "differ")
        return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

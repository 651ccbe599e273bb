#!/usr/bin/env python3
"""Writes tests/crypt/cases.h, the expectations of tests/c/crypt/, from
oracles on the host: libxcrypt (libcrypt.so.1, which Python 3.11's `crypt`
module wraps) for crypt(3), and OpenSSL's DES (legacy provider) for
encrypt/setkey. libxcrypt is called through ctypes because the `crypt`
module encodes keys as UTF-8 and so cannot pass arbitrary 8-bit bytes;
the two are checked to agree on an ASCII key.

Where this libc deliberately differs from libxcrypt the expectation is
derived here, and said why, rather than taken from the oracle:
- SHA-crypt's rounds below 1000 are clamped, as the specification says;
  libxcrypt refuses them. Expected: the hash with rounds=1000.
- An extended-DES count of 0 is refused; libxcrypt treats it as 1.
- "$3$" (NTHASH) and "$2x$" (bcrypt reproducing an old sign-extension
  bug) are methods this libc does not have.
- bcrypt costs above 20 are refused (the work limit); not asked of the
  oracle, which would run for hours.

Usage: python3.11 tests/crypt/gen.py > tests/crypt/cases.h
"""
import ctypes
import subprocess
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import crypt

libcrypt = ctypes.CDLL("libcrypt.so.1")
libcrypt.crypt.restype = ctypes.c_char_p
libcrypt.crypt.argtypes = [ctypes.c_char_p, ctypes.c_char_p]


def oracle(key, setting):
    """libxcrypt's hash; None for a setting it refuses."""
    r = libcrypt.crypt(key, setting.encode("latin-1"))
    return None if r is None or r.startswith(b"*") else r.decode()


assert oracle(b"pw", "$6$salt") == crypt.crypt("pw", "$6$salt")


def c_string(b):
    """A C literal of the bytes b: octal escapes for anything unusual."""
    out = []
    for x in b:
        ch = chr(x)
        if 0x20 <= x < 0x7F and ch not in '"\\?':
            out.append(ch)
        else:
            out.append("\\%03o" % x)
    return '"' + "".join(out) + '"'


LONG = bytes(range(0x21, 0x7F)) * 4      # 376 printable bytes, > 255
HIGH = bytes(range(0x80, 0x100))         # every 8-bit byte value
KEYS = [
    b"", b"pw", b"password", b"12345678", b"123456789",
    b"\xe9t\xe9", b"\x80", b"\xff" * 71, HIGH[:40], LONG[:72], LONG[:73],
    LONG[:100], LONG,
]


def block_keys(size):
    """Keys whose lengths sit on the hash's block edges."""
    return [b"k" * n for n in (size - 1, size, size + 1, 2 * size)]


def hashes(settings, keys):
    rows = []
    for s in settings:
        for k in keys:
            want = oracle(k, s)
            assert want, (k, s)
            rows.append((k, s, want))
    return rows


def clamped(setting, key):
    """SHA-crypt with rounds below the minimum: the hash at the minimum."""
    head, rest = setting.split("rounds=", 1)
    salt = rest.split("$", 1)[1]
    return oracle(key, head + "rounds=1000$" + salt)


def cases():
    # Every key with a few settings; the other settings with short keys
    # only: the tests run under an interpreter as well.
    short = [b"", b"pw", b"\xe9t\xe9"]
    des = hashes(["ab", "./", "abzlUXK5ed5rs"], KEYS)
    des += hashes(["zz", "9Z", "a.b"], short)
    des += hashes(["_J9..CCCC", "_J9..CCCCaxLHlwiamg2"],
                  KEYS + [b"a" * 8 + b"b", b"a" * 16, b"a" * 17])
    des += hashes(["_/...AAAA", "_zz..salt"], short)

    md5 = hashes(["$1$saltsalt", "$1$ab$xyz"], KEYS + block_keys(16))
    md5 += hashes(["$1$", "$1$saltsaltsalt$", "$1$sa-t", "$1$./09AZaz"], short)

    sha = {}
    for n, size in (("5", 32), ("6", 64)):
        rows = hashes(["$%s$rounds=1000$saltstring" % n], KEYS + block_keys(size))
        rows += hashes(["$%s$rounds=1000$" % n, "$%s$rounds=1000$saltsaltsaltsaltsalt" % n,
                        "$%s$rounds=1001$salt" % n], short)
        rows += hashes(["$%s$" % n, "$%s$saltstring" % n, "$%s$rounds=5000$salt" % n,
                        "$%s$abc$ignored" % n, "$%s$sa-t" % n], [b"pw"])
        for s in ("$%s$rounds=10$roundstoolow" % n, "$%s$rounds=0$x" % n,
                  "$%s$rounds=999$x" % n, "$%s$rounds=0001000$x" % n):
            for k in short:
                rows.append((k, s, clamped(s, k)))
        sha[n] = rows

    bcrypt = []
    for v in ("a", "b", "y"):
        bcrypt += hashes(["$2%s$04$abcdefghijklmnopqrstuu" % v], KEYS)
        bcrypt += hashes(["$2%s$05$ABCDEFGHIJKLMNOPQRSTUV" % v,
                          "$2%s$04$9999999999999999999999" % v], [b"pw", HIGH[:72]])
        bcrypt += hashes(["$2%s$06$......................" % v], [b"pw"])

    invalid = ["", "a", "a!", "!b", "a\n", "_J9..CCC", "_J9.!CCCC", "_", "$", "$1",
               "$1$sa:t", "$1$sa!t", "$1$\xe9", "$7$", "$y$j9T$abc",
               "$5$sa t", "$5$sa;t", "$5$sa\\t", "$6$sa*t", "$5$rounds=abc$x",
               "$5$rounds=$x", "$5$rounds=5000", "$6$rounds=-1$x", "$6$rounds= 1000$x",
               "$2b$03$abcdefghijklmnopqrstuu", "$2b$4$abcdefghijklmnopqrstuu",
               "$2b$32$abcdefghijklmnopqrstuu", "$2b$99$abcdefghijklmnopqrstuu",
               "$2c$04$abcdefghijklmnopqrstuu",
               "$2$04$abcdefghijklmnopqrstuu", "$2b$04$abcdefghijklmnopqrstu",
               "$2b$04$abcdefghijklmnopqrstu!", "$2b$04abcdefghijklmnopqrstuu"]
    for s in invalid:
        assert oracle(b"pw", s) is None, s
    # Refused here only (see the module comment).
    invalid += ["_....AAAA", "$3$", "$2x$04$abcdefghijklmnopqrstuu", "$2b$21$abcdefghijklmnopqrstuu", "$2a$31$abcdefghijklmnopqrstuu"]

    return des, md5, sha, bcrypt, invalid


def des_vectors():
    """(key, plaintext, ciphertext) as 64-bit numbers, from OpenSSL."""
    rows = []
    x = 0x0123456789ABCDEF
    # First the all-zero key and block: encrypt() before any setkey().
    for i in range(17):
        key, text = (x, (x * 0x9E3779B97F4A7C15 + 1) % 2 ** 64) if i else (0, 0)
        out = subprocess.run(
            ["openssl", "enc", "-des-ecb", "-nopad", "-K", "%016x" % key,
             "-provider", "legacy", "-provider", "default"],
            input=text.to_bytes(8, "big"), capture_output=True, check=True).stdout
        rows.append((key, text, int.from_bytes(out, "big")))
        x = (x * 6364136223846793005 + 1442695040888963407) % 2 ** 64 if i else x
    return rows


def table(name, rows):
    lines = ["static const struct crypt_case %s[] = {" % name]
    for k, s, h in rows:
        lines.append("\t{ %s, %s, %s }," % (c_string(k), c_string(s.encode("latin-1")),
                                            c_string(h.encode())))
    lines.append("};")
    return "\n".join(lines)


def main():
    des, md5, sha, bcrypt, invalid = cases()
    out = [
        "/* Generated by tests/crypt/gen.py from libxcrypt and OpenSSL: do not edit. */",
        "#include <stdint.h>",
        "",
        "struct crypt_case { const char *key, *setting, *hash; };",
        "",
        table("des_cases", des),
        table("md5_cases", md5),
        table("sha256_cases", sha["5"]),
        table("sha512_cases", sha["6"]),
        table("bcrypt_cases", bcrypt),
        "",
        "static const char *const invalid_settings[] = {",
    ]
    out += ["\t%s," % c_string(s.encode("latin-1")) for s in invalid]
    out += ["};", "", "/* DES: key, plaintext, ciphertext. */",
            "static const uint64_t des_vectors[][3] = {"]
    out += ["\t{ 0x%016xull, 0x%016xull, 0x%016xull }," % r for r in des_vectors()]
    out += ["};"]
    print("\n".join(out))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes libc-top/internal/crypt_tables.h: the constants of MD5, SHA-256,
SHA-512 and Blowfish, computed from their definitions rather than typed in.

- MD5 (RFC 1321, 3.4): T[i] = floor(2^32 * |sin(i + 1)|).
- SHA-256, SHA-512 (FIPS 180-4, 4.2.2, 4.2.3, 5.3.3, 5.3.5): the first 32
  or 64 bits of the fractional parts of the square roots (initial values)
  and cube roots (round constants) of the first primes.
- Blowfish (Schneier 1993): the P-array and the four S-boxes are the
  hexadecimal digits of pi's fractional part, in order.
- DES (FIPS 46-3): the tables below are the standard's, bits numbered from
  1 at the most significant end; the S-boxes are written out already
  combined with the permutation P that follows them, so that a round is
  eight lookups.

Usage: python3 scripts/crypt/gen_tables.py > libc-top/internal/crypt_tables.h
"""
import mpmath


def primes(n):
    found = []
    k = 2
    while len(found) < n:
        if all(k % p for p in found):
            found.append(k)
        k += 1
    return found


def iroot(x, k):
    """The integer k-th root of x (floor), by Newton's method."""
    r = 1 << ((x.bit_length() + k - 1) // k)
    while True:
        s = ((k - 1) * r + x // r ** (k - 1)) // k
        if s >= r:
            return r
        r = s


def frac_root_bits(p, k, bits):
    """The first `bits` bits of the fractional part of p^(1/k)."""
    return iroot(p << (k * bits), k) & ((1 << bits) - 1)


def pi_words(n):
    """n 32-bit words of pi's fractional part, by Machin's formula."""
    guard = 64
    one = 1 << (32 * n + guard)

    def arctan_inv(x):
        total, term, k, sign = 0, one // x, 1, 1
        while term:
            total += sign * (term // k)
            term //= x * x
            k += 2
            sign = -sign
        return total

    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    frac = (pi - 3 * one) >> guard
    return [(frac >> (32 * (n - 1 - i))) & 0xFFFFFFFF for i in range(n)]


# FIPS 46-3, "Initial Permutation IP".
DES_IP = [
    58, 50, 42, 34, 26, 18, 10, 2, 60, 52, 44, 36, 28, 20, 12, 4,
    62, 54, 46, 38, 30, 22, 14, 6, 64, 56, 48, 40, 32, 24, 16, 8,
    57, 49, 41, 33, 25, 17, 9, 1, 59, 51, 43, 35, 27, 19, 11, 3,
    61, 53, 45, 37, 29, 21, 13, 5, 63, 55, 47, 39, 31, 23, 15, 7,
]

# FIPS 46-3, "Permuted Choice 1" (C then D) and "Permuted Choice 2".
DES_PC1 = [
    57, 49, 41, 33, 25, 17, 9, 1, 58, 50, 42, 34, 26, 18,
    10, 2, 59, 51, 43, 35, 27, 19, 11, 3, 60, 52, 44, 36,
    63, 55, 47, 39, 31, 23, 15, 7, 62, 54, 46, 38, 30, 22,
    14, 6, 61, 53, 45, 37, 29, 21, 13, 5, 28, 20, 12, 4,
]
DES_PC2 = [
    14, 17, 11, 24, 1, 5, 3, 28, 15, 6, 21, 10,
    23, 19, 12, 4, 26, 8, 16, 7, 27, 20, 13, 2,
    41, 52, 31, 37, 47, 55, 30, 40, 51, 45, 33, 48,
    44, 49, 39, 56, 34, 53, 46, 42, 50, 36, 29, 32,
]

# FIPS 46-3, "Primitive function P".
DES_P = [
    16, 7, 20, 21, 29, 12, 28, 17, 1, 15, 23, 26, 5, 18, 31, 10,
    2, 8, 24, 14, 32, 27, 3, 9, 19, 13, 30, 6, 22, 11, 4, 25,
]

# FIPS 46-3, "Primitive functions S1, ..., S8": four rows of sixteen.
DES_S = [
    [14, 4, 13, 1, 2, 15, 11, 8, 3, 10, 6, 12, 5, 9, 0, 7,
     0, 15, 7, 4, 14, 2, 13, 1, 10, 6, 12, 11, 9, 5, 3, 8,
     4, 1, 14, 8, 13, 6, 2, 11, 15, 12, 9, 7, 3, 10, 5, 0,
     15, 12, 8, 2, 4, 9, 1, 7, 5, 11, 3, 14, 10, 0, 6, 13],
    [15, 1, 8, 14, 6, 11, 3, 4, 9, 7, 2, 13, 12, 0, 5, 10,
     3, 13, 4, 7, 15, 2, 8, 14, 12, 0, 1, 10, 6, 9, 11, 5,
     0, 14, 7, 11, 10, 4, 13, 1, 5, 8, 12, 6, 9, 3, 2, 15,
     13, 8, 10, 1, 3, 15, 4, 2, 11, 6, 7, 12, 0, 5, 14, 9],
    [10, 0, 9, 14, 6, 3, 15, 5, 1, 13, 12, 7, 11, 4, 2, 8,
     13, 7, 0, 9, 3, 4, 6, 10, 2, 8, 5, 14, 12, 11, 15, 1,
     13, 6, 4, 9, 8, 15, 3, 0, 11, 1, 2, 12, 5, 10, 14, 7,
     1, 10, 13, 0, 6, 9, 8, 7, 4, 15, 14, 3, 11, 5, 2, 12],
    [7, 13, 14, 3, 0, 6, 9, 10, 1, 2, 8, 5, 11, 12, 4, 15,
     13, 8, 11, 5, 6, 15, 0, 3, 4, 7, 2, 12, 1, 10, 14, 9,
     10, 6, 9, 0, 12, 11, 7, 13, 15, 1, 3, 14, 5, 2, 8, 4,
     3, 15, 0, 6, 10, 1, 13, 8, 9, 4, 5, 11, 12, 7, 2, 14],
    [2, 12, 4, 1, 7, 10, 11, 6, 8, 5, 3, 15, 13, 0, 14, 9,
     14, 11, 2, 12, 4, 7, 13, 1, 5, 0, 15, 10, 3, 9, 8, 6,
     4, 2, 1, 11, 10, 13, 7, 8, 15, 9, 12, 5, 6, 3, 0, 14,
     11, 8, 12, 7, 1, 14, 2, 13, 6, 15, 0, 9, 10, 4, 5, 3],
    [12, 1, 10, 15, 9, 2, 6, 8, 0, 13, 3, 4, 14, 7, 5, 11,
     10, 15, 4, 2, 7, 12, 9, 5, 6, 1, 13, 14, 0, 11, 3, 8,
     9, 14, 15, 5, 2, 8, 12, 3, 7, 0, 4, 10, 1, 13, 11, 6,
     4, 3, 2, 12, 9, 5, 15, 10, 11, 14, 1, 7, 6, 0, 8, 13],
    [4, 11, 2, 14, 15, 0, 8, 13, 3, 12, 9, 7, 5, 10, 6, 1,
     13, 0, 11, 7, 4, 9, 1, 10, 14, 3, 5, 12, 2, 15, 8, 6,
     1, 4, 11, 13, 12, 3, 7, 14, 10, 15, 6, 8, 0, 5, 9, 2,
     6, 11, 13, 8, 1, 4, 10, 7, 9, 5, 0, 15, 14, 2, 3, 12],
    [13, 2, 8, 4, 6, 15, 11, 1, 10, 9, 3, 14, 5, 0, 12, 7,
     1, 15, 13, 8, 10, 3, 7, 4, 12, 5, 6, 11, 0, 14, 9, 2,
     7, 11, 4, 1, 9, 12, 14, 2, 0, 6, 10, 13, 15, 3, 5, 8,
     2, 1, 14, 7, 4, 10, 8, 13, 15, 12, 9, 0, 3, 5, 6, 11],
]


def des_sp():
    """For S-box i and its 6-bit input b1..b6 (row b1b6, column b2..b5),
    the 32-bit output of P applied to that S-box's four bits in place."""
    sp = []
    for i, box in enumerate(DES_S):
        for v in range(64):
            s = box[((v >> 4) & 2 | v & 1) * 16 + (v >> 1 & 15)]
            word = s << (28 - 4 * i)
            sp.append(sum(1 << (31 - j) for j, src in enumerate(DES_P)
                          if word >> (32 - src) & 1))
    return sp


def table(ctype, name, values, fmt, per_line):
    lines = [f"static const {ctype} {name}[{len(values)}] = {{"]
    for i in range(0, len(values), per_line):
        lines.append("\t" + " ".join(fmt.format(v) + "," for v in values[i:i + per_line]))
    lines.append("};")
    return "\n".join(lines)


def main():
    mpmath.mp.prec = 128
    md5 = [int(mpmath.floor(abs(mpmath.sin(i + 1)) * 2 ** 32)) for i in range(64)]
    p = primes(80)
    out = [
        "/* Generated by scripts/crypt/gen_tables.py: do not edit. */",
        "#ifndef _INTERNAL_CRYPT_TABLES_H",
        "#define _INTERNAL_CRYPT_TABLES_H",
        "",
        "#include <stdint.h>",
        "",
        table("uint32_t", "md5_t", md5, "0x{:08x}", 6),
        "",
        table("uint32_t", "sha256_h0", [frac_root_bits(q, 2, 32) for q in p[:8]], "0x{:08x}", 4),
        table("uint32_t", "sha256_k", [frac_root_bits(q, 3, 32) for q in p[:64]], "0x{:08x}", 6),
        "",
        table("uint64_t", "sha512_h0", [frac_root_bits(q, 2, 64) for q in p[:8]], "0x{:016x}", 3),
        table("uint64_t", "sha512_k", [frac_root_bits(q, 3, 64) for q in p[:80]], "0x{:016x}", 3),
        "",
        table("uint8_t", "des_ip", DES_IP, "{:2d}", 16),
        table("uint8_t", "des_pc1", DES_PC1, "{:2d}", 14),
        table("uint8_t", "des_pc2", DES_PC2, "{:2d}", 12),
        "/* des_sp[64 * i + b]: S-box i + 1 of the 6-bit input b, then P. */",
        table("uint32_t", "des_sp", des_sp(), "0x{:08x}", 6),
        "",
        "/* Blowfish's P-array (18 words) then its four S-boxes (256 each). */",
        table("uint32_t", "blowfish_pi", pi_words(18 + 4 * 256), "0x{:08x}", 6),
        "",
        "#endif",
    ]
    print("\n".join(out))


if __name__ == "__main__":
    main()

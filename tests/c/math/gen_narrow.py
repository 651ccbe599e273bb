#!/usr/bin/env python3
"""Writes tests/c/math/narrow.txt, the expected results of narrow.c: the C23
narrowing operations (fadd, daddl, fmul, ffma, fsqrt, ...) on random and
crafted operands, the exact result computed with fractions and rounded
once to float or double here.

    python3 tests/c/math/gen_narrow.py

Each line: the function, its operands as bit patterns in hex (16 digits for
a double, 32 for a long double), the expected result's bits (8 or 16
digits) and 1 if errno must be ERANGE or EDOM (named), else 0.
"""
import math
import os
import random
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))

# (precision in bits, least normal exponent, greatest exponent, width)
FORMATS = {
    "f": (24, -126, 127, 32),
    "d": (53, -1022, 1023, 64),
    "l": (113, -16382, 16383, 128),
}


def ilog2(a):
    """The exponent e with 2^e <= a < 2^(e+1), for a positive Fraction."""
    e = a.numerator.bit_length() - a.denominator.bit_length()
    if Fraction(2) ** e > a:
        e -= 1
    return e


def encode(fmt, v):
    """Bits of v (a Fraction, or 'inf'/'-inf'/'nan', or a signed zero as
    ('zero', sign)) in format fmt; v must be representable."""
    p, emin, emax, width = FORMATS[fmt]
    ebits = width - p
    if isinstance(v, tuple):
        return v[1] << (width - 1)
    if v in ("inf", "-inf"):
        return ((v == "-inf") << (width - 1)) | (((1 << ebits) - 1) << (p - 1))
    if v == "nan":
        return (((1 << ebits) - 1) << (p - 1)) | (1 << (p - 2))
    sign = v < 0
    a = abs(v)
    e = ilog2(a)
    if e < emin:
        m = a / Fraction(2) ** (emin - p + 1)
        assert m.denominator == 1
        return (sign << (width - 1)) | int(m)
    m = a / Fraction(2) ** (e - p + 1)
    assert m.denominator == 1 and e <= emax
    bias = (1 << (ebits - 1)) - 1
    return (sign << (width - 1)) | ((e + bias) << (p - 1)) | (int(m) - (1 << (p - 1)))


def decode(fmt, bits):
    p, emin, emax, width = FORMATS[fmt]
    ebits = width - p
    sign = -1 if bits >> (width - 1) else 1
    e = (bits >> (p - 1)) & ((1 << ebits) - 1)
    m = bits & ((1 << (p - 1)) - 1)
    bias = (1 << (ebits - 1)) - 1
    if e == (1 << ebits) - 1:
        return ("-inf" if sign < 0 else "inf") if m == 0 else "nan"
    if e == 0:
        v = Fraction(m) * Fraction(2) ** (emin - p + 1)
    else:
        v = Fraction(m + (1 << (p - 1))) * Fraction(2) ** (e - bias - p + 1)
    return ("zero", sign < 0) if v == 0 else sign * v


def round_to(fmt, v):
    """v (a nonzero Fraction) rounded to nearest, ties to even; returns
    (result, inexact)."""
    p, emin, emax, _ = FORMATS[fmt]
    a = abs(v)
    e = ilog2(a)
    q = Fraction(2) ** (max(e, emin) - p + 1)
    n = a / q
    r = math.floor(n)
    rest = n - r
    if rest > Fraction(1, 2) or (rest == Fraction(1, 2) and r % 2):
        r += 1
    res = r * q
    if res >= Fraction(2) ** (emax + 1):
        return ("inf" if v > 0 else "-inf"), True
    if res == 0:
        return ("zero", v < 0), True
    return (res if v > 0 else -res), rest != 0


def random_value(fmt, rng, lo, hi):
    """A random finite nonzero value of format fmt, magnitude 2^lo..2^hi."""
    p = FORMATS[fmt][0]
    m = rng.getrandbits(p - 1) | (1 << (p - 1))
    e = rng.randint(lo, hi)
    v = Fraction(m) * Fraction(2) ** (e - p + 1)
    v = round_to(fmt, v)[0]
    if isinstance(v, Fraction) and rng.random() < 0.5:
        v = -v
    return v


def fsqrt_exact(v, fmt):
    """The square root of v rounded to nearest in fmt, exactly."""
    p, emin, _, _ = FORMATS[fmt]
    e = (v.numerator.bit_length() - v.denominator.bit_length()) // 2
    scale = max(e, emin) - p + 1 - 4
    # root = sqrt(v) / 2^scale; compare integers.
    n = v / Fraction(2) ** (2 * scale)
    k = math.isqrt(n.numerator // n.denominator)
    while Fraction(k + 1) ** 2 <= n:
        k += 1
    while Fraction(k) ** 2 > n:
        k -= 1
    exact = Fraction(k) ** 2 == n
    # k * 2^scale <= root < (k+1) * 2^scale, with 4 extra bits below the
    # target precision, so a value strictly between keeps ties apart.
    approx = Fraction(2 * k + (0 if exact else 1), 2) * Fraction(2) ** scale
    return round_to(fmt, approx)


OPS = {
    # name: (argument format, result format, arity, operation)
    "fadd": ("d", "f", 2, "+"), "faddl": ("l", "f", 2, "+"), "daddl": ("l", "d", 2, "+"),
    "fsub": ("d", "f", 2, "-"), "fsubl": ("l", "f", 2, "-"), "dsubl": ("l", "d", 2, "-"),
    "fmul": ("d", "f", 2, "*"), "fmull": ("l", "f", 2, "*"), "dmull": ("l", "d", 2, "*"),
    "fdiv": ("d", "f", 2, "/"), "fdivl": ("l", "f", 2, "/"), "ddivl": ("l", "d", 2, "/"),
    "ffma": ("d", "f", 3, "fma"), "ffmal": ("l", "f", 3, "fma"), "dfmal": ("l", "d", 3, "fma"),
    "fsqrt": ("d", "f", 1, "sqrt"), "fsqrtl": ("l", "f", 1, "sqrt"), "dsqrtl": ("l", "d", 1, "sqrt"),
}


def expected(op, args):
    """(result, error) of op on Fraction/special operands; error is 1 when
    errno must be set."""
    afmt, rfmt, _, kind = OPS[op]
    special = [a for a in args if not isinstance(a, Fraction)]
    if special:
        raise ValueError("only finite operands here")
    x = args[0]
    if kind == "/" and args[1] == 0:
        return ("inf" if x > 0 else "-inf"), 1
    if kind == "sqrt" and x < 0:
        return "nan", 1
    v = x if kind == "sqrt" else exact_value(op, args)
    if v == 0:
        return ("zero", False), 0
    r, inexact = fsqrt_exact(v, rfmt) if kind == "sqrt" else round_to(rfmt, v)
    p, emin, _, _ = FORMATS[rfmt]
    if isinstance(r, str) or isinstance(r, tuple):
        return r, 1
    tiny = abs(r) < Fraction(2) ** emin
    return r, int(tiny and inexact)


def exact_value(op, args):
    kind = OPS[op][3]
    x = args[0]
    if kind == "+":
        return x + args[1]
    if kind == "-":
        return x - args[1]
    if kind == "*":
        return x * args[1]
    if kind == "/":
        return x / args[1]
    if kind == "fma":
        return x * args[1] + args[2]
    return None


def rounded_twice_wrong(op, args):
    """Whether rounding the exact result to long double first, then to the
    result's format, gives another answer than rounding it once."""
    rfmt, kind = OPS[op][1], OPS[op][3]
    if kind == "sqrt":
        once = fsqrt_exact(args[0], rfmt)[0]
        wide = fsqrt_exact(args[0], "l")[0]
    else:
        v = exact_value(op, args)
        if v == 0:
            return False
        once = round_to(rfmt, v)[0]
        wide = round_to("l", v)[0]
    return isinstance(wide, Fraction) and round_to(rfmt, wide)[0] != once


def crafted(op, rng):
    """Operands whose exact result lies within a long double's precision of
    the midpoint of two results, so that rounding to long double and then
    to the result's format goes wrong: the cases round-to-odd is for."""
    afmt, rfmt, arity, kind = OPS[op]
    p = FORMATS[rfmt][0]
    out = []
    for _ in range(400):
        if len(out) >= 8:
            break
        t = random_value(rfmt, rng, -20, 20)
        e = ilog2(abs(t))
        mid = t + Fraction(2) ** (e - p) * (1 if t > 0 else -1)
        k = rng.randint(-2, 2)
        if kind in ("+", "-"):
            x = round_to(afmt, mid)[0]
            y = Fraction(rng.choice((1, -1))) * Fraction(2) ** (e - rng.randint(114, 140))
            args = [x, y if kind == "+" else -y]
        elif kind == "*":
            a = random_value(afmt, rng, -1, 1)
            b = round_to(afmt, mid / a)[0]
            args = [a, b + k * Fraction(2) ** (ilog2(abs(b)) - FORMATS[afmt][0] + 1)]
        elif kind == "/":
            y = random_value(afmt, rng, -1, 1)
            x = round_to(afmt, mid * y)[0]
            args = [x + k * Fraction(2) ** (ilog2(abs(x)) - FORMATS[afmt][0] + 1), y]
        elif kind == "fma":
            a = random_value(afmt, rng, -1, 1)
            b = random_value(afmt, rng, -1, 1)
            z = round_to(afmt, mid - a * b)[0]
            args = [a, b, z]
        else:
            x = round_to(afmt, mid * mid)[0]
            args = [abs(x + k * Fraction(2) ** (ilog2(abs(x)) - FORMATS[afmt][0] + 1))]
        args = [round_to(afmt, a)[0] if a != 0 else Fraction(0) for a in args]
        if all(isinstance(a, Fraction) for a in args) and rounded_twice_wrong(op, args):
            out.append(args)
    return out


def main():
    rng = random.Random(20261122)
    lines = []
    for op in sorted(OPS):
        afmt, rfmt, arity, kind = OPS[op]
        emax = FORMATS[rfmt][2]
        emin = FORMATS[rfmt][1]
        cases = crafted(op, rng)
        for _ in range(60):
            cases.append([random_value(afmt, rng, -30, 30) for _ in range(arity)])
        # Results near overflow and in the subnormal range of the target.
        for lo, hi in ((emax - 4, emax + 2), (emin - 30, emin + 2)):
            for _ in range(20):
                args = [random_value(afmt, rng, lo, hi)]
                if kind in ("+", "-"):
                    args.append(random_value(afmt, rng, lo - 60, hi))
                elif kind in ("*", "/"):
                    args.append(random_value(afmt, rng, -3, 3) * (1 if kind == "*" else 1))
                elif kind == "fma":
                    args += [random_value(afmt, rng, -3, 3), random_value(afmt, rng, lo - 60, hi)]
                if kind == "sqrt":
                    args = [abs(random_value(afmt, rng, 2 * lo, 2 * hi))]
                cases.append(args)
        for args in cases:
            args = [a if a != 0 else Fraction(0) for a in args]
            r, err = expected(op, args)
            width = FORMATS[afmt][3]
            ops = " ".join("%0*x" % (width // 4, encode(afmt, a if a != 0 else ("zero", False)))
                           for a in args)
            lines.append("%s %s %0*x %d" % (op, ops, FORMATS[rfmt][3] // 4, encode(rfmt, r), err))
    with open(os.path.join(HERE, "narrow.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

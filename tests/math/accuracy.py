#!/usr/bin/env python3
"""Accuracy harness for libm: compares each function of functions.h with
mpmath evaluated at a much higher precision, and reports the largest error
in ulps of the exact result.

    python3 tests/math/accuracy.py              # a quick run (about 2000 inputs each)
    python3 tests/math/accuracy.py --long       # the long run behind the README table
    python3 tests/math/accuracy.py --gen        # rewrite data/*.txt for the fast C test
    python3 tests/math/accuracy.py --only 'exp|log'

The functions run as WebAssembly: driver.c is compiled against the sysroot
and run under the project's wasi-run (or Node's WASI, see --runner).
"""

import argparse
import functools
import math
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import time

from fractions import Fraction

import mpmath
from mpmath import mp, mpf

# Exact values are computed at a few times the working precision; the
# rounding and error arithmetic then needs room above that.
mp.prec = 512

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# Precision p, minimum normal exponent, maximum exponent, hex digits.
FORMATS = {
    "D": (53, -1022, 1023, 16),
    "F": (24, -126, 127, 8),
    "L": (113, -16382, 16383, 32),
}


# ---------------------------------------------------------------- encoding

def decode(t, h):
    """mpf (or inf/nan marker) of the bit pattern h of type t."""
    p, emin, emax, nd = FORMATS[t]
    u = int(h, 16)
    ebits = {"D": 11, "F": 8, "L": 15}[t]
    mbits = p - 1
    sign = u >> (ebits + mbits)
    e = (u >> mbits) & ((1 << ebits) - 1)
    m = u & ((1 << mbits) - 1)
    if e == (1 << ebits) - 1:
        if m:
            return mpf("nan")
        return mpf("-inf") if sign else mpf("inf")
    if e == 0:
        v = mpf(m) * mpf(2) ** (emin - mbits)
    else:
        v = mpf(m + (1 << mbits)) * mpf(2) ** (e - (emax) - mbits)
    if sign:
        v = -v
    return v


def encode(t, v):
    """Bit pattern (hex) of v, which must be representable in type t."""
    p, emin, emax, nd = FORMATS[t]
    ebits = {"D": 11, "F": 8, "L": 15}[t]
    mbits = p - 1
    if mpmath.isnan(v):
        u = ((1 << ebits) - 1) << mbits | 1 << (mbits - 1)
        return "%0*x" % (nd, u)
    sign = 1 if v < 0 else 0
    a = abs(v)
    if mpmath.isinf(a):
        u = ((1 << ebits) - 1) << mbits
    elif a == 0:
        u = 0
    else:
        man, exp = mpmath.frexp(a)  # a = man * 2^exp, man in [0.5, 1)
        e = int(exp) - 1
        if e < emin:
            m = int(a * mpf(2) ** (mbits - emin))
            assert mpf(m) * mpf(2) ** (emin - mbits) == a, v
            u = m
        else:
            m = int(a * mpf(2) ** (mbits - e))
            assert mpf(m) * mpf(2) ** (e - mbits) == a, v
            u = (e + emax) << mbits | (m - (1 << mbits))
    return "%0*x" % (nd, u | sign << (ebits + mbits))


def to_frac(v):
    """The exact rational value of a finite mpf (or Fraction, or int)."""
    if isinstance(v, Fraction):
        return v
    if isinstance(v, int):
        return Fraction(v)
    sign, man, exp, bc = mpf(v)._mpf_
    if man == 0:
        return Fraction(0)
    f = Fraction(int(man)) * Fraction(2) ** int(exp)
    return -f if sign else f


def ulp_of(t, v):
    """The ulp of the exact value v in type t as a Fraction:
    2^(e-p+1) with |v| in [2^e, 2^(e+1)), and at least the subnormal ulp."""
    p, emin, emax, nd = FORMATS[t]
    a = abs(to_frac(v))
    if a == 0:
        e = emin
    else:
        e = a.numerator.bit_length() - a.denominator.bit_length()
        if Fraction(2) ** e > a:
            e -= 1
        e = max(e, emin)
    return Fraction(2) ** (e - p + 1)


def is_special(v):
    return not isinstance(v, (Fraction, int)) and not mpmath.isfinite(v)


def magnitude(v):
    """floor(log2 |v|) for nonzero finite v (mpf or Fraction)."""
    if isinstance(v, Fraction):
        a = abs(v)
        e = a.numerator.bit_length() - a.denominator.bit_length()
        return e - 1 if Fraction(2) ** e > a else e
    sign, man, exp, bc = mpf(v)._mpf_
    return int(exp) + int(bc) - 1


def round_exact(t, v):
    """(expected value as mpf, frac) where expected is v rounded to nearest
    even in type t and frac = (v - expected) / ulp(v)."""
    p, emin, emax, nd = FORMATS[t]
    if is_special(v):
        return v, 0.0
    if v == 0:
        return mpf(0), 0.0
    m = magnitude(v)
    if m > emax:
        return (mpf("inf") if v > 0 else mpf("-inf")), 0.0
    if m < emin - p - 1:
        # Below half the least subnormal: rounds to zero.
        return mpf(0), float(mpf(v.numerator) / v.denominator / mpf(2) ** (emin - p + 1)
                             if isinstance(v, Fraction) else v / mpf(2) ** (emin - p + 1))
    v = to_frac(v)
    if v == 0:
        return mpf(0), 0.0
    u = ulp_of(t, v)
    q = v / u
    n = q.numerator // q.denominator
    r = q - n
    if r > Fraction(1, 2) or (r == Fraction(1, 2) and n % 2):
        n += 1
    e = n * u
    if abs(e) >= Fraction(2) ** (emax + 1):
        return (mpf("inf") if v > 0 else mpf("-inf")), 0.0
    return mpf(e.numerator) / e.denominator, float((v - e) / u)


def ulp_error(t, got, v):
    """|got - v| in ulps of v; inf for a wrong NaN or infinity."""
    if not isinstance(v, (Fraction, int)) and mpmath.isnan(v):
        return 0.0 if mpmath.isnan(got) else math.inf
    if mpmath.isnan(got):
        return math.inf
    e = round_exact(t, v)[0]
    if mpmath.isinf(e) or mpmath.isinf(got):
        return 0.0 if got == e else math.inf
    p, emin, emax, nd = FORMATS[t]
    if v != 0 and magnitude(v) < emin - p - 1:
        return float(abs(mpf(got) - (mpf(v.numerator) / v.denominator if isinstance(v, Fraction) else v))
                     / mpf(2) ** (emin - p + 1))
    try:
        return float(abs(to_frac(got) - to_frac(v)) / ulp_of(t, v))
    except OverflowError:
        return math.inf


# ---------------------------------------------------------------- oracles

def _lgamma(x):
    if x <= 0 and x == mpmath.floor(x):
        return mpf("inf")
    return mpmath.re(mpmath.loggamma(x)) if x > 0 else mpmath.log(abs(mpmath.gamma(x)))


def _tgamma(x):
    if x == 0:
        return mpf("inf")
    if x < 0 and x == mpmath.floor(x):
        return mpf("nan")
    return mpmath.gamma(x)


def _fmod(x, y):
    if y == 0 or mpmath.isinf(x):
        return mpf("nan")
    if mpmath.isinf(y):
        return to_frac(x)
    x, y = to_frac(x), to_frac(y)
    q = abs(x / y)
    n = q.numerator // q.denominator
    return x - (n if x / y > 0 else -n) * y


def _remainder(x, y):
    if y == 0 or mpmath.isinf(x):
        return mpf("nan")
    if mpmath.isinf(y):
        return to_frac(x)
    x, y = to_frac(x), to_frac(y)
    q = x / y
    n = q.numerator // q.denominator
    d = q - n
    if d > Fraction(1, 2) or (d == Fraction(1, 2) and n % 2):
        n += 1
    return x - n * y


def _fma(x, y, z):
    if not (mpmath.isfinite(x) and mpmath.isfinite(y) and mpmath.isfinite(z)):
        return x * y + z
    return to_frac(x) * to_frac(y) + to_frac(z)


def _pow(x, y):
    if x == 1 or y == 0:
        return mpf(1)
    if mpmath.isinf(y):
        if abs(x) == 1:
            return mpf(1)
        return mpf("inf") if (abs(x) < 1) == (y < 0) else mpf(0)
    if mpmath.isinf(x):
        return mpmath.power(x, y) if y == mpmath.floor(y) else (mpf("inf") if y > 0 else mpf(0))
    if x == 0 and y < 0:
        return mpf("inf")
    if x < 0 and y != mpmath.floor(y):
        return mpf("nan")
    if x == 0:
        return mpf(0) if y > 0 else mpf(1)
    return mpmath.power(x, y)


def _bessel(f, n, x):
    if mpmath.isinf(x):
        return mpf(0) if f is mpmath.besselj or x > 0 else mpf("nan")
    if f is mpmath.bessely and x < 0:
        return mpf("nan")
    if f is mpmath.bessely and x == 0:
        return mpf("-inf") if n >= 0 or n % 2 == 0 else mpf("inf")
    return f(n, x)


def _atan2(y, x):
    if mpmath.isinf(x) and mpmath.isinf(y):
        a = mpmath.pi / 4 if x > 0 else 3 * mpmath.pi / 4
        return a if y > 0 else -a
    return mpmath.atan2(y, x)


def _tanpi(x):
    if mpmath.isinf(x):
        return mpf("nan")
    if 2 * x == mpmath.floor(2 * x) and x != mpmath.floor(x):
        return mpf("inf") if int(mpmath.floor(x)) % 2 == 0 else mpf("-inf")
    return mpmath.sinpi(x) / mpmath.cospi(x)


def _pi_fn(f):
    """sinpi or cospi, NaN at infinity (mpmath raises or returns garbage)."""
    return lambda x: mpf("nan") if mpmath.isinf(x) else f(x)


def _expm1_base(b):
    def f(x):
        if mpmath.isinf(x):
            return x if x > 0 else mpf(-1)
        return mpmath.expm1(x * mpmath.log(b))
    return f


def _pown(x, n):
    if n == 0:
        return mpf(1)
    if x == 0:
        return mpf("inf") if n < 0 else mpf(0)
    if mpmath.isinf(x):
        if n < 0:
            return mpf(0)
        return x if x > 0 or n % 2 else -x
    return mpmath.power(x, n)


def _rootn(x, n):
    if n == 0 or (x < 0 and n % 2 == 0):
        return mpf("nan")
    if x == 0:
        return mpf("inf") if n < 0 else mpf(0)
    if mpmath.isinf(x):
        return mpf(0) if n < 0 else x
    r = mpmath.power(abs(x), mpf(1) / n)
    return -r if x < 0 else r


def _compoundn(x, n):
    if n == 0 and not x < -1:
        return mpf(1)
    if x < -1:
        return mpf("nan")
    if x == -1:
        return mpf(0) if n > 0 else mpf("inf")
    if mpmath.isinf(x):
        return x if n > 0 else mpf(0)
    return mpmath.exp(n * mpmath.log1p(x))


def _powr(x, y):
    if x < 0 or (x == 0 and y == 0) or (mpmath.isinf(x) and y == 0) or (x == 1 and mpmath.isinf(y)):
        return mpf("nan")
    return _pow(x, y)


def _rsqrt(x):
    if x < 0:
        return mpf("nan")
    if x == 0:
        return mpf("inf")
    return 1 / mpmath.sqrt(x)


ORACLES = {
    "sqrt": mpmath.sqrt, "cbrt": lambda x: mpmath.cbrt(x) if x >= 0 else -mpmath.cbrt(-x),
    "exp": mpmath.exp, "exp2": lambda x: mpmath.power(2, x),
    "exp10": lambda x: mpmath.power(10, x), "expm1": mpmath.expm1,
    "log": mpmath.log, "log2": lambda x: mpmath.log(x, 2),
    "log10": mpmath.log10, "log1p": mpmath.log1p,
    "sin": mpmath.sin, "cos": mpmath.cos, "tan": mpmath.tan,
    "asin": mpmath.asin, "acos": mpmath.acos, "atan": mpmath.atan,
    "atan2": _atan2,
    "sinh": mpmath.sinh, "cosh": mpmath.cosh, "tanh": mpmath.tanh,
    "asinh": mpmath.asinh, "acosh": mpmath.acosh, "atanh": mpmath.atanh,
    "pow": _pow, "hypot": lambda x, y: mpmath.sqrt(x * x + y * y),
    "erf": mpmath.erf, "erfc": mpmath.erfc,
    "tgamma": _tgamma, "lgamma": _lgamma, "lgamma_neg": _lgamma,
    "j0": lambda x: _bessel(mpmath.besselj, 0, x), "j1": lambda x: _bessel(mpmath.besselj, 1, x),
    "y0": lambda x: _bessel(mpmath.bessely, 0, x), "y1": lambda x: _bessel(mpmath.bessely, 1, x),
    "jn": lambda n, x: _bessel(mpmath.besselj, n, x), "yn": lambda n, x: _bessel(mpmath.bessely, n, x),
    "fma": _fma, "fmod": _fmod, "remainder": _remainder,
    "sinpi": _pi_fn(mpmath.sinpi), "cospi": _pi_fn(mpmath.cospi), "tanpi": _tanpi,
    "asinpi": lambda x: mpmath.asin(x) / mpmath.pi, "acospi": lambda x: mpmath.acos(x) / mpmath.pi,
    "atanpi": lambda x: mpmath.atan(x) / mpmath.pi, "atan2pi": lambda y, x: _atan2(y, x) / mpmath.pi,
    "exp2m1": _expm1_base(2), "exp10m1": _expm1_base(10),
    "log2p1": lambda x: mpmath.log1p(x) / mpmath.log(2),
    "log10p1": lambda x: mpmath.log1p(x) / mpmath.log(10), "logp1": mpmath.log1p,
    "pown": _pown, "rootn": _rootn, "compoundn": _compoundn, "powr": _powr, "rsqrt": _rsqrt,
}

# complex.h: the principal branches of mpmath, which agree with C17 7.3
# off the branch cuts (the inputs keep a nonzero part across each cut).
COMPLEX_ORACLES = {
    "cabs": abs, "carg": mpmath.arg, "cproj": lambda z: z,
    "cexp": mpmath.exp, "clog": mpmath.log, "csqrt": mpmath.sqrt,
    "cpow": lambda z, w: mpmath.exp(w * mpmath.log(z)),
    "csin": mpmath.sin, "ccos": mpmath.cos, "ctan": mpmath.tan,
    "csinh": mpmath.sinh, "ccosh": mpmath.cosh, "ctanh": mpmath.tanh,
    "casin": mpmath.asin, "cacos": mpmath.acos, "catan": mpmath.atan,
    "casinh": mpmath.asinh, "cacosh": mpmath.acosh, "catanh": mpmath.atanh,
}


# ---------------------------------------------------------------- inputs

def rand_bits(t, rng, lo=None, hi=None, pos=False):
    """A random finite value of type t, uniform over bit patterns, limited
    to lo <= |x| <= hi when given."""
    p, emin, emax, nd = FORMATS[t]
    while True:
        u = rng.getrandbits(nd * 4 - 1)
        h = "%0*x" % (nd, u)
        v = decode(t, h)
        if not mpmath.isfinite(v):
            continue
        if lo is not None and abs(v) < lo:
            continue
        if hi is not None and abs(v) > hi:
            continue
        if not pos and rng.random() < 0.5:
            v = -v
        return v


def rand_log(t, rng, lo, hi, pos=False):
    """|x| log-uniform in [lo, hi], rounded to type t."""
    a = mpmath.exp(mpmath.log(lo) + (mpmath.log(hi) - mpmath.log(lo)) * rng.random())
    v = round_exact(t, a)[0]
    if not pos and rng.random() < 0.5:
        v = -v
    return v


def rand_uniform(t, rng, lo, hi):
    p = FORMATS[t][0]
    a = mpf(lo) + (mpf(hi) - mpf(lo)) * mpf(rng.getrandbits(p + 8)) / mpf(2) ** (p + 8)
    return round_exact(t, a)[0]


def maxval(t):
    p, emin, emax, nd = FORMATS[t]
    return (2 - mpf(2) ** (1 - p)) * mpf(2) ** emax


def overflow_log(t):
    """log of the largest finite value."""
    return mpmath.log(maxval(t))


def domain(name, t, rng):
    """One random argument tuple for the function with oracle `name`."""
    p, emin, emax, nd = FORMATS[t]
    ol = overflow_log(t)
    tiny = mpf(2) ** (emin - p + 1)
    r = rng.random()
    B = lambda **k: rand_bits(t, rng, **k)
    L = lambda lo, hi, pos=False: rand_log(t, rng, lo, hi, pos)
    U = lambda lo, hi: rand_uniform(t, rng, lo, hi)
    if name in ("exp", "expm1", "exp2", "exp10", "sinh", "cosh"):
        lim = {"exp": ol + 50, "expm1": ol + 5, "exp2": ol / mpmath.log(2) + 80,
               "exp10": ol / mpmath.log(10) + 20, "sinh": ol + 2, "cosh": ol + 2}[name]
        if r < 0.6:
            return (U(-lim, lim),)
        return (L(tiny, lim),)
    if name in ("log", "log2", "log10"):
        if r < 0.5:
            return (B(pos=True),)
        if r < 0.8:
            return (U(0.5, 2),)
        return (round_exact(t, 1 + L(tiny, mpf(2) ** -5))[0],)
    if name in ("log1p", "logp1", "log2p1", "log10p1"):
        if r < 0.4:
            return (B(pos=True),)
        if r < 0.7:
            return (L(tiny, 1),)
        return (U(-1, 1),)
    if name in ("sin", "cos", "tan"):
        if r < 0.4:
            return (U(-10, 10),)
        if r < 0.7:
            return (L(tiny, 1e6),)
        return (B(),)
    if name in ("asin", "acos", "atanh", "asinpi", "acospi"):
        if r < 0.5:
            return (U(-1, 1),)
        return (L(tiny, 1),)
    if name in ("atan", "asinh", "atanpi"):
        if r < 0.6:
            return (B(),)
        return (U(-10, 10),)
    if name == "acosh":
        if r < 0.5:
            return (B(lo=1, pos=True),)
        return (U(1, 10),)
    if name == "tanh":
        if r < 0.6:
            return (U(-25, 25),)
        return (B(),)
    if name in ("atan2", "atan2pi"):
        if r < 0.5:
            return (B(), B())
        return (U(-10, 10), U(-10, 10))
    if name == "hypot":
        if r < 0.3:
            return (B(), B())
        x = B()
        return (x, round_exact(t, x * L(mpf(2) ** (-p - 2), 1))[0])
    if name == "pow":
        if r < 0.3:
            x = L(tiny, maxval(t), pos=True)
            lim = ol / max(abs(mpmath.log(x)), mpf(2) ** -60)
            return (x, U(-lim, lim))
        if r < 0.5:
            return (U(0, 4), U(-100, 100))
        if r < 0.6:
            return (-U(0, 10), mpf(int(U(-300, 300))))
        if r < 0.8:
            x = round_exact(t, 1 + L(tiny, 0.01))[0]
            return (x, U(-1e6, 1e6) if rng.random() < 0.5 else B())
        return (B(pos=True), B())
    if name in ("sinpi", "cospi", "tanpi"):
        if r < 0.3:
            return (U(-10, 10),)
        if r < 0.6:
            # Next to an integer or a half-integer, where the result is
            # nearest a zero or a pole.
            k = mpf(rng.randrange(-2 ** 20, 2 ** 20)) / 2
            return (round_exact(t, k + L(mpf(2) ** (-p - 10), mpf(2) ** -4))[0],)
        if r < 0.8:
            return (L(tiny, 2 ** (p + 1)),)
        return (B(),)
    if name in ("exp2m1", "exp10m1"):
        lim = (emax + 3) * (1 if name == "exp2m1" else mpmath.log10(2))
        if r < 0.3:
            return (U(-lim - p, lim),)
        if r < 0.6:
            return (U(-1, 1),)
        return (L(tiny, 1),)
    if name in ("pown", "rootn", "compoundn"):
        x = (B() if r < 0.3 else U(-4, 4) if r < 0.5
             else round_exact(t, 1 + L(mpf(2) ** -p, 0.01))[0] if r < 0.7 else L(tiny, 1))
        if name == "compoundn" and x < -1:
            x = round_exact(t, -1 / x)[0]
        big = 2 ** 63 - 1
        r2 = rng.random()
        if r2 < 0.4:
            n = rng.randint(-40, 40)
        elif r2 < 0.7 and name != "rootn":
            # Near the range's ends: n log|x| (log1p(x)) of at most the
            # logarithm of the largest value.
            lx = mpmath.log1p(x) if name == "compoundn" else mpmath.log(abs(x))
            lim = ol / max(abs(lx), mpf(2) ** -200)
            n = int(min(big, max(-big, lim * (2 * rng.random() - 1))))
        else:
            n = rng.choice([-1, 1]) * rng.randrange(1, 2 ** rng.randint(1, 63))
        if name == "rootn" and n == 0:
            n = 3
        return (x, n)
    if name == "powr":
        if r < 0.4:
            x = L(tiny, maxval(t), pos=True)
            lim = ol / max(abs(mpmath.log(x)), mpf(2) ** -60)
            return (x, U(-lim, lim))
        if r < 0.7:
            return (U(0, 4), U(-100, 100))
        return (B(pos=True), B())
    if name == "rsqrt":
        return (B(pos=True),)
    if name == "cbrt":
        return (B(),)
    if name == "sqrt":
        return (B(pos=True),)
    if name in ("erf",):
        if r < 0.6:
            return (U(-6, 6),)
        return (B(),)
    if name == "erfc":
        if r < 0.7:
            return (U(-6, 30 if t != "F" else 12),)
        return (B(),)
    if name == "lgamma_neg":
        return (U(-40, -2),)
    if name in ("tgamma", "lgamma"):
        if name == "lgamma" and r < 0.4:
            # x < -2 holds the zeros of lgamma_neg, measured apart.
            return (U(-2, 30),)
        if r < 0.4:
            return (U(-30, 30),)
        if r < 0.6:
            return (U(0, 200),)
        if name == "tgamma":
            return (L(tiny, 180 if t != "F" else 36),)
        return (B(pos=True),)
    if name in ("j0", "j1", "y0", "y1"):
        pos = name[0] == "y"
        if r < 0.6:
            v = U(0, 60)
        elif r < 0.8:
            v = L(tiny, 1e6, pos=True)
        else:
            v = B(pos=True)
        return (v if pos or rng.random() < 0.5 else -v,)
    if name in ("jn", "yn"):
        n = rng.choice([-3, -1, 2, 3, 5, 10, 20, 50, 100])
        return (n, U(0, 60) if r < 0.7 else L(tiny, 1e4, pos=True))
    if name == "fma":
        if r < 0.5:
            x, y = B(), B()
            return (x, y, round_exact(t, -x * y * (1 + mpf(rng.random()) * mpf(2) ** -30))[0])
        return (B(), B(), B())
    if name in ("fmod", "remainder"):
        if r < 0.5:
            return (B(), B())
        return (U(-1000, 1000), U(-10, 10))
    raise KeyError(name)


def cdomain(name, t, rng):
    """One random argument tuple for the complex function `name`: each
    complex argument a pair (re, im). About 40% are hard cases: next to
    branch cuts and points, the unit circle, zeros and poles of a
    component, huge and tiny parts."""
    p, emin, emax, nd = FORMATS[t]
    ol = overflow_log(t)
    tiny = mpf(2) ** (emin - p + 1)
    big = maxval(t)
    r = rng.random()
    L = lambda lo, hi, pos=False: rand_log(t, rng, lo, hi, pos)
    U = lambda lo, hi: rand_uniform(t, rng, lo, hi)
    fix = lambda v: round_exact(t, v)[0]
    sgn = lambda: 1 if rng.random() < 0.5 else -1
    eps = mpf(2) ** -p

    def plane(lo=tiny, hi=big):
        # Log-uniform magnitudes, both signs; half the time the parts
        # within 2^8 of each other, where both matter.
        x = L(lo, hi)
        if rng.random() < 0.5:
            y = sgn() * fix(min(abs(x) * L(mpf(2) ** -8, mpf(2) ** 8, pos=True), hi))
            return (x, y if y != 0 else fix(lo))
        return (x, L(lo, hi))

    def near_axis():
        # A part beyond the branch point 1 (or in (-1, 1)) and a tiny other part.
        a = fix(1 + L(eps, 1, pos=True)) if rng.random() < 0.4 else L(mpf(2) ** -20, big, pos=True)
        return (sgn() * a, L(tiny, mpf(2) ** -20))

    def near_unit(hi=mpf(2) ** -6):
        th = U(-mpmath.pi, mpmath.pi)
        rho = 1 + sgn() * L(eps / 64, hi, pos=True)
        x, y = fix(rho * mpmath.cos(th)), fix(rho * mpmath.sin(th))
        return (x, y if y != 0 else eps)

    def near_zero_of_trig():
        # A double next to k pi/2, where sin or cos of it is smallest.
        k = rng.randint(1, 40)
        return fix(sgn() * k * mpmath.pi / 2) * (1 + rng.randint(-3, 3) * eps)

    def expo_arg(lim):
        # (x, y) for exp-like functions: x decides the size, y the phase.
        if r < 0.35:
            x, y = U(-lim, lim), U(-10, 10)
        elif r < 0.6:
            x, y = L(tiny, lim), L(tiny, 1e6)
        elif r < 0.8:
            x, y = U(-lim, lim), fix(near_zero_of_trig())
        elif r < 0.9:
            x, y = L(tiny, 1), L(tiny, 1)
        else:
            x, y = L(tiny, lim), L(tiny, big)
        return (x, y)

    if name in ("cabs", "carg", "cproj"):
        if r < 0.6:
            return (plane(),)
        if r < 0.7:
            return ((L(big / 4, big), L(big / 4, big)),)
        if r < 0.8:
            return ((L(tiny, mpf(2) ** (emin + 2)), L(tiny, mpf(2) ** (emin + 2))),)
        x = L(tiny, big)
        return ((x, sgn() * fix(abs(x) * L(mpf(2) ** (-p - 10), mpf(2) ** (-p // 2), pos=True)) or tiny),)
    if name in ("clog", "csqrt"):
        if r < 0.5:
            return (plane(),)
        if r < 0.75:
            return (near_unit(),)
        if r < 0.85:
            x = L(tiny, big)
            return ((-abs(x), sgn() * (fix(abs(x) * L(mpf(2) ** (-p - 20), mpf(2) ** -10, pos=True)) or tiny)),)
        return ((fix(1 + sgn() * L(eps / 2, mpf(2) ** -10, pos=True)), L(tiny, mpf(2) ** -20)),)
    if name in ("cexp", "csinh", "ccosh", "ctanh", "csin", "ccos", "ctan"):
        if name in ("ctanh", "ctan"):
            lim = 30 if r < 0.8 else ol + 5
        elif name in ("csinh", "ccosh"):
            lim = ol + 2
        else:
            lim = ol + 5
        z = expo_arg(lim)
        return ((z[1], z[0]) if name in ("csin", "ccos", "ctan") else z,)
    if name in ("casin", "cacos", "catan", "casinh", "cacosh", "catanh"):
        cut_on_imag = name in ("catan", "casinh")
        if r < 0.5:
            return (plane(),)
        if r < 0.7:
            z = near_axis()
        elif r < 0.8:
            z = (fix(sgn() + L(tiny, mpf(2) ** -10)), L(tiny, mpf(2) ** -10))
            if z[0] == 0:
                z = (tiny, z[1])
        elif r < 0.9:
            z = near_unit(mpf(2) ** -20)
        else:
            z = (L(tiny, mpf(2) ** -20), L(tiny, mpf(2) ** -20))
        return ((z[1], z[0]) if cut_on_imag else z,)
    if name == "cpow":
        if r < 0.15:
            z = plane()
            return (z, (fix(rng.randint(-20, 20)) or mpf(1), mpf(0) if rng.random() < 0.5 else L(tiny, 1)))
        if r < 0.4:
            z = near_unit(mpf(2) ** -10)
        elif r < 0.5:
            z = (-L(mpf(2) ** -20, mpf(2) ** 20, pos=True), L(tiny, mpf(2) ** -30))
        else:
            z = plane()
        with mpmath.workprec(60):
            lz = abs(mpmath.log(mpmath.mpc(*z)))
        # |w log z| log-uniform up to the overflow threshold: the result's
        # size and its phase both span their range.
        m = L(mpf(2) ** -30, ol, pos=True) / lz
        th = U(-mpmath.pi, mpmath.pi)
        w = (fix(m * mpmath.cos(th)), fix(m * mpmath.sin(th)))
        return (z, (w[0] or tiny, w[1] or tiny))
    raise KeyError(name)


def special_cinputs(name, t):
    """Fixed complex inputs of every run: points named in the tests of
    complex.h and some hard ones."""
    p, emin, emax, nd = FORMATS[t]
    fix = lambda v: round_exact(t, mpf(v))[0]
    eps = mpf(2) ** -p
    tiny = mpf(2) ** (emin - p + 1)
    pts = [(1, 2), (-1, 2), (3, -4), (0.5, 0.25), (-2, tiny), (-2, -tiny), (1 + 2 * eps, tiny),
           (fix(mpmath.pi / 2), 1), (1, fix(mpmath.pi / 2)), (fix(mpmath.pi), 0.5), (0.5, fix(mpmath.pi)),
           (tiny, 1), (1, tiny), (maxval(t), maxval(t)), (mpf(2) ** emin, -(mpf(2) ** emin)),
           (1 - eps, eps), (fix(mpmath.cos(1)), fix(mpmath.sin(1)))]
    pts = [(fix(x), fix(y)) for x, y in pts]
    if name == "cpow":
        ws = [(3, -1), (2, 0.5), (0.5, 0), (-1.5, 0.75), (100, 1), (0.25, 700 if t != "F" else 80)]
        return [(z, (fix(a), fix(b) or tiny)) for z in pts[:6] for a, b in ws]
    return [(z,) for z in pts]


# Inputs that every run includes: exact cases, boundaries and known hard
# ones (for jn and yn, more of them with full, in the long run).
def special_inputs(name, t, full=False):
    p, emin, emax, nd = FORMATS[t]
    tiny = mpf(2) ** (emin - p + 1)
    big = maxval(t)
    one_minus = 1 - mpf(2) ** -p
    one_plus = 1 + mpf(2) ** (1 - p)
    common = [mpf(0), tiny, -tiny, mpf(2) ** emin, big, -big, mpf(1), mpf(-1),
              mpf(0.5), mpf(2), one_minus, one_plus, mpf("inf"), mpf("-inf")]
    fix = lambda v: round_exact(t, mpf(v))[0]
    if name in ("sin", "cos", "tan"):
        extra = [fix(mpmath.pi), fix(mpmath.pi / 2), fix(mpmath.pi / 4), fix(1e22),
                 fix(mpmath.pi * 2 ** 30), fix(mpmath.pi * 1e10)]
        if t == "D":
            extra += [mpf(float.fromhex("0x1.6ac5b262ca1ffp+849")), mpf(6381956970095103 * 2.0 ** 797)]
        return [(v,) for v in common + extra]
    if name in ("jn", "yn"):
        near = [(n, z) for n in (1, -2, 5, 20) for z in bessel_zeros(name[0], abs(n), 5, t)]
        near += [(n, bessel_zero(name[0], n, k, t)) for n, k in bessel_order_zeros(name[0], t, full)]
        return [(n, v) for n in (0, 1, 2, -2, 7) for v in (mpf(1), mpf(2), mpf(10), tiny, big)] + near
    if name in ("sinpi", "cospi", "tanpi"):
        extra = [mpf(k) / 4 for k in range(-12, 13)] + [fix(mpf(2) ** (p - 1) + 0.5), fix(mpf(2) ** p + 1),
                 fix(0.5 - mpf(2) ** -p), fix(1 - mpf(2) ** -p), fix(mpf(2) ** -1000)]
        return [(v,) for v in common + extra]
    if name in ("pown", "rootn", "compoundn"):
        ns = [0, 1, -1, 2, -2, 3, -3, 2 ** 62 + 1, -2 ** 62 - 1, 2 ** 63 - 1, -2 ** 63]
        xs = [mpf(0), mpf(1), mpf(-1), mpf(2), mpf(-2), mpf(0.5), one_plus, one_minus, tiny, big,
              -big, mpf("inf"), mpf("-inf")]
        # |n log x| near 2000 with log x small: the logarithm's tail times
        # n moves the exponential's reduction by far more than an ulp.
        far = [(fix(-1 - mpf(0x02ef5ac66c384553569866083358) / 2 ** 112), -180631),
               (fix(mpf(1.0003)), 6000001)]
        return [(x, n) for x in xs for n in ns] + far
    k = {"atan2": 2, "atan2pi": 2, "powr": 2, "hypot": 2, "pow": 2, "fmod": 2, "remainder": 2,
         "fma": 3}.get(name, 1)
    if k == 1:
        extra = []
        if name == "lgamma":
            extra = [fix(v) for v in (1, 2, -2.5, 1.4616321449683623)]
        if t == "L":
            # Where the binary128 kernels change method or the result
            # nears the end of the range.
            eps = mpf(2) ** -100
            extra += [fix(v) for v in {
                "erf": (0.5 - eps, 0.5, 8, 9 - eps),
                "erfc": (0.5 - eps, 0.5, -0.5, 8 - eps, 8, 27.5, 106.5, 106.55, -9 + eps),
                "lgamma": (1 + mpf(2) ** -10, 1 - mpf(2) ** -10 - eps, 1 + mpf(2) ** -40,
                           2 - mpf(2) ** -10 - eps, 2 + mpf(2) ** -30, 20 - eps, -1.5,
                           mpf(2) ** -121, mpf(2) ** -119),
                "tgamma": (1755.5, 1755.54, 1755.55, -1750.5, -1799.75, mpf(2) ** -119,
                           -mpf(2) ** -119, 20 - eps, 0.5),
            }.get(name, ())]
        if name == "lgamma_neg":
            return [(fix(v),) for v in (-2.5, -2.457024738220800, -2.7476826467274126,
                                        -3.1435808883499798, -3.9552942848585785)]
        if name in ("j0", "j1", "y0", "y1"):
            extra = bessel_zeros(name[0], int(name[1]), 50, t)
        return [(v,) for v in common + extra]
    vals = [mpf(0), mpf(1), mpf(-1), mpf(2), mpf(0.5), tiny, big, mpf("inf"), mpf("-inf"), mpf(3)]
    if k == 2:
        return [(a, b) for a in vals for b in vals]
    return [(a, b, c) for a in vals[:6] for b in vals[:6] for c in (mpf(0), mpf(1), mpf(-1), tiny)]


def bessel_order_zeros(kind, t, full):
    """(n, k) for the k-th zero of J_n (kind "j") or Y_n, n >= 2, where jn
    and yn are hardest: with full, the first 10 zeros of orders 2..60, all
    zeros between 56 and 150 of orders up to 100, the first 3 of orders
    100..150, and two above each of 250, 400, 10^3 and 10^5 for orders 2,
    10, 60, 100 and 150; else a sample
    of these (for double) and the worst before jn and yn became accurate
    there (up to 28 ulp for jn, 254 for yn; below 56 up to 17 and 28)."""
    def count_below(n, x):
        # About the number of zeros below x: where x > n, J_n(x) and Y_n(x)
        # are near cos(phi - pi/4) and sin(phi - pi/4) times a modulus, with
        # phi = sqrt(x^2 - n^2) - n acos(n/x) (Debye).
        if x <= n:
            return 0
        phi = math.sqrt(x * x - n * n) - n * math.acos(n / x)
        return max(int(phi / math.pi + (0.75 if kind == "y" else 0.25)), 0)
    worst = {"j": [(26, 3), (7, 10), (21, 5), (31, 2), (40, 2), (41, 1), (51, 21), (100, 1),
                   (93, 2), (16, 28), (47, 19), (54, 1), (55, 2), (52, 1), (52, 3), (75, 9),
                   (120, 3)],
             "y": [(14, 8), (38, 1), (13, 8), (19, 7), (27, 5), (40, 2), (34, 8), (81, 1),
                   (63, 16), (93, 4), (99, 1), (42, 3), (96, 5), (73, 11), (145, 3)]}[kind]
    if not full:
        if t != "D":
            return worst
        sample = [(n, k) for n in range(2, 61, 6) for k in (1, 4, 7, 10)]
        sample += [(n, k) for n in range(60, 101, 8)
                   for k in range(count_below(n, 56) + 1, count_below(n, 150), 4)]
        sample += [(n, 1) for n in (110, 130, 150)]
        sample += [(n, count_below(n, x) + 1) for n in (2, 10, 100) for x in (400, 1e3, 1e5)]
        return sample + worst
    out = []
    for n in range(2, 101):
        ks = set(range(1, 11)) if n <= 60 else set()
        # The estimate may be one off next to 56 and 150.
        ks |= set(k for k in range(max(count_below(n, 56), 1), count_below(n, 150) + 2)
                  if 56 <= _bessel_zero(kind, n, k) <= 150)
        out += [(n, k) for k in sorted(ks)]
    out += [(n, k) for n in range(100, 151, 5) for k in (1, 2, 3)]
    out += [(n, count_below(n, x) + d) for n in (2, 10, 60, 100, 150) for x in (250, 400, 1e3, 1e5)
            for d in (1, 2)]
    return out


@functools.lru_cache(maxsize=None)
def _bessel_zero(kind, n, k):
    """The k-th positive zero of J_n or Y_n to about 100 bits: mpmath's
    besseljzero or besselyzero at double precision (at 200 bits they take
    seconds), then a Newton step."""
    f = mpmath.bessely if kind == "y" else mpmath.besselj
    with mpmath.workprec(53):
        z = mpmath.besselyzero(n, k) if kind == "y" else mpmath.besseljzero(n, k)
    with mpmath.workprec(200):
        z = mpf(z)
        return z - f(n, z) / f(n, z, 1)


def bessel_zero(kind, n, k, t):
    """The value of type t (double or float) nearest to the k-th zero of
    J_n or Y_n."""
    return round_exact(t, _bessel_zero(kind, n, k))[0]


@functools.lru_cache(maxsize=None)
def bessel_zeros(kind, n, count, t):
    """The values of type t nearest to the first `count` zeros of J_n
    (kind "j") or Y_n ("y"), and for n = 0, 1 to some large zeros: there
    a Bessel function is smallest, and relative accuracy hardest."""
    ks = list(range(1, count + 1))
    if n < 2:
        ks += [100, 1000, 10 ** 4, 10 ** 5, 10 ** 6, 10 ** 7, 10 ** 9]
    out = []
    with mpmath.workprec(3 * FORMATS[t][0] + 40):
        for k in ks:
            z = mpmath.besselyzero(n, k) if kind == "y" else mpmath.besseljzero(n, k)
            out.append(round_exact(t, z)[0])
    return out


# ---------------------------------------------------------------- functions

def kind_args(kind):
    """The arguments of a kind as (type letter, is complex) pairs: "DC_DCDC"
    is double complex (double complex, double complex)."""
    return [(a[0], len(a) == 2) for a in re.findall(r"[DFLIN]C?", kind.split("_")[1])]


def is_complex(kind):
    return "C" in kind


def read_functions():
    fns = []
    with open(os.path.join(HERE, "functions.h")) as f:
        for line in f:
            m = re.match(r"F\((\w+), (\w+), (\w+), ([\d.e+]+)\)", line)
            if m:
                fns.append((m.group(1), m.group(2), m.group(3), float(m.group(4))))
    return fns


def exact(oracle, kind, args):
    """The exact value of oracle at args (mpf), at a precision well above
    that of the result type; for a complex function the list of the
    result's components (one for cabs and carg)."""
    t = kind[0]
    p = FORMATS[t][0]
    if is_complex(kind):
        # mpmath's complex functions are accurate relative to |result|: a
        # part far smaller than the other, or than the parts of the
        # argument, needs more precision. Raise it until two evaluations
        # agree to 2^-(p + 20) in each part.
        # mpmath loses a part below 2^-prec of the other altogether, and next
        # to a cut it may take the far side: the precision starts above the
        # exponents of the arguments' parts, and the argument is moved into
        # the upper half plane by f(conj z) = conj f(z) (every function
        # here), and for casinh and catan, whose cuts lie on the imaginary
        # axis, into the right half plane by oddness.
        zs = [mpmath.mpc(*a) for a in args]
        flip_conj = mpmath.im(zs[0]) < 0
        flip_neg = oracle in ("casinh", "catan") and mpmath.re(zs[0]) < 0
        if flip_conj:
            zs = [mpmath.conj(z) for z in zs]
        if flip_neg:
            zs = [-zs[0]]
        mags = [abs(magnitude(x)) for a in args for x in a if x != 0 and mpmath.isfinite(x)]
        prec, last = 3 * p + 40 + max(mags + [0]), None
        # A part that comes out 0 may be one below 2^-prec of the other (as
        # Re atanh(z) ~ x/y^2 is of 1): it is taken as 0 only at a
        # precision beyond twice the exponents.
        enough = 3 * p + 40 + 2 * sum(mags)
        for _ in range(8):
            with mpmath.workprec(prec):
                v = mpmath.mpc(COMPLEX_ORACLES[oracle](*zs))
                if flip_neg:
                    v = -v
                if flip_conj:
                    v = mpmath.conj(v) if oracle != "carg" else -v
                v = [+mpmath.re(v), +mpmath.im(v)] if kind[1] == "C" else [+mpmath.re(v)]
            if last is not None and all(
                    a == b or (mpmath.isfinite(a) and abs(a - b) <= abs(a) * mpf(2) ** -(p + 20))
                    for a, b in zip(v, last)) and (prec > enough or all(a != 0 for a in v)):
                return v
            last, prec = v, 2 * prec
        return v
    with mpmath.workprec(3 * p + 40):
        try:
            v = ORACLES[oracle](*args)
        except (ZeroDivisionError, ValueError):
            return mpf("nan")
        if isinstance(v, Fraction):
            return v
        if isinstance(v, mpmath.mpc):
            if abs(mpmath.im(v)) > 0:
                return mpf("nan")
            v = mpmath.re(v)
        return +v


def show(v):
    if isinstance(v, Fraction):
        v = mpf(v.numerator) / v.denominator
    return mpmath.nstr(v, 20)


def arg_text(kind, args):
    out = []
    for (ch, c), a in zip(kind_args(kind), args):
        if c:
            out += [encode(ch, a[0]), encode(ch, a[1])]
        else:
            out.append(str(int(a)) if ch in "IN" else encode(ch, a))
    return " ".join(out)



# ---------------------------------------------------------------- running

def find_runner():
    for c in (os.path.join(ROOT, "target", "release", "wasi-run"),
              os.path.join(ROOT, "target", "debug", "wasi-run")):
        if os.path.exists(c):
            return [c]
    return ["node", "--no-warnings", os.path.join(HERE, "node-wasi.mjs")]


def build_driver(out):
    """Compile driver.c against the project's sysroot with its wasi-cc
    (which supplies the sysroot's compiler-rt builtins), built if needed."""
    cc = None
    for c in (os.path.join(ROOT, "target", "release", "wasi-cc"),
              os.path.join(ROOT, "target", "debug", "wasi-cc")):
        if os.path.exists(c):
            cc = [c]
            break
    if cc is None:
        subprocess.run(["cargo", "build", "-q", "--release", "-p", "wasi-cc"], cwd=ROOT, check=True)
        cc = [os.path.join(ROOT, "target", "release", "wasi-cc")]
    sysroot = os.path.join(ROOT, "sysroot")
    cmd = cc + ["--sysroot=" + sysroot, "-O2", "-I" + HERE,
                os.path.join(HERE, "driver.c"), "-o", out, "-lm"]
    subprocess.run(cmd, check=True)


def run_driver(runner, wasm, jobs):
    """jobs: list of (name, [argtext]) -> dict name -> [result hex]."""
    text = []
    for name, lines in jobs:
        text.append(":" + name)
        text.extend(lines)
    res = subprocess.run(runner + [wasm], input="\n".join(text) + "\n",
                         capture_output=True, text=True, check=True)
    outs = [line.split() for line in res.stdout.splitlines()]
    i = 0
    result = {}
    for name, lines in jobs:
        result[name] = outs[i:i + len(lines)]
        i += len(lines)
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--long", action="store_true", help="many inputs per function")
    ap.add_argument("--gen", action="store_true", help="write data/*.txt for the fast test")
    ap.add_argument("-n", type=int, help="random inputs per function")
    ap.add_argument("--only", help="regex of function names")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--driver", help="a prebuilt driver .wasm")
    ap.add_argument("--runner", help="command that runs a .wasm (default: wasi-run or node)")
    ap.add_argument("--markdown", action="store_true", help="print the table as markdown")
    a = ap.parse_args()

    n = a.n or (200 if a.gen else 20000 if a.long else 2000)
    seed = a.seed if a.seed is not None else (1 if a.gen else int(time.time()))
    fns = read_functions()
    if a.only:
        fns = [f for f in fns if re.fullmatch(a.only, f[0])]

    if a.gen:
        generate(fns, n, seed, merge=bool(a.only))
        return 0

    runner = a.runner.split() if a.runner else find_runner()
    wasm = a.driver
    if not wasm:
        wasm = os.path.join(ROOT, "build", "math-driver.wasm")
        os.makedirs(os.path.dirname(wasm), exist_ok=True)
        build_driver(wasm)

    print("seed %d, %d random inputs per function (a tenth for long double in --long)"
          % (seed, n), file=sys.stderr)
    failed = 0
    rows = []
    for name, oracle, kind, bound in fns:
        rng = random.Random("%d %s" % (seed, name))
        t = kind[0]
        # The oracle is slower at binary128 precision: a tenth as many.
        count = max(n // 10, 100) if t == "L" and a.long else n
        argsets = inputs(oracle, kind, rng, count, a.long)
        texts = [arg_text(kind, s) for s in argsets]
        t0 = time.time()
        got = run_driver(runner, wasm, [(name, texts)])[name]
        # The worst error of each part of the result (one for a real
        # result) in ulps of that part's exact value.
        ncomp = 2 if kind[1:2] == "C" else 1
        worst = [[0.0, None] for _ in range(ncomp)]
        for args, txt, g in zip(argsets, texts, got):
            vals = exact(oracle, kind, args)
            if not is_complex(kind):
                vals = [vals]
            for i, v in enumerate(vals):
                e = ulp_error(t, decode(t, g[i]), v)
                if e > worst[i][0]:
                    worst[i] = [e, (txt, " ".join(g), ", ".join(show(v) for v in vals))]
        top = max(w[0] for w in worst)
        ok = top <= bound + 1e-9
        failed += not ok
        rows.append((name, [w[0] for w in worst], bound, ok))
        for i, (e, at) in enumerate(worst):
            label = name + ("" if ncomp == 1 else [".re", ".im"][i])
            print("%-14s max %8.3f ulp  bound %4.2f  %s%s  (%.0fs)" % (
                label, e, bound, "ok  " if e <= bound + 1e-9 else "FAIL",
                "" if at is None else "  at %s -> %s, exact %s" % at,
                time.time() - t0), flush=True)
    if a.markdown:
        print("\n| function | max error (ulp) | bound |\n| --- | ---: | ---: |")
        for name, worst, bound, ok in rows:
            print("| %s | %s | %.2f |" % (name, " / ".join("%.3f" % e for e in worst), bound))
    print("%d passed, %d failed" % (len(rows) - failed, failed))
    return 1 if failed else 0


def inputs(oracle, kind, rng, n, full=False):
    """The fixed inputs (with full, the long run's larger set) and n random
    ones."""
    t = kind[0]
    if is_complex(kind):
        return special_cinputs(oracle, t) + [cdomain(oracle, t, rng) for _ in range(n)]
    return special_inputs(oracle, t, full) + [domain(oracle, t, rng) for _ in range(n)]


def generate(fns, n, seed, merge=False):
    """data/<type>.txt: for each function, '@name bound' then lines of the
    arguments, the correctly rounded result and the exact value's offset
    from it in ulps. With merge (--only), only the sections of fns are
    rewritten and the others kept."""
    out = {"D": [], "F": [], "L": []}
    for name, oracle, kind, bound in fns:
        rng = random.Random("%d %s" % (seed, name))
        t = kind[0]
        # A quarter as many random complex inputs: each has two results, and
        # the sample stays small.
        argsets = inputs(oracle, kind, rng, n // 4 if is_complex(kind) else n)
        lines = out[t]
        lines.append("@%s %g" % (name, bound))
        for args in argsets:
            v = exact(oracle, kind, args)
            res = []
            for x in v if is_complex(kind) else [v]:
                e, frac = round_exact(t, x)
                res.append("%s %.4f" % (encode(t, e), frac))
            lines.append("%s %s" % (arg_text(kind, args), " ".join(res)))
    names = {"D": "double", "F": "float", "L": "ldouble"}
    for t, lines in out.items():
        if not lines:
            continue
        path = os.path.join(HERE, "data", names[t] + ".txt")
        if merge:
            lines = merge_sections(path, lines)
        with open(path, "w") as f:
            f.write("\n".join(lines) + "\n")


def merge_sections(path, lines):
    """The lines of the data file at path with the '@name' sections that
    `lines` holds replaced by those (in the order of functions.h)."""
    def sections(ls):
        out = {}
        for line in ls:
            if line.startswith("@"):
                cur = out.setdefault(line.split()[0], [])
            cur.append(line)
        return out
    with open(path) as f:
        old = sections(f.read().splitlines())
    old.update(sections(lines))
    order = ["@" + f[0] for f in read_functions()]
    return [line for name in order if name in old for line in old[name]]


if __name__ == "__main__":
    sys.exit(main())

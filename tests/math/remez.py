#!/usr/bin/env python3
"""Minimax polynomial fits for the libm kernels (the Remez exchange
algorithm, with mpmath), printed as C hexadecimal constants.

Each kernel's approximation problem is stated once in KERNELS below, in the
form the C code evaluates it; `python3 tests/math/remez.py NAME` reprints its
coefficients and the error bound they reach, `--list` names them.
"""

import sys

import mpmath
from mpmath import mp, mpf

mp.prec = 256


def solve_remez(f, w, powers, a, b, iters=40, grid=4000):
    """Coefficients c of sum c_i x^powers[i] minimising
    max |w(x) (sum - f(x))| on [a, b]; returns (c, max weighted error)."""
    n = len(powers)
    m = n + 1
    # Chebyshev extrema as the first reference.
    ref = [(a + b) / 2 - (b - a) / 2 * mpmath.cos(mpmath.pi * j / (m - 1)) for j in range(m)]
    xs = [a + (b - a) * mpf(j) / grid for j in range(grid + 1)]
    best = None
    for _ in range(iters):
        A = mpmath.matrix(m, m)
        rhs = mpmath.matrix(m, 1)
        for j, x in enumerate(ref):
            for i, k in enumerate(powers):
                A[j, i] = x ** k
            A[j, n] = (-1) ** j / w(x)
            rhs[j] = f(x)
        sol = mpmath.lu_solve(A, rhs)
        c = [sol[i] for i in range(n)]
        err = lambda x: w(x) * (sum(ci * x ** k for ci, k in zip(c, powers)) - f(x))
        es = [err(x) for x in xs]
        # Local extrema of the error, alternating in sign.
        ext = []
        for j in range(len(xs)):
            left = es[j - 1] if j > 0 else None
            right = es[j + 1] if j < len(xs) - 1 else None
            e = es[j]
            if (left is None or abs(e) >= abs(left)) and (right is None or abs(e) >= abs(right)):
                ext.append((xs[j], e))
        alt = []
        for x, e in ext:
            if alt and (alt[-1][1] > 0) == (e > 0):
                if abs(e) > abs(alt[-1][1]):
                    alt[-1] = (x, e)
            else:
                alt.append((x, e))
        while len(alt) > m:
            # Drop the smaller end.
            if abs(alt[0][1]) < abs(alt[-1][1]):
                alt.pop(0)
            else:
                alt.pop()
        maxerr = max(abs(e) for e in es)
        best = (c, maxerr)
        if len(alt) < m:
            break
        newref = [x for x, _ in alt]
        lev = min(abs(e) for _, e in alt)
        ref = newref
        if maxerr - lev < maxerr * mpf(10) ** -6:
            break
    return best


def to_double(c):
    return float(c)


def hexd(x):
    return float(x).hex()


def check(f, w, powers, c, a, b, grid=20000):
    xs = [a + (b - a) * mpf(j) / grid for j in range(grid + 1)]
    return max(abs(w(x) * (sum(mpf(ci) * x ** k for ci, k in zip(c, powers)) - f(x))) for x in xs)


def fit(name, f, w, powers, a, b, fixed=()):
    """Fit, round to double, report."""
    c, e = solve_remez(f, w, powers, mpf(a), mpf(b))
    cd = [to_double(ci) for ci in c]
    e2 = check(f, w, powers, cd, mpf(a), mpf(b))
    print("/* %s on [%s, %s]: minimax error 2^%.1f, with double coefficients 2^%.1f */" % (
        name, mpmath.nstr(mpf(a), 8), mpmath.nstr(mpf(b), 8),
        float(mpmath.log(e, 2)), float(mpmath.log(e2, 2))))
    for k, ci in zip(powers, cd):
        print("\t%s, /* x^%d */" % (hexd(ci), k))
    return cd


def _sin_p(x):
    return (mpmath.sin(x) - x) / x ** 3 if x else mpf(-1) / 6


KERNELS = {}


def kernel(fn):
    KERNELS[fn.__name__] = fn
    return fn


def _q(f, z0):
    """f(x) with its limit z0 at the removable singularity x = 0, evaluated
    with enough extra precision to survive the cancellation near it."""
    def g(x):
        if not x:
            return z0
        extra = max(0, -int(mpmath.log(abs(x), 2))) * 4
        with mpmath.workprec(mp.prec + extra):
            return +f(x)
    return g


@kernel
def exp_poly():
    # exp(r) = 1 + r + r^2 P(r), |r| <= ln2/256 (exp, exp2, exp10, pow).
    h = mpmath.log(2) / 256 * mpf("1.002")
    f = _q(lambda r: (mpmath.exp(r) - 1 - r) / r ** 2, mpf(0.5))
    return fit("exp_poly", f, lambda r: 1, [0, 1, 2, 3], -h, h)


@kernel
def expm1_poly():
    # expm1(x) = x + x^2/2 + x^3 P(x), |x| <= 1/16.
    f = _q(lambda x: (mpmath.expm1(x) - x - x * x / 2) / x ** 3, mpf(1) / 6)
    w = lambda x: x * x
    return fit("expm1_poly", f, lambda x: 1, list(range(8)), mpf(-1) / 16, mpf(1) / 16)


@kernel
def log1p_poly():
    # log1p(r) = r - r^2/2 + r^3 P(r), |r| <= 0.00394 (log, pow).
    h = mpf("0.00394")
    f = _q(lambda r: (mpmath.log1p(r) - r + r * r / 2) / r ** 3, mpf(1) / 3)
    return fit("log1p_poly", f, lambda r: 1, list(range(6)), -h, h)


@kernel
def log1p_poly4():
    # The same with four coefficients, for results of at least 1/4 (log away from 1).
    h = mpf("0.00394")
    f = _q(lambda r: (mpmath.log1p(r) - r + r * r / 2) / r ** 3, mpf(1) / 3)
    return fit("log1p_poly4", f, lambda r: 1, list(range(4)), -h, h)


@kernel
def exp2n_poly():
    # 2^(x/128) = 1 + x P(x), |x| <= 1/2 + 2^-10 (powf's exponential in units of ln2/128).
    h = mpf("0.5") + mpf(2) ** -10
    f = _q(lambda x: (mpmath.exp(x * mpmath.log(2) / 128) - 1) / x, mpmath.log(2) / 128)
    return fit("exp2n_poly", f, lambda x: 1, list(range(3)), -h, h)


@kernel
def sin_poly():
    # sin(r) = r + r^3 P(r^2), |r| <= pi/4 + 2^-17.
    h = (mpmath.pi / 4 + mpf(2) ** -17) ** 2
    f = _q(lambda z: (mpmath.sin(mpmath.sqrt(z)) - mpmath.sqrt(z)) / z ** mpf(1.5), mpf(-1) / 6)
    return fit("sin_poly", f, lambda z: 1, list(range(7)), mpf(0), h)


@kernel
def cos_poly():
    # cos(r) = 1 - r^2/2 + r^4 P(r^2), |r| <= pi/4 + 2^-17.
    h = (mpmath.pi / 4 + mpf(2) ** -17) ** 2
    f = _q(lambda z: (mpmath.cos(mpmath.sqrt(z)) - 1 + z / 2) / z ** 2, mpf(1) / 24)
    return fit("cos_poly", f, lambda z: 1, list(range(7)), mpf(0), h)


@kernel
def atan_poly():
    # atan(x) = x + x^3 P(x^2), |x| <= 1/16.
    h = mpf(1) / 256
    f = _q(lambda z: (mpmath.atan(mpmath.sqrt(z)) - mpmath.sqrt(z)) / z ** mpf(1.5), mpf(-1) / 3)
    return fit("atan_poly", f, lambda z: 1, list(range(7)), mpf(0), h)


@kernel
def atan_poly3():
    # The same with three coefficients for |x| <= 1.01 * 2^-6 (atan2's reduced argument).
    h = (mpf(2) ** -6 * mpf("1.01")) ** 2
    f = _q(lambda z: (mpmath.atan(mpmath.sqrt(z)) - mpmath.sqrt(z)) / z ** mpf(1.5), mpf(-1) / 3)
    return fit("atan_poly3", f, lambda z: 1, list(range(3)), mpf(0), h)


@kernel
def sinh_poly():
    # sinh(x) = x + x^3 P(x^2), |x| <= 1.
    f = _q(lambda z: (mpmath.sinh(mpmath.sqrt(z)) - mpmath.sqrt(z)) / z ** mpf(1.5), mpf(1) / 6)
    return fit("sinh_poly", f, lambda z: 1, list(range(7)), mpf(0), mpf(1))


@kernel
def tanh_poly():
    # tanh(x) = x + x^3 P(x^2), |x| <= 1/8.
    f = _q(lambda z: (mpmath.tanh(mpmath.sqrt(z)) - mpmath.sqrt(z)) / z ** mpf(1.5), mpf(-1) / 3)
    return fit("tanh_poly", f, lambda z: 1, list(range(7)), mpf(0), mpf(1) / 64)


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] == "--list":
        print("\n".join(KERNELS))
    else:
        for name in sys.argv[1:]:
            KERNELS[name]()

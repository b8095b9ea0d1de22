"""Notebook 06 (learning rate and minima): the edge of stable learning rates, many starts at once."""

from __future__ import annotations

import numpy as np

from .core import FAIL, _first_hint, _fmt, _peek, _same, check_function, exercise

_x06 = np.array([1.0, 2.0, 3.0, 4.0])  # the lecture's regression samples
_x06_cases = [
    (_x06,),
    (np.arange(5.0),),
    (np.array([10.0, 20.0, 30.0]),),
    (np.array([-0.5, 0.2, 1.5, -2.0, 0.7]),),
]


def ref_stable_lr(x):
    return len(x) / np.sum(x**2)


@exercise(reference=ref_stable_lr)
def check_stable_lr(fn) -> bool:
    """Notebook 06: ``stable_lr(x)`` = 2 / c = m / sum x^2 with c = (2/m) sum x^2: gradient descent on
    cost(W) = (1/m) sum (W x - y)^2 (no bias) converges for learning rates below it and diverges above."""
    m, sxx = len(_x06), np.sum(_x06**2)
    hint = _first_hint(
        fn,
        _x06,
        [
            (
                m / (2 * sxx),
                "that is 1/c, the learning rate that lands on the minimum in one step; "
                "the edge is twice as far: 2/c.",
            ),
            (
                2 * m / sxx,
                "that is the edge for the slide's update, which drops the 2 of the gradient. The course's "
                "gradient is (2/m) sum (W x - y) x, so c = (2/m) sum x^2 and 2/c = m / sum x^2.",
            ),
            (2 * sxx / m, "that is c itself, the curvature of cost(W); the edge is 2 / c."),
            (m / np.sum(_x06), "square each x first: the curvature has sum x^2, not sum x."),
        ],
    )
    if hint:
        print(f"{FAIL} stable_lr({_fmt(_x06)}): {hint}")
        return False
    return check_function(fn, ref_stable_lr, _x06_cases, name="stable_lr")


def _hessian_wb(x):
    m = len(x)
    return (2.0 / m) * np.array([[np.sum(x**2), np.sum(x)], [np.sum(x), m]])


def ref_stable_lr_wb(x):
    return 2.0 / np.linalg.eigvalsh(_hessian_wb(x))[-1]


@exercise(reference=ref_stable_lr_wb)
def check_stable_lr_wb(fn) -> bool:
    """Notebook 06: ``stable_lr_wb(x)`` = 2 / (largest eigenvalue of the Hessian (2/m)[[sum x^2, sum x],
    [sum x, m]]): the edge of stable learning rates for gradient descent on cost(W, b)."""
    lams = np.linalg.eigvalsh(_hessian_wb(_x06))
    hint = _first_hint(
        fn,
        _x06,
        [
            (
                ref_stable_lr(_x06),
                "that is the edge without a bias, m / sum x^2. With b the Hessian is 2 x 2 and its "
                "largest eigenvalue is bigger than (2/m) sum x^2, so the edge is lower.",
            ),
            (
                2.0 / lams[0],
                "that uses the smallest eigenvalue; the steepest direction, the largest eigenvalue, "
                "sets the edge.",
            ),
            (lams[-1], "that is the largest eigenvalue itself; the edge is 2 / (largest eigenvalue)."),
            (
                1.0 / lams[-1],
                "that is 1 / (largest eigenvalue); the edge is twice that, 2 / (largest eigenvalue).",
            ),
        ],
    )
    if hint:
        print(f"{FAIL} stable_lr_wb({_fmt(_x06)}): {hint}")
        return False
    return check_function(fn, ref_stable_lr_wb, _x06_cases, name="stable_lr_wb")


class _Slope:
    """A derivative that reads well in feedback messages (its name, not an address)."""

    def __init__(self, name, fn):
        self.name, self.fn = name, fn

    def __call__(self, w):
        return self.fn(w)

    def __repr__(self):
        return self.name


_df_quartic = _Slope("df (w^3 - 2w + 0.5)", lambda w: w**3 - 2.0 * w + 0.5)
_df_parabola = _Slope("df (2 (w - 3))", lambda w: 2.0 * (w - 3.0))


def ref_descend_many(df, w0, lr, steps):
    w = np.array(w0, dtype=np.float64)
    for _ in range(steps):
        w = w - lr * df(w)
    return w


@exercise(reference=ref_descend_many)
def check_descend_many(fn) -> bool:
    """Notebook 06: ``descend_many(df, w0, lr, steps)`` runs w := w - lr df(w) ``steps`` times from every
    start in the array ``w0`` at once and returns the final w, one per start."""
    case = (_df_parabola, np.array([-1.0, 0.0, 5.0]), 0.1, 5)
    got = _peek(fn, *case)
    for k, where in ((-1, "one step too few"), (1, "one step too many")):
        if _same(got, ref_descend_many(*case[:3], case[3] + k)):
            print(f"{FAIL} descend_many ran {where}: {case[3]} steps mean {case[3]} updates of w.")
            return False
    if _same(got, ref_descend_many(case[0], case[1], -case[2], case[3])):
        print(f"{FAIL} descend_many went uphill: subtract lr * df(w), do not add it.")
        return False
    cases = [
        case,
        (_df_quartic, np.array([-2.0, -0.5, 0.5, 2.0]), 0.1, 50),
        (_df_quartic, np.linspace(-2.5, 2.5, 11), 0.05, 200),
        (_df_parabola, np.array([7.0]), 0.3, 0),
    ]
    return check_function(fn, ref_descend_many, cases, name="descend_many")

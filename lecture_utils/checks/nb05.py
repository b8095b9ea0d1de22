"""Notebook 05 (gradient descent): gradients, one step, the loop."""

from __future__ import annotations

import warnings

import numpy as np

from .core import FAIL, _x4, _x5, _xr, _y4, _y5, _yr, check_function, exercise


def ref_gradient_w(W, x, y):
    return 2.0 * np.mean((W * x - y) * x)


@exercise(reference=ref_gradient_w)
def check_gradient_w(fn) -> bool:
    """Notebook 05: ``gradient_w(W, x, y)`` returns d cost/dW = (2/m) sum (W x_i - y_i) x_i."""
    cases = [(0.0, _x4, _y4), (2.0, _x4, _y4), (1.0, _x4, _y4), (-0.5, _xr, _yr)]
    return check_function(fn, ref_gradient_w, cases, name="gradient_w")


def ref_gradient_step(W, x, y, lr):
    return W - lr * ref_gradient_w(W, x, y)


@exercise(reference=ref_gradient_step)
def check_gradient_step(fn) -> bool:
    """Notebook 05: ``gradient_step(W, x, y, lr)`` returns W - lr * d cost/dW."""
    hint = _gradient_step_hint(fn) if callable(fn) else None  # defined with the notebook 03-05 checks
    if hint:
        print(f"{FAIL} {hint}")
        return False
    cases = [(0.0, _x4, _y4, 0.01), (2.0, _x4, _y4, 0.1), (1.0, _x4, _y4, 0.1), (-0.5, _xr, _yr, 0.05)]
    return check_function(fn, ref_gradient_step, cases, name="gradient_step")


def ref_gradients_wb(W, b, x, y):
    r = W * x + b - y
    return 2.0 * np.mean(r * x), 2.0 * np.mean(r)


@exercise(reference=ref_gradients_wb)
def check_gradients_wb(fn) -> bool:
    """Notebook 05: ``gradients_wb(W, b, x, y)`` returns (d cost/dW, d cost/db) as a tuple."""
    cases = [(0.0, 0.0, _x4, _y4), (2.0, 1.0, _x4, _y4), (1.0, 0.0, _x4, _y4), (-0.5, 0.3, _xr, _yr)]
    return check_function(fn, ref_gradients_wb, cases, name="gradients_wb")


def _gradient_step_hint(fn) -> str | None:
    """A hint when ``gradient_step`` follows the slide's update, which drops the 2."""
    W, lr = 2.0, 0.1
    slide = W - lr * np.mean((W * _x4 - _y4) * _x4)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            got = fn(W, _x4.copy(), _y4.copy(), lr)
        if np.allclose(float(got), slide) and not np.isclose(slide, ref_gradient_step(W, _x4, _y4, lr)):
            return (
                "that is the slide's update, which drops the 2. The course's cost is (1/m) sum (...)^2, "
                "so dcost/dW = (2/m) sum (W x_i - y_i) x_i: keep the 2."
            )
    except Exception:
        return None
    return None


def ref_gradient_descent(W, b, x, y, lr, steps):
    for _ in range(steps):
        r = W * x + b - y
        W, b = W - lr * 2.0 * np.mean(r * x), b - lr * 2.0 * np.mean(r)
    return W, b


def _descent_hint(fn) -> str | None:
    """Hints for the usual slips in the gradient-descent loop (found by running variants of it)."""
    args = (0.0, 0.0, _x4, _y4 + 2.0, 0.05, 3)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            got = fn(*(a.copy() if isinstance(a, np.ndarray) else a for a in args))
        got = tuple(float(g) for g in got)
    except Exception:
        return None

    def sequential(W, b, x, y, lr, steps):
        for _ in range(steps):
            W = W - lr * 2.0 * np.mean((W * x + b - y) * x)
            b = b - lr * 2.0 * np.mean(W * x + b - y)
        return W, b

    W, b, x, y, lr, steps = args
    slips = [
        (
            ref_gradient_descent(W, b, x, y, lr, steps - 1),
            "one step too few: the loop should run `steps` times",
        ),
        (
            ref_gradient_descent(W, b, x, y, lr, steps + 1),
            "one step too many: the loop should run `steps` times",
        ),
        (
            ref_gradient_descent(W, b, x, y, lr / 2, steps),
            "the steps are half as long: dcost/dW and dcost/db carry the factor 2 (the slide drops it)",
        ),
        (
            sequential(W, b, x, y, lr, steps),
            "b was updated with the new W: compute both gradients from the same (W, b) first, then update both",
        ),
    ]
    for want, text in slips:
        if np.allclose(got, want):
            return text
    return None


@exercise(reference=ref_gradient_descent)
def check_gradient_descent(fn) -> bool:
    """Notebook 05: ``gradient_descent(W, b, x, y, lr, steps)`` runs ``steps`` updates of
    W and b together and returns the final (W, b)."""
    hint = _descent_hint(fn) if callable(fn) else None
    if hint:
        print(f"{FAIL} {hint}.")
        return False
    cases = [
        (0.0, 0.0, _x4, _y4 + 2.0, 0.05, 3),
        (0.0, 0.0, _x5, _y5, 0.01, 1),
        (1.0, 1.0, _xr, _yr, 0.05, 20),
        (0.5, -0.5, _x4, _y4, 0.02, 0),
    ]
    return check_function(fn, ref_gradient_descent, cases, name="gradient_descent")

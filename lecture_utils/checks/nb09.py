"""Notebook 09 (binary classification): MSE of a sigmoid, its limits and its gradient."""

from __future__ import annotations

import numpy as np

from ..activations import _sigmoid
from .core import FAIL, _peek, _same, check_function, exercise

_xb = np.arange(10) / 10  # the lecture's binary table
_yb = np.array([0, 1, 0, 1, 0, 1, 1, 0, 0, 0], dtype=float)
_xs = np.array([-0.5, 0.0, 0.3, 1.2])  # a small set with a negative x and x = 0
_ys = np.array([1.0, 0.0, 1.0, 0.0])


def ref_sigmoid_mse(w, x, y):
    return np.mean((_sigmoid(w * x) - y) ** 2)


@exercise(reference=ref_sigmoid_mse)
def check_sigmoid_mse(fn) -> bool:
    """Notebook 09: ``sigmoid_mse(w, x, y)`` = (1/m) sum (sigmoid(w x_i) - y_i)^2, one number."""
    if isinstance(_peek(fn, -1000.0, _xb, _yb), RuntimeWarning):
        print(
            f"{FAIL} sigmoid_mse(-1000, x, y) overflows in np.exp: use a sigmoid that never overflows "
            "(your stable one from section 3, or lu.sigmoid)."
        )
        return False
    got = _peek(fn, 2.0, _xb, _yb)
    if _same(got, np.mean((2.0 * _xb - _yb) ** 2)):
        print(f"{FAIL} that is the MSE of the line H(x) = w x; put w x through the sigmoid first.")
        return False
    if _same(got, np.mean((1 / (1 + np.exp(2.0 * _xb)) - _yb) ** 2)):
        print(f"{FAIL} that uses 1/(1 + e^(wx)), the slide's sign slip; the sigmoid is 1/(1 + e^(-wx)).")
        return False
    cases = [(0.0, _xb, _yb), (2.0, _xb, _yb), (-1.0, _xb, _yb), (-1000.0, _xb, _yb), (3.0, _xs, _ys)]
    return check_function(fn, ref_sigmoid_mse, cases, name="sigmoid_mse")


def _limit_h(x, sign):
    """sigmoid(w x) as w -> sign * infinity: 1 where sign * x > 0, 0 where < 0, 0.5 at x = 0."""
    return np.where(sign * x > 0, 1.0, np.where(sign * x < 0, 0.0, 0.5))


def ref_mse_limits(x, y):
    return np.mean((_limit_h(x, -1) - y) ** 2), np.mean((_limit_h(x, 1) - y) ** 2)


@exercise(reference=ref_mse_limits)
def check_mse_limits(fn) -> bool:
    """Notebook 09: ``mse_limits(x, y)`` returns (cost as W -> -inf, cost as W -> +inf) for
    H = sigmoid(W x), from the limits of H alone (0, 0.5 or 1 per sample)."""
    got = _peek(fn, _xs, _ys)
    want = ref_mse_limits(_xs, _ys)
    if isinstance(got, tuple | list) and len(got) == 2 and _same(got[0], want[1]) and _same(got[1], want[0]):
        print(f"{FAIL} the two values are swapped: first W -> -inf, then W -> +inf.")
        return False
    if isinstance(got, tuple | list) and len(got) == 2:
        for sign, value in ((-1, got[0]), (1, got[1])):
            for at_zero in (0.0, 1.0):
                wrong = np.where(_xs == 0, at_zero, _limit_h(_xs, sign))
                if _same(value, np.mean((wrong - _ys) ** 2)):
                    print(
                        f"{FAIL} look at x = 0: W * 0 = 0 for every W, so H(0) = sigmoid(0) = 0.5 in both limits."
                    )
                    return False
    cases = [(_xb, _yb), (_xs, _ys), (_xb, 1 - _yb), (np.array([0.0, 0.0]), np.array([0.0, 1.0]))]
    return check_function(fn, ref_mse_limits, cases, name="mse_limits")


def ref_sigmoid_mse_gradient(w, x, y):
    h = _sigmoid(w * x)
    return 2.0 * np.mean((h - y) * h * (1 - h) * x)


@exercise(reference=ref_sigmoid_mse_gradient)
def check_sigmoid_mse_gradient(fn) -> bool:
    """Notebook 09: ``sigmoid_mse_gradient(w, x, y)`` = (2/m) sum (H - y) H (1 - H) x, H = sigmoid(w x)."""
    got = _peek(fn, 2.0, _xb, _yb)
    h = _sigmoid(2.0 * _xb)
    if _same(got, 2.0 * np.mean((h - _yb) * _xb)):
        print(f"{FAIL} the chain rule needs the sigmoid's slope too: multiply by H (1 - H).")
        return False
    if _same(got, np.mean((h - _yb) * _xb)):
        print(f"{FAIL} that is the cross-entropy gradient of notebook 10; for MSE, multiply by 2 H (1 - H).")
        return False
    cases = [(0.0, _xb, _yb), (2.0, _xb, _yb), (-1.0, _xb, _yb), (20.0, _xb, _yb), (1.5, _xs, _ys)]
    return check_function(fn, ref_sigmoid_mse_gradient, cases, name="sigmoid_mse_gradient")

"""Notebook 04 (the cost function): MSE, MAE and cost(W, b)."""

from __future__ import annotations

import numpy as np

from .core import _x4, _x5, _xr, _y4, _y5, _yr, check_function, exercise


def ref_mse(h, y):
    return np.mean((h - y) ** 2)


@exercise(reference=ref_mse)
def check_mse(fn) -> bool:
    """Notebook 04: ``mse(h, y)`` returns (1/m) sum (h - y)^2 as one number."""
    cases = [(_x5 * 0.5, _y5), (_y5.copy(), _y5), (_xr, _yr), (np.array([3.0]), np.array([1.0]))]
    return check_function(fn, ref_mse, cases, name="mse")


def ref_mae(h, y):
    return np.mean(np.abs(h - y))


@exercise(reference=ref_mae)
def check_mae(fn) -> bool:
    """Notebook 04: ``mae(h, y)`` returns (1/m) sum |h - y| as one number."""
    cases = [(_x5 * 0.5, _y5), (_y5 * 2, _y5), (_xr, _yr), (np.array([-3.0]), np.array([1.0]))]
    return check_function(fn, ref_mae, cases, name="mae")


def ref_cost(W, b, x, y):
    return np.mean((W * x + b - y) ** 2)


@exercise(reference=ref_cost)
def check_cost(fn) -> bool:
    """Notebook 04: ``cost(W, b, x, y)`` returns the MSE of H(x) = W x + b on (x, y)."""
    cases = [(1.0, 0.0, _x5, _y5), (0.0, 0.0, _x5, _y5), (2.0, -1.0, _xr, _yr), (0.5, 0.5, _x4, _y4)]
    return check_function(fn, ref_cost, cases, name="cost")

"""Notebook 10 (cross entropy, logistic regression): cross entropy, gradients, softmax."""

from __future__ import annotations

import numpy as np

from ..activations import _sigmoid
from .core import _xr, _yr, check_function, exercise


def ref_cross_entropy(p, y):
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))


@exercise(reference=ref_cross_entropy)
def check_cross_entropy(fn) -> bool:
    """Notebook 10: ``cross_entropy(p, y)`` = -(1/m) sum [y log p + (1 - y) log(1 - p)]."""
    y = np.array([0.0, 1.0, 0.0, 1.0])
    cases = [
        (np.array([0.1, 0.9, 0.2, 0.7]), y),
        (np.full(4, 0.5), y),
        (np.array([0.9, 0.1, 0.8, 0.3]), y),
        (np.array([0.999]), np.array([1.0])),
    ]
    return check_function(fn, ref_cross_entropy, cases, name="cross_entropy")


def ref_logistic_gradients(w, b, x, y):
    r = _sigmoid(w * x + b) - y
    return np.mean(r * x), np.mean(r)


@exercise(reference=ref_logistic_gradients)
def check_logistic_gradients(fn) -> bool:
    """Notebook 10: ``gradients(w, b, x, y)`` for cross entropy: (mean((H - y) x), mean(H - y))."""
    xb = np.arange(10) / 10
    yb = np.array([0, 1, 0, 1, 0, 1, 1, 0, 0, 0], dtype=float)
    cases = [(0.0, 0.0, xb, yb), (2.0, -1.0, xb, yb), (-3.0, 0.5, _xr, (_yr > 0.5).astype(float))]
    return check_function(fn, ref_logistic_gradients, cases, name="gradients")


def ref_softmax(z):
    e = np.exp(z - np.max(z))
    return e / e.sum()


@exercise(reference=ref_softmax)
def check_softmax(fn) -> bool:
    """Notebook 10: ``softmax(z)`` = e^z / sum e^z for a 1-D z, stable for large z."""
    cases = [(np.array([1.0, 2.0, 3.0]),), (np.zeros(4),), (np.array([1000.0, 999.0, -1000.0]),)]
    return check_function(fn, ref_softmax, cases, name="softmax")

"""Notebook 07 (multivariable regression): predictions and gradients with matrices, a null vector."""

from __future__ import annotations

import warnings

import numpy as np

from .core import _X34, FAIL, PASS, _fmt, _peek, check_function, exercise


def ref_predict_matrix(X, w, b):
    return X @ w + b


@exercise(reference=ref_predict_matrix)
def check_predict_matrix(fn) -> bool:
    """Notebook 07: ``predict(X, w, b)`` returns H(X) = X W + b, one value per row (sample)."""
    w3 = np.array([0.5, -1.0, 2.0])
    cases = [(_X34, w3, 0.0), (_X34, w3, 1.5), (_X34, np.zeros(3), -2.0), (_X34[:1], w3, 0.25)]
    return check_function(fn, ref_predict_matrix, cases, name="predict")


def ref_gradients_matrix(X, w, b, y):
    r = X @ w + b - y
    return 2.0 * X.T @ r / len(y), 2.0 * np.mean(r)


@exercise(reference=ref_gradients_matrix)
def check_gradients_matrix(fn) -> bool:
    """Notebook 07: ``gradients(X, w, b, y)`` returns (dw of shape (n,), db) for the MSE cost."""
    w3, y4 = np.array([0.5, -1.0, 2.0]), np.array([1.0, 0.0, -1.0, 2.0])
    cases = [
        (_X34, w3, 0.0, y4),
        (_X34, np.zeros(3), 0.0, y4),
        (_X34, w3, 1.0, y4),
        (_X34, -w3, -0.5, y4 * 3),
    ]
    return check_function(fn, ref_gradients_matrix, cases, name="gradients")


def _null_cases():
    from ..data import load_multivariable

    X, _ = load_multivariable()
    rng = np.random.default_rng(6)
    return [
        np.column_stack([X, np.ones(len(X))]),
        np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 7.0]]),
        rng.standard_normal((3, 5)),
    ]


@exercise()
def check_null_vector(fn) -> bool:
    """Notebook 07: ``null_vector(A)`` returns a nonzero vector v with A @ v = 0 (any length, either sign),
    for a matrix A with fewer independent rows than columns."""
    if not callable(fn):
        print(f"{FAIL} pass your function itself, e.g. check(null_vector), not {_fmt(fn)}")
        return False
    cases = _null_cases()
    for A in cases:
        where = f"null_vector(A of shape {A.shape})"
        got = _peek(fn, A)
        if isinstance(got, Exception):
            print(f"{FAIL} {where} raised {type(got).__name__}: {got}")
            return False
        if got is None:
            print(f"{FAIL} {where} returned None: did you forget `return`?")
            return False
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                g = np.asarray(got, dtype=np.float64)
        except (TypeError, ValueError, Warning):
            print(f"{FAIL} {where} returned {_fmt(got)}; expected a vector of numbers")
            return False
        n = A.shape[1]
        if g.shape != (n,):
            more = (
                " (one entry per column of A: per unknown, not per sample)"
                if g.shape == (A.shape[0],)
                else ""
            )
            print(f"{FAIL} {where} returns shape {g.shape}, expected ({n},){more}")
            return False
        if not np.all(np.isfinite(g)):
            print(f"{FAIL} {where} returned NaN or inf: {_fmt(g)}")
            return False
        size = float(np.linalg.norm(g))
        if size < 1e-10:
            print(f"{FAIL} {where} returned the zero vector: A @ 0 = 0 always; find a nonzero v.")
            return False
        residual = float(np.linalg.norm(A @ g))
        if residual > 1e-8 * size * float(np.linalg.norm(A)):
            _, _, Vt = np.linalg.svd(A)
            first = abs(float(Vt[0] @ g)) > 0.99 * size
            hint = " Take the LAST row of Vt from np.linalg.svd(A), not the first." if first else ""
            print(f"{FAIL} {where}: A @ v = {_fmt(A @ g)}, not 0.{hint}")
            return False
    print(f"{PASS} null_vector passed all {len(cases)} checks.")
    return True

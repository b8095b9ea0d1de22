"""Notebook 01 (getting started): numpy shapes, sums of products, centring columns."""

from __future__ import annotations

import numpy as np

from .core import _X34, FAIL, PASS, _no_loop, _peek, _same, _x4, _xr, _y4, _yr, check_function, exercise

#: notebook 01: the arrays of the shapes quiz, and a hint for each expression
SHAPES_QUIZ_ARRAYS = {"x": np.arange(4.0), "X": np.ones((5, 3)), "w": np.ones(3)}
_SHAPE_HINTS = {
    "x * 2": "an operation with a single number keeps the shape of the array.",
    "X.T": "the transpose swaps rows and columns.",
    "X + w": "w (3,) is repeated over the 5 rows of X (5, 3): broadcasting gives the bigger shape.",
    "X @ w": "(5, 3) @ (3,) sums over the shared length 3 and leaves one number per row of X.",
    "X.mean(axis=0)": "axis=0 averages down the rows, leaving one mean per column.",
    "x[:, None] * x": "x[:, None] is a column (4, 1); times the row x (4,) it broadcasts to a grid.",
    "X.sum()": "without an axis, sum adds every entry into one number; a number's shape is the empty tuple ().",
}


def _as_shape(value):
    import ast

    if isinstance(value, str):
        try:
            value = ast.literal_eval(value.strip())
        except (ValueError, SyntaxError):
            return None
    if isinstance(value, int | np.integer):
        return (int(value),)
    try:
        return tuple(int(v) for v in value)
    except (TypeError, ValueError):
        return None


@exercise()
def check_shapes(answers) -> bool:
    """Notebook 01: ``answers`` maps each quiz expression to the shape it gives, e.g. {"x * 2": (4,), ...}."""
    if not isinstance(answers, dict):
        print(f"{FAIL} answers should be a dict like {{'x * 2': (4,)}}; got {type(answers).__name__}")
        return False
    # the quiz's own expressions (fixed strings above), run on the quiz's arrays
    want = {e: np.shape(eval(e, {"np": np}, dict(SHAPES_QUIZ_ARRAYS))) for e in _SHAPE_HINTS}
    missing = [e for e in want if answers.get(e) is None]
    if len(missing) == len(want):
        print(f"{FAIL} replace each None with the shape you predict, e.g. (4,) or (5, 3).")
        return False
    if missing:
        print(f"{FAIL} no answer yet for {', '.join(repr(e) for e in missing)}.")
        return False
    wrong = [e for e in want if _as_shape(answers[e]) != want[e]]
    if wrong:
        lines = [f"{FAIL} {len(wrong)} of {len(want)} shapes are not right yet."]
        for e in wrong:
            lines.append(f"  {e}: not {answers[e]!r}. Hint: {_SHAPE_HINTS[e]}")
        print("\n".join(lines))
        return False
    print(f"{PASS} all {len(want)} shapes are right.")
    return True


def ref_sum_of_products(x, y):
    return np.sum(x * y)


@exercise(reference=ref_sum_of_products)
def check_sum_of_products(fn) -> bool:
    """Notebook 01: ``sum_of_products(x, y)`` returns x[0] y[0] + x[1] y[1] + ..., one number, with no loop."""
    cases = [
        (np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0, 6.0])),
        (_x4, _y4),
        (_xr, _yr),
        (np.array([2.5]), np.array([-2.0])),
    ]
    return check_function(fn, ref_sum_of_products, cases, name="sum_of_products", extra=_no_loop)


def ref_center_columns(X):
    return X - X.mean(axis=0)


@exercise(reference=ref_center_columns)
def check_center_columns(fn) -> bool:
    """Notebook 01: ``center_columns(X)`` subtracts each column's mean, so every column averages 0."""
    got = _peek(fn, _X34)
    if isinstance(got, ValueError) and "broadcast" in str(got):
        print(
            f"{FAIL} center_columns(X) raised ValueError: {got}. One mean per column has shape (n,): "
            "X.mean(axis=0); X.mean(axis=1) gives one mean per row, which does not line up with the columns."
        )
        return False
    if _same(got, _X34 - _X34.mean()):
        print(f"{FAIL} you subtracted the mean of all entries; subtract each column's mean: X.mean(axis=0).")
        return False
    if _same(got, _X34 - _X34.mean(axis=1, keepdims=True)):
        print(f"{FAIL} each row now averages 0, not each column: take the mean down the rows, axis=0.")
        return False
    if _same(got, _X34.mean(axis=0)):
        print(f"{FAIL} that is the column means; subtract them from X: X - X.mean(axis=0).")
        return False
    cases = [(_X34,), (np.arange(12.0).reshape(3, 4),), (np.array([[1.0, -2.0, 3.0]]),), (np.ones((2, 2)),)]
    return check_function(fn, ref_center_columns, cases, name="center_columns", extra=_no_loop)

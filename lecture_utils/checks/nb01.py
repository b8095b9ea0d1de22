"""Notebook 01 (getting started): numpy shapes, sums of products, centring columns."""

from __future__ import annotations

import ast

import numpy as np

from ..i18n import N_, _
from .core import (
    _X34,
    FAIL,
    NO_LOOP_SAYS,
    PASS,
    Mistake,
    _code_loops,
    _no_loop,
    _notebook_functions,
    _quiz_mistake,
    _x4,
    _xr,
    _y4,
    _yr,
    check_function,
    exercise,
)

# ---------------------------------------------------------------------------
# Exercise 1: predict shapes

#: notebook 01: the arrays of the shapes quiz, and a hint for each expression
SHAPES_QUIZ_ARRAYS = {"x": np.arange(4.0), "X": np.ones((5, 3)), "w": np.ones(3)}
_SHAPE_HINTS = {
    "x * 2": N_("an operation with a single number keeps the shape of the array."),
    "X.T": N_("the transpose swaps rows and columns."),
    "X + w": N_("w (3,) is repeated over the 5 rows of X (5, 3): broadcasting gives the bigger shape."),
    "X @ w": N_("(5, 3) @ (3,) sums over the shared length 3 and leaves one number per row of X."),
    "X.mean(axis=0)": N_("axis=0 averages down the rows, leaving one mean per column."),
    "x[:, None] * x": N_("x[:, None] is a column (4, 1); times the row x (4,) it broadcasts to a grid."),
    "X.sum()": N_(
        "without an axis, sum adds every entry into one number; a number's shape is the empty tuple ()."
    ),
}
# the quiz's own expressions (fixed strings above), run on the quiz's arrays
_SHAPES = {e: np.shape(eval(e, {"np": np}, dict(SHAPES_QUIZ_ARRAYS))) for e in _SHAPE_HINTS}


def _as_shape(value):
    if isinstance(value, str):
        try:
            value = ast.literal_eval(value.strip())
        except (ValueError, SyntaxError):
            return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | np.integer):
        return (int(value),)
    try:
        return tuple(int(v) for v in value)
    except (TypeError, ValueError, OverflowError):
        return None


def _shapes_with(expression, shape):
    return ({**_SHAPES, expression: shape},)


SHAPES_MISTAKES = [
    Mistake(
        N_("X.T is not (5, 3): the transpose swaps rows and columns, so (5, 3) becomes (3, 5)."),
        answer=_shapes_with("X.T", (5, 3)),
    ),
    Mistake(
        N_(
            "X @ w is not (5, 3): the matrix product sums over the shared length 3, so (5, 3) @ (3,) leaves one "
            "number per row of X: (5,). Elementwise X * w would keep (5, 3)."
        ),
        answer=_shapes_with("X @ w", (5, 3)),
    ),
    Mistake(
        N_("X @ w is not (3,): the shared length 3 is summed away; what stays is the 5 rows of X: (5,)."),
        answer=_shapes_with("X @ w", (3,)),
    ),
    Mistake(
        N_(
            "X.mean(axis=0) is not (5,): axis=0 is the axis that disappears. Averaging down the 5 rows leaves one "
            "mean per column: (3,). axis=1 would give one mean per row, (5,)."
        ),
        answer=_shapes_with("X.mean(axis=0)", (5,)),
    ),
    Mistake(
        N_(
            "x[:, None] * x is not (4,): x[:, None] is a column of shape (4, 1); times the row x (4,) broadcasting "
            "stretches both into a (4, 4) grid, every x[i] * x[j]."
        ),
        answer=_shapes_with("x[:, None] * x", (4,)),
    ),
    Mistake(
        N_(
            "X.sum() is not (1,): without an axis, sum adds all 15 entries into a single number, and a single "
            "number's shape is the empty tuple ()."
        ),
        answer=_shapes_with("X.sum()", (1,)),
    ),
    Mistake(
        N_(
            "X + w is not an error and not (3,): w (3,) lines up with the last axis of X (5, 3) and is repeated "
            "over the 5 rows, so the result has X's shape (5, 3)."
        ),
        answer=_shapes_with("X + w", (3,)),
    ),
    Mistake(
        N_(
            "X + w works, it is no error: the shapes are compared from the right, w's 3 matches X's 3 columns, "
            "and w is repeated over the 5 rows (broadcasting). The result has X's shape (5, 3)."
        ),
        answer=_shapes_with("X + w", "error"),
    ),
    Mistake(
        N_(
            "x * 2 is not (8,): on a numpy array, * 2 doubles every number and keeps the shape (4,). It is a "
            "Python list that * 2 repeats (section 3)."
        ),
        answer=_shapes_with("x * 2", (8,)),
    ),
    Mistake(
        N_(
            "X @ w is not (5, 1): numpy gives a 1-D result, one number per row of X, shape (5,); it is not "
            "turned into a column."
        ),
        answer=_shapes_with("X @ w", (5, 1)),
    ),
    Mistake(
        N_(
            "X.mean(axis=0) is not (1, 3): the axis you average over disappears, so (5, 3) becomes (3,). "
            "(1, 3) would need keepdims=True."
        ),
        answer=_shapes_with("X.mean(axis=0)", (1, 3)),
    ),
    Mistake(
        N_(
            "x[:, None] * x is not (4, 1): (4, 1) is the shape of x[:, None] alone. Times the row x (4,), "
            "broadcasting stretches its 1 to 4: a (4, 4) grid."
        ),
        answer=_shapes_with("x[:, None] * x", (4, 1)),
    ),
    Mistake(
        N_(
            "X.sum() is not 15: 15 is its value (5 x 3 ones added up), and the quiz asks for its shape. One "
            "number has the shape ()."
        ),
        answer=_shapes_with("X.sum()", (15,)),
    ),
]


def _shape_or_error(value):
    """A shape as a tuple; "error" for a text that says the expression fails; else None."""
    shape = _as_shape(value)
    if shape is None and isinstance(value, str) and "error" in value.lower():
        return "error"
    return shape


@exercise(mistakes=SHAPES_MISTAKES)
def check_shapes(answers) -> bool:
    """Notebook 01: ``answers`` maps each quiz expression to the shape it gives, e.g. {"x * 2": (4,), ...}."""
    if not isinstance(answers, dict):
        print(
            _(FAIL),
            _("answers should be a dict like {{'x * 2': (4,)}}; got {type}").format(
                type=type(answers).__name__
            ),
        )
        return False
    missing = [e for e in _SHAPES if answers.get(e) is None]
    if len(missing) == len(_SHAPES):
        print(_(FAIL), _("replace each None with the shape you predict, e.g. (4,) or (5, 3)."))
        return False
    if missing:
        print(_(FAIL), _("no answer yet for {names}.").format(names=", ".join(repr(e) for e in missing)))
        return False
    wrong = [e for e in _SHAPES if _as_shape(answers[e]) != _SHAPES[e]]
    if wrong:
        lines = [
            _(FAIL)
            + " "
            + _("{wrong} of {total} shapes are not right yet.").format(wrong=len(wrong), total=len(_SHAPES))
        ]
        for e in wrong:
            known = _quiz_mistake(e, answers[e], _SHAPES, SHAPES_MISTAKES, norm=_shape_or_error)
            if known:
                lines.append(f"  {known.says}")
            elif _as_shape(answers[e]) is None:
                lines.append(
                    "  "
                    + _(
                        "{expr}: {answer!r} is not a shape; write a tuple like (4,) or (5, 3), or ()."
                    ).format(expr=e, answer=answers[e])
                )
            else:
                lines.append(
                    "  "
                    + _("{expr}: not {answer!r}. Hint: {hint}").format(
                        expr=e, answer=answers[e], hint=_(_SHAPE_HINTS[e])
                    )
                )
        print("\n".join(lines))
        return False
    print(_(PASS), _("all {n} shapes are right.").format(n=len(_SHAPES)))
    return True


# ---------------------------------------------------------------------------
# Exercise 2: from a loop to numpy


def ref_sum_of_products(x, y):
    return np.sum(x * y)


def _sum_of_products_loop(x, y):
    total = 0.0
    for i in range(len(x)):
        total = total + x[i] * y[i]
    return total


SUM_OF_PRODUCTS_MISTAKES = [
    Mistake(
        N_(
            "x * y multiplies element by element but does not add up: one number is asked for, np.sum(x * y)."
        ),
        fn=lambda x, y: x * y,
    ),
    Mistake(
        N_(
            "that adds x up and y up, then multiplies the two sums: (x0 + x1 + ...) (y0 + y1 + ...). Multiply "
            "first, pair by pair, then add: np.sum(x * y)."
        ),
        fn=lambda x, y: np.sum(x) * np.sum(y),
    ),
    Mistake(
        N_(
            "that is the mean of the products, not their sum: np.mean divides by the number of entries; "
            "use np.sum(x * y)."
        ),
        fn=lambda x, y: np.mean(x * y),
    ),
    Mistake(
        N_(
            "that adds x[i] + y[i]; the exercise multiplies each pair, x[i] * y[i], then adds: np.sum(x * y)."
        ),
        fn=lambda x, y: np.sum(x + y),
    ),
    Mistake(
        N_(
            "np.cumsum gives the running totals, one per entry; the exercise asks for the one total: np.sum(x * y)."
        ),
        fn=lambda x, y: np.cumsum(x * y),
    ),
    Mistake(NO_LOOP_SAYS, fn=_sum_of_products_loop),
]


def _no_loop_here(fn) -> str | None:
    """Like _no_loop, but a function that only calls the notebook's loop version is told so."""
    code = getattr(fn, "__code__", None)
    if code is not None and "sum_of_products_loop" in _notebook_functions(fn) and not _code_loops(code):
        return _(
            "the values are right, but the function calls sum_of_products_loop, the loop of the exercise; "
            "write the sum itself with numpy operations only."
        )
    return _no_loop(fn)


@exercise(reference=ref_sum_of_products, mistakes=SUM_OF_PRODUCTS_MISTAKES)
def check_sum_of_products(fn) -> bool:
    """Notebook 01: ``sum_of_products(x, y)`` returns x[0] y[0] + x[1] y[1] + ..., one number, with no loop."""
    cases = [
        (np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0, 6.0])),
        (_x4, _y4),
        (_xr, _yr),
        (np.array([2.5]), np.array([-2.0])),
    ]
    return check_function(
        fn,
        ref_sum_of_products,
        cases,
        name="sum_of_products",
        mistakes=SUM_OF_PRODUCTS_MISTAKES,
        extra=_no_loop_here,
    )


# ---------------------------------------------------------------------------
# Exercise 3: center the columns


def ref_center_columns(X):
    return X - X.mean(axis=0)


def _center_columns_loop(X):
    out = X.copy()
    for j in range(X.shape[1]):
        out[:, j] = X[:, j] - X[:, j].mean()
    return out


CENTER_COLUMNS_MISTAKES = [
    Mistake(
        N_(
            "you subtracted the mean of all entries, X.mean(); each column needs its own mean: X.mean(axis=0)."
        ),
        fn=lambda X: X - X.mean(),
    ),
    Mistake(
        N_(
            "X.mean(axis=1) is one mean per row, shape (m,): it does not line up with the columns (broadcasting "
            "fails, or on some shapes subtracts the wrong numbers). One mean per column is X.mean(axis=0), shape (n,)."
        ),
        fn=lambda X: X - X.mean(axis=1),
    ),
    Mistake(
        N_(
            "each row now averages 0, not each column: X.mean(axis=1, keepdims=True) averages across a row. Take "
            "the mean down the rows, axis=0."
        ),
        fn=lambda X: X - X.mean(axis=1, keepdims=True),
    ),
    Mistake(
        N_("that is the column means themselves; subtract them from X: X - X.mean(axis=0)."),
        fn=lambda X: X.mean(axis=0),
    ),
    Mistake(
        N_("you divided by the column means; centring subtracts them: X - X.mean(axis=0)."),
        fn=lambda X: X / X.mean(axis=0),
    ),
    Mistake(
        N_(
            "you also divided by each column's standard deviation (that is standardising); centring only "
            "subtracts the column means: X - X.mean(axis=0)."
        ),
        fn=lambda X: (X - X.mean(axis=0)) / X.std(axis=0),
    ),
    Mistake(
        N_(
            "that is the column means minus X: the sign of every value is flipped. Subtract the means from X: "
            "X - X.mean(axis=0)."
        ),
        fn=lambda X: X.mean(axis=0) - X,
    ),
    Mistake(
        N_(
            "you subtracted each column's sum, X.sum(axis=0); centring subtracts each column's mean: "
            "X - X.mean(axis=0)."
        ),
        fn=lambda X: X - X.sum(axis=0),
    ),
    Mistake(
        N_(
            "the function returns X unchanged: a line such as `X - X.mean(axis=0)` computes a new array, but "
            "nothing keeps it. Return it: return X - X.mean(axis=0)."
        ),
        fn=lambda X: X,
    ),
    Mistake(
        N_(
            "X.mean(axis=0)[:, None] stands the column means up as a column, so they no longer line up with "
            "the columns of X. Leave them as they are, shape (n,): X - X.mean(axis=0)."
        ),
        fn=lambda X: X - X.mean(axis=0)[:, None],
    ),
    Mistake(NO_LOOP_SAYS, fn=_center_columns_loop),
]


@exercise(reference=ref_center_columns, mistakes=CENTER_COLUMNS_MISTAKES)
def check_center_columns(fn) -> bool:
    """Notebook 01: ``center_columns(X)`` subtracts each column's mean, so every column averages 0."""
    cases = [
        (_X34,),
        (np.arange(12.0).reshape(3, 4),),
        (np.array([[1.0, -2.0, 3.0]]),),
        (np.array([[1.0, 2.0], [3.0, 8.0]]),),
    ]
    return check_function(
        fn, ref_center_columns, cases, name="center_columns", mistakes=CENTER_COLUMNS_MISTAKES, extra=_no_loop
    )


# ---------------------------------------------------------------------------
# Prediction before the first slider (section 9): where the line y = W x ends at the figure's edge

from .core import prediction  # noqa: E402  (kept beside the prediction it registers)

#: the W the prediction asks about, and the figure's right edge (line_explorer draws x from -2 to 2)
_NEW_W, _EDGE_X = -2.0, 2.0


@prediction(
    why=N_(
        "y = W x multiplies every x by W: at x = 2 the line is at W times 2, so -2 × 2 = -4. A negative W "
        "makes the line go down from left to right, and the larger |W|, the steeper it is."
    ),
    mistakes=[
        Mistake(
            N_("the sign is lost: W is negative and x = 2 is positive, so their product W x is negative."),
            answer=(4.0,),
        ),
        Mistake(N_("-2 is W alone; the line's height is W times x, and x = 2 here: -2 × 2."), answer=(-2.0,)),
        Mistake(
            N_("-1 is W divided by x; y = W x multiplies: -2 × 2."),
            answer=(-1.0,),
        ),
        Mistake(
            N_(
                "0 is where every line y = W x passes at x = 0, whatever W is; at x = 2 the line is at W × 2."
            ),
            answer=(0.0,),
        ),
    ],
)
def check_prediction_line_end():
    """Notebook 01: with W = -2, where is the line y = W x at the figure's right edge, x = 2?"""
    return _NEW_W * _EDGE_X

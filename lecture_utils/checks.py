"""Instant feedback on a learner's exercise code.

``check_xxx(your_function)`` calls your function on several inputs (edge
cases included), compares with the course's reference and prints what is
wrong, as specifically as it can ("returns shape (4,), expected a number";
"off by a factor of 2"). It never raises on a wrong answer: it prints, and
returns True when every case passes, False otherwise.
"""

from __future__ import annotations

import functools
import warnings

import numpy as np

from .activations import _sigmoid

PASS = "Correct!"
FAIL = "Not yet:"


def _fmt(value) -> str:
    if isinstance(value, np.ndarray):
        return np.array2string(value, precision=4, threshold=8, suppress_small=True)
    if isinstance(value, float):
        return f"{value:.6g}"
    return repr(value)


def _call_repr(name, args) -> str:
    return f"{name}({', '.join(_fmt(a) for a in args)})"


def _as_result(value):
    """Numbers, arrays and tuples of them become float arrays / tuples of arrays."""
    if isinstance(value, tuple):
        return tuple(_as_result(v) for v in value)
    return np.asarray(value, dtype=np.float64)


def _diagnose(got, want, where) -> str | None:
    """A specific message when ``got`` differs from ``want``; None when they agree."""
    if got is None:
        return f"{where} returned None: did you forget `return`?"
    if isinstance(want, tuple):
        if not isinstance(got, tuple | list) or len(got) != len(want):
            return f"{where} should return {len(want)} values (a tuple); got {_fmt(got)}"
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            msg = _diagnose(g, w, f"{where}, value {i + 1} of {len(want)},")
            if msg:
                return msg
        return None
    try:
        if np.iscomplexobj(got):  # casting would warn and drop the imaginary part
            return f"{where} returned complex numbers {_fmt(got)}; expected real numbers"
        g = np.asarray(got, dtype=np.float64)
    except (TypeError, ValueError):
        return f"{where} returned {type(got).__name__} {_fmt(got)}; expected numbers"
    if g.shape != want.shape:
        expected = "a single number" if want.ndim == 0 else f"shape {want.shape}"
        hint = ""
        if want.ndim == 0 and g.size > 1:
            hint = ": did you forget to sum or average over the samples?"
        elif g.ndim == 0 and want.ndim > 0:
            hint = ": one value per sample was expected; did you sum too early?"
        return f"{where} returns shape {g.shape}, expected {expected}{hint}"
    if not np.all(np.isfinite(g)) and np.all(np.isfinite(want)):
        return f"{where} returned NaN or inf ({_fmt(g)}); expected {_fmt(want)}"
    if np.allclose(g, want, rtol=1e-6, atol=1e-9):
        return None
    nz = np.abs(want) > 1e-12
    if nz.any() and np.all(np.abs(g[~nz]) < 1e-9):
        with np.errstate(all="ignore"):  # a huge wrong answer must not overflow here
            ratio = g[nz] / want[nz]
        if np.allclose(ratio, ratio.flat[0], rtol=1e-6):
            r = float(ratio.flat[0])
            for factor, text in (
                (
                    2.0,
                    "twice the expected value: off by a factor of 2. Did you divide by m instead of 2m, or keep a 2 the formula does not have?",
                ),
                (
                    0.5,
                    "half the expected value: off by a factor of 2. Did you divide by 2m instead of m, or drop the 2 from the derivative of the square?",
                ),
                (
                    -1.0,
                    "the right size but the wrong sign: check H(x) - y against y - H(x), or a missing minus sign.",
                ),
            ):
                if np.isclose(r, factor):
                    return f"{where} returned {_fmt(g)}: {text}"
            if want.size > 1 or want.ndim == 0:
                return f"{where} returned {_fmt(g)}, which is {r:.4g} times the expected {_fmt(want)}: a constant factor is off (1/m?)"
    return f"{where} returned {_fmt(g)}; expected {_fmt(want)}"


def check_function(learner_fn, reference_fn, cases, *, name=None, extra=None) -> bool:
    """Compare ``learner_fn(*args)`` with ``reference_fn(*args)`` for each args tuple in ``cases``.

    ``extra(learner_fn)`` may return a message for a problem the comparison cannot see.
    Prints one line of feedback; returns True when all cases pass.
    """
    name = name or getattr(reference_fn, "__name__", "function")
    if not callable(learner_fn):
        print(f"{FAIL} pass your function itself, e.g. check(my_function), not {_fmt(learner_fn)}")
        return False
    for args in cases:
        where = _call_repr(getattr(learner_fn, "__name__", name), args)
        copies = tuple(a.copy() if isinstance(a, np.ndarray) else a for a in args)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                got = learner_fn(*copies)
        except Warning as w:
            print(f"{FAIL} {where} caused a {type(w).__name__}: {w}. Find a form that avoids it.")
            return False
        except Exception as exc:  # the learner's error, reported instead of raised
            print(f"{FAIL} {where} raised {type(exc).__name__}: {exc}")
            return False
        for a, c in zip(args, copies, strict=True):
            if isinstance(a, np.ndarray) and not np.array_equal(a, c):
                print(f"{FAIL} {where} changed its input array in place; compute a new array instead.")
                return False
        msg = _diagnose(
            got if not isinstance(got, list) else tuple(got), _as_result(reference_fn(*args)), where
        )
        if msg:
            print(f"{FAIL} {msg}")
            return False
    if extra is not None:
        msg = extra(learner_fn)
        if msg:
            print(f"{FAIL} {msg}")
            return False
    print(f"{PASS} {name} passed all {len(cases)} checks.")
    return True


def check_answers(answers: dict, expected: dict, *, name="answers", explain=None) -> bool:
    """Compare a dict of answers with the expected ones, key by key (for sorting exercises).

    ``explain`` maps a key to a sentence shown when that answer is wrong.
    """
    if not isinstance(answers, dict):
        print(f"{FAIL} answers should be a dict like {{'example': 'label'}}; got {type(answers).__name__}")
        return False
    missing = [k for k in expected if k not in answers]
    if missing:
        print(f"{FAIL} no answer yet for: {', '.join(map(str, missing))}")
        return False
    norm = {k: str(a).strip().lower() for k, a in answers.items()}
    wrong = [k for k, want in expected.items() if norm[k] != str(want).strip().lower()]
    if wrong:
        k = wrong[0]
        why = f" {explain[k]}" if explain and k in explain else ""
        print(f"{FAIL} {len(wrong)} of {len(expected)} wrong. '{k}' is not '{answers[k]}'.{why}")
        return False
    print(f"{PASS} all {len(expected)} {name} are right.")
    return True


# ---------------------------------------------------------------------------
# Reference implementations (the course's formulas) and their checks

_rng = np.random.default_rng(7)
_X34 = np.array([[1.0, 2.0, 0.5], [0.0, -1.0, 2.0], [3.0, 1.0, 1.0], [-2.0, 0.5, 4.0]])
_x4, _y4 = np.array([1.0, 2.0, 3.0, 4.0]), np.array([1.0, 2.0, 3.0, 4.0])
_x5, _y5 = np.arange(5.0), np.arange(5.0)
_xr, _yr = _rng.uniform(-2, 3, 7), _rng.uniform(-1, 2, 7)


def ref_hypothesis(W, b, x):
    return W * x + b


def check_hypothesis(fn) -> bool:
    """Notebook 03: ``hypothesis(W, b, x)`` returns H(x) = W x + b for every x."""
    cases = [(1.0, 0.0, _x4), (2.0, 1.0, _x4), (0.5, -1.0, _xr), (0.0, 3.0, np.array([5.0]))]
    return check_function(fn, ref_hypothesis, cases, name="hypothesis")


def ref_mse(h, y):
    return np.mean((h - y) ** 2)


def check_mse(fn) -> bool:
    """Notebook 04: ``mse(h, y)`` returns (1/m) sum (h - y)^2 as one number."""
    cases = [(_x5 * 0.5, _y5), (_y5.copy(), _y5), (_xr, _yr), (np.array([3.0]), np.array([1.0]))]
    return check_function(fn, ref_mse, cases, name="mse")


def ref_mae(h, y):
    return np.mean(np.abs(h - y))


def check_mae(fn) -> bool:
    """Notebook 04: ``mae(h, y)`` returns (1/m) sum |h - y| as one number."""
    cases = [(_x5 * 0.5, _y5), (_y5 * 2, _y5), (_xr, _yr), (np.array([-3.0]), np.array([1.0]))]
    return check_function(fn, ref_mae, cases, name="mae")


def ref_cost(W, b, x, y):
    return np.mean((W * x + b - y) ** 2)


def check_cost(fn) -> bool:
    """Notebook 04: ``cost(W, b, x, y)`` returns the MSE of H(x) = W x + b on (x, y)."""
    cases = [(1.0, 0.0, _x5, _y5), (0.0, 0.0, _x5, _y5), (2.0, -1.0, _xr, _yr), (0.5, 0.5, _x4, _y4)]
    return check_function(fn, ref_cost, cases, name="cost")


def ref_gradient_w(W, x, y):
    return 2.0 * np.mean((W * x - y) * x)


def check_gradient_w(fn) -> bool:
    """Notebook 05: ``gradient_w(W, x, y)`` returns d cost/dW = (2/m) sum (W x_i - y_i) x_i."""
    cases = [(0.0, _x4, _y4), (2.0, _x4, _y4), (1.0, _x4, _y4), (-0.5, _xr, _yr)]
    return check_function(fn, ref_gradient_w, cases, name="gradient_w")


def ref_gradient_step(W, x, y, lr):
    return W - lr * ref_gradient_w(W, x, y)


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


def check_gradients_wb(fn) -> bool:
    """Notebook 05: ``gradients_wb(W, b, x, y)`` returns (d cost/dW, d cost/db) as a tuple."""
    cases = [(0.0, 0.0, _x4, _y4), (2.0, 1.0, _x4, _y4), (1.0, 0.0, _x4, _y4), (-0.5, 0.3, _xr, _yr)]
    return check_function(fn, ref_gradients_wb, cases, name="gradients_wb")


def ref_predict_matrix(X, w, b):
    return X @ w + b


def check_predict_matrix(fn) -> bool:
    """Notebook 07: ``predict(X, w, b)`` returns H(X) = X W + b, one value per row (sample)."""
    w3 = np.array([0.5, -1.0, 2.0])
    cases = [(_X34, w3, 0.0), (_X34, w3, 1.5), (_X34, np.zeros(3), -2.0), (_X34[:1], w3, 0.25)]
    return check_function(fn, ref_predict_matrix, cases, name="predict")


def ref_gradients_matrix(X, w, b, y):
    r = X @ w + b - y
    return 2.0 * X.T @ r / len(y), 2.0 * np.mean(r)


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


_wide = np.array([-1000.0, -30.0, -1.0, 0.0, 0.5, 2.0, 30.0, 1000.0])


def check_sigmoid(fn) -> bool:
    """Notebooks 08-09: ``sigmoid(z)`` = 1 / (1 + e^(-z)), with no overflow warning for z = -1000."""
    cases = [(np.array([0.0]),), (np.array([-2.0, -0.5, 0.5, 2.0]),), (_wide,)]
    return check_function(fn, _sigmoid, cases, name="sigmoid")


def ref_relu(x):
    return np.maximum(0.0, x)


def check_relu(fn) -> bool:
    """Notebook 08: ``relu(x)`` = max(0, x), elementwise."""
    cases = [(np.array([-2.0, -0.1, 0.0, 0.1, 3.0]),), (np.array([5.0]),), (_wide,)]
    return check_function(fn, ref_relu, cases, name="relu")


def ref_leaky_relu(x):
    return np.maximum(0.1 * x, x)


def check_leaky_relu(fn) -> bool:
    """Notebook 08: ``leaky_relu(x)`` = max(0.1 x, x), elementwise."""
    cases = [(np.array([-2.0, -0.1, 0.0, 0.1, 3.0]),), (np.array([-10.0]),), (_wide,)]
    return check_function(fn, ref_leaky_relu, cases, name="leaky_relu")


def ref_cross_entropy(p, y):
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))


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


def check_logistic_gradients(fn) -> bool:
    """Notebook 10: ``gradients(w, b, x, y)`` for cross entropy: (mean((H - y) x), mean(H - y))."""
    xb = np.arange(10) / 10
    yb = np.array([0, 1, 0, 1, 0, 1, 1, 0, 0, 0], dtype=float)
    cases = [(0.0, 0.0, xb, yb), (2.0, -1.0, xb, yb), (-3.0, 0.5, _xr, (_yr > 0.5).astype(float))]
    return check_function(fn, ref_logistic_gradients, cases, name="gradients")


def ref_softmax(z):
    e = np.exp(z - np.max(z))
    return e / e.sum()


def check_softmax(fn) -> bool:
    """Notebook 10: ``softmax(z)`` = e^z / sum e^z for a 1-D z, stable for large z."""
    cases = [(np.array([1.0, 2.0, 3.0]),), (np.zeros(4),), (np.array([1000.0, 999.0, -1000.0]),)]
    return check_function(fn, ref_softmax, cases, name="softmax")


# ---------------------------------------------------------------------------
# Checks added for particular notebooks (each section owned by its notebooks)

# --- notebooks 01-02 ---


def _uses_a_loop(fn) -> bool:
    """True when ``fn``'s source has a for/while loop or a comprehension (False if the source is unknown)."""
    import ast
    import inspect
    import textwrap

    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    except (OSError, TypeError, SyntaxError):
        return False
    loops = (ast.For, ast.While, ast.ListComp, ast.GeneratorExp, ast.SetComp, ast.DictComp)
    return any(isinstance(node, loops) for node in ast.walk(tree))


def _no_loop(fn) -> str | None:
    if _uses_a_loop(fn):
        return (
            "the values are right, but the function uses a Python loop; write it with numpy operations only."
        )
    return None


def _peek(fn, *args):
    """``fn(*args)`` on copies of the arguments, or the exception it raised (warnings count as errors)."""
    if not callable(fn):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            return fn(*(a.copy() if isinstance(a, np.ndarray) else a for a in args))
    except Exception as exc:
        return exc


def _same(got, want) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # complex values, for one, are not the numbers we want
            g = np.asarray(got, dtype=np.float64)
    except (TypeError, ValueError, Warning):
        return False
    return g.shape == np.shape(want) and np.allclose(g, want)


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


#: notebook 02: the lecture's four quadrants, as (supervised?, a category as the answer?)
QUADRANTS = {
    "classification": (True, True),
    "regression": (True, False),
    "clustering": (False, True),
    "dimensionality reduction": (False, False),
}

#: notebook 02: problem -> (its quadrant, why it is (un)supervised, what kind of answer it gives)
ML_PROBLEMS = {
    "spam": (
        "classification",
        "users marked e-mails as spam or not: those marks are labels, so this is supervised",
        "the answer is one of two categories (spam, not spam), not a number on a scale",
    ),
    "cat or dog": (
        "classification",
        "the photos come labelled 'cat' or 'dog': that is supervised",
        "the answer is one of two categories, not a number on a scale",
    ),
    "temperature": (
        "regression",
        "past days come with their measured temperatures, which are labels: supervised",
        "a temperature is a number on a scale, not one of a few categories",
    ),
    "house price": (
        "regression",
        "past sales come with their prices, which are labels: supervised",
        "a price is a number on a scale, not one of a few categories",
    ),
    "customer groups": (
        "clustering",
        "no one says which group a customer belongs to: no labels, so this is unsupervised",
        "each customer gets a group (a category), not numbers on a scale",
    ),
    "news topics": (
        "clustering",
        "the articles carry no topic labels: unsupervised",
        "each article is put into one group (a category), not given numbers on a scale",
    ),
    "survey map": (
        "dimensionality reduction",
        "nobody gives the right 2 numbers to learn from: no labels, so this is unsupervised",
        "each person gets 2 numbers on a continuous scale (a point on the page), not a group",
    ),
    "face photos": (
        "dimensionality reduction",
        "the photos come without labels and nothing is predicted: unsupervised",
        "each photo gets 50 numbers on a continuous scale, not a group",
    ),
}


def check_ml_quadrants(answers) -> bool:
    """Notebook 02: ``answers`` maps each problem of ``ML_PROBLEMS`` to one of the four quadrants."""
    if not isinstance(answers, dict):
        print(
            f"{FAIL} answers should be a dict like {{'spam': 'classification'}}; got {type(answers).__name__}"
        )
        return False
    missing = [p for p in ML_PROBLEMS if not str(answers.get(p) or "").strip()]
    if len(missing) == len(ML_PROBLEMS):
        print(f"{FAIL} fill in each answer with one of: {', '.join(QUADRANTS)}.")
        return False
    if missing:
        print(f"{FAIL} no answer yet for {', '.join(repr(p) for p in missing)}.")
        return False
    lines = []
    for problem, (right, why_labels, why_output) in ML_PROBLEMS.items():
        said = str(answers[problem]).strip().lower()
        if said == right:
            continue
        if said not in QUADRANTS:
            lines.append(f"  {problem!r}: {answers[problem]!r} is not one of: {', '.join(QUADRANTS)}.")
            continue
        reasons = []
        if QUADRANTS[said][0] != QUADRANTS[right][0]:
            reasons.append(why_labels)
        if QUADRANTS[said][1] != QUADRANTS[right][1]:
            reasons.append(why_output)
        lines.append(f"  {problem!r} is not {said}: {'; and '.join(reasons)}.")
    if lines:
        print(f"{FAIL} {len(lines)} of {len(ML_PROBLEMS)} not right yet.\n" + "\n".join(lines))
        return False
    print(f"{PASS} all {len(ML_PROBLEMS)} problems are in the right quadrant.")
    return True


def ref_split_features_labels(table):
    return table[:, :-1], table[:, -1]


def check_split_features_labels(fn) -> bool:
    """Notebook 02: ``split_features_labels(table)`` returns (X, y): every column but the last, and the last."""
    T = np.arange(12.0).reshape(4, 3)
    got = _peek(fn, T)
    if isinstance(got, tuple | list) and len(got) == 2:
        X, y = got
        if _same(y, T[:, -1:]):
            print(f"{FAIL} y has shape (4, 1); one label per sample is 1-D: table[:, -1], not table[:, -1:].")
            return False
        if _same(y, T[-1]):
            print(f"{FAIL} y is the last row (a sample); the labels are the last column: table[:, -1].")
            return False
        if _same(X, T):
            print(f"{FAIL} X still contains the label column; keep every column but the last: table[:, :-1].")
            return False
        if _same(y, T[:, 0]):
            print(f"{FAIL} y is the first column; in these tables the label is the last column.")
            return False
    cases = [(T,), (np.arange(30.0).reshape(5, 6),), (_X34,), (np.array([[1.5, 0.0]]),)]
    return check_function(fn, ref_split_features_labels, cases, name="split_features_labels")


def ref_to_class(scores, threshold):
    return (scores >= threshold).astype(np.float64)


def check_to_class(fn) -> bool:
    """Notebook 02: ``to_class(scores, threshold)`` is 1 where score >= threshold, else 0."""
    scores, t = np.array([35.0, 60.0, 59.9, 88.0]), 60.0
    got = _peek(fn, scores, t)
    if _same(got, (scores > t).astype(float)):
        print(
            f"{FAIL} to_class gives 0 for a score exactly at the threshold (60); it should be 1: use >=, not >."
        )
        return False
    if _same(got, (scores < t).astype(float)) or _same(got, (scores <= t).astype(float)):
        print(f"{FAIL} the classes are swapped: 1 means the score is at or above the threshold.")
        return False
    cases = [(scores, t), (np.array([10.0, 20.0]), 50.0), (np.array([70.0, 99.0]), 50.0), (_xr, 0.5)]
    return check_function(fn, ref_to_class, cases, name="to_class")


# --- notebooks 03-05 ---


def ref_residuals(W, b, x, y):
    return W * x + b - y


def check_residuals(fn) -> bool:
    """Notebook 03: ``residuals(W, b, x, y)`` returns H(x) - y, one value per sample."""
    cases = [
        (1.0, 0.0, _x4, _y4),
        (0.5, 1.0, _x4, _y4),
        (2.0, -1.0, _xr, _yr),
        (0.0, 0.0, np.array([5.0]), np.array([5.0])),
    ]
    return check_function(fn, ref_residuals, cases, name="residuals")


#: notebook 03, exercise: four new samples on a line the learner finds with the sliders
HAND_FIT_X = np.array([1.0, 2.0, 3.0, 4.0])
HAND_FIT_Y = 0.5 * HAND_FIT_X + 2.0


def check_fit_by_hand(W, b, prediction) -> bool:
    """Notebook 03: W and b that put H(x) = W x + b through every sample of
    (HAND_FIT_X, HAND_FIT_Y), and the prediction H(5) that line makes."""
    if W is None or b is None:
        print(f"{FAIL} set W and b to the values where every residual is 0 (use the sliders above).")
        return False
    try:
        W, b = float(W), float(b)
    except (TypeError, ValueError):
        print(f"{FAIL} W and b should be numbers, like W = 1.5; got {W!r} and {b!r}")
        return False
    r = W * HAND_FIT_X + b - HAND_FIT_Y
    if np.max(np.abs(r)) > 1e-6:
        slope = np.polyfit(HAND_FIT_X, r, 1)[0]  # how the residuals change with x: W - 0.5
        if abs(slope) > 1e-6:
            fix = "too steep: lower W" if slope > 0 else "not steep enough: raise W"
            print(
                f"{FAIL} with W = {W:g}, b = {b:g} the residuals are {_fmt(r)}: they change with x, "
                f"so the line is {fix}."
            )
        else:
            where = "above" if r[0] > 0 else "below"
            print(
                f"{FAIL} the slope W = {W:g} is right, but the line is {where} every sample by "
                f"{abs(r[0]):g}: {'lower' if r[0] > 0 else 'raise'} b."
            )
        return False
    if prediction is None:
        print(f"{FAIL} W and b are right; now set prediction to what the line says at x = 5.")
        return False
    try:
        prediction = float(prediction)
    except (TypeError, ValueError):
        print(f"{FAIL} prediction should be a number; got {prediction!r}")
        return False
    want = W * 5.0 + b
    if not np.isclose(prediction, want):
        print(f"{FAIL} W and b are right, but H(5) = W * 5 + b is not {prediction:g}.")
        return False
    print(f"{PASS} H(x) = {W:g}x + {b:g} passes through all 4 samples and predicts H(5) = {want:g}.")
    return True


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


# --- notebooks 06-07 ---

_x06 = np.array([1.0, 2.0, 3.0, 4.0])  # the lecture's regression samples
_x06_cases = [
    (_x06,),
    (np.arange(5.0),),
    (np.array([10.0, 20.0, 30.0]),),
    (np.array([-0.5, 0.2, 1.5, -2.0, 0.7]),),
]


def _first_hint(fn, x, hints) -> str | None:
    """The message of the first (value, message) in ``hints`` that ``fn(x)`` returns, if any."""
    got = _peek(fn, x)
    for value, message in hints:
        if _same(got, value):
            return message
    return None


def ref_stable_lr(x):
    return len(x) / np.sum(x**2)


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


def _null_cases():
    from .data import load_multivariable

    X, _ = load_multivariable()
    rng = np.random.default_rng(6)
    return [
        np.column_stack([X, np.ones(len(X))]),
        np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 7.0]]),
        rng.standard_normal((3, 5)),
    ]


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


# --- notebook 08 ---

_r08 = np.random.default_rng(8)
#: stacked layers 5 features -> 8 hidden -> 1 output, as in notebook 08
_STACK = (_r08.normal(size=(5, 8)), _r08.normal(size=8), _r08.normal(size=(8, 1)), _r08.normal(size=1))
_STACK_B = (_r08.normal(size=(3, 4)), _r08.normal(size=4), _r08.normal(size=(4, 2)), _r08.normal(size=2))
_STACK_C = (_r08.normal(size=(2, 3)), np.zeros(3), _r08.normal(size=(3, 1)), np.zeros(1))


def _check_cases(fn, reference, cases, name, arg_names):
    """Like :func:`check_function`, but names each argument by its shape (matrices print too long)."""
    if not callable(fn):
        print(f"{FAIL} pass your function itself, e.g. check({name}), not {_fmt(fn)}")
        return False
    fname = getattr(fn, "__name__", name)
    for args in cases:
        shown = ", ".join(
            f"{n} {np.shape(a)}" if np.ndim(a) else f"{n}={_fmt(a)}"
            for n, a in zip(arg_names, args, strict=True)
        )
        where = f"{fname}({shown})"
        got = _peek(fn, *args)
        if isinstance(got, Warning):
            print(f"{FAIL} {where} caused a {type(got).__name__}: {got}. Find a form that avoids it.")
            return False
        if isinstance(got, Exception):
            print(f"{FAIL} {where} raised {type(got).__name__}: {got}")
            return False
        got = tuple(got) if isinstance(got, list) else got
        msg = _diagnose(got, _as_result(reference(*args)), where)
        if msg:
            print(f"{FAIL} {msg}")
            return False
    print(f"{PASS} {name} passed all {len(cases)} checks.")
    return True


def ref_collapse(W1, b1, W2, b2):
    return W1 @ W2, b1 @ W2 + b2


def check_collapse(fn) -> bool:
    """Notebook 08: ``collapse(W1, b1, W2, b2)`` returns (W, b) of the one linear layer that equals
    the two stacked ones: X @ W + b == (X @ W1 + b1) @ W2 + b2 for every X."""
    W1, b1, W2, b2 = _STACK
    got = _peek(fn, *_STACK)
    if isinstance(got, ValueError) and ("broadcast" in str(got) or "shape" in str(got)):
        print(
            f"{FAIL} collapse raised ValueError: {got}. W1 {W1.shape} and W2 {W2.shape} cannot be added; "
            "stacked layers combine by the matrix product W1 @ W2 (the slide's w + w' adds two models "
            "that run side by side, not one after the other)."
        )
        return False
    if isinstance(got, tuple | list) and len(got) == 2:
        W, b = got
        if _same(W, W1 @ W2) and _same(b, b1 @ W2):
            print(f"{FAIL} W is right, but b misses b2: the second layer adds b2 after multiplying by W2.")
            return False
        if _same(W, W1 @ W2) and _same(b, b2):
            print(f"{FAIL} W is right, but b1 went missing: it passes through W2 too, so b = b1 @ W2 + b2.")
            return False
    cases = [_STACK, _STACK_B, _STACK_C]
    return _check_cases(fn, ref_collapse, cases, "collapse", ("W1", "b1", "W2", "b2"))


def _tanh_net_grads(x, y, W1, b1, W2, b2, slope=None):
    """Backprop of MSE through h = act(x W1 + b1) @ W2 + b2; ``slope(A, Z)`` is act' (tanh by default)."""
    A = x[:, None] * W1 + b1
    Z = np.tanh(A)
    h = Z @ W2 + b2
    dh = 2.0 * (h - y) / len(x)
    dA = dh[:, None] * W2 * (1.0 - Z**2 if slope is None else slope(A, Z))
    return x @ dA, dA.sum(axis=0), Z.T @ dh, dh.sum()


def ref_tanh_gradients(x, y, W1, b1, W2, b2):
    return _tanh_net_grads(x, y, W1, b1, W2, b2)


_x08 = np.linspace(-2.0, 2.0, 7)
_NET = (_x08, np.sin(2 * _x08), _r08.normal(size=3), _r08.normal(size=3), _r08.normal(size=3), 0.3)
_NET_B = (np.linspace(-3.0, 3.0, 12), np.linspace(-1.0, 2.0, 12) ** 2, *_r08.normal(size=(3, 5)), -0.5)
_NET_C = (np.array([0.5]), np.array([1.0]), np.array([1.0, -2.0]), np.zeros(2), np.array([0.5, 1.0]), 0.0)


def check_tanh_gradients(fn) -> bool:
    """Notebook 08: ``tanh_gradients(x, y, W1, b1, W2, b2)`` returns (dW1, db1, dW2, db2), the gradients
    of the MSE cost of h = tanh(x W1 + b1) @ W2 + b2."""
    got = _peek(fn, *_NET)
    if isinstance(got, tuple | list) and len(got) == 4:
        rule = "tanh'(a) = 1 - tanh(a)^2"
        wrong = {
            f"ReLU's derivative (A > 0); {rule}": lambda A, Z: (A > 0).astype(float),
            f"tanh itself as its derivative; {rule}": lambda A, Z: Z,
            f"no derivative of the activation; the chain rule needs {rule}": lambda A, Z: 1.0 + 0.0 * A,
        }
        for what, slope in wrong.items():
            want = _tanh_net_grads(*_NET, slope=slope)
            if all(_same(g, w) for g, w in zip(got, want, strict=True)):
                print(f"{FAIL} dW2 and db2 are right, but dW1 and db1 use {what}.")
                return False
        if all(_same(g, w) for g, w in zip(got, ref_tanh_gradients(*_NET)[::-1], strict=True)):
            print(f"{FAIL} the gradients are right but in the wrong order: return (dW1, db1, dW2, db2).")
            return False
    cases = [_NET, _NET_B, _NET_C]
    return _check_cases(fn, ref_tanh_gradients, cases, "tanh_gradients", ("x", "y", "W1", "b1", "W2", "b2"))


# --- notebooks 09-10 ---

_xb = np.arange(10) / 10  # the lecture's binary table
_yb = np.array([0, 1, 0, 1, 0, 1, 1, 0, 0, 0], dtype=float)
_xs = np.array([-0.5, 0.0, 0.3, 1.2])  # a small set with a negative x and x = 0
_ys = np.array([1.0, 0.0, 1.0, 0.0])


def ref_sigmoid_mse(w, x, y):
    return np.mean((_sigmoid(w * x) - y) ** 2)


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


# ---------------------------------------------------------------------------
# What every check returns (keep this block last: it wraps every check_* above)


class Feedback:
    """A check's verdict: true when every case passed. The message is already printed,
    so in a notebook it shows nothing more (no stray ``True``/``False`` under the message)."""

    __slots__ = ("passed",)

    def __init__(self, passed):
        self.passed = bool(passed)

    def __bool__(self):
        return self.passed

    def __repr__(self):
        return f"Feedback(passed={self.passed})"

    def _ipython_display_(self):
        pass


def _returns_feedback(check):
    @functools.wraps(check)
    def wrapper(*args, **kwargs):
        return Feedback(check(*args, **kwargs))

    return wrapper


for _name, _fn in list(globals().items()):
    if _name.startswith("check_") and callable(_fn):
        globals()[_name] = _returns_feedback(_fn)

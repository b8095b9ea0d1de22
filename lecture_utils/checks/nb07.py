"""Notebook 07 (multivariable regression): predictions and gradients with matrices, a null vector."""

from __future__ import annotations

import numpy as np

from ..i18n import N_, _
from .core import (
    _X34,
    FAIL,
    PASS,
    Mistake,
    _call,
    _fmt,
    _no_loop,
    _problem,
    _same_outcome,
    check_function,
    exercise,
    prediction,
)

_X33 = np.array([[2.0, -1.0, 0.0], [1.0, 3.0, 1.0], [0.5, 0.0, -2.0]])  # square: w @ X and X @ r run
_X63 = np.array(  # six samples: the notebook's m = 5 would not fit
    [
        [0.1, -1.2, 0.8],
        [1.5, 0.3, -0.4],
        [-0.7, 2.0, 1.1],
        [0.0, -0.5, 2.5],
        [2.2, 1.0, -1.3],
        [-1.8, 0.6, 0.2],
    ]
)
_w3 = np.array([0.5, -1.0, 2.0])
_y4 = np.array([1.0, 0.0, -1.0, 2.0])


def ref_predict_matrix(X, w, b):
    return X @ w + b


def _notebook_X():
    """The notebook's own table X (5 samples, 5 features), which a learner's function may read by mistake."""
    from ..data import load_multivariable

    return load_multivariable()[0]


PREDICT_MISTAKES = [
    Mistake(N_("b is missing: H(X) = XW + b, so add b after the product: X @ w + b."), lambda X, w, b: X @ w),
    Mistake(
        N_(
            "w @ X multiplies in the wrong order (and so does X.T @ w, the same product): X is (m, n) and w "
            "is (n,), so X @ w gives one value per row of X, one prediction per sample. Then add b."
        ),
        lambda X, w, b: w @ X + b,
    ),
    Mistake(
        N_(
            "X * w multiplies each column by its weight but does not add them up: a prediction is the sum "
            "along its row, X @ w (the same as np.sum(X * w, axis=1)), then + b."
        ),
        lambda X, w, b: X * w + b,
    ),
    Mistake(
        N_(
            "np.sum(..., axis=0) adds down the columns, giving one value per feature; a prediction adds "
            "along its row, one value per sample: axis=1, or simply X @ w + b."
        ),
        lambda X, w, b: np.sum(X * w, axis=0) + b,
    ),
    Mistake(
        N_(
            "np.sum without an axis adds everything into one number; H(X) has one value per row (sample): "
            "X @ w + b."
        ),
        lambda X, w, b: np.sum(X * w) + b,
    ),
    Mistake(
        N_(
            "the function computes with the notebook's table X (5 samples, 5 features), not with the X it is "
            "given: inside the function, use its own argument, X @ w + b with X the first parameter."
        ),
        lambda X, w, b: _notebook_X() @ w + b,
    ),
]


PREDICT_CASES = [
    (_X34, _w3, 1.5),
    (_X34, _w3, 0.0),
    (_X33, _w3, -0.5),
    (_X34[:1], _w3, 0.25),
    (_X34, np.zeros(3), -2.0),
    (
        np.array([[1.0, 0.0, 2.0, -1.0, 0.5], [0.0, 3.0, -1.0, 1.0, 2.0]]),
        np.linspace(-1.0, 1.0, 5),
        0.5,
    ),  # 5 features
]


@exercise(reference=ref_predict_matrix, mistakes=PREDICT_MISTAKES)
def check_predict_matrix(fn) -> bool:
    """Notebook 07: ``predict(X, w, b)`` returns H(X) = X W + b, one value per row (sample)."""
    return check_function(
        fn, ref_predict_matrix, PREDICT_CASES, name="predict", mistakes=PREDICT_MISTAKES, extra=_no_loop
    )


def ref_gradients_matrix(X, w, b, y):
    r = X @ w + b - y
    return 2.0 * X.T @ r / len(y), 2.0 * np.mean(r)


def _axis_1(X, w, b, y):
    r = X @ w + b - y
    return 2.0 * np.mean(X * r[:, None], axis=1), 2.0 * np.mean(r)


GRADIENTS_MATRIX_MISTAKES = [
    Mistake(
        N_(
            "dW uses X @ r; it needs the transpose, X.T @ r: (n, m) @ (m,) gives one value per feature, "
            "dW = (2/m) X^T r."
        ),
        lambda X, w, b, y: (2.0 * X @ (X @ w + b - y) / len(y), 2.0 * np.mean(X @ w + b - y)),
    ),
    Mistake(
        N_("the factor 2/m is missing: dW = (2/m) X^T r and db = (2/m) sum r."),
        lambda X, w, b, y: (X.T @ (X @ w + b - y), np.sum(X @ w + b - y)),
    ),
    Mistake(
        N_(
            "that is 1/m, the slide's form without the 2: the derivative of (...)^2 brings a 2, so "
            "dW = (2/m) X^T r and db = (2/m) sum r."
        ),
        lambda X, w, b, y: (X.T @ (X @ w + b - y) / len(y), np.mean(X @ w + b - y)),
    ),
    Mistake(
        N_(
            "both gradients have the wrong sign: the residual is r = XW + b - y (prediction minus target), "
            "not y - (XW + b)."
        ),
        lambda X, w, b, y: tuple(-g for g in ref_gradients_matrix(X, w, b, y)),
    ),
    Mistake(
        N_("the residual forgot b: r = X @ w + b - y."), lambda X, w, b, y: ref_gradients_matrix(X, w, 0.0, y)
    ),
    Mistake(
        N_(
            "np.mean(..., axis=1) averages along each row, one value per sample; dW has one value per "
            "feature: average down the rows, axis=0, or write (2/m) X.T @ r."
        ),
        _axis_1,
    ),
    Mistake(
        N_(
            "right only when there are 5 samples: the function uses the notebook's m = 5, not the number of "
            "rows of its own X. Inside the function, use m = len(y)."
        ),
        lambda X, w, b, y: (2 / 5 * X.T @ (X @ w + b - y), 2 / 5 * np.sum(X @ w + b - y)),
    ),
    Mistake(
        N_(
            "m is the number of samples, the rows of X: m = len(y) or X.shape[0]. X.shape[1] (or len(w)) "
            "is the number of features."
        ),
        lambda X, w, b, y: (2 / X.shape[1] * X.T @ (X @ w + b - y), 2 / X.shape[1] * np.sum(X @ w + b - y)),
    ),
    Mistake(
        N_(
            "np.mean(X.T @ r) averages the gradients of all the weights into one number; dW keeps one value "
            "per feature: dW = (2/m) X.T @ r, divided by m, with no mean."
        ),
        lambda X, w, b, y: (2 * np.mean(X.T @ (X @ w + b - y)), 2 * np.mean(X @ w + b - y)),
    ),
    Mistake(
        N_("the two gradients are in the wrong order: return (dW, db)."),
        lambda X, w, b, y: ref_gradients_matrix(X, w, b, y)[::-1],
    ),
]


GRADIENTS_MATRIX_CASES = [
    (_X34, _w3, 0.5, _y4),
    (_X34, np.zeros(3), 0.0, _y4),
    (_X33, -_w3, 1.0, _y4[:3]),
    (_X63, _w3, -0.5, np.linspace(-1.0, 2.0, 6)),
]


@exercise(reference=ref_gradients_matrix, mistakes=GRADIENTS_MATRIX_MISTAKES)
def check_gradients_matrix(fn) -> bool:
    """Notebook 07: ``gradients(X, w, b, y)`` returns (dw of shape (n,), db) for the MSE cost."""
    return check_function(
        fn, ref_gradients_matrix, GRADIENTS_MATRIX_CASES, name="gradients", mistakes=GRADIENTS_MATRIX_MISTAKES
    )


# The course's names (notebooks/README.md): the parameters first, then the data. hypothesis(W, b, X) and
# gradients(W, b, X, y) are the exercises of the notebook; check_predict_matrix and check_gradients_matrix
# above keep the earlier order, predict(X, w, b) and gradients(X, w, b, y), for code written against them.


def _params_first(fn, n_data):
    """``fn`` with the old order (X, w, b[, y]) called in the course's order (W, b, X[, y])."""
    if n_data == 1:
        return lambda W, b, X: fn(X, W, b)
    return lambda W, b, X, y: fn(X, W, b, y)


def ref_hypothesis_matrix(W, b, X):
    return X @ W + b


#: PREDICT_MISTAKES in the course's letters (W the weights), for hypothesis(W, b, X)
_HYPOTHESIS_TEXTS = [
    N_("b is missing: H(X) = XW + b, so add b after the product: X @ W + b."),
    N_(
        "W @ X multiplies in the wrong order (and so does X.T @ W, the same product): X is (m, n) and W "
        "is (n,), so X @ W gives one value per row of X, one prediction per sample. Then add b."
    ),
    N_(
        "X * W multiplies each column by its weight but does not add them up: a prediction is the sum "
        "along its row, X @ W (the same as np.sum(X * W, axis=1)), then + b."
    ),
    N_(
        "np.sum(..., axis=0) adds down the columns, giving one value per feature; a prediction adds "
        "along its row, one value per sample: axis=1, or simply X @ W + b."
    ),
    N_(
        "np.sum without an axis adds everything into one number; H(X) has one value per row (sample): "
        "X @ W + b."
    ),
    N_(
        "the function computes with the notebook's table X (5 samples, 5 features), not with the X it is "
        "given: inside the function, use its own argument, X @ W + b with X the first parameter."
    ),
]
HYPOTHESIS_MATRIX_MISTAKES = [
    Mistake(text, _params_first(m.fn, 1)) for text, m in zip(_HYPOTHESIS_TEXTS, PREDICT_MISTAKES, strict=True)
]
HYPOTHESIS_MATRIX_CASES = [(w, b, X) for X, w, b in PREDICT_CASES]


@exercise(reference=ref_hypothesis_matrix, mistakes=HYPOTHESIS_MATRIX_MISTAKES)
def check_hypothesis_matrix(fn) -> bool:
    """Notebook 07: ``hypothesis(W, b, X)`` returns H(X) = X W + b, one value per row (sample)."""
    return check_function(
        fn,
        ref_hypothesis_matrix,
        HYPOTHESIS_MATRIX_CASES,
        name="hypothesis",
        mistakes=HYPOTHESIS_MATRIX_MISTAKES,
        extra=_no_loop,
    )


def ref_gradients_features(W, b, X, y):
    r = X @ W + b - y
    return 2.0 * X.T @ r / len(y), 2.0 * np.mean(r)


#: GRADIENTS_MATRIX_MISTAKES in the course's letters (W the weights): the texts with a lower-case w
_FEATURES_W = {
    "the residual forgot b: r = X @ w + b - y.": N_("the residual forgot b: r = X @ W + b - y."),
    "m is the number of samples, the rows of X: m = len(y) or X.shape[0]. X.shape[1] (or len(w)) "
    "is the number of features.": N_(
        "m is the number of samples, the rows of X: m = len(y) or X.shape[0]. X.shape[1] (or len(W)) "
        "is the number of features."
    ),
}
_FEATURES_TEXTS = [_FEATURES_W.get(m.text, m.text) for m in GRADIENTS_MATRIX_MISTAKES]
GRADIENTS_FEATURES_MISTAKES = [
    Mistake(text, _params_first(m.fn, 2))
    for text, m in zip(_FEATURES_TEXTS, GRADIENTS_MATRIX_MISTAKES, strict=True)
]
GRADIENTS_FEATURES_CASES = [(w, b, X, y) for X, w, b, y in GRADIENTS_MATRIX_CASES]


@exercise(reference=ref_gradients_features, mistakes=GRADIENTS_FEATURES_MISTAKES)
def check_gradients_features(fn) -> bool:
    """Notebook 07: ``gradients(W, b, X, y)`` returns (dW of shape (n,), db) for the MSE cost."""
    return check_function(
        fn,
        ref_gradients_features,
        GRADIENTS_FEATURES_CASES,
        name="gradients",
        mistakes=GRADIENTS_FEATURES_MISTAKES,
    )


def _null_cases():
    from ..data import load_multivariable

    X, _ = load_multivariable()
    rng = np.random.default_rng(6)
    return [
        np.column_stack([X, np.ones(len(X))]),  # the notebook's A = [X, 1]
        np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 7.0]]),
        rng.standard_normal((3, 5)),
        np.array([[1.0, 2.0], [3.0, 6.0]]),  # square: a column of U has the right length, and is wrong
    ]


def _notebook_v(A):
    """The null vector the notebook computes for its own A = [X, 1], whatever A is given."""
    Vt = np.linalg.svd(_null_cases()[0])[2]
    return Vt[-1] * np.sign(Vt[-1][-1])


NULL_VECTOR_MISTAKES = [
    Mistake(
        N_(
            "that is the FIRST row of Vt, the direction that A stretches most. The null vector is the LAST "
            "row, the one of the smallest (or missing) singular value: np.linalg.svd(A)[2][-1]."
        ),
        lambda A: np.linalg.svd(A)[2][0],
    ),
    Mistake(
        N_(
            "that is the last column of Vt; its vectors are its rows: np.linalg.svd(A)[2][-1], Vt[-1] and "
            "not Vt[:, -1]."
        ),
        lambda A: np.linalg.svd(A)[2][:, -1],
    ),
    Mistake(
        N_(
            "that is a column of U, which has one entry per row of A (per sample); v needs one entry per "
            "column of A: the last row of Vt, np.linalg.svd(A)[2][-1]."
        ),
        lambda A: np.linalg.svd(A)[0][:, -1],
    ),
    Mistake(
        N_(
            "that is the singular values, np.linalg.svd(A)[1]; the vectors are in Vt, the third thing svd "
            "returns: np.linalg.svd(A)[2][-1]."
        ),
        lambda A: np.linalg.svd(A)[1],
    ),
    Mistake(
        N_(
            "that is the zero vector: A @ 0 = 0 for every A, so it says nothing. Find a nonzero v, such as "
            "the last row of Vt from np.linalg.svd(A)."
        ),
        lambda A: np.zeros(A.shape[1]),
    ),
    Mistake(
        N_(
            "the same vector comes back for every A: the null vector of the notebook's A = [X, 1]. Compute "
            "it from the argument A of your function."
        ),
        _notebook_v,
    ),
    Mistake(
        N_(
            "np.linalg.svd(A, full_matrices=False) keeps only as many rows of Vt as A has rows; when A has "
            "more columns than rows, the null vectors are among the rows it leaves out. Use the full "
            "np.linalg.svd(A), and its last row of Vt."
        ),
        lambda A: np.linalg.svd(A, full_matrices=False)[2][-1],
    ),
]


def _null_problem(A, out) -> str | None:
    """Why the call ``out`` (of the learner's function on ``A``) gave no null vector of A; None if it did."""
    where = _("null_vector(A of shape {shape})").format(shape=A.shape)
    n = A.shape[1]
    per_sample = isinstance(out.value, np.ndarray) and out.value.shape == (A.shape[0],)
    if out.ok and per_sample and A.shape[0] != n:
        each = _("one entry per column of A: per unknown, not per sample")
    else:
        each = _("one entry per column of A")
    # time limit, errors, in place, None, text, shape, NaN
    v, msg = _problem(out, np.zeros(n), where, each=each)
    if msg:
        return msg
    size = float(np.linalg.norm(v))
    if size < 1e-10:
        return _("{where} returned the zero vector: A @ 0 = 0 always; find a nonzero v.").format(where=where)
    if float(np.linalg.norm(A @ v)) > 1e-8 * size * float(np.linalg.norm(A)):
        return _("{where} returned v = {v}, and A @ v = {Av} is not 0.").format(
            where=where, v=_fmt(v), Av=_fmt(A @ v)
        )
    return None


@exercise(mistakes=NULL_VECTOR_MISTAKES)
def check_null_vector(fn) -> bool:
    """Notebook 07: ``null_vector(A)`` returns a nonzero vector v with A @ v = 0 (any length, either sign),
    for a matrix A with fewer independent rows than columns. (Not check_function: any null vector is
    right, so the learner's is tested by A @ v = 0, not compared with one reference.)"""
    if not callable(fn):
        print(
            _(FAIL), _("pass your function itself, e.g. check(null_vector), not {got}").format(got=_fmt(fn))
        )
        return False
    cases = _null_cases()
    outs = []
    for A in cases:
        outs.append(_call(fn, (A,)))
        if outs[-1].timed_out:  # one endless loop is enough
            break
    problems = [_null_problem(A, out) for A, out in zip(cases, outs, strict=False)]
    failing = [k for k, p in enumerate(problems) if p]
    if not failing and len(outs) == len(cases):
        print(_(PASS), _("null_vector passed all {n} checks.").format(n=len(cases)))
        return True
    simplest = min(failing, key=lambda k: (cases[k].size, k))
    if len(outs) == len(cases) and all(o.ok and o.value is None for o in outs):
        print(
            _(FAIL),
            _(
                "null_vector returned None, on every case: it does not return a result yet. "
                "Write its body and end it with `return` and the vector."
            ),
        )
        return False
    if len(outs) == len(cases):
        for mistake in NULL_VECTOR_MISTAKES:  # a named cause only when it explains every case
            theirs = [_call(mistake.fn, (A,), learner=False) for A in cases]
            if all(_same_outcome(o, t) for o, t in zip(outs, theirs, strict=True)):
                print(
                    _(FAIL),
                    _("{mistake}\n  For example: {example}").format(
                        mistake=mistake.says, example=problems[simplest]
                    ),
                )
                return False
    print(_(FAIL), problems[simplest])
    return False


# ---------------------------------------------------------------------------
# Predictions before the notebook's sliders (the notebook's numbers, computed here)

_W_GUESS = np.array(
    [0.5, 0.5, -0.5, 0.2, 0.1]
)  # the notebook's w_guess and b_guess, where the explorer starts
_B_GUESS = -0.5


def _table_A():
    """The notebook's A = [X, 1]: the table with a column of ones for b."""
    return _null_cases()[0]


@prediction(
    why=N_(
        "w2 multiplies f2, and sample X1 has f2 = 3: raising w2 by 1 raises H(X1) by 1 x 3 = 3. Each "
        "sample moves by its own f2 (the column f2 of X), and b is added unchanged."
    ),
    mistakes=[
        Mistake(
            N_(
                "1 is the change of w2 itself, as if w2 were added like b; w2 multiplies f2, so H(X1) changes "
                "by 1 times X1's f2."
            ),
            answer=(1.0,),
        ),
        Mistake(
            N_(
                "17 is the whole column f2 added up, 3 + 4 + 3 + 3 + 4; H(X1) is one row: only X1's f2 counts."
            ),
            answer=(17.0,),
        ),
        Mistake(
            N_("the sign is flipped: a larger w2 times a positive f2 makes H(X1) larger."), answer=(-3.0,)
        ),
        Mistake(
            N_("0 would mean w2 does not reach X1; every weight multiplies its feature in every row: X @ W."),
            answer=(0.0,),
        ),
    ],
)
def check_prediction_raise_w2():
    """Notebook 07: w2 goes from 0.5 to 1.5 (the rest stays); by how much does H(X1) change?"""
    A = _table_A()
    X = A[:, :-1]
    raised = _W_GUESS + np.eye(len(_W_GUESS))[1]  # w2 + 1
    return float((X @ raised + _B_GUESS)[0] - (X @ _W_GUESS + _B_GUESS)[0])


@prediction(
    why=N_(
        "X1 has f1 = 1, f2 = 3, f3 = 1: lowering w1 and w2 by 2 changes H(X1) by -2 - 6 = -8, raising w3 "
        "by 2 adds 2, raising b by 6 adds 6: -8 + 2 + 6 = 0. That is 2 (-f1 - f2 + f3 + 3), zero on every row "
        "because f3 = f1 + f2 - 3 there."
    ),
    mistakes=[
        Mistake(
            N_(
                "2 is t itself (or w3's change alone); the move changes four numbers at once, and their "
                "effects on H(X1) cancel."
            ),
            answer=(2.0,),
        ),
        Mistake(N_("6 is b's change alone (3t); the weights' changes, -6 on X1, cancel it."), answer=(6.0,)),
        Mistake(N_("-6 counts the weights only; b rises by 3t = 6 and cancels them."), answer=(-6.0,)),
        Mistake(
            N_("-8 counts only w1 and w2 lowered by 2; w3 rises by 2 (times f3 = 1) and b by 6: -8 + 2 + 6."),
            answer=(-8.0,),
        ),
    ],
    then=N_("Now run the cells below, which compute it."),
)
def check_prediction_move_along_v():
    """Notebook 07: (W, b) + 2v with v = (-1, -1, 1, 0, 0, 3); by how much does H(X1) change?"""
    A = _table_A()
    null = np.linalg.svd(A)[2][-1]
    v = null * 3 / null[-1]  # the table's null vector, scaled as the notebook writes it: b entry 3
    return float(np.round(2 * A[0] @ v, 9)) + 0.0  # 0 up to rounding; + 0.0 turns -0 into 0

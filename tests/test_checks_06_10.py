"""The checks of notebooks 06-10: right answers written in other ways pass; every catalogued mistake
can be told apart on the check's cases; mistakes written as a learner would write them are named;
changing an input in place and walking uphill never pass.

(The generic test of every registered check, its mistakes and bad inputs is in test_checks.py.)"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from lecture_utils import checks
from lecture_utils.checks import core, nb06, nb07, nb08, nb09, nb10

#: check name -> (reference, cases, catalogue) for the function exercises of notebooks 06-10
EXERCISES = {
    "check_stable_lr": (nb06.ref_stable_lr, nb06.STABLE_LR_CASES, nb06.STABLE_LR_MISTAKES),
    "check_stable_lr_slide": (nb06.ref_stable_lr_slide, nb06.STABLE_LR_CASES, nb06.STABLE_LR_SLIDE_MISTAKES),
    "check_stable_lr_wb": (nb06.ref_stable_lr_wb, nb06.STABLE_LR_CASES, nb06.STABLE_LR_WB_MISTAKES),
    "check_descend_many": (nb06.ref_descend_many, nb06.DESCEND_MANY_CASES, nb06.DESCEND_MANY_MISTAKES),
    "check_predict_matrix": (nb07.ref_predict_matrix, nb07.PREDICT_CASES, nb07.PREDICT_MISTAKES),
    "check_gradients_matrix": (
        nb07.ref_gradients_matrix,
        nb07.GRADIENTS_MATRIX_CASES,
        nb07.GRADIENTS_MATRIX_MISTAKES,
    ),
    "check_sigmoid": (nb08._sigmoid, nb08.SIGMOID_CASES, nb08.SIGMOID_MISTAKES),
    "check_relu": (nb08.ref_relu, nb08.RELU_CASES, nb08.RELU_MISTAKES),
    "check_leaky_relu": (nb08.ref_leaky_relu, nb08.LEAKY_RELU_CASES, nb08.LEAKY_RELU_MISTAKES),
    "check_collapse": (nb08.ref_collapse, nb08.COLLAPSE_CASES, nb08.COLLAPSE_MISTAKES),
    "check_tanh_gradients": (
        nb08.ref_tanh_gradients,
        nb08.TANH_GRADIENTS_CASES,
        nb08.TANH_GRADIENTS_MISTAKES,
    ),
    "check_sigmoid_mse": (nb09.ref_sigmoid_mse, nb09.SIGMOID_MSE_CASES, nb09.SIGMOID_MSE_MISTAKES),
    "check_mse_limits": (nb09.ref_mse_limits, nb09.MSE_LIMITS_CASES, nb09.MSE_LIMITS_MISTAKES),
    "check_sigmoid_mse_gradient": (
        nb09.ref_sigmoid_mse_gradient,
        nb09.SIGMOID_MSE_GRADIENT_CASES,
        nb09.SIGMOID_MSE_GRADIENT_MISTAKES,
    ),
    "check_cross_entropy": (nb10.ref_cross_entropy, nb10.CROSS_ENTROPY_CASES, nb10.CROSS_ENTROPY_MISTAKES),
    "check_logistic_gradients": (
        nb10.ref_logistic_gradients,
        nb10.LOGISTIC_GRADIENTS_CASES,
        nb10.LOGISTIC_GRADIENTS_MISTAKES,
    ),
    "check_logistic_descent": (
        nb10.ref_logistic_descent,
        nb10.LOGISTIC_DESCENT_CASES,
        nb10.LOGISTIC_DESCENT_MISTAKES,
    ),
    "check_softmax": (nb10.ref_softmax, nb10.SOFTMAX_CASES, nb10.SOFTMAX_MISTAKES),
}
NOTEBOOK_CHECKS = [*EXERCISES, "check_null_vector"]


def run(check, fn, capsys):
    ok = check(fn)
    out = capsys.readouterr()
    assert out.err == ""
    return bool(ok), out.out


# ---------------------------------------------------------------------------
# The catalogues


@pytest.mark.parametrize("name", NOTEBOOK_CHECKS)
def test_every_exercise_is_registered_with_at_least_four_mistakes(name):
    check, reference, mistakes = checks.REGISTRY[name]
    assert check is getattr(checks, name)
    assert len(mistakes) >= 4
    assert all(m.fn is not None and m.says for m in mistakes)
    assert len({m.says for m in mistakes}) == len(mistakes), "two mistakes with the same message"


def _outcome(fn, args):
    """What ``fn(*args)`` does: ("value", v), ("raises", type), ("changed",) or ("none",)."""
    copies = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            got = fn(*copies)
    except Exception as exc:
        return ("raises", type(exc))
    if any(isinstance(a, np.ndarray) and not np.array_equal(a, c) for a, c in zip(args, copies, strict=True)):
        return ("changed",)
    if got is None:
        return ("none",)
    parts = got if isinstance(got, tuple) else (got,)
    return ("value", tuple(np.asarray(p, dtype=float) for p in parts))


def _alike(a, b):
    if a[0] != b[0] or len(a) != len(b):
        return False
    if a[0] != "value":
        return a == b
    return len(a[1]) == len(b[1]) and all(
        x.shape == y.shape and np.allclose(x, y, rtol=1e-6, atol=1e-9)
        for x, y in zip(a[1], b[1], strict=True)
    )


@pytest.mark.parametrize("name", sorted(EXERCISES))
def test_the_cases_tell_every_mistake_apart(name):
    """Each mistake differs from the reference, and from each other mistake, on at least one case."""
    reference, cases, mistakes = EXERCISES[name]
    fns = [("the reference", reference)] + [(m.says, m.fn) for m in mistakes]
    outcomes = [[_outcome(fn, args) for args in cases] for _, fn in fns]
    for i in range(len(fns)):
        for j in range(i + 1, len(fns)):
            assert not all(_alike(a, b) for a, b in zip(outcomes[i], outcomes[j], strict=True)), (
                f"{name}: the cases cannot tell apart\n  {fns[i][0]}\n  {fns[j][0]}"
            )


def test_the_null_vector_mistakes_are_no_null_vectors():
    for mistake in nb07.NULL_VECTOR_MISTAKES:
        assert any(
            nb07._null_problem(A, core._call(mistake.fn, (A,), learner=False)) for A in nb07._null_cases()
        )


# ---------------------------------------------------------------------------
# Right answers written in other ways than the references pass


def _stable_sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def descend_many_copying(df, w0, lr, steps):
    w = w0.copy()
    for _ in range(steps):
        w -= lr * df(w)
    return w


def tanh_gradients_loop_free(W1, b1, W2, b2, x, y):
    A = np.outer(x, W1) + b1
    Z = np.tanh(A)
    r = Z @ W2 + b2 - y
    m = len(x)
    dZ = np.outer(2 * r / m, W2)
    dA = dZ * (1 - np.tanh(A) ** 2)
    return dA.T @ x, np.sum(dA, axis=0), Z.T @ (2 * r / m), 2 * np.mean(r)


def stable_lr_wb_from_A(x):
    A = np.c_[x, np.ones_like(x)]  # notebook 07's way: the Hessian is (2/m) A^T A
    return 2 / np.linalg.eigvalsh(2 / len(x) * A.T @ A).max()


def softmax_shifted(z):
    shifted = z - z.max()
    return np.exp(shifted) / np.exp(shifted).sum()


RIGHT = [
    ("check_stable_lr", lambda x: 1 / np.mean(x**2)),
    ("check_stable_lr_slide", lambda x: 2 / np.mean(x**2)),
    ("check_stable_lr_wb", stable_lr_wb_from_A),
    ("check_descend_many", descend_many_copying),
    ("check_predict_matrix", lambda X, w, b: np.dot(X, w) + b),
    (
        "check_gradients_matrix",
        lambda X, w, b, y: ((X @ w + b - y) @ X * 2 / len(y), 2 * np.sum(X @ w + b - y) / len(y)),
    ),
    ("check_null_vector", lambda A: 5 * np.linalg.eigh(A.T @ A)[1][:, 0]),
    ("check_null_vector", lambda A: -np.linalg.svd(A)[2][-1]),
    ("check_sigmoid", _stable_sigmoid),
    (
        "check_sigmoid",
        lambda x: np.where(x >= 0, 1 / (1 + np.exp(-np.abs(x))), 1 - 1 / (1 + np.exp(-np.abs(x)))),
    ),
    ("check_relu", lambda x: x * (x > 0)),
    ("check_leaky_relu", lambda x: np.where(x > 0, x, 0.1 * x)),
    ("check_collapse", lambda W1, b1, W2, b2: (np.dot(W1, W2), np.dot(b1, W2) + b2)),
    ("check_tanh_gradients", tanh_gradients_loop_free),
    ("check_sigmoid_mse", lambda w, x, y: np.sum((_stable_sigmoid(w * x) - y) ** 2) / len(x)),
    (
        "check_mse_limits",
        lambda x, y: (np.mean((np.heaviside(-x, 0.5) - y) ** 2), np.mean((np.heaviside(x, 0.5) - y) ** 2)),
    ),
    (
        "check_sigmoid_mse_gradient",
        lambda w, x, y: (
            2
            / len(x)
            * np.sum((_stable_sigmoid(w * x) - y) * _stable_sigmoid(w * x) * _stable_sigmoid(-w * x) * x)
        ),
    ),
    ("check_cross_entropy", lambda p, y: -np.sum(np.where(y == 1, np.log(p), np.log(1 - p))) / len(p)),
    (
        "check_logistic_gradients",
        lambda w, b, x, y: (
            np.dot(_stable_sigmoid(w * x + b) - y, x) / len(x),
            np.mean(_stable_sigmoid(w * x + b) - y),
        ),
    ),
    ("check_softmax", softmax_shifted),
]


@pytest.mark.parametrize(("name", "fn"), RIGHT, ids=[f"{n}-{i}" for i, (n, _) in enumerate(RIGHT)])
def test_right_answers_in_other_words_pass(name, fn, capsys):
    ok, out = run(getattr(checks, name), fn, capsys)
    assert ok and out.startswith("Correct!"), out


@pytest.mark.parametrize("name", NOTEBOOK_CHECKS)
def test_the_stub_gets_feedback(name, capsys):
    ok, out = run(getattr(checks, name), lambda *args: None, capsys)
    assert not ok and out.startswith("Not yet:") and "None" in out, out


# ---------------------------------------------------------------------------
# Mistakes written as a learner writes them (not the catalogue's code) are named


def descend_one_step_short(df, w0, lr, steps):
    w = w0
    for _ in range(1, steps):
        w = w - lr * df(w)
    return w


def descend_returning_in_the_loop(df, w0, lr, steps):
    w = w0
    for _ in range(steps):
        w = w - lr * df(w)
        return w


def descend_in_place(df, w0, lr, steps):
    w = w0
    for _ in range(steps):
        w -= lr * df(w)
    return w


def sigmoid_with_where(x):
    return np.where(x >= 0, 1 / (1 + np.exp(-x)), np.exp(x) / (1 + np.exp(x)))


def tanh_gradients_slope_not_squared(W1, b1, W2, b2, x, y):
    A = x[:, None] * W1 + b1
    Z = np.tanh(A)
    h = Z @ W2 + b2
    dh = 2 * (h - y) / len(x)
    dA = dh[:, None] * W2 * (1 - np.tanh(A))
    return x @ dA, dA.sum(axis=0), Z.T @ dh, dh.sum()


def softmax_in_place(z):
    z -= z.max()
    e = np.exp(z)
    return e / e.sum()


LEARNER_MISTAKES = [
    ("check_stable_lr", lambda x: 1 / (2 * np.mean(x**2)), "that is 1/c"),
    ("check_stable_lr", lambda x: 4 / (x**2).sum(), "the notebook's m = 4"),
    ("check_stable_lr", lambda x: 4 / 30, "the same number comes back for every x"),
    ("check_stable_lr_slide", lambda x: len(x) / np.sum(x**2), "the course's edge"),
    (
        "check_stable_lr_wb",
        lambda x: 2 / np.linalg.eigvalsh(2 / len(x) * np.c_[x, x * 0 + 1].T @ np.c_[x, x * 0 + 1]).min(),
        "smallest eigenvalue",
    ),
    ("check_descend_many", descend_one_step_short, "one step too few"),
    ("check_descend_many", descend_returning_in_the_loop, "`return` is inside the loop"),
    ("check_descend_many", descend_in_place, "does not copy the array"),
    ("check_predict_matrix", lambda X, w, b: np.matmul(w, X) + b, "w @ X multiplies in the wrong order"),
    ("check_predict_matrix", lambda X, w, b: X.dot(w), "b is missing"),
    ("check_predict_matrix", lambda X, w, b: (X * w).sum(axis=0) + b, "axis=0"),
    (
        "check_gradients_matrix",
        lambda X, w, b, y: (2 * X.T @ (y - X @ w - b) / len(y), 2 * np.mean(y - X @ w - b)),
        "wrong sign",
    ),
    (
        "check_gradients_matrix",
        lambda X, w, b, y: (2 / 5 * X.T @ (X @ w + b - y), 2 / 5 * (X @ w + b - y).sum()),
        "m = 5",
    ),
    ("check_null_vector", lambda A: np.linalg.svd(A)[2][0], "FIRST row of Vt"),
    ("check_null_vector", lambda A: np.linalg.svd(A, full_matrices=True)[0][:, -1], "a column of U"),
    ("check_sigmoid", sigmoid_with_where, "np.where computes both branches"),
    ("check_sigmoid", lambda z: 1 / (1 + np.exp(-z)), "np.exp(1000) for x = -1000"),
    ("check_relu", lambda x: np.max(x, 0), "np.max(x, 0)"),
    ("check_leaky_relu", lambda x: np.where(x > 0, x, 0.01 * x), "the leak is 0.01"),
    ("check_collapse", lambda W1, b1, W2, b2: (W1 + W2, b1 + b2), "matrix product, not a sum"),
    ("check_collapse", lambda W1, b1, W2, b2: (W1 @ W2, b1 @ W2), "b misses b2"),
    ("check_tanh_gradients", tanh_gradients_slope_not_squared, "squared"),
    ("check_sigmoid_mse", lambda w, x, y: ((1 / (1 + np.exp(-w * x)) - y) ** 2).mean(), "np.exp(900)"),
    ("check_sigmoid_mse", lambda w, x, y: np.mean(_stable_sigmoid(w * x) - y) ** 2, "squares the mean"),
    (
        "check_mse_limits",
        lambda x, y: (np.mean(((x <= 0) * 1.0 - y) ** 2), np.mean(((x > 0) * 1.0 - y) ** 2)),
        "(x > 0)",
    ),
    (
        "check_mse_limits",
        lambda x, y: (np.mean((0.5 * (x == 0) - y) ** 2), np.mean((1 - 0.5 * (x == 0) - y) ** 2)),
        "a negative x goes the other way",
    ),
    (
        "check_sigmoid_mse_gradient",
        lambda w, x, y: np.mean((_stable_sigmoid(w * x) - y) * x),
        "cross-entropy gradient",
    ),
    ("check_cross_entropy", lambda p, y: -np.mean(y * np.log(p)), "y = 0 is missing"),
    ("check_cross_entropy", lambda p, y: np.mean(-y * np.log10(p) - (1 - y) * np.log10(1 - p)), "np.log10"),
    (
        "check_logistic_gradients",
        lambda w, b, x, y: (
            2 * np.mean((_stable_sigmoid(w * x + b) - y) * x),
            2 * np.mean(_stable_sigmoid(w * x + b) - y),
        ),
        "belongs to the MSE",
    ),
    (
        "check_logistic_gradients",
        lambda w, b, x, y: (np.mean((_stable_sigmoid(w * x) - y) * x), np.mean(_stable_sigmoid(w * x) - y)),
        "b is missing inside the sigmoid",
    ),
    ("check_softmax", lambda z: np.exp(z) / np.exp(z).sum(), "subtract the largest score first"),
    ("check_softmax", softmax_in_place, "changes the caller's array z"),
]


@pytest.mark.parametrize(
    ("name", "fn", "phrase"),
    LEARNER_MISTAKES,
    ids=[f"{n}-{i}" for i, (n, _, _) in enumerate(LEARNER_MISTAKES)],
)
def test_a_learners_mistake_is_named(name, fn, phrase, capsys):
    ok, out = run(getattr(checks, name), fn, capsys)
    assert not ok and out.startswith("Not yet:") and "Correct!" not in out, out
    assert phrase in out, out


# ---------------------------------------------------------------------------
# In place, uphill: never "Correct!"


def collapse_into_b2(W1, b1, W2, b2):
    b2 += b1 @ W2
    return W1 @ W2, b2


def tanh_gradients_into_y(W1, b1, W2, b2, x, y):
    A = x[:, None] * W1 + b1
    Z = np.tanh(A)
    y -= Z @ W2 + b2  # y now holds -(h - y)
    dh = -2 * y / len(x)
    dA = dh[:, None] * W2 * (1 - Z**2)
    return x @ dA, dA.sum(axis=0), Z.T @ dh, dh.sum()


def null_vector_of_centred_A(A):
    A -= A.mean(axis=0)
    A += A.mean(axis=0)  # back to the same numbers; A was still written to
    return np.linalg.svd(A)[2][-1]


def null_vector_zeroing_a_row(A):
    A[0] = 0.0
    return np.linalg.svd(A)[2][-1]


@pytest.mark.parametrize(
    ("name", "fn"),
    [
        ("check_collapse", collapse_into_b2),
        ("check_tanh_gradients", tanh_gradients_into_y),
        ("check_null_vector", null_vector_zeroing_a_row),
        ("check_descend_many", descend_in_place),
        ("check_softmax", softmax_in_place),
    ],
)
def test_changing_an_input_in_place_is_reported(name, fn, capsys):
    ok, out = run(getattr(checks, name), fn, capsys)
    assert not ok and out.startswith("Not yet:"), out
    assert "in place" in out or "changes the caller's" in out or "does not copy" in out, out


def descend_uphill(df, w0, lr, steps):
    w = w0
    for _ in range(steps):
        w = w + lr * df(w)
    return w


def descend_uphill_double_minus(df, w0, lr, steps):
    w = np.array(w0, dtype=float)
    for _ in range(steps):
        w = w - lr * -df(w)
    return w


def descend_uphill_with_a_copy(df, w0, lr, steps):
    w = w0.copy()
    for _ in range(steps):
        w += lr * df(w)
    return w


@pytest.mark.parametrize("fn", [descend_uphill, descend_uphill_double_minus, descend_uphill_with_a_copy])
def test_walking_uphill_is_named_never_correct(fn, capsys):
    ok, out = run(checks.check_descend_many, fn, capsys)
    assert not ok and out.startswith("Not yet:") and "Correct!" not in out, out
    assert "walks uphill" in out, out

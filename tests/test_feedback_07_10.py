"""Feedback of the checks of notebooks 07-10, tried as a beginner: mistakes a learner really writes after
reading the notebook (in the learner's own words, not the catalogue's code) are named; right answers
written another way pass; the messages do not send the learner the wrong way.

(The generic tests of every catalogued mistake are in test_check_catalogue.py and test_checks_06_10.py.)"""

from __future__ import annotations

import math

import numpy as np
import pytest

import lecture_utils as lu
from lecture_utils import checks

X_NOTEBOOK, _ = lu.load_multivariable()  # notebook 07's global X, which a learner's function may read
X_BINARY, Y_BINARY = lu.load_binary()  # notebooks 09-10's global x, y


def run(check, fn, capsys):
    ok = check(fn)
    out = capsys.readouterr()
    assert out.err == ""
    return bool(ok), out.out


def stable_sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


# ---------------------------------------------------------------------------
# Notebook 07


def predict_loop(X, w, b):
    out = []
    for i in range(len(X)):
        out.append(X[i] @ w + b)
    return np.array(out)


def predict_global_x(features, w, b):
    return X_NOTEBOOK @ w + b


def predict_transposed(X, w, b):
    return X.T @ w + b


def gradients_n_features(X, w, b, y):
    m = X.shape[1]
    r = X @ w + b - y
    return 2 / m * X.T @ r, 2 / m * np.sum(r)


def gradients_mean_of_dw(X, w, b, y):
    r = X @ w + b - y
    return 2 * np.mean(X.T @ r), 2 * np.mean(r)


def null_vector_reduced_svd(A):
    U, S, Vt = np.linalg.svd(A, full_matrices=False)
    return Vt[-1]


def null_vector_whole_vt(A):
    return np.linalg.svd(A)[2]


# ---------------------------------------------------------------------------
# Notebook 08


def sigmoid_branches_swapped(x):
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, e / (1 + e), 1 / (1 + e))


def sigmoid_if_else(x):
    e = np.exp(-np.abs(x))
    if x >= 0:
        return 1 / (1 + e)
    else:
        return e / (1 + e)


def sigmoid_masks(x):
    out = np.empty_like(x)
    pos = x >= 0
    out[pos] = 1 / (1 + np.exp(-x[pos]))
    out[~pos] = np.exp(x[~pos]) / (1 + np.exp(x[~pos]))
    return out


def sigmoid_math_loop(x):
    return [1 / (1 + math.exp(-v)) if v >= 0 else math.exp(v) / (1 + math.exp(v)) for v in x]


def _tanh_forward(x, W1, b1, W2, b2):
    A = x[:, None] * W1 + b1
    Z = np.tanh(A)
    return A, Z, Z @ W2 + b2


def tanh_gradients_x_dot_w1(W1, b1, W2, b2, x, y):
    A = x @ W1 + b1
    Z = np.tanh(A)
    h = Z @ W2 + b2
    dh = 2 * (h - y) / len(x)
    dA = dh[:, None] * W2 * (1 - Z**2)
    return x @ dA, dA.sum(axis=0), Z.T @ dh, dh.sum()


def tanh_gradients_db2_mean(W1, b1, W2, b2, x, y):
    A, Z, h = _tanh_forward(x, W1, b1, W2, b2)
    dh = 2 * (h - y) / len(x)
    dA = dh[:, None] * W2 * (1 - Z**2)
    return x @ dA, dA.sum(axis=0), Z.T @ dh, np.mean(dh)


def tanh_gradients_db1_sum_all(W1, b1, W2, b2, x, y):
    A, Z, h = _tanh_forward(x, W1, b1, W2, b2)
    dh = 2 * (h - y) / len(x)
    dA = dh[:, None] * W2 * (1 - Z**2)
    return x @ dA, np.sum(dA), Z.T @ dh, dh.sum()


def tanh_gradients_tanh_twice(W1, b1, W2, b2, x, y):
    A, Z, h = _tanh_forward(x, W1, b1, W2, b2)
    dh = 2 * (h - y) / len(x)
    dA = dh[:, None] * W2 * (1 - np.tanh(Z) ** 2)
    return x @ dA, dA.sum(axis=0), Z.T @ dh, dh.sum()


def tanh_gradients_without_b2(W1, b1, W2, b2, x, y):
    A = x[:, None] * W1 + b1
    Z = np.tanh(A)
    h = Z @ W2
    dh = 2 * (h - y) / len(x)
    dA = dh[:, None] * W2 * (1 - Z**2)
    return x @ dA, dA.sum(axis=0), Z.T @ dh, dh.sum()


def tanh_gradients_means(W1, b1, W2, b2, x, y):
    A, Z, h = _tanh_forward(x, W1, b1, W2, b2)
    dh = 2 * (h - y)
    dA = dh[:, None] * W2 * (1 - Z**2)
    return (
        np.mean(x[:, None] * dA, axis=0),
        dA.mean(axis=0),
        np.mean(Z * dh[:, None], axis=0),
        dh.mean(),
    )


# ---------------------------------------------------------------------------
# Notebooks 09-10


def sigmoid_mse_global_m(w, x, y):
    m = 10  # the notebook's m
    return np.sum((stable_sigmoid(w * x) - y) ** 2) / m


def sigmoid_mse_loop(w, x, y):
    total = 0
    for i in range(len(x)):
        total += (stable_sigmoid(w * x[i]) - y[i]) ** 2
    return total / len(x)


def mse_gradient(w):  # the notebook's own function, on its global x, y
    h = stable_sigmoid(w * X_BINARY)
    return 2 * np.mean((h - Y_BINARY) * h * (1 - h) * X_BINARY)


def sigmoid_mse_gradient_notebooks(w, x, y):
    return mse_gradient(w)


def sigmoid_mse_gradient_finite_difference(w, x, y):
    def cost(w):
        return np.mean((stable_sigmoid(w * x) - y) ** 2)

    return (cost(w + 1e-6) - cost(w - 1e-6)) / 2e-6


def cross_entropy_if(p, y):
    if y == 1:
        return -np.mean(np.log(p))
    return -np.mean(np.log(1 - p))


def cross_entropy_math_loop(p, y):
    total = 0.0
    for pi, yi in zip(p, y, strict=True):
        total += yi * math.log(pi) + (1 - yi) * math.log(1 - pi)
    return -total / len(p)


def softmax_list(z):
    c = max(z)
    total = sum(np.exp(v - c) for v in z)
    return [np.exp(v - c) / total for v in z]


# (the mistakes that raise are functions of their own: the feedback quotes the learner's line, which
# must not be the line of the test that holds the phrase looked for)


def collapse_elementwise(W1, b1, W2, b2):
    return W1 * W2, b1 * W2 + b2


def collapse_b2_through_w2(W1, b1, W2, b2):
    return W1 @ W2, (b1 + b2) @ W2


def cross_entropy_log_of_label(p, y):
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - y))


def softmax_bottom_shifted(z):
    return np.exp(z) / np.exp(z - z.max()).sum()


LEARNER_MISTAKES = [
    ("check_predict_matrix", predict_loop, "uses a Python loop"),
    ("check_predict_matrix", lambda X, w, b: [row @ w + b for row in X], "uses a Python loop"),
    ("check_predict_matrix", predict_global_x, "the notebook's table X"),
    ("check_predict_matrix", predict_transposed, "so does X.T @ w"),
    ("check_gradients_matrix", gradients_n_features, "X.shape[1]"),
    ("check_gradients_matrix", gradients_mean_of_dw, "np.mean(X.T @ r)"),
    ("check_null_vector", null_vector_reduced_svd, "full_matrices=False"),
    ("check_collapse", collapse_elementwise, "entry by entry"),
    ("check_collapse", lambda W1, b1, W2, b2: (np.dot(W1, W2), b1 * W2 + b2), "b1 * W2"),
    ("check_collapse", collapse_b2_through_w2, "also multiplies b2 by W2"),
    ("check_sigmoid", sigmoid_branches_swapped, "branches of np.where are swapped"),
    ("check_sigmoid", sigmoid_if_else, "`if x >= 0:`"),
    ("check_tanh_gradients", tanh_gradients_x_dot_w1, "x @ W1 is one dot product"),
    ("check_tanh_gradients", tanh_gradients_db2_mean, "db2 is the sum of dh"),
    ("check_tanh_gradients", tanh_gradients_db1_sum_all, "db1 adds up all of dA"),
    ("check_tanh_gradients", tanh_gradients_tanh_twice, "applies tanh twice"),
    ("check_tanh_gradients", tanh_gradients_without_b2, "forgot b2"),
    ("check_sigmoid_mse", lambda w, x, y: np.mean((stable_sigmoid(w) * x - y) ** 2), "sigmoid(W) * x"),
    ("check_sigmoid_mse", lambda w, x, y: np.mean((stable_sigmoid(w * x) - y) ** 2) ** 0.5, "RMSE"),
    ("check_sigmoid_mse", lambda w, x, y: np.abs(stable_sigmoid(w * x) - y).mean(), "MAE"),
    ("check_sigmoid_mse", sigmoid_mse_global_m, "m = 10"),
    ("check_sigmoid_mse", lambda w, x, y: (y - stable_sigmoid(w * x)) ** 2, "one per sample"),
    ("check_mse_limits", lambda x, y: (np.mean(y**2), np.mean((1 - y) ** 2)), "H is not 1 for every sample"),
    (
        "check_mse_limits",
        lambda x, y: (
            np.mean((stable_sigmoid(-np.inf * x) - y) ** 2),
            np.mean((stable_sigmoid(np.inf * x) - y) ** 2),
        ),
        "np.inf * 0",
    ),
    (
        "check_sigmoid_mse_gradient",
        lambda w, x, y: (
            2 * np.mean((stable_sigmoid(w * x) - y) * stable_sigmoid(w * x) * (1 - stable_sigmoid(w * x))) * x
        ),
        "x is outside the mean",
    ),
    (
        "check_sigmoid_mse_gradient",
        lambda w, x, y: 2 * np.mean((stable_sigmoid(w * x) - y) * (1 - stable_sigmoid(w * x)) * x),
        "both factors",
    ),
    (
        "check_sigmoid_mse_gradient",
        lambda w, x, y: (
            2 * np.sum((stable_sigmoid(w * x) - y) * stable_sigmoid(w * x) * stable_sigmoid(-w * x) * x)
        ),
        "a sum over the samples",
    ),
    (
        "check_sigmoid_mse_gradient",
        lambda w, x, y: 2 * np.mean((stable_sigmoid(w * x) - y) * (1 - stable_sigmoid(w * x) ** 2) * x),
        "slope of tanh",
    ),
    ("check_sigmoid_mse_gradient", sigmoid_mse_gradient_notebooks, "the notebook's binary table"),
    (
        "check_cross_entropy",
        lambda p, y: -np.mean(y * np.log(p) + (1 - y) * (1 - np.log(p))),
        "1 minus the log",
    ),
    ("check_cross_entropy", lambda p, y: np.mean(-y * np.log(p) + (1 - y) * np.log(1 - p)), "only the first"),
    ("check_cross_entropy", lambda p, y: ((y - p) ** 2).mean(), "the MSE of notebook 09"),
    (
        "check_cross_entropy",
        lambda p, y: -y * np.log(p) - (1 - y) * np.log(1 - p),
        "the losses of each sample",
    ),
    ("check_cross_entropy", cross_entropy_log_of_label, "the second log takes the label"),
    ("check_cross_entropy", cross_entropy_if, "`if y == 1:`"),
    (
        "check_logistic_gradients",
        lambda w, b, x, y: (
            np.mean((lu.sigmoid(w * x + b) - y) * x),
            np.mean((lu.sigmoid(w * x + b) - y) * x),
        ),
        "an x too many",
    ),
    ("check_softmax", softmax_bottom_shifted, "but the top is not"),
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


RIGHT = [
    ("check_predict_matrix", lambda X, w, b: w @ X.T + b),
    ("check_predict_matrix", lambda X, w, b: (X @ w + b).tolist()),
    ("check_predict_matrix", lambda X, w, b: np.sum(X * w, axis=1) + b),
    (
        "check_gradients_matrix",
        lambda X, w, b, y: [2 * np.mean(X * (X @ w + b - y)[:, None], axis=0), 2 * np.mean(X @ w + b - y)],
    ),
    ("check_null_vector", lambda A: np.linalg.svd(A)[2].T[:, -1]),
    ("check_null_vector", lambda A: np.linalg.eig(A.T @ A)[1][:, np.argmin(np.linalg.eig(A.T @ A)[0])]),
    ("check_collapse", lambda W1, b1, W2, b2: [W1 @ W2, b2 + b1 @ W2]),
    ("check_sigmoid", sigmoid_masks),
    ("check_sigmoid", sigmoid_math_loop),
    ("check_sigmoid", lambda x: 0.5 * (1 + np.tanh(x / 2))),
    ("check_tanh_gradients", tanh_gradients_means),
    ("check_sigmoid_mse", sigmoid_mse_loop),
    ("check_sigmoid_mse_gradient", sigmoid_mse_gradient_finite_difference),
    (
        "check_mse_limits",
        lambda x, y: (np.mean(((1 - np.sign(x)) / 2 - y) ** 2), np.mean(((np.sign(x) + 1) / 2 - y) ** 2)),
    ),
    ("check_cross_entropy", cross_entropy_math_loop),
    (
        "check_cross_entropy",
        lambda p, y: -np.mean(y * np.log(np.clip(p, 1e-12, 1)) + (1 - y) * np.log(np.clip(1 - p, 1e-12, 1))),
    ),
    (
        "check_logistic_gradients",
        lambda w, b, x, y: (
            (lu.sigmoid(w * x + b) - y) @ x / len(x),
            np.sum(lu.sigmoid(w * x + b) - y) / len(x),
        ),
    ),
    ("check_softmax", softmax_list),
]


@pytest.mark.parametrize(("name", "fn"), RIGHT, ids=[f"{n}-{i}" for i, (n, _) in enumerate(RIGHT)])
def test_right_answers_in_other_words_pass(name, fn, capsys):
    ok, out = run(getattr(checks, name), fn, capsys)
    assert ok and out.startswith("Correct!"), out


def test_a_wrong_shaped_null_vector_is_not_called_one_value_per_sample(capsys):
    """v has one entry per column of A (per unknown); 'one value per sample' would send the learner to
    the rows of A."""
    ok, out = run(checks.check_null_vector, null_vector_whole_vt, capsys)
    assert not ok and "one entry per column of A" in out and "per sample)" not in out, out

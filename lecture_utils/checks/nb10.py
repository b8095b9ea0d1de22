"""Notebook 10 (cross entropy, logistic regression): cross entropy, gradients, softmax."""

from __future__ import annotations

import numpy as np

from ..activations import _sigmoid
from ..data import make_two_class
from ..i18n import N_
from .core import Mistake, check_function, exercise, prediction

_xb = np.arange(10) / 10  # the lecture's binary table: the notebook's global x, y
_yb = np.array([0, 1, 0, 1, 0, 1, 1, 0, 0, 0], dtype=float)
_xs = np.array([-0.5, 0.0, 0.3, 1.2])
_ys = np.array([1.0, 0.0, 1.0, 0.0])


def ref_cross_entropy(p, y):
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))


def _if_on_array(p, y):
    if y == 1:  # a ValueError for an array of several labels
        return -np.mean(np.log(p))
    return -np.mean(np.log(1 - p))


CROSS_ENTROPY_MISTAKES = [
    Mistake(
        N_(
            "the sign is flipped, so the cost comes out negative: log p < 0 for p in (0, 1), and the formula "
            "starts with a minus, -(1/m) sum [y log p + (1 - y) log(1 - p)]."
        ),
        lambda p, y: np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)),
    ),
    Mistake(
        N_("the term of the samples with y = 0 is missing: add (1 - y) log(1 - p) inside the sum."),
        lambda p, y: -np.mean(y * np.log(p)),
    ),
    Mistake(
        N_("that is the sum over the samples; the cost is the mean, -(1/m) sum [...]: np.mean."),
        lambda p, y: -np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)),
    ),
    Mistake(
        N_("the two logs are swapped: y goes with log p, and (1 - y) with log(1 - p)."),
        lambda p, y: -np.mean((1 - y) * np.log(p) + y * np.log(1 - p)),
    ),
    Mistake(
        N_("np.log10 is the base-10 logarithm; cross entropy uses the natural logarithm, np.log."),
        lambda p, y: -np.mean(y * np.log10(p) + (1 - y) * np.log10(1 - p)),
    ),
    Mistake(
        N_("both terms use log p; the second one is (1 - y) log(1 - p)."),
        lambda p, y: -np.mean(y * np.log(p) + (1 - y) * np.log(p)),
    ),
    Mistake(
        N_(
            "the second term is (1 - y) log(1 - p), the log of 1 - p; (1 - y)(1 - log p) takes 1 minus the log."
        ),
        lambda p, y: -np.mean(y * np.log(p) + (1 - y) * (1 - np.log(p))),
    ),
    Mistake(
        N_(
            "the minus sign covers only the first term; it goes in front of the whole sum: "
            "-(1/m) sum [y log p + (1 - y) log(1 - p)], e.g. -np.mean(...)."
        ),
        lambda p, y: np.mean(-y * np.log(p) + (1 - y) * np.log(1 - p)),
    ),
    Mistake(
        N_(
            "that is the MSE of notebook 09, mean((p - y)^2); cross entropy uses logs: "
            "-(1/m) sum [y log p + (1 - y) log(1 - p)]."
        ),
        lambda p, y: np.mean((p - y) ** 2),
    ),
    Mistake(
        N_("those are the losses of each sample; the cost is one number, their mean: -np.mean(...)."),
        lambda p, y: -(y * np.log(p) + (1 - y) * np.log(1 - p)),
    ),
    Mistake(
        N_(
            "the second log takes the label, log(1 - y), which is log 0 when y = 1; it takes the prediction: "
            "(1 - y) log(1 - p)."
        ),
        lambda p, y: -np.mean(y * np.log(p) + (1 - y) * np.log(1 - y)),
    ),
    Mistake(
        N_(
            "`if y == 1:` asks one yes/no question about the whole array y, which numpy cannot answer when y "
            "has several values (ValueError: the truth value of an array ... is ambiguous). The formula picks "
            "the right term for each sample by itself: y log p + (1 - y) log(1 - p)."
        ),
        _if_on_array,
    ),
]


_y4 = np.array([0.0, 1.0, 0.0, 1.0])
CROSS_ENTROPY_CASES = [
    (np.array([0.1, 0.9, 0.2, 0.7]), _y4),
    (np.full(4, 0.5), _y4),
    (np.array([0.9, 0.1, 0.8, 0.3]), _y4),
    (np.array([0.999]), np.array([1.0])),
    (np.array([0.3, 0.6, 0.95]), np.array([1.0, 1.0, 0.0])),
    (np.array([0.2, 0.4]), np.zeros(2)),  # no y = 1: log(1 - y) is finite here
]


@exercise(reference=ref_cross_entropy, mistakes=CROSS_ENTROPY_MISTAKES)
def check_cross_entropy(fn) -> bool:
    """Notebook 10: ``cross_entropy(p, y)`` = -(1/m) sum [y log p + (1 - y) log(1 - p)]."""
    return check_function(
        fn, ref_cross_entropy, CROSS_ENTROPY_CASES, name="cross_entropy", mistakes=CROSS_ENTROPY_MISTAKES
    )


def ref_logistic_gradients(w, b, x, y):
    r = _sigmoid(w * x + b) - y
    return np.mean(r * x), np.mean(r)


def _gradients(w, b, x, y, sigmoid=_sigmoid, two=1.0, slope=False, times_x=True, with_b=True, mean=True):
    """((1/m) sum (H - y) x, (1/m) sum (H - y)); the keywords change one piece, as the mistakes do."""
    h = sigmoid(w * x + (b if with_b else 0.0))
    r = (h - y) * (h * (1 - h) if slope else 1.0)
    total = np.mean if mean else np.sum
    return two * total(r * (x if times_x else 1.0)), two * total(r)


LOGISTIC_GRADIENTS_MISTAKES = [
    Mistake(
        N_(
            "twice the expected: that 2 belongs to the MSE's gradient; for cross entropy "
            "d cost/dW = (1/m) sum (H - y) x and d cost/db = (1/m) sum (H - y), no 2."
        ),
        lambda *a: _gradients(*a, two=2.0),
    ),
    Mistake(
        N_(
            "that multiplies by the sigmoid's slope H (1 - H), as for the MSE; with cross entropy it cancels: "
            "d cost/dW = (1/m) sum (H - y) x."
        ),
        lambda *a: _gradients(*a, slope=True),
    ),
    Mistake(
        N_("d cost/dW forgot x: (1/m) sum (H - y) x; only d cost/db = (1/m) sum (H - y) has none."),
        lambda *a: _gradients(*a, times_x=False),
    ),
    Mistake(
        N_("both have the wrong sign: the residual is H - y (prediction minus label), not y - H."),
        lambda *a: tuple(-g for g in ref_logistic_gradients(*a)),
    ),
    Mistake(
        N_("the two gradients are swapped: return (d cost/dW, d cost/db)."),
        lambda *a: ref_logistic_gradients(*a)[::-1],
    ),
    Mistake(
        N_("H is the sigmoid of w x + b: H = sigmoid(w * x + b), then r = H - y."),
        lambda *a: _gradients(*a, sigmoid=lambda z: z),
    ),
    Mistake(
        N_("those are sums over the samples; the gradients are means, (1/m) sum: np.mean."),
        lambda *a: _gradients(*a, mean=False),
    ),
    Mistake(
        N_("b is missing inside the sigmoid: H = sigmoid(w * x + b)."),
        lambda *a: _gradients(*a, with_b=False),
    ),
    Mistake(
        N_(
            "for w = -800, 1 / (1 + np.exp(-(w * x + b))) computes np.exp(718), which overflows. Use a "
            "sigmoid that never overflows: lu.sigmoid."
        ),
        lambda *a: _gradients(*a, sigmoid=lambda z: 1 / (1 + np.exp(-z))),
    ),
    Mistake(
        N_(
            "the gradients are the same on every table: the function uses the notebook's binary table (its "
            "global x, y) instead of its own arguments x and y."
        ),
        lambda w, b, x, y: ref_logistic_gradients(w, b, _xb, _yb),
    ),
    Mistake(
        N_("d cost/db has an x too many: only d cost/dW multiplies by x; d cost/db = (1/m) sum (H - y)."),
        lambda *a: (ref_logistic_gradients(*a)[0], ref_logistic_gradients(*a)[0]),
    ),
]


LOGISTIC_GRADIENTS_CASES = [
    (0.0, 0.0, _xb, _yb),
    (2.0, -1.0, _xb, _yb),
    (-3.0, 0.5, _xs, _ys),
    (-800.0, 2.0, _xb, _yb),
]


@exercise(reference=ref_logistic_gradients, mistakes=LOGISTIC_GRADIENTS_MISTAKES)
def check_logistic_gradients(fn) -> bool:
    """Notebook 10: ``gradients(w, b, x, y)`` for cross entropy: (mean((H - y) x), mean(H - y))."""
    return check_function(
        fn,
        ref_logistic_gradients,
        LOGISTIC_GRADIENTS_CASES,
        name="gradients",
        mistakes=LOGISTIC_GRADIENTS_MISTAKES,
    )


# ---------------------------------------------------------------------------
# The training loop: gradient descent for the sigmoid hypothesis with cross entropy


def ref_logistic_descent(W, b, x, y, lr, steps):
    for _ in range(steps):
        dW, db = ref_logistic_gradients(W, b, x, y)
        W, b = W - lr * dW, b - lr * db
    return W, b


def _descent_b_after_w(W, b, x, y, lr, steps):
    for _ in range(steps):
        W = W - lr * ref_logistic_gradients(W, b, x, y)[0]
        b = b - lr * ref_logistic_gradients(W, b, x, y)[1]  # uses the new W
    return W, b


def _descent_return_in_loop(W, b, x, y, lr, steps):
    for _ in range(steps):
        dW, db = ref_logistic_gradients(W, b, x, y)
        W, b = W - lr * dW, b - lr * db
        return W, b


def _descent_gradients_once(W, b, x, y, lr, steps):
    dW, db = ref_logistic_gradients(W, b, x, y)  # before the loop: never computed again
    for _ in range(steps):
        W, b = W - lr * dW, b - lr * db
    return W, b


def _descent_b_fixed(W, b, x, y, lr, steps):
    for _ in range(steps):
        W = W - lr * ref_logistic_gradients(W, b, x, y)[0]
    return W, b


def _descent_mse(W, b, x, y, lr, steps):
    for _ in range(steps):
        h = _sigmoid(W * x + b)
        r = 2.0 * (h - y) * h * (1 - h)
        W, b = W - lr * np.mean(r * x), b - lr * np.mean(r)
    return W, b


def _descent_linear(W, b, x, y, lr, steps):
    for _ in range(steps):
        r = W * x + b - y
        W, b = W - lr * 2.0 * np.mean(r * x), b - lr * 2.0 * np.mean(r)
    return W, b


LOGISTIC_DESCENT_MISTAKES = [
    Mistake(
        N_("one step too few: the loop should run `steps` times, for _ in range(steps)."),
        lambda W, b, x, y, lr, steps: ref_logistic_descent(W, b, x, y, lr, max(steps - 1, 0)),
    ),
    Mistake(
        N_("one step too many: the loop should run `steps` times, for _ in range(steps)."),
        lambda W, b, x, y, lr, steps: ref_logistic_descent(W, b, x, y, lr, steps + 1),
    ),
    Mistake(
        N_(
            "that walks uphill, and the cross entropy grows: each update subtracts lr times the gradient, "
            "W - lr * dW and b - lr * db."
        ),
        lambda W, b, x, y, lr, steps: ref_logistic_descent(W, b, x, y, -lr, steps),
    ),
    Mistake(
        N_(
            "b was updated with the new W: compute both gradients from the same (W, b) first, "
            "dW, db = gradients(W, b, x, y), then update both (W, b = W - lr * dW, b - lr * db)."
        ),
        _descent_b_after_w,
    ),
    Mistake(
        N_(
            "the `return` is inside the loop, so the function stops after the first step (and returns nothing "
            "when steps = 0): move `return W, b` out of the loop, one indentation level left."
        ),
        _descent_return_in_loop,
    ),
    Mistake(
        N_(
            "the gradients are computed once, before the loop, so every step uses the slope at the start. "
            "Compute dW, db = gradients(W, b, x, y) inside the loop, from the current W and b."
        ),
        _descent_gradients_once,
    ),
    Mistake(
        N_("b never changes: update it in every step too, b - lr * db."),
        _descent_b_fixed,
    ),
    Mistake(
        N_("W and b come back swapped: return (W, b), W first."),
        lambda W, b, x, y, lr, steps: ref_logistic_descent(W, b, x, y, lr, steps)[::-1],
    ),
    Mistake(
        N_(
            "those steps follow the MSE of the sigmoid (notebook 09), 2 (H - y) H (1 - H); cross entropy's "
            "gradients are (1/m) sum (H - y) x and (1/m) sum (H - y): use gradients(W, b, x, y)."
        ),
        _descent_mse,
    ),
    Mistake(
        N_(
            "those are the steps of linear regression (notebook 05): H is the sigmoid of W x + b here, and "
            "there is no 2. Use gradients(W, b, x, y) from the cell above."
        ),
        _descent_linear,
    ),
]


_xd = np.array([-1.0, 0.5, 2.0])
_yd = np.array([1.0, 0.0, 1.0])
LOGISTIC_DESCENT_CASES = [
    (0.0, 0.0, _xb, _yb, 1.0, 3),
    (1.0, -0.5, _xd, _yd, 0.5, 1),
    (-2.0, 1.0, _xs, _ys, 0.3, 20),
    (0.5, 0.5, _xd, _yd, 0.1, 0),
]

#: gradient_descent may call the learner's gradients (checked by check_logistic_gradients)
EARLIER_10 = {"gradients": (ref_logistic_gradients, LOGISTIC_GRADIENTS_CASES, "check_logistic_gradients")}


@exercise(reference=ref_logistic_descent, mistakes=LOGISTIC_DESCENT_MISTAKES)
def check_logistic_descent(fn) -> bool:
    """Notebook 10: ``gradient_descent(W, b, x, y, lr, steps)`` runs ``steps`` cross-entropy updates of
    W and b together for H(x) = sigmoid(W x + b) and returns the final (W, b)."""
    return check_function(
        fn,
        ref_logistic_descent,
        LOGISTIC_DESCENT_CASES,
        name="gradient_descent",
        mistakes=LOGISTIC_DESCENT_MISTAKES,
        earlier=EARLIER_10,
    )


def ref_softmax(z):
    e = np.exp(z - np.max(z))
    return e / e.sum()


def _z_minus_equals(z):
    z -= np.max(z)
    return np.exp(z) / np.sum(np.exp(z))


SOFTMAX_MISTAKES = [
    Mistake(
        N_(
            "np.exp(1000) overflows (and np.exp(-1000) is 0, so all-negative scores give 0 / 0): subtract "
            "the largest score first, e = np.exp(z - np.max(z)); the result does not change."
        ),
        lambda z: np.exp(z) / np.sum(np.exp(z)),
    ),
    Mistake(
        N_(
            "subtracting the smallest score leaves large positive exponents (1000 - (-1000) = 2000), which "
            "overflow: subtract the largest, np.max(z), so that every exponent is <= 0."
        ),
        lambda z: np.exp(z - np.min(z)) / np.sum(np.exp(z - np.min(z))),
    ),
    Mistake(
        N_(
            "subtracting the mean can still leave large positive exponents (1000 - 0 for z = [1000, -1000]), "
            "which overflow: subtract the largest score, np.max(z), so that every exponent is <= 0."
        ),
        lambda z: np.exp(z - np.mean(z)) / np.sum(np.exp(z - np.mean(z))),
    ),
    Mistake(
        N_("the outputs do not add up to 1: divide by their sum, e / np.sum(e)."),
        lambda z: np.exp(z - np.max(z)),
    ),
    Mistake(
        N_(
            "the top is shifted, e^(z - max), but the bottom is not, sum e^z: shift both by the same number, "
            "e = np.exp(z - np.max(z)), then e / np.sum(e)."
        ),
        lambda z: np.exp(z - np.max(z)) / np.sum(np.exp(z)),
    ),
    Mistake(
        N_(
            "that is the sigmoid of each score on its own; softmax divides each e^z by the sum over all the "
            "scores, so the outputs add up to 1."
        ),
        _sigmoid,
    ),
    Mistake(
        N_(
            "the values are right, but `z -= np.max(z)` changes the caller's array z: write "
            "z = z - np.max(z) (a new array), or e = np.exp(z - np.max(z))."
        ),
        _z_minus_equals,
    ),
    Mistake(
        N_(
            "the bottom is shifted, sum e^(z - max), but the top is not, e^z: shift both by the same number, "
            "e = np.exp(z - np.max(z)), then e / np.sum(e)."
        ),
        lambda z: np.exp(z) / np.sum(np.exp(z - np.max(z))),
    ),
]


SOFTMAX_CASES = [
    (np.array([1.0, 2.0, 3.0]),),
    (np.zeros(4),),
    (np.array([1000.0, 999.0, -1000.0]),),
    (np.array([-1000.0, -999.0, -1002.0]),),  # all very negative: subtracting the min is fine here
    (np.array([1000.0, -1000.0]),),  # mean 0: subtracting the mean still overflows
]


@exercise(reference=ref_softmax, mistakes=SOFTMAX_MISTAKES)
def check_softmax(fn) -> bool:
    """Notebook 10: ``softmax(z)`` = e^z / sum e^z for a 1-D z, stable for large z."""
    return check_function(fn, ref_softmax, SOFTMAX_CASES, name="softmax", mistakes=SOFTMAX_MISTAKES)


# ---------------------------------------------------------------------------
# Prediction before the 2-D training slider

_START_W2, _START_B2 = np.array([-1.0, 0.5]), 1.0  # the explorer's start, w0=(-1, 0.5), b0=1


def _start_accuracy():
    """The percentage of the 100 points right at the explorer's start."""
    X2, y2 = make_two_class(m=100, separation=2.0, seed=0)
    return 100 * np.mean(((X2 @ _START_W2 + _START_B2) >= 0) == (y2 == 1))


@prediction(
    why=N_(
        "a boundary that faces the wrong way puts most points of class 1 on the class-0 side and the other "
        "way round, so fewer than half of the points are right; yet not none, because the two clouds overlap "
        "and some points sit on the far side of their own cloud."
    ),
    rtol=0.1,  # a rough guess: any percentage within 10% of the right one
    mistakes=[
        Mistake(
            N_("50% is a coin toss; this start is worse than chance: its boundary faces the wrong way."),
            answer=(50.0,),
        ),
        Mistake(
            N_(
                "0% would need two clouds that do not overlap; these do, so some points are right even with "
                "the boundary facing the wrong way."
            ),
            answer=(0.0,),
        ),
        Mistake(
            N_(
                "100% would be a perfect boundary facing the right way; at step 0 it faces the wrong way, and "
                "the clouds overlap, so not even the end of training gets every point."
            ),
            answer=(100.0,),
        ),
        Mistake(
            N_(
                "that is the share the same line gets right facing the right way (w and b with the opposite "
                "signs); facing the wrong way it gets the rest."
            ),
            answer=(100 - _start_accuracy(),),
        ),
    ],
)
def check_prediction_start_accuracy():
    """Notebook 10: at step 0 of the 2-D training slider, what percentage of the 100 points is right?"""
    return _start_accuracy()

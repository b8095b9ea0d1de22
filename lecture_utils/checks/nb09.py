"""Notebook 09 (binary classification): MSE of a sigmoid, its limits and its gradient."""

from __future__ import annotations

import numpy as np

from ..activations import _sigmoid
from ..i18n import N_
from .core import Mistake, check_function, exercise, prediction

_xb = np.arange(10) / 10  # the lecture's binary table: the notebook's global x, y (m = 10)
_yb = np.array([0, 1, 0, 1, 0, 1, 1, 0, 0, 0], dtype=float)
_xs = np.array([-0.5, 0.0, 0.3, 1.2])  # a small set with a negative x and x = 0
_ys = np.array([1.0, 0.0, 1.0, 0.0])


def _overflowing_sigmoid(z):
    return 1 / (1 + np.exp(-z))


def ref_sigmoid_mse(W, x, y):
    return np.mean((_sigmoid(W * x) - y) ** 2)


SIGMOID_MSE_MISTAKES = [
    Mistake(
        N_(
            "for W = -1000, 1 / (1 + np.exp(-W * x)) computes np.exp(900), which overflows. Use a sigmoid "
            "that never overflows: the stable `sigmoid` of section 3, or lu.sigmoid."
        ),
        lambda W, x, y: np.mean((_overflowing_sigmoid(W * x) - y) ** 2),
    ),
    Mistake(
        N_(
            "that is the MSE of the line H(x) = W x; put W x through the sigmoid first: "
            "np.mean((sigmoid(W * x) - y) ** 2)."
        ),
        lambda W, x, y: np.mean((W * x - y) ** 2),
    ),
    Mistake(
        N_(
            "that uses 1 / (1 + e^(Wx)) = sigmoid(-W x), the slide's sign slip; the sigmoid is "
            "1 / (1 + e^(-Wx))."
        ),
        lambda W, x, y: np.mean((_sigmoid(-W * x) - y) ** 2),
    ),
    Mistake(
        N_(
            "that squares the mean of the residuals; the MSE is the mean of the squared residuals: "
            "np.mean((H - y) ** 2), the square inside the mean."
        ),
        lambda W, x, y: np.mean(_sigmoid(W * x) - y) ** 2,
    ),
    Mistake(
        N_("that is the sum of the squared residuals; the MSE divides it by m: np.mean((H - y) ** 2)."),
        lambda W, x, y: np.sum((_sigmoid(W * x) - y) ** 2),
    ),
    Mistake(
        N_("half the expected: the course's cost is (1/m) sum (H - y)^2, not 1/(2m)."),
        lambda W, x, y: np.mean((_sigmoid(W * x) - y) ** 2) / 2,
    ),
    Mistake(
        N_("the residuals are not squared: (1/m) sum (H - y)^2 = np.mean((H - y) ** 2)."),
        lambda W, x, y: np.mean(_sigmoid(W * x) - y),
    ),
    Mistake(
        N_(
            "the cost is the same on every table: the function uses the notebook's binary table (its global "
            "x, y) instead of its own arguments x and y."
        ),
        lambda W, x, y: ref_sigmoid_mse(W, _xb, _yb),
    ),
    Mistake(
        N_(
            "sigmoid(W) * x puts only W through the sigmoid; H(x) = sigmoid(W x) takes the product: "
            "sigmoid(W * x)."
        ),
        lambda W, x, y: np.mean((_sigmoid(W) * x - y) ** 2),
    ),
    Mistake(
        N_(
            "that is the square root of the MSE (the RMSE); the cost is the mean of the squared residuals "
            "itself, with no np.sqrt."
        ),
        lambda W, x, y: np.sqrt(ref_sigmoid_mse(W, x, y)),
    ),
    Mistake(
        N_("that is the mean of |H - y| (the MAE); the MSE squares the residuals: np.mean((H - y) ** 2)."),
        lambda W, x, y: np.mean(np.abs(_sigmoid(W * x) - y)),
    ),
    Mistake(
        N_(
            "right only on tables of 10 samples: the function divides by the notebook's m = 10, not by the "
            "number of its own samples. Use np.mean, or len(x)."
        ),
        lambda W, x, y: np.sum((_sigmoid(W * x) - y) ** 2) / 10,
    ),
    Mistake(
        N_(
            "those are the squared residuals, one per sample; the cost is one number, their mean: "
            "np.mean((H - y) ** 2)."
        ),
        lambda W, x, y: (_sigmoid(W * x) - y) ** 2,
    ),
]


SIGMOID_MSE_CASES = [(0.0, _xb, _yb), (2.0, _xb, _yb), (-1.0, _xb, _yb), (-1000.0, _xb, _yb), (3.0, _xs, _ys)]


@exercise(reference=ref_sigmoid_mse, mistakes=SIGMOID_MSE_MISTAKES)
def check_sigmoid_mse(fn) -> bool:
    """Notebook 09: ``sigmoid_mse(W, x, y)`` = (1/m) sum (sigmoid(W x_i) - y_i)^2, one number."""
    return check_function(
        fn, ref_sigmoid_mse, SIGMOID_MSE_CASES, name="sigmoid_mse", mistakes=SIGMOID_MSE_MISTAKES
    )


def _limit_h(x, sign):
    """sigmoid(W x) as W -> sign * infinity: 1 where sign * x > 0, 0 where < 0, 0.5 at x = 0."""
    return np.where(sign * x > 0, 1.0, np.where(sign * x < 0, 0.0, 0.5))


def ref_mse_limits(x, y):
    return np.mean((_limit_h(x, -1) - y) ** 2), np.mean((_limit_h(x, 1) - y) ** 2)


def _limits_of(h_plus, y):
    """The two costs when H -> h_plus as W -> +inf (and 1 - h_plus as W -> -inf)."""
    return np.mean((1.0 - h_plus - y) ** 2), np.mean((h_plus - y) ** 2)


MSE_LIMITS_MISTAKES = [
    Mistake(
        N_("the two values are swapped: first the cost as W -> -inf, then as W -> +inf."),
        lambda x, y: ref_mse_limits(x, y)[::-1],
    ),
    Mistake(
        N_(
            "look at x = 0: W * 0 = 0 for every W, so H(0) = sigmoid(0) = 0.5 in both limits. (x > 0) gives "
            "it 0 and 1: put 0.5 where x == 0."
        ),
        lambda x, y: _limits_of((x > 0) * 1.0, y),
    ),
    Mistake(
        N_(
            "look at x = 0: W * 0 = 0 for every W, so H(0) = sigmoid(0) = 0.5 in both limits. (x >= 0) gives "
            "it 1 and 0: put 0.5 where x == 0."
        ),
        lambda x, y: _limits_of((x >= 0) * 1.0, y),
    ),
    Mistake(
        N_(
            "a negative x goes the other way: as W -> +inf, W x -> -inf where x < 0, so H -> 0 there (and "
            "H -> 1 as W -> -inf). H follows the sign of W x, not of W alone."
        ),
        lambda x, y: _limits_of(np.where(x == 0, 0.5, 1.0), y),
    ),
    Mistake(
        N_(
            "that is the cost at a big W (like +-1000), not its limit: near x = 0 the sigmoid is not flat "
            "yet (x = 0.0001 gives W x = 0.1). Use the limits themselves: H is 1, 0.5 or 0 by the sign of W x."
        ),
        lambda x, y: (np.mean((_sigmoid(-1000.0 * x) - y) ** 2), np.mean((_sigmoid(1000.0 * x) - y) ** 2)),
    ),
    Mistake(
        N_(
            "those are sums over the samples; each cost is a mean, (1/m) sum (H - y)^2 = np.mean((H - y) ** 2)."
        ),
        lambda x, y: tuple(len(x) * c for c in ref_mse_limits(x, y)),
    ),
    Mistake(
        N_("the residuals are not squared: each cost is (1/m) sum (H - y)^2 = np.mean((H - y) ** 2)."),
        lambda x, y: (np.mean(_limit_h(x, -1) - y), np.mean(_limit_h(x, 1) - y)),
    ),
    Mistake(
        N_(
            "H is not 1 for every sample as W -> +inf (nor 0 for every one as W -> -inf): it follows the "
            "sign of W x, so H -> 1 where x > 0, 0 where x < 0, and 0.5 where x = 0 (W * 0 = 0)."
        ),
        lambda x, y: _limits_of(np.ones_like(x), y),
    ),
    Mistake(
        N_(
            "np.inf * 0 is not a number (NaN, with a RuntimeWarning), so sigmoid(np.inf * x) fails where "
            "x = 0. Write the limits of H yourself: 1 where x > 0, 0 where x < 0, 0.5 where x = 0 "
            "(np.where, or np.heaviside(x, 0.5))."
        ),
        lambda x, y: (np.mean((_sigmoid(-np.inf * x) - y) ** 2), np.mean((_sigmoid(np.inf * x) - y) ** 2)),
    ),
]


MSE_LIMITS_CASES = [
    (_xb, _yb),
    (_xs, _ys),
    (_xb, 1 - _yb),
    (np.array([0.0, 0.0]), np.array([0.0, 1.0])),
    (np.array([-1e-4, 0.0, 2e-4, 1.0]), np.array([1.0, 0.0, 1.0, 1.0])),  # a big W is not a limit here
    (np.array([-1.0, 2.0, 3.0]), np.array([1.0, 1.0, 0.0])),  # no x = 0: np.inf * x works here
]


@exercise(reference=ref_mse_limits, mistakes=MSE_LIMITS_MISTAKES)
def check_mse_limits(fn) -> bool:
    """Notebook 09: ``mse_limits(x, y)`` returns (cost as W -> -inf, cost as W -> +inf) for
    H = sigmoid(W x), from the limits of H alone (0, 0.5 or 1 per sample)."""
    return check_function(
        fn, ref_mse_limits, MSE_LIMITS_CASES, name="mse_limits", mistakes=MSE_LIMITS_MISTAKES
    )


def ref_sigmoid_mse_gradient(W, x, y):
    h = _sigmoid(W * x)
    return 2.0 * np.mean((h - y) * h * (1 - h) * x)


def _gradient(W, x, y, sigmoid=_sigmoid, slope=True, two=2.0, times_x=True, sign=1.0, m=None):
    """(2/m) sum (H - y) H (1 - H) x; the keywords change one piece of it, as the usual mistakes do."""
    h = sigmoid(W * x)
    terms = sign * (h - y) * (h * (1 - h) if slope else 1.0) * (x if times_x else 1.0)
    return two * (np.mean(terms) if m is None else np.sum(terms) / m)


SIGMOID_MSE_GRADIENT_MISTAKES = [
    Mistake(
        N_(
            "the chain rule needs the sigmoid's slope too: d cost/dW = (2/m) sum (H - y) H (1 - H) x, so "
            "multiply by H (1 - H)."
        ),
        lambda W, x, y: _gradient(W, x, y, slope=False),
    ),
    Mistake(
        N_(
            "that is the cross-entropy gradient of notebook 10, (1/m) sum (H - y) x; the MSE's is "
            "(2/m) sum (H - y) H (1 - H) x."
        ),
        lambda W, x, y: _gradient(W, x, y, slope=False, two=1.0),
    ),
    Mistake(
        N_("half the expected: the square brings a 2, (2/m) sum (H - y) H (1 - H) x."),
        lambda W, x, y: _gradient(W, x, y, two=1.0),
    ),
    Mistake(
        N_(
            "x is missing: the inside of the sigmoid is W x, whose derivative with respect to W is x, so "
            "(2/m) sum (H - y) H (1 - H) x."
        ),
        lambda W, x, y: _gradient(W, x, y, times_x=False),
    ),
    Mistake(
        N_("the sign is flipped: the residual is H - y (prediction minus label), not y - H."),
        lambda W, x, y: _gradient(W, x, y, sign=-1.0),
    ),
    Mistake(
        N_(
            "for W = -1000, 1 / (1 + np.exp(-W * x)) computes np.exp(900), which overflows. Use a sigmoid "
            "that never overflows: the stable `sigmoid` of section 3, or lu.sigmoid."
        ),
        lambda W, x, y: _gradient(W, x, y, sigmoid=_overflowing_sigmoid),
    ),
    Mistake(
        N_(
            "right only on tables of 10 samples: the function divides by the notebook's m = 10, not by the "
            "number of its own samples. Use np.mean, or len(x)."
        ),
        lambda W, x, y: _gradient(W, x, y, m=10),
    ),
    Mistake(
        N_(
            "x is outside the mean, so the result is an array; each term takes its own x_i inside the sum: "
            "2 * np.mean((H - y) * H * (1 - H) * x)."
        ),
        lambda W, x, y: _gradient(W, x, y, times_x=False) * x,
    ),
    Mistake(
        N_("the sigmoid's slope is H (1 - H), both factors: (2/m) sum (H - y) H (1 - H) x."),
        lambda W, x, y: 2.0 * np.mean((_sigmoid(W * x) - y) * (1 - _sigmoid(W * x)) * x),
    ),
    Mistake(
        N_(
            "that is a sum over the samples; the gradient is a mean, (2/m) sum: np.mean, or divide by len(x)."
        ),
        lambda W, x, y: _gradient(W, x, y, m=1),
    ),
    Mistake(
        N_("1 - H^2 is the slope of tanh; the sigmoid's is H (1 - H): (2/m) sum (H - y) H (1 - H) x."),
        lambda W, x, y: 2.0 * np.mean((_sigmoid(W * x) - y) * (1 - _sigmoid(W * x) ** 2) * x),
    ),
    Mistake(
        N_(
            "the gradient is the same on every table: the function uses the notebook's binary table (its "
            "global x, y, for example through the notebook's mse_gradient) instead of its own arguments x "
            "and y."
        ),
        lambda W, x, y: ref_sigmoid_mse_gradient(W, _xb, _yb),
    ),
]


SIGMOID_MSE_GRADIENT_CASES = [
    (0.0, _xb, _yb),
    (2.0, _xb, _yb),
    (-1.0, _xb, _yb),
    (20.0, _xb, _yb),
    (1.5, _xs, _ys),
    (-1000.0, _xb, _yb),
]


@exercise(reference=ref_sigmoid_mse_gradient, mistakes=SIGMOID_MSE_GRADIENT_MISTAKES)
def check_sigmoid_mse_gradient(fn) -> bool:
    """Notebook 09: ``sigmoid_mse_gradient(W, x, y)`` = (2/m) sum (H - y) H (1 - H) x, H = sigmoid(W x)."""
    return check_function(
        fn,
        ref_sigmoid_mse_gradient,
        SIGMOID_MSE_GRADIENT_CASES,
        name="sigmoid_mse_gradient",
        mistakes=SIGMOID_MSE_GRADIENT_MISTAKES,
    )


@prediction(
    why=N_(
        "at W = 20 every sample with x > 0 has H(x) = sigmoid(20 x) > 0.5, so the model answers 1 (dog) for "
        "all of them: the 5 cats there are wrong. And at x = 0, H(0) = sigmoid(0) = 0.5 for every W, which "
        "H(x) >= 0.5 also calls a dog: that cat is wrong too. 5 + 1 = 6 mistakes."
    ),
    mistakes=[
        Mistake(
            N_(
                "5 counts the cats at x > 0; the cat at x = 0 is wrong too: H(0) = sigmoid(0) = 0.5 for every W, "
                "and H(x) >= 0.5 answers dog."
            ),
            answer=(5.0,),
        ),
        Mistake(
            N_(
                "4 is the number of dogs; at W = 20 the model calls every sample a dog, so the wrong ones are "
                "the cats (y = 0)."
            ),
            answer=(4.0,),
        ),
        Mistake(
            N_(
                "a steep sigmoid is not a good classifier by itself: with no bias its step sits at x = 0, left of "
                "every sample, so it answers dog for all ten."
            ),
            answer=(0.0,),
        ),
        Mistake(
            N_(
                "3 is the best a threshold can do (section 2), with the step at x = 0.65; without a bias the step "
                "of sigmoid(W x) always sits at x = 0."
            ),
            answer=(3.0,),
        ),
    ],
)
def check_prediction_mistakes_at_w20():
    """Notebook 09: how many of the ten samples does H(x) = sigmoid(20 x) misclassify (H >= 0.5 means 1)?"""
    return float(np.sum((_sigmoid(20.0 * _xb) >= 0.5) != (_yb == 1)))

"""Notebook 04 (the cost function): MSE, MAE and cost(W, b)."""

from __future__ import annotations

import numpy as np

from ..i18n import N_
from .core import (
    Mistake,
    _x4,
    _x5,
    _xr,
    _y4,
    _y5,
    _yr,
    check_function,
    exercise,
    prediction,
)

#: the notebook's own table (lu.load_cost_table()) and its m, which a function may read by mistake
_NB_X = _NB_Y = np.arange(5.0)
_NB_M = 5

# Cases: unequal m (1, 4, 5, 7) tells a sum from a mean and the notebook's m = 5 from len(y); residuals of
# both signs tell the mean of the squares from the square of the mean, and |mean| from mean |.|.

# ---------------------------------------------------------------------------
# Exercise 1: MSE


def ref_mse(h, y):
    return np.mean((h - y) ** 2)


MSE_MISTAKES = [
    Mistake(
        N_(
            "that is the mean of the residuals, squared: np.mean(h - y) ** 2. Square each residual first, then "
            "take the mean: np.mean((h - y) ** 2), the slide's (1/m) sum (h_i - y_i)^2."
        ),
        fn=lambda h, y: np.mean(h - y) ** 2,
    ),
    Mistake(
        N_(
            "that is the sum of the squared residuals; the MSE divides it by m, the number of samples: "
            "np.mean((h - y) ** 2)."
        ),
        fn=lambda h, y: np.sum((h - y) ** 2),
    ),
    Mistake(
        N_(
            "that divides by 2m; the course's MSE is (1/m) sum (h_i - y_i)^2 (some books use 1/(2m); this "
            "course does not)."
        ),
        fn=lambda h, y: np.sum((h - y) ** 2) / (2 * len(y)),
    ),
    Mistake(
        N_("that is the RMSE, the square root of the MSE; the exercise asks for the MSE itself: no np.sqrt."),
        fn=lambda h, y: np.sqrt(np.mean((h - y) ** 2)),
    ),
    Mistake(
        N_("that is the MAE, the mean of |h - y|; the MSE squares the residuals: np.mean((h - y) ** 2)."),
        fn=lambda h, y: np.mean(np.abs(h - y)),
    ),
    Mistake(
        N_(
            "that divides by 5, the m of the notebook's table; divide by the number of samples the function is "
            "given, len(y), or use np.mean."
        ),
        fn=lambda h, y: np.sum((h - y) ** 2) / _NB_M,
    ),
    Mistake(
        N_(
            "that is one squared residual per sample; the MSE averages them into a single number: "
            "np.mean((h - y) ** 2)."
        ),
        fn=lambda h, y: (h - y) ** 2,
    ),
    Mistake(
        N_(
            "the square is missing: np.mean(h - y) lets residuals of opposite signs cancel. Square each "
            "residual: np.mean((h - y) ** 2)."
        ),
        fn=lambda h, y: np.mean(h - y),
    ),
    Mistake(
        N_(
            "only y is squared: h - y ** 2 means h - (y ** 2). Put the residual in parentheses: "
            "np.mean((h - y) ** 2)."
        ),
        fn=lambda h, y: np.mean(h - y**2),
    ),
    Mistake(
        N_("that multiplies by 2: (h - y) * 2. The square is ** 2: np.mean((h - y) ** 2)."),
        fn=lambda h, y: np.mean((h - y) * 2),
    ),
    Mistake(
        N_("that squares h and y separately, h ** 2 - y ** 2; square the difference: np.mean((h - y) ** 2)."),
        fn=lambda h, y: np.mean(h**2 - y**2),
    ),
    Mistake(
        N_("that divides by m twice: np.mean already divides the sum by m, so drop the / len(y)."),
        fn=lambda h, y: np.mean((h - y) ** 2) / len(y),
    ),
    Mistake(
        N_("that divides by m - 1; the MSE divides by m, the number of samples: np.mean((h - y) ** 2)."),
        fn=lambda h, y: np.sum((h - y) ** 2) / (len(y) - 1),
    ),
    Mistake(
        N_(
            "that is the first sample's squared residual divided by m: the `return` is inside the loop, so the "
            "function stops after one sample. Move `return` after the loop, one indentation level out (or use "
            "np.mean((h - y) ** 2), no loop)."
        ),
        fn=lambda h, y: (h[0] - y[0]) ** 2 / len(h),
    ),
]


MSE_CASES = [
    (_x5 * 0.5, _y5),
    (_y5.copy(), _y5),
    (_xr, _yr),
    (np.array([3.0]), np.array([1.0])),
    (np.array([2.0, 0.0, 1.0, 5.0]), np.array([1.0, 1.0, 1.0, 1.0])),
]


@exercise(reference=ref_mse, mistakes=MSE_MISTAKES)
def check_mse(fn) -> bool:
    """Notebook 04: ``mse(h, y)`` returns (1/m) sum (h - y)^2 as one number."""
    return check_function(fn, ref_mse, MSE_CASES, name="mse", mistakes=MSE_MISTAKES)


# ---------------------------------------------------------------------------
# Exercise 2: MAE


def ref_mae(h, y):
    return np.mean(np.abs(h - y))


MAE_MISTAKES = [
    Mistake(
        N_(
            "the absolute value is missing: np.mean(h - y) lets residuals of opposite signs cancel. Take |h - y| "
            "of each sample first: np.mean(np.abs(h - y))."
        ),
        fn=lambda h, y: np.mean(h - y),
    ),
    Mistake(
        N_(
            "that takes the absolute value of the mean, |mean(h - y)|: residuals of opposite signs still cancel "
            "before abs sees them. Take |h - y| of each sample, then the mean."
        ),
        fn=lambda h, y: np.abs(np.mean(h - y)),
    ),
    Mistake(
        N_(
            "that subtracts the absolute values, |h| - |y|; the MAE needs the absolute value of the difference, "
            "|h - y|."
        ),
        fn=lambda h, y: np.mean(np.abs(h) - np.abs(y)),
    ),
    Mistake(
        N_("that is the sum of |h - y|; the MAE divides it by m: np.mean(np.abs(h - y))."),
        fn=lambda h, y: np.sum(np.abs(h - y)),
    ),
    Mistake(
        N_(
            "that squares the residuals, which is the MSE; the MAE takes their absolute values: "
            "np.mean(np.abs(h - y))."
        ),
        fn=lambda h, y: np.mean((h - y) ** 2),
    ),
    Mistake(
        N_(
            "that is the RMSE, the square root of the MSE; the MAE takes the absolute value of each residual "
            "instead: np.mean(np.abs(h - y))."
        ),
        fn=lambda h, y: np.sqrt(np.mean((h - y) ** 2)),
    ),
    Mistake(
        N_("that divides by m twice: np.mean already divides the sum by m, so drop the / len(y)."),
        fn=lambda h, y: np.mean(np.abs(h - y)) / len(y),
    ),
    Mistake(
        N_(
            "that divides by 5, the m of the notebook's table; divide by the number of samples the function is "
            "given, len(y), or use np.mean."
        ),
        fn=lambda h, y: np.sum(np.abs(h - y)) / _NB_M,
    ),
]


@exercise(reference=ref_mae, mistakes=MAE_MISTAKES)
def check_mae(fn) -> bool:
    """Notebook 04: ``mae(h, y)`` returns (1/m) sum |h - y| as one number."""
    cases = [
        (_x5 * 0.5, _y5),
        (_y5 * 2, _y5),
        (_xr, _yr),
        (np.array([-3.0]), np.array([1.0])),
        (np.array([2.0, 0.0, 1.0, 5.0]), np.array([1.0, 1.0, 1.0, 1.0])),
    ]
    return check_function(fn, ref_mae, cases, name="mae", mistakes=MAE_MISTAKES)


# ---------------------------------------------------------------------------
# Exercise 3: cost(W, b)


def ref_cost(W, b, x, y):
    return np.mean((W * x + b - y) ** 2)


COST_MISTAKES = [
    Mistake(
        N_("b is missing from H(x): the cost of the line H(x) = W x + b is np.mean((W * x + b - y) ** 2)."),
        fn=lambda W, b, x, y: np.mean((W * x - y) ** 2),
    ),
    Mistake(
        N_("that is the sum of the squared residuals; the cost is their mean, (1/m) sum (...)^2."),
        fn=lambda W, b, x, y: np.sum((W * x + b - y) ** 2),
    ),
    Mistake(
        N_(
            "that squares the mean residual, np.mean(H - y) ** 2; square each residual first, then take the mean."
        ),
        fn=lambda W, b, x, y: np.mean(W * x + b - y) ** 2,
    ),
    Mistake(
        N_("that divides by 2m; the course's cost is (1/m) sum (H(x_i) - y_i)^2."),
        fn=lambda W, b, x, y: np.sum((W * x + b - y) ** 2) / (2 * len(y)),
    ),
    Mistake(
        N_(
            "the function uses the notebook's table x, y (0 ... 4) instead of its arguments x and y: it must "
            "work for any samples it is given."
        ),
        fn=lambda W, b, x, y: np.mean((W * _NB_X + b - _NB_Y) ** 2),
    ),
    Mistake(
        N_("W and b swapped roles in H(x): the line is W * x + b (W multiplies x), not b * x + W."),
        fn=lambda W, b, x, y: np.mean((b * x + W - y) ** 2),
    ),
    Mistake(
        N_(
            "that is the MAE of the line, the mean of |H(x) - y|; the cost here is the MSE, the mean of the "
            "squares."
        ),
        fn=lambda W, b, x, y: np.mean(np.abs(W * x + b - y)),
    ),
    Mistake(
        N_(
            "only y is squared: H - y ** 2 means H - (y ** 2). Put the residual in parentheses: "
            "np.mean((W * x + b - y) ** 2)."
        ),
        fn=lambda W, b, x, y: np.mean(W * x + b - y**2),
    ),
    Mistake(
        N_("that is W * (x + b): the parentheses make W multiply b too. The line is W * x + b."),
        fn=lambda W, b, x, y: np.mean((W * (x + b) - y) ** 2),
    ),
    Mistake(
        N_(
            "that divides by 5, the m of the notebook's table; divide by the number of samples the function is "
            "given, len(y), or use np.mean."
        ),
        fn=lambda W, b, x, y: np.sum((W * x + b - y) ** 2) / _NB_M,
    ),
]


#: cost may call the learner's mse of exercise 1
EARLIER_04 = {"mse": (ref_mse, MSE_CASES, "check_mse")}


@exercise(reference=ref_cost, mistakes=COST_MISTAKES)
def check_cost(fn) -> bool:
    """Notebook 04: ``cost(W, b, x, y)`` returns the MSE of H(x) = W x + b on (x, y)."""
    cases = [
        (1.0, 0.0, _x5, _y5),
        (0.0, 0.0, _x5, _y5),
        (2.0, -1.0, _xr, _yr),
        (0.5, 0.5, _x4, _y4),
        (1.0, 2.0, np.array([1.0]), np.array([1.0])),
    ]
    return check_function(fn, ref_cost, cases, name="cost", mistakes=COST_MISTAKES, earlier=EARLIER_04)


# ---------------------------------------------------------------------------
# Predictions before the notebook's three slider figures

#: the three samples of the squares figure (x = 1, 2, 3 of the table) and the table's x = y
_SQ_X = _SQ_Y = np.array([1.0, 2.0, 3.0])
_TABLE_X = _TABLE_Y = np.arange(5.0)


def _mse_line(W, b, x, y):
    return float(np.mean((W * x + b - y) ** 2))


@prediction(
    why=N_(
        "the area of a square is its side squared: the side doubles from 1.5 to 3, so the area grows "
        "4 times, from 2.25 to (-3)^2 = 9. Big residuals weigh much more in MSE."
    ),
    mistakes=[
        Mistake(
            N_(
                "4.5 is twice the old area; the side doubled, and an area grows with the side squared: 4 times."
            ),
            answer=(4.5,),
        ),
        Mistake(
            N_("3 is the length of the residual, the side of the square; its area is 3 x 3."),
            answer=(3.0,),
        ),
        Mistake(
            N_("a square is never negative: (-3)^2 = (-3) x (-3) = +9."),
            answer=(-9.0,),
        ),
        Mistake(
            N_("2.25 is the area at W = 0.5; at W = 0 the line is lower and the residual at x = 3 is -3."),
            answer=(2.25,),
        ),
        Mistake(
            N_("6 is 2 x 3, doubling instead of squaring; the area is 3 x 3."),
            answer=(6.0,),
        ),
    ],
)
def check_prediction_square_area():
    """Notebook 04: W goes from 0.5 to 0 (b = 0); what is the area of the square at x = 3?"""
    return float((0.0 * _SQ_X[2] + 0.0 - _SQ_Y[2]) ** 2)


@prediction(
    why=N_(
        "at W = 2 the residual 2x - x = x is as large as at W = 0 (0 - x = -x), only of the other sign, "
        "and squaring forgets the sign: cost(2) = cost(0) = (0 + 1 + 4 + 9 + 16) / 5 = 6. The bowl is "
        "symmetric about its lowest point W = 1."
    ),
    mistakes=[
        Mistake(
            N_("24 is the mean of (2x)^2, the line's values squared; the residual is 2x - y = 2x - x = x."),
            answer=(24.0,),
        ),
        Mistake(
            N_("30 is the sum of the squared residuals; MSE divides by m = 5."),
            answer=(30.0,),
        ),
        Mistake(
            N_("2 is the MAE, the mean of |x|; the MSE squares each residual before the mean."),
            answer=(2.0,),
        ),
        Mistake(
            N_(
                "12 is twice cost(0), as if doubling W doubled the cost; W = 2 is as far from the best W = 1 "
                "as W = 0 is, on the other side."
            ),
            answer=(12.0,),
        ),
        Mistake(
            N_("0 is the cost of the line through every sample, W = 1; at W = 2 every residual is x."),
            answer=(0.0,),
        ),
    ],
)
def check_prediction_cost_at_2():
    """Notebook 04: the MSE of H(x) = 2x on the table x = y for 0 ... 4."""
    return _mse_line(2.0, 0.0, _TABLE_X, _TABLE_Y)


@prediction(
    why=N_(
        "the residuals of H(x) = 1.5x - 1 are 0.5x - 1 = -1, -0.5, 0, 0.5, 1: the line turns about the "
        "middle sample, x = 2, and stays close to all five, so the cost is only (1 + 0.25 + 0 + 0.25 + 1) / 5 = 0.5. "
        "Raising W while lowering b is the long axis of the ellipses, where the cost changes slowly."
    ),
    mistakes=[
        Mistake(
            N_(
                "4.5 is the cost at W = 1.5, b = +1: raising both W and b moves the line away from every sample; "
                "lowering b while raising W keeps it close."
            ),
            answer=(4.5,),
        ),
        Mistake(
            N_("2.5 is the sum of the squared residuals; MSE divides by m = 5."),
            answer=(2.5,),
        ),
        Mistake(
            N_("0.6 is the MAE, the mean of |0.5x - 1|; the MSE squares each residual first."),
            answer=(0.6,),
        ),
        Mistake(
            N_(
                "0 would need a line through every sample; only W = 1, b = 0 is one. Along the valley the cost "
                "grows slowly, but it grows."
            ),
            answer=(0.0,),
        ),
    ],
)
def check_prediction_valley_cost():
    """Notebook 04: from the lowest point (W = 1, b = 0), W goes to 1.5 and b to -1; the cost there?"""
    return _mse_line(1.5, -1.0, _TABLE_X, _TABLE_Y)

"""Notebook 03 (the regression hypothesis): H(x) = W x + b, residuals, a line fitted by hand."""

from __future__ import annotations

import numpy as np

from ..i18n import N_, _
from .core import (
    FAIL,
    NO_LOOP_SAYS,
    PASS,
    Mistake,
    _fmt,
    _match_answer,
    _no_loop,
    _same_answer,
    _x4,
    _xr,
    _y4,
    _yr,
    check_function,
    exercise,
)

#: the notebook's own samples (lu.load_regression_samples()), which a function may read by mistake
_NB_X = _NB_Y = np.array([1.0, 2.0, 3.0, 4.0])

# ---------------------------------------------------------------------------
# Exercise 1: the hypothesis in numpy


def ref_hypothesis(W, b, x):
    return W * x + b


HYPOTHESIS_MISTAKES = [
    Mistake(
        N_("b is missing: H(x) = W x + b moves the line up by b; W * x alone always passes through 0."),
        fn=lambda W, b, x: W * x,
    ),
    Mistake(
        N_(
            "W and b swapped roles: W multiplies x (the slope) and b is added (the height at x = 0): W * x + b, "
            "not W + b * x."
        ),
        fn=lambda W, b, x: W + b * x,
    ),
    Mistake(
        N_(
            "the brackets put b inside the product: W * (x + b) = W x + W b. The formula adds b after "
            "multiplying: W * x + b."
        ),
        fn=lambda W, b, x: W * (x + b),
    ),
    Mistake(
        N_("the values were added up into one number; H(x) is one value per sample: W * x + b, no np.sum."),
        fn=lambda W, b, x: np.sum(W * x + b),
    ),
    Mistake(
        N_(
            "the function uses the notebook's x (the lecture's samples) instead of its argument x: it must work "
            "for any x it is given."
        ),
        fn=lambda W, b, x: W * _NB_X + b,
    ),
    Mistake(
        N_(
            "the notebook's H takes its arguments in the order H(x, W, b), so H(W, b, x) treats W as x and x as "
            "b. Call H(x, W, b), or write W * x + b."
        ),
        fn=lambda W, b, x: b * W + x,
    ),
    Mistake(
        N_(
            "@ is the matrix product (notebook 07); here W is a single number, so multiply with *: W * x + b."
        ),
        fn=lambda W, b, x: W @ x + b,
    ),
    Mistake(
        N_("b is subtracted; H(x) = W x + b adds it: W * x + b."),
        fn=lambda W, b, x: W * x - b,
    ),
    Mistake(
        N_(
            "the function subtracts the notebook's y: hypothesis returns the line's values H(x) = W x + b only; "
            "H(x) - y is the next exercise."
        ),
        fn=lambda W, b, x: W * x + b - _NB_Y,
    ),
    Mistake(NO_LOOP_SAYS, fn=lambda W, b, x: np.array([W * v + b for v in x])),
]


@exercise(reference=ref_hypothesis, mistakes=HYPOTHESIS_MISTAKES)
def check_hypothesis(fn) -> bool:
    """Notebook 03: ``hypothesis(W, b, x)`` returns H(x) = W x + b for every x."""
    cases = [(1.0, 0.0, _x4), (2.0, 1.0, _x4), (0.5, -1.0, _xr), (0.0, 3.0, np.array([5.0]))]
    return check_function(
        fn, ref_hypothesis, cases, name="hypothesis", mistakes=HYPOTHESIS_MISTAKES, extra=_no_loop
    )


# ---------------------------------------------------------------------------
# Exercise 2: the residuals


def ref_residuals(W, b, x, y):
    return W * x + b - y


RESIDUALS_MISTAKES = [
    Mistake(
        N_(
            "the order is y - H(x); the slide's residual is H(x) - y, the line's value minus the right answer "
            "(the size is right, the sign is flipped)."
        ),
        fn=lambda W, b, x, y: y - (W * x + b),
    ),
    Mistake(
        N_("b is missing from H(x): the residual is W * x + b - y."),
        fn=lambda W, b, x, y: W * x - y,
    ),
    Mistake(
        N_(
            "the residuals are squared; squaring comes later, in the cost (notebook 04). Here return H(x) - y "
            "itself, signs included."
        ),
        fn=lambda W, b, x, y: (W * x + b - y) ** 2,
    ),
    Mistake(
        N_(
            "np.abs drops the sign; a residual says whether the line is above (+) or below (-) the sample: "
            "return H(x) - y as it is."
        ),
        fn=lambda W, b, x, y: np.abs(W * x + b - y),
    ),
    Mistake(
        N_("that is H(x) alone: subtract the right answers y."),
        fn=lambda W, b, x, y: W * x + b,
    ),
    Mistake(
        N_("the residuals were averaged into one number; return one residual per sample: W * x + b - y."),
        fn=lambda W, b, x, y: np.mean(W * x + b - y),
    ),
    Mistake(
        N_(
            "the residuals were added up into one number; return one residual per sample: W * x + b - y, no np.sum."
        ),
        fn=lambda W, b, x, y: np.sum(W * x + b - y),
    ),
    Mistake(
        N_(
            "y - W * x + b adds b where H(x) - y subtracts it (without brackets only W * x is subtracted), and "
            "the slide's order is H(x) - y, the line's value first: W * x + b - y."
        ),
        fn=lambda W, b, x, y: y - W * x + b,
    ),
    Mistake(
        N_("b is subtracted; H(x) = W x + b adds it, so the residual is W * x + b - y."),
        fn=lambda W, b, x, y: W * x - b - y,
    ),
    Mistake(
        N_(
            "the notebook's H takes its arguments in the order H(x, W, b), so H(W, b, x) treats W as x and x as "
            "b. Write H(x, W, b) - y, or W * x + b - y."
        ),
        fn=lambda W, b, x, y: b * W + x - y,
    ),
    Mistake(
        N_("W and b swapped places (hypothesis(b, W, x)?): W multiplies x and b is added: W * x + b - y."),
        fn=lambda W, b, x, y: b * x + W - y,
    ),
]


@exercise(reference=ref_residuals, mistakes=RESIDUALS_MISTAKES)
def check_residuals(fn) -> bool:
    """Notebook 03: ``residuals(W, b, x, y)`` returns H(x) - y, one value per sample."""
    cases = [
        (1.0, 0.0, _x4, _y4),
        (0.5, 1.0, _x4, _y4),
        (2.0, -1.0, _xr, _yr),
        (0.0, 0.0, np.array([5.0]), np.array([5.0])),
        (1.0, 0.5, np.array([2.0]), np.array([1.0])),
    ]
    return check_function(fn, ref_residuals, cases, name="residuals", mistakes=RESIDUALS_MISTAKES)


# ---------------------------------------------------------------------------
# Exercise 3: fit four new samples by hand

#: notebook 03, exercise: four new samples on a line the learner finds with the sliders
HAND_FIT_X = np.array([1.0, 2.0, 3.0, 4.0])
HAND_FIT_Y = 0.5 * HAND_FIT_X + 2.0

FIT_BY_HAND_MISTAKES = [
    Mistake(
        N_(
            "W and b are swapped: W is the slope (how much y rises per step of 1 in x), b the height of the line "
            "at x = 0."
        ),
        answer=(2.0, 0.5, 10.5),
    ),
    Mistake(
        N_(
            "b = 2.5 is the line's height at x = 1, the first sample; b is the height at x = 0, one step of x "
            "further left: 2.5 - 0.5."
        ),
        answer=(0.5, 2.5, 5.0),
    ),
    Mistake(
        N_(
            "W = 2 is how far x moves per step of 1 in y; the slope is the other way round, how far y moves per "
            "step of 1 in x: (3.5 - 2.5) / (3 - 1) = 0.5."
        ),
        answer=(2.0, 2.0, 12.0),
    ),
    Mistake(
        N_(
            "W and b are right, but 4.0 is H(4), the line at the last sample; the prediction is at x = 5: "
            "W * 5 + b."
        ),
        answer=(0.5, 2.0, 4.0),
    ),
    Mistake(
        N_("W and b are right, but 2.5 is W * 5 without b; the line's prediction is W * 5 + b."),
        answer=(0.5, 2.0, 2.5),
    ),
    Mistake(
        N_(
            "W and b are right, but 5 is the lecture's answer for its own samples (y = x); these samples have "
            "their own line, and its prediction is W * 5 + b with your W and b."
        ),
        answer=(0.5, 2.0, 5.0),
    ),
    Mistake(
        N_(
            "W = 1, b = 0 is the lecture's line, through (1, 1) ... (4, 4); these are four new samples. Read W "
            "and b off the sliders of the figure just above the exercise, where every bar is 0."
        ),
        answer=(1.0, 0.0, 5.0),
    ),
]

_RIGHT_WB = (0.5, 2.0)


def _wrong_line(W, b) -> Mistake | None:
    """A catalogued mistake about W and b themselves, whatever the prediction."""
    for mistake in FIT_BY_HAND_MISTAKES:
        wb = mistake.answer[:2]
        if not (_same_answer(wb[0], _RIGHT_WB[0]) and _same_answer(wb[1], _RIGHT_WB[1])):
            if _same_answer(W, wb[0]) and _same_answer(b, wb[1]):
                return mistake
    return None


def _number(value, name):
    """(the float, None) or (None, why ``value`` is not a usable number)."""
    if isinstance(value, np.ndarray) and value.size == 1 and value.dtype.kind in "iuf":
        value = value.ravel()[0]  # one number in an array, e.g. from hypothesis(W, b, np.array([5.0]))
    if isinstance(value, str):
        return None, _(
            "{name} should be a number like 0.5, not the text {value!r}: remove the quotes."
        ).format(name=name, value=value)
    if isinstance(value, bool | np.bool_):
        return None, _("{name} should be a number like 0.5, not {value}.").format(name=name, value=value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None, _("{name} should be a number like 0.5; got {value}").format(name=name, value=_fmt(value))
    if np.isnan(number):
        return None, _("{name} is NaN (not a number); read a finite value off the sliders.").format(name=name)
    if not np.isfinite(number):
        return None, _("{name} is infinite; read a finite value off the sliders.").format(name=name)
    return number, None


@exercise(mistakes=FIT_BY_HAND_MISTAKES)
def check_fit_by_hand(W, b, prediction) -> bool:
    """Notebook 03: W and b that put H(x) = W x + b through every sample of
    (HAND_FIT_X, HAND_FIT_Y), and the prediction H(5) that line makes."""
    if W is None or b is None:
        print(_(FAIL), _("set W and b to the values where every residual is 0 (use the sliders above)."))
        return False
    (W, bad_w), (b, bad_b) = _number(W, "W"), _number(b, "b")
    if bad_w or bad_b:
        print(_(FAIL), bad_w or bad_b)
        return False
    known = _match_answer((W, b, prediction), FIT_BY_HAND_MISTAKES) or _wrong_line(W, b)
    if known:
        print(_(FAIL), known.says)
        return False
    r = W * HAND_FIT_X + b - HAND_FIT_Y
    if np.max(np.abs(r)) > 1e-6:
        slope = np.polyfit(HAND_FIT_X, r, 1)[0]  # how the residuals change with x: W - 0.5
        if abs(slope) > 1e-6:
            if slope > 0:
                text = _(
                    "with W = {W:g}, b = {b:g} the residuals are {r}: they change with x, "
                    "so the line is too steep: lower W."
                )
            else:
                text = _(
                    "with W = {W:g}, b = {b:g} the residuals are {r}: they change with x, "
                    "so the line is not steep enough: raise W."
                )
            print(_(FAIL), text.format(W=W, b=b, r=_fmt(r)))
        else:
            if r[0] > 0:
                text = _(
                    "the slope W = {W:g} is right, but the line is above every sample by {gap:g}: lower b."
                )
            else:
                text = _(
                    "the slope W = {W:g} is right, but the line is below every sample by {gap:g}: raise b."
                )
            print(_(FAIL), text.format(W=W, gap=abs(r[0])))
        return False
    if prediction is None:
        print(_(FAIL), _("W and b are right; now set prediction to what the line says at x = 5."))
        return False
    prediction, bad = _number(prediction, "prediction")
    if bad:
        print(_(FAIL), _("W and b are right, but {problem}").format(problem=bad))
        return False
    want = W * 5.0 + b
    if not np.isclose(prediction, want, rtol=1e-6, atol=1e-9):
        print(
            _(FAIL),
            _("W and b are right, but H(5) = W * 5 + b is not {prediction:g}.").format(prediction=prediction),
        )
        return False
    print(
        _(PASS),
        _("H(x) = {W:g}x + {b:g} passes through all 4 samples and predicts H(5) = {want:g}.").format(
            W=W, b=b, want=want
        ),
    )
    return True


# ---------------------------------------------------------------------------
# Predictions before the fit explorer (section 5): what a move of b, then of W, does to a residual

from .core import prediction  # noqa: E402  (kept beside the predictions it registers)

#: the line the explorer starts from, and the sample the predictions ask about
_START_W, _START_B, _AT_X = 0.5, 1.0, 4.0


def _residual_at_4(W, b):
    """H(4) - y at the lecture's sample (4, 4)."""
    return W * _AT_X + b - _AT_X


@prediction(
    why=N_(
        "b is added to W x for every x, so raising b by 1 lifts the whole line by 1: H(x) - y grows by "
        "exactly 1 at every sample, at x = 4 as at x = 1 (every bar moves by the same amount)."
    ),
    mistakes=[
        Mistake(
            N_("4 would be the change if b multiplied x, as W does; b is only added: H(x) = W x + b."),
            answer=(4.0,),
        ),
        Mistake(
            N_("the sign is flipped: the line goes up, H(x) grows and y stays, so H(x) - y grows (+1)."),
            answer=(-1.0,),
        ),
        Mistake(
            N_(
                "0 would mean b changes the line only at x = 0; b shifts the line everywhere by the same amount."
            ),
            answer=(0.0,),
        ),
        Mistake(
            N_("0.25 is 1 / 4, as if the change were spread over x; b adds the same 1 whatever x is."),
            answer=(0.25,),
        ),
    ],
)
def check_prediction_raise_b():
    """Notebook 03: b goes from 1 to 2 with W = 0.5; by how much does the residual at x = 4 change?"""
    return _residual_at_4(_START_W, _START_B + 1.0) - _residual_at_4(_START_W, _START_B)


@prediction(
    why=N_(
        "W multiplies x, so raising W by 0.5 raises H(x) by 0.5 times x: by 0.5 at x = 1 and by "
        "0.5 x 4 = 2 at x = 4. The line turns about the point where it crosses x = 0; the far samples move most."
    ),
    mistakes=[
        Mistake(
            N_(
                "0.5 is the change of W itself, as if W were added like b; W multiplies x, so at x = 4 "
                "the change is 0.5 times 4."
            ),
            answer=(0.5,),
        ),
        Mistake(
            N_("4 is x alone; the change of H(x) is the change of W times x: 0.5 x 4."),
            answer=(4.0,),
        ),
        Mistake(
            N_("the sign is flipped: a steeper line is higher at x = 4, so H(4) - y grows."),
            answer=(-2.0,),
        ),
        Mistake(
            N_("0.125 is 0.5 / 4, dividing by x; W multiplies x, so multiply: 0.5 x 4."),
            answer=(0.125,),
        ),
        Mistake(
            N_(
                "0 would mean W changes only the slope, not the line's height at x = 4; turning the line "
                "changes its height everywhere except at x = 0."
            ),
            answer=(0.0,),
        ),
    ],
)
def check_prediction_raise_w():
    """Notebook 03: W goes from 0.5 to 1 with b = 1; by how much does the residual at x = 4 change?"""
    return _residual_at_4(_START_W + 0.5, _START_B) - _residual_at_4(_START_W, _START_B)

"""Notebook 03 (the regression hypothesis): H(x) = W x + b, residuals, a line fitted by hand."""

from __future__ import annotations

import numpy as np

from .core import FAIL, PASS, _fmt, _x4, _xr, _y4, _yr, check_function, exercise


def ref_hypothesis(W, b, x):
    return W * x + b


@exercise(reference=ref_hypothesis)
def check_hypothesis(fn) -> bool:
    """Notebook 03: ``hypothesis(W, b, x)`` returns H(x) = W x + b for every x."""
    cases = [(1.0, 0.0, _x4), (2.0, 1.0, _x4), (0.5, -1.0, _xr), (0.0, 3.0, np.array([5.0]))]
    return check_function(fn, ref_hypothesis, cases, name="hypothesis")


def ref_residuals(W, b, x, y):
    return W * x + b - y


@exercise(reference=ref_residuals)
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


@exercise()
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

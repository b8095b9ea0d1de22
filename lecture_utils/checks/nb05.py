"""Notebook 05 (gradient descent): gradients, one step, the loop."""

from __future__ import annotations

import numpy as np

from ..i18n import N_
from .core import Mistake, _x4, _x5, _xr, _y4, _y5, _yr, check_function, exercise

#: the notebook's m and lr (section 6), which a function may read by mistake
_NB_M, _NB_LR = 4, 0.1

# Cases: m = 4 (the lecture's samples), m = 3 and m = 7 tell a mean from a sum and len(x) from the
# notebook's m; W on both sides of the minimum, and b != 0, tell the sign and a missing b apart.
_x3, _y3 = np.array([0.5, -1.0, 2.0]), np.array([1.0, 0.0, 2.5])

# ---------------------------------------------------------------------------
# Exercise 1: the derivative


def ref_gradient_w(W, x, y):
    return 2.0 * np.mean((W * x - y) * x)


GRADIENT_W_MISTAKES = [
    Mistake(
        N_(
            "the 2 is missing: that is the slide's form, which drops it. The course's cost is (1/m) sum (W x_i - "
            "y_i)^2, so dcost/dW = (2/m) sum (W x_i - y_i) x_i: keep the 2."
        ),
        fn=lambda W, x, y: np.mean((W * x - y) * x),
    ),
    Mistake(
        N_(
            "the factor x_i is missing: the chain rule multiplies by d(W x_i)/dW = x_i: 2 * np.mean((W * x - y) * x)."
        ),
        fn=lambda W, x, y: 2.0 * np.mean(W * x - y),
    ),
    Mistake(
        N_("the sign is flipped: the residual is W x_i - y_i (H minus y), not y_i - W x_i."),
        fn=lambda W, x, y: 2.0 * np.mean((y - W * x) * x),
    ),
    Mistake(
        N_(
            "that is a sum over the samples; the derivative of the mean is the mean: (2/m) sum ... = "
            "2 * np.mean(...)."
        ),
        fn=lambda W, x, y: 2.0 * np.sum((W * x - y) * x),
    ),
    Mistake(
        N_(
            "that is one value per sample; dcost/dW is one number: average them, 2 * np.mean((W * x - y) * x)."
        ),
        fn=lambda W, x, y: 2.0 * (W * x - y) * x / len(x),
    ),
    Mistake(
        N_(
            "that divides by 4, the m of the notebook's samples; divide by the number of samples given, len(x), "
            "or use np.mean."
        ),
        fn=lambda W, x, y: 2.0 * np.sum((W * x - y) * x) / _NB_M,
    ),
    Mistake(
        N_(
            "that is the cost itself, (1/m) sum (W x_i - y_i)^2; the exercise asks for its derivative, "
            "(2/m) sum (W x_i - y_i) x_i."
        ),
        fn=lambda W, x, y: np.mean((W * x - y) ** 2),
    ),
    Mistake(
        N_(
            "the x is outside np.mean: 2 * np.mean(W * x - y) * x gives one value per sample. Multiply each "
            "residual by its own x inside the mean: 2 * np.mean((W * x - y) * x)."
        ),
        fn=lambda W, x, y: 2.0 * np.mean(W * x - y) * x,
    ),
    Mistake(
        N_(
            "the residual is multiplied by W; the chain rule multiplies it by d(W x_i)/dW = x_i: "
            "2 * np.mean((W * x - y) * x)."
        ),
        fn=lambda W, x, y: 2.0 * np.mean((W * x - y) * W),
    ),
    Mistake(
        N_(
            "the parentheses are missing: W * x - y * x multiplies only y by x. Multiply the whole residual: "
            "2 * np.mean((W * x - y) * x)."
        ),
        fn=lambda W, x, y: 2.0 * np.mean(W * x - y * x),
    ),
    Mistake(
        N_("that divides by m twice: np.mean already divides the sum by m, so drop the / len(x)."),
        fn=lambda W, x, y: 2.0 * np.mean((W * x - y) * x) / len(x),
    ),
]


GRADIENT_W_CASES = [(0.0, _x4, _y4), (2.0, _x4, _y4), (1.0, _x4, _y4), (-0.5, _xr, _yr), (1.5, _x3, _y3)]


@exercise(reference=ref_gradient_w, mistakes=GRADIENT_W_MISTAKES)
def check_gradient_w(fn) -> bool:
    """Notebook 05: ``gradient_w(W, x, y)`` returns d cost/dW = (2/m) sum (W x_i - y_i) x_i."""
    return check_function(
        fn, ref_gradient_w, GRADIENT_W_CASES, name="gradient_w", mistakes=GRADIENT_W_MISTAKES
    )


# ---------------------------------------------------------------------------
# Exercise 2: one step


def ref_gradient_step(W, x, y, lr):
    return W - lr * ref_gradient_w(W, x, y)


GRADIENT_STEP_MISTAKES = [
    Mistake(
        N_(
            "that steps uphill: W + lr * dcost/dW makes the cost grow. Gradient descent subtracts: "
            "W - lr * dcost/dW."
        ),
        fn=lambda W, x, y, lr: W + lr * ref_gradient_w(W, x, y),
    ),
    Mistake(
        N_(
            "that is the slide's update, which drops the 2. The course's cost is (1/m) sum (...)^2, so "
            "dcost/dW = (2/m) sum (W x_i - y_i) x_i: keep the 2."
        ),
        fn=lambda W, x, y, lr: W - lr * np.mean((W * x - y) * x),
    ),
    Mistake(
        N_("that is the step, lr * dcost/dW, not the new W: subtract it from W, W - lr * dcost/dW."),
        fn=lambda W, x, y, lr: lr * ref_gradient_w(W, x, y),
    ),
    Mistake(
        N_(
            "that is the gradient dcost/dW itself; the exercise asks for the new W after one step: "
            "W - lr * dcost/dW."
        ),
        fn=lambda W, x, y, lr: ref_gradient_w(W, x, y),
    ),
    Mistake(
        N_("the learning rate is missing: W - dcost/dW takes a full gradient step; multiply it by lr first."),
        fn=lambda W, x, y, lr: W - ref_gradient_w(W, x, y),
    ),
    Mistake(
        N_(
            "that uses lr = 0.1, the notebook's learning rate, not the argument lr: the function must work for "
            "the lr it is given."
        ),
        fn=lambda W, x, y, lr: W - _NB_LR * ref_gradient_w(W, x, y),
    ),
    Mistake(
        N_(
            "(W - lr) * dcost/dW multiplies the gradient by W - lr. Multiply lr by the gradient first, then "
            "subtract from W: W - lr * dcost/dW (no parentheses needed)."
        ),
        fn=lambda W, x, y, lr: (W - lr) * ref_gradient_w(W, x, y),
    ),
]


GRADIENT_STEP_CASES = [
    (0.0, _x4, _y4, 0.01),
    (2.0, _x4, _y4, 0.1),
    (1.0, _x4, _y4, 0.1),
    (-0.5, _xr, _yr, 0.05),
    (1.5, _x3, _y3, 0.2),
]


@exercise(reference=ref_gradient_step, mistakes=GRADIENT_STEP_MISTAKES)
def check_gradient_step(fn) -> bool:
    """Notebook 05: ``gradient_step(W, x, y, lr)`` returns W - lr * d cost/dW."""
    return check_function(
        fn,
        ref_gradient_step,
        GRADIENT_STEP_CASES,
        name="gradient_step",
        mistakes=GRADIENT_STEP_MISTAKES,
        earlier=EARLIER_05,
    )


# ---------------------------------------------------------------------------
# Exercise 3: both gradients


def ref_gradients_wb(W, b, x, y):
    r = W * x + b - y
    return 2.0 * np.mean(r * x), 2.0 * np.mean(r)


GRADIENTS_WB_MISTAKES = [
    Mistake(
        N_("the two gradients are swapped: return (dcost/dW, dcost/db), W's first."),
        fn=lambda W, b, x, y: ref_gradients_wb(W, b, x, y)[::-1],
    ),
    Mistake(
        N_(
            "both gradients miss the 2 of the derivative of the square (the slide drops it; the course's cost "
            "(1/m) sum (...)^2 keeps it): 2 * np.mean(r * x) and 2 * np.mean(r)."
        ),
        fn=lambda W, b, x, y: tuple(g / 2 for g in ref_gradients_wb(W, b, x, y)),
    ),
    Mistake(
        N_(
            "dcost/db has an x it should not have: b is not multiplied by x in H(x) = W x + b, so "
            "d(H)/db = 1 and dcost/db = 2 * np.mean(r)."
        ),
        fn=lambda W, b, x, y: (ref_gradients_wb(W, b, x, y)[0],) * 2,
    ),
    Mistake(
        N_("dcost/dW misses the factor x: d(W x + b)/dW = x, so dcost/dW = 2 * np.mean(r * x)."),
        fn=lambda W, b, x, y: (ref_gradients_wb(W, b, x, y)[1],) * 2,
    ),
    Mistake(
        N_("the residual misses b: with H(x) = W x + b, r = W * x + b - y."),
        fn=lambda W, b, x, y: ref_gradients_wb(W, 0.0, x, y),
    ),
    Mistake(
        N_("both signs are flipped: the residual is H(x) - y = W x + b - y, not y - H(x)."),
        fn=lambda W, b, x, y: tuple(-g for g in ref_gradients_wb(W, b, x, y)),
    ),
    Mistake(
        N_("only dcost/dW is returned; return both, as a tuple: return dW, db."),
        fn=lambda W, b, x, y: ref_gradients_wb(W, b, x, y)[0],
    ),
    Mistake(
        N_(
            "dcost/dW leaves b out: that is exercise 1's gradient_w, made for H(x) = W x without b. With b the "
            "residual is r = W * x + b - y, and dcost/dW = 2 * np.mean(r * x)."
        ),
        fn=lambda W, b, x, y: (ref_gradient_w(W, x, y), ref_gradients_wb(W, b, x, y)[1]),
    ),
    Mistake(
        N_("dcost/db is a sum over the samples; it is the mean, like dcost/dW: 2 * np.mean(r)."),
        fn=lambda W, b, x, y: (ref_gradients_wb(W, b, x, y)[0], 2.0 * np.sum(W * x + b - y)),
    ),
]


GRADIENTS_WB_CASES = [
    (0.0, 0.0, _x4, _y4),
    (2.0, 1.0, _x4, _y4),
    (1.0, 0.0, _x4, _y4),
    (-0.5, 0.3, _xr, _yr),
    (1.5, -1.0, _x3, _y3),
]


@exercise(reference=ref_gradients_wb, mistakes=GRADIENTS_WB_MISTAKES)
def check_gradients_wb(fn) -> bool:
    """Notebook 05: ``gradients_wb(W, b, x, y)`` returns (d cost/dW, d cost/db) as a tuple."""
    return check_function(
        fn, ref_gradients_wb, GRADIENTS_WB_CASES, name="gradients_wb", mistakes=GRADIENTS_WB_MISTAKES
    )


# ---------------------------------------------------------------------------
# Exercise 4: the loop


def ref_gradient_descent(W, b, x, y, lr, steps):
    for _ in range(steps):
        r = W * x + b - y
        W, b = W - lr * 2.0 * np.mean(r * x), b - lr * 2.0 * np.mean(r)
    return W, b


def _one_after_the_other(W, b, x, y, lr, steps):
    for _ in range(steps):
        W = W - lr * 2.0 * np.mean((W * x + b - y) * x)
        b = b - lr * 2.0 * np.mean(W * x + b - y)  # already the new W
    return W, b


def _return_in_the_loop(W, b, x, y, lr, steps):
    for _ in range(steps):
        r = W * x + b - y
        W, b = W - lr * 2.0 * np.mean(r * x), b - lr * 2.0 * np.mean(r)
        return W, b


def _b_never_moves(W, b, x, y, lr, steps):
    for _ in range(steps):
        W = W - lr * 2.0 * np.mean((W * x + b - y) * x)
    return W, b


def _gradients_once(W, b, x, y, lr, steps):
    r = W * x + b - y
    dW, db = 2.0 * np.mean(r * x), 2.0 * np.mean(r)  # before the loop: never computed again
    for _ in range(steps):
        W, b = W - lr * dW, b - lr * db
    return W, b


def _w_without_b(W, b, x, y, lr, steps):
    for _ in range(steps):
        W, b = W - lr * ref_gradient_w(W, x, y), b - lr * 2.0 * np.mean(W * x + b - y)
    return W, b


def _swapped_gradients(W, b, x, y, lr, steps):
    for _ in range(steps):
        db, dW = ref_gradients_wb(W, b, x, y)
        W, b = W - lr * dW, b - lr * db
    return W, b


def _set_to_the_gradients(W, b, x, y, lr, steps):
    for _ in range(steps):
        W, b = ref_gradients_wb(W, b, x, y)
    return W, b


GRADIENT_DESCENT_MISTAKES = [
    Mistake(
        N_("one step too few: the loop should run `steps` times, for _ in range(steps)."),
        fn=lambda W, b, x, y, lr, steps: ref_gradient_descent(W, b, x, y, lr, max(steps - 1, 0)),
    ),
    Mistake(
        N_("one step too many: the loop should run `steps` times, for _ in range(steps)."),
        fn=lambda W, b, x, y, lr, steps: ref_gradient_descent(W, b, x, y, lr, steps + 1),
    ),
    Mistake(
        N_(
            "b was updated with the new W: compute both gradients from the same (W, b) first, then update both "
            "(W, b = W - lr * dW, b - lr * db)."
        ),
        fn=_one_after_the_other,
    ),
    Mistake(
        N_(
            "the `return` is inside the loop, so the function stops after the first step (and returns nothing "
            "when steps = 0): move `return W, b` out of the loop, one indentation level left."
        ),
        fn=_return_in_the_loop,
    ),
    Mistake(
        N_("the steps are half as long: dcost/dW and dcost/db carry the factor 2 (the slide drops it)."),
        fn=lambda W, b, x, y, lr, steps: ref_gradient_descent(W, b, x, y, lr / 2, steps),
    ),
    Mistake(
        N_(
            "that walks uphill: each update must subtract lr times the gradient, W - lr * dW and b - lr * db."
        ),
        fn=lambda W, b, x, y, lr, steps: ref_gradient_descent(W, b, x, y, -lr, steps),
    ),
    Mistake(
        N_("b never changes: update it in every step too, b - lr * dcost/db."),
        fn=_b_never_moves,
    ),
    Mistake(
        N_("W and b come back swapped: return (W, b), W first."),
        fn=lambda W, b, x, y, lr, steps: ref_gradient_descent(W, b, x, y, lr, steps)[::-1],
    ),
    Mistake(
        N_(
            "the gradients are computed once, before the loop, so every step uses the slope at the start. "
            "Compute dW and db inside the loop, from the current W and b."
        ),
        fn=_gradients_once,
    ),
    Mistake(
        N_(
            "W's step ignores b: that is the gradient of exercises 1 and 2 (gradient_w, gradient_step), made "
            "for H(x) = W x without b. Use r = W * x + b - y in dcost/dW too (your gradients does it)."
        ),
        fn=_w_without_b,
    ),
    Mistake(
        N_("dW and db are swapped: gradients returns (dcost/dW, dcost/db), so unpack them as dW, db = ... ."),
        fn=_swapped_gradients,
    ),
    Mistake(
        N_(
            "W and b are set to the gradients themselves (W, b = dW, db). A step moves them a little against "
            "the gradient: W, b = W - lr * dW, b - lr * db."
        ),
        fn=_set_to_the_gradients,
    ),
]


#: gradient_step and gradient_descent may call the learner's functions of the earlier exercises
EARLIER_05 = {
    "gradient_w": (ref_gradient_w, GRADIENT_W_CASES, "check_gradient_w"),
    "gradient_step": (ref_gradient_step, GRADIENT_STEP_CASES, "check_gradient_step"),
    "gradients_wb": (ref_gradients_wb, GRADIENTS_WB_CASES, "check_gradients_wb"),
}


@exercise(reference=ref_gradient_descent, mistakes=GRADIENT_DESCENT_MISTAKES)
def check_gradient_descent(fn) -> bool:
    """Notebook 05: ``gradient_descent(W, b, x, y, lr, steps)`` runs ``steps`` updates of
    W and b together and returns the final (W, b)."""
    cases = [
        (0.0, 0.0, _x4, _y4 + 2.0, 0.05, 3),
        (0.0, 0.0, _x5, _y5, 0.01, 1),
        (1.0, 1.0, _xr, _yr, 0.05, 20),
        (0.5, -0.5, _x4, _y4, 0.02, 0),
    ]
    return check_function(
        fn,
        ref_gradient_descent,
        cases,
        name="gradient_descent",
        mistakes=GRADIENT_DESCENT_MISTAKES,
        earlier=EARLIER_05,
    )


# ---------------------------------------------------------------------------
# Exercise 3 under the course's name: gradients(W, b, x, y) (notebooks/README.md's names table). The same
# catalogue and cases as check_gradients_wb, which stays for code written against the old name.


@exercise(reference=ref_gradients_wb, mistakes=GRADIENTS_WB_MISTAKES)
def check_gradients(fn) -> bool:
    """Notebook 05: ``gradients(W, b, x, y)`` returns (d cost/dW, d cost/db) as a tuple."""
    return check_function(
        fn, ref_gradients_wb, GRADIENTS_WB_CASES, name="gradients", mistakes=GRADIENTS_WB_MISTAKES
    )


#: gradient_descent may call the learner's gradients (the course's name) as well as gradients_wb
EARLIER_05["gradients"] = (ref_gradients_wb, GRADIENTS_WB_CASES, "check_gradients")


# ---------------------------------------------------------------------------
# Predictions before the core's sliders (sections 5, 6 and 8)

from .core import prediction  # noqa: E402  (kept beside the predictions it registers)

#: the lecture's samples (1, 1) ... (4, 4), and the same shifted up by 2 (section 6)
_LECTURE_X = np.array([1.0, 2.0, 3.0, 4.0])
_LECTURE_Y = _LECTURE_X.copy()


@prediction(
    why=N_(
        "at W = 3 every residual 3x - x = 2x is positive, so dcost/dW = (2/m) Σ 2x·x = 4 · mean(x²) = 30 is "
        "positive and the step goes left: W := 3 − 0.01 · 30 = 2.7."
    ),
    mistakes=[
        Mistake(N_("that steps uphill (W + α · slope); the update subtracts: 3 − 0.01 · 30."), answer=(3.3,)),
        Mistake(
            N_("that is the slide's step, without the 2 (slope 15); this course keeps the 2: slope 30."),
            answer=(2.85,),
        ),
        Mistake(N_("0.3 is the step α · dcost/dW itself; the new W is 3 minus it."), answer=(0.3,)),
        Mistake(N_("that forgets α: 3 − 30. The step is α times the slope, 0.01 · 30."), answer=(-27.0,)),
        Mistake(N_("30 is the slope dcost/dW at W = 3; the new W is 3 − α · 30."), answer=(30.0,)),
    ],
)
def check_prediction_first_step_from_3():
    """Notebook 05: start W = 3, α = 0.01, the lecture's samples; W after the first step?"""
    W = 3.0
    return W - 0.01 * ref_gradient_w(W, _LECTURE_X, _LECTURE_Y)


@prediction(
    why=N_(
        "at W = b = 0 every residual is −y, so ∂cost/∂W = (2/m) Σ (−y)x = −25 and W := 0 − 0.1 · (−25) = 2.5: "
        "far past the best W = 1. The valley's walls are steep, so the first steps overshoot."
    ),
    mistakes=[
        Mistake(
            N_("the sign is flipped: the slope is negative (−25), so W grows: 0 − 0.1 · (−25) = +2.5."),
            answer=(-2.5,),
        ),
        Mistake(
            N_("that drops the 2 of the derivative: ∂cost/∂W = (2/m) Σ (Wx + b − y) x = −25, not −12.5."),
            answer=(1.25,),
        ),
        Mistake(N_("25 is the size of the slope; the step is α times it: 0.1 · 25."), answer=(25.0,)),
        Mistake(N_("1 is the best W; one step from 0 does not land there, it overshoots."), answer=(1.0,)),
        Mistake(
            N_("0.9 is b after the first step (∂cost/∂b = −9); W's slope is steeper, −25."), answer=(0.9,)
        ),
    ],
)
def check_prediction_first_step_wb():
    """Notebook 05: W = b = 0, α = 0.1, the samples (1, 3) ... (4, 6); W after the first step?"""
    return ref_gradient_descent(0.0, 0.0, _LECTURE_X, _LECTURE_Y + 2.0, 0.1, 1)[0]


@prediction(
    why=N_(
        "below W = 1 every residual is negative, so the MAE slope is −mean(x) = −2.5 at every step and each step "
        "has the same length α · 2.5 = 0.075. From −0.3, W passes 1 after 1.3 / 0.075 = 17.3 steps: at step 18."
    ),
    mistakes=[
        Mistake(N_("17 steps reach −0.3 + 17 · 0.075 = 0.975, still below 1: one more."), answer=(17.0,)),
        Mistake(N_("that is with steps of 0.15, α · 2 · mean(x); the MAE gradient has no 2."), answer=(9.0,)),
        Mistake(
            N_("that is with steps of α = 0.03 alone; each step is α · mean(x) = 0.075."), answer=(44.0,)
        ),
        Mistake(
            N_(
                "with a fixed step length W does reach 1 (and passes it); the count is 1.3 / 0.075, rounded up."
            ),
            answer=(0.0,),
        ),
    ],
    then=N_("Now run the cell below: its figure shows it."),
)
def check_prediction_mae_steps():
    """Notebook 05: MAE descent from W = −0.3 with α = 0.03; at which step does W first pass 1?"""
    W, t = -0.3, 0
    while W <= 1.0:
        W, t = W - 0.03 * np.mean(np.sign(W * _LECTURE_X - _LECTURE_Y) * _LECTURE_X), t + 1
    return t

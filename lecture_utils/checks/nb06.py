"""Notebook 06 (learning rate and minima): the edge of stable learning rates, many starts at once."""

from __future__ import annotations

import numpy as np

from ..i18n import N_, _
from .core import Mistake, _call, check_function, exercise, prediction

_x06 = np.array([1.0, 2.0, 3.0, 4.0])  # the lecture's regression samples: the notebook's global x (m = 4)
STABLE_LR_CASES = [  # m = 4, 5, 3, 5: a notebook's m = 4 or x = [1, 2, 3, 4] used inside the function shows
    (_x06,),
    (np.arange(5.0),),
    (np.array([10.0, 20.0, 30.0]),),
    (np.array([-0.5, 0.2, 1.5, -2.0, 0.7]),),
]


def ref_stable_lr(x):
    return len(x) / np.sum(x**2)


STABLE_LR_MISTAKES = [
    Mistake(
        N_(
            "that is 1/c = m / (2 sum x^2), the learning rate that lands on the minimum in one step. "
            "The edge of the stable range is twice as far: 2/c = m / sum x^2."
        ),
        lambda x: len(x) / (2 * np.sum(x**2)),
    ),
    Mistake(
        N_(
            "that is 2m / sum x^2, the edge for the slide's update, which drops the 2 of the gradient. The "
            "course's gradient is (2/m) sum (W x - y) x, so c = (2/m) sum x^2 and the edge is 2/c = m / sum x^2."
        ),
        lambda x: 2 * len(x) / np.sum(x**2),
    ),
    Mistake(
        N_("that is c = (2/m) sum x^2 itself, the curvature of cost(W). The edge is 2 / c."),
        lambda x: 2 * np.sum(x**2) / len(x),
    ),
    Mistake(
        N_("that uses sum x where the curvature has sum x^2: square each x first, c = (2/m) * np.sum(x**2)."),
        lambda x: len(x) / np.sum(x),
    ),
    Mistake(
        N_(
            "that squares the sum, (sum x)^2 = np.sum(x)**2; the curvature needs the sum of the squares, "
            "np.sum(x**2)."
        ),
        lambda x: len(x) / np.sum(x) ** 2,
    ),
    Mistake(
        N_(
            "right only when x has 4 samples: the function uses the notebook's m = 4, not the length of its "
            "own x. Inside the function, compute m = len(x)."
        ),
        lambda x: 4 / np.sum(x**2),
    ),
    Mistake(
        N_(
            "the same number comes back for every x: the answer for the lecture's x = [1, 2, 3, 4]. Compute "
            "it from the argument x of your function, not from the notebook's x or a number typed in."
        ),
        lambda x: len(_x06) / np.sum(_x06**2),
    ),
    Mistake(
        N_(
            "that squares the mean of x, (mean x)^2; the curvature needs the mean of the squares, "
            "np.mean(x**2): c = 2 * np.mean(x**2), and the edge is 2 / c."
        ),
        lambda x: 1 / np.mean(x) ** 2,
    ),
    Mistake(
        N_(
            "2 / 2 / len(x) * np.sum(x**2) is read from left to right: ((2 / 2) / len(x)) * sum x^2. Put the "
            "curvature in parentheses: 2 / (2 / len(x) * np.sum(x**2)), or compute c first and return 2 / c."
        ),
        lambda x: np.sum(x**2) / len(x),
    ),
    Mistake(
        N_(
            "it returns 0 for every x. If you wrote //, that is whole-number division (4 // 30 = 0): divide "
            "with /, len(x) / np.sum(x**2)."
        ),
        lambda x: len(x) // np.sum(x**2),
    ),
]


@exercise(reference=ref_stable_lr, mistakes=STABLE_LR_MISTAKES)
def check_stable_lr(fn) -> bool:
    """Notebook 06: ``stable_lr(x)`` = 2 / c = m / sum x^2 with c = (2/m) sum x^2: gradient descent on
    cost(W) = (1/m) sum (W x - y)^2 (no bias) converges for learning rates below it and diverges above."""
    return check_function(fn, ref_stable_lr, STABLE_LR_CASES, name="stable_lr", mistakes=STABLE_LR_MISTAKES)


def ref_stable_lr_slide(x):
    return 2 * len(x) / np.sum(x**2)


STABLE_LR_SLIDE_MISTAKES = [
    Mistake(
        N_(
            "that is the course's edge m / sum x^2, for the update with the 2. The slide's update has slope "
            "(1/m) sum (W x - y) x, so its curvature is (1/m) sum x^2, half of c, and its edge 2 / ((1/m) sum x^2) "
            "is twice as large: 2m / sum x^2 (m / sum x^2 is where the slide's update lands on W* in one step)."
        ),
        ref_stable_lr,
    ),
    Mistake(
        N_("that is the curvature (1/m) sum x^2 of the slide's update itself; the edge is 2 / curvature."),
        lambda x: np.sum(x**2) / len(x),
    ),
    Mistake(
        N_(
            "that is half the course's edge, m / (2 sum x^2): the 2 of the gradient went the wrong way. Without "
            "the 2 the steps are half as long, so a learning rate twice as large is still stable: 2m / sum x^2."
        ),
        lambda x: len(x) / (2 * np.sum(x**2)),
    ),
    Mistake(
        N_(
            "that uses sum x where the curvature has sum x^2: square each x first, 2 * len(x) / np.sum(x**2)."
        ),
        lambda x: 2 * len(x) / np.sum(x),
    ),
    Mistake(
        N_(
            "right only when x has 4 samples: the function uses the notebook's m = 4, not the length of its "
            "own x. Inside the function, compute m = len(x)."
        ),
        lambda x: 8 / np.sum(x**2),
    ),
    Mistake(
        N_(
            "the same number comes back for every x: the answer for the lecture's x = [1, 2, 3, 4]. Compute "
            "it from the argument x of your function."
        ),
        lambda x: 2 * len(_x06) / np.sum(_x06**2),
    ),
]


@exercise(reference=ref_stable_lr_slide, mistakes=STABLE_LR_SLIDE_MISTAKES)
def check_stable_lr_slide(fn) -> bool:
    """Notebook 06: ``stable_lr_slide(x)`` = 2m / sum x^2: the edge of stable learning rates for the slide's
    update W := W - alpha (1/m) sum (W x - y) x, which drops the 2 of the gradient."""
    return check_function(
        fn, ref_stable_lr_slide, STABLE_LR_CASES, name="stable_lr_slide", mistakes=STABLE_LR_SLIDE_MISTAKES
    )


def _hessian_wb(x, scale=None, m=None, corner=None):
    """(2/m) [[sum x^2, sum x], [sum x, m]]; ``scale``, ``m`` and ``corner`` replace 2/m, m and the
    corner m in the mistakes."""
    m = len(x) if m is None else m
    scale = 2.0 / m if scale is None else scale
    return scale * np.array([[np.sum(x**2), np.sum(x)], [np.sum(x), m if corner is None else corner]])


def ref_stable_lr_wb(x):
    return 2.0 / np.linalg.eigvalsh(_hessian_wb(x))[-1]


STABLE_LR_WB_MISTAKES = [
    Mistake(
        N_(
            "that is the edge without a bias, m / sum x^2. With b the Hessian is 2 x 2, "
            "(2/m) [[sum x^2, sum x], [sum x, m]], and its largest eigenvalue is bigger than (2/m) sum x^2, "
            "so the edge 2 / (largest eigenvalue) is lower."
        ),
        ref_stable_lr,
    ),
    Mistake(
        N_(
            "that is 2 / the smallest eigenvalue. The steepest direction sets the edge: the largest "
            "eigenvalue, np.linalg.eigvalsh(hessian)[-1] (eigvalsh sorts them in ascending order; "
            "np.linalg.eigvals does not sort them, so its [-1] may be the smallest)."
        ),
        lambda x: 2.0 / np.linalg.eigvalsh(_hessian_wb(x))[0],
    ),
    Mistake(
        N_("that is the largest eigenvalue itself; the edge is 2 / (largest eigenvalue)."),
        lambda x: np.linalg.eigvalsh(_hessian_wb(x))[-1],
    ),
    Mistake(
        N_("that is 1 / (largest eigenvalue); the edge is twice that, 2 / (largest eigenvalue)."),
        lambda x: 1.0 / np.linalg.eigvalsh(_hessian_wb(x))[-1],
    ),
    Mistake(
        N_("the Hessian misses its factor 2/m: hessian = 2 / m * np.array([[sum x^2, sum x], [sum x, m]])."),
        lambda x: 2.0 / np.linalg.eigvalsh(_hessian_wb(x, scale=1.0))[-1],
    ),
    Mistake(
        N_(
            "the Hessian has 1/m where the course's cost gives 2/m (the slide drops the 2 of the square): "
            "hessian = 2 / m * np.array([[sum x^2, sum x], [sum x, m]])."
        ),
        lambda x: 2.0 / np.linalg.eigvalsh(_hessian_wb(x, scale=1.0 / len(x)))[-1],
    ),
    Mistake(
        N_(
            "the Hessian's corner is m, not 1: d^2 cost/db^2 = (2/m) sum 1 = (2/m) m = 2, so "
            "hessian = 2 / m * np.array([[sum x^2, sum x], [sum x, m]])."
        ),
        lambda x: 2.0 / np.linalg.eigvalsh(_hessian_wb(x, corner=1.0))[-1],
    ),
    Mistake(
        N_(
            "right only when x has 4 samples: the Hessian uses the notebook's m = 4, not the length of the "
            "function's own x. Inside the function, compute m = len(x)."
        ),
        lambda x: 2.0 / np.linalg.eigvalsh(_hessian_wb(x, m=4))[-1],
    ),
    Mistake(
        N_(
            "that is 2 / every eigenvalue, two numbers; the edge is one number, 2 / the largest eigenvalue: "
            "2 / np.linalg.eigvalsh(hessian)[-1]."
        ),
        lambda x: 2.0 / np.linalg.eigvalsh(_hessian_wb(x)),
    ),
    Mistake(
        N_(
            "np.linalg.eigh returns two things, (eigenvalues, eigenvectors), so eigh(hessian)[-1] is the "
            "matrix of eigenvectors. Use np.linalg.eigvalsh(hessian)[-1], the largest eigenvalue."
        ),
        lambda x: 2.0 / np.linalg.eigh(_hessian_wb(x))[-1],
    ),
]


@exercise(reference=ref_stable_lr_wb, mistakes=STABLE_LR_WB_MISTAKES)
def check_stable_lr_wb(fn) -> bool:
    """Notebook 06: ``stable_lr_wb(x)`` = 2 / (largest eigenvalue of the Hessian (2/m)[[sum x^2, sum x],
    [sum x, m]]): the edge of stable learning rates for gradient descent on cost(W, b)."""
    return check_function(
        fn, ref_stable_lr_wb, STABLE_LR_CASES, name="stable_lr_wb", mistakes=STABLE_LR_WB_MISTAKES
    )


class _Slope:
    """A derivative that reads well in feedback messages (its name, not an address)."""

    def __init__(self, name, fn):
        self.name, self.fn = name, fn

    def __call__(self, w):
        return self.fn(w)

    def __repr__(self):
        return self.name


_df_quartic = _Slope("lambda w: w**3 - 2 * w + 0.5", lambda w: w**3 - 2.0 * w + 0.5)  # the notebook's df
_df_parabola = _Slope("lambda w: 2 * (w - 3)", lambda w: 2.0 * (w - 3.0))


def ref_descend_many(df, w0, lr, steps):
    w = np.array(w0, dtype=np.float64)
    for _step in range(steps):
        w = w - lr * df(w)
    return w


def _return_inside_the_loop(df, w0, lr, steps):
    w = w0
    for _step in range(steps):
        w = w - lr * df(w)
        return w


def _w_minus_equals(df, w0, lr, steps):
    w = w0
    for _step in range(steps):
        w -= lr * df(w)
    return w


def _always_from_w0(df, w0, lr, steps):
    w = w0
    for _step in range(steps):
        w = w0 - lr * df(w0)
    return w


def _slope_at_the_start(df, w0, lr, steps):
    w = w0
    for _step in range(steps):
        w = w - lr * df(w0)  # the slope where w started, not where it is
    return w


def _the_path(df, w0, lr, steps):
    w, path = w0, [w0]
    for _step in range(steps):
        w = w - lr * df(w)
        path.append(w)
    return np.array(path)


def _only_the_step(df, w0, lr, steps):
    w = w0
    for _step in range(steps):
        w = lr * df(w)  # the step, not w minus the step
    return w


DESCEND_MANY_CASES = [
    (_df_parabola, np.array([-1.0, 0.0, 5.0]), 0.1, 5),
    # starts on both sides of the peak at 0.26: two end in the global minimum, two in the local one
    # (and gradient ascent from them stays finite, so walking uphill is named, not an overflow)
    (_df_quartic, np.array([-1.0, -0.5, 0.5, 1.0]), 0.1, 30),
    (_df_quartic, np.array([-2.0, 2.0]), 0.05, 3),
    (_df_parabola, np.array([7.0]), 0.3, 0),
]

DESCEND_MANY_MISTAKES = [
    Mistake(
        N_("w walks uphill: the update adds lr * df(w). Downhill is against the slope: w = w - lr * df(w)."),
        lambda df, w0, lr, steps: ref_descend_many(df, w0, -lr, steps),
    ),
    Mistake(
        N_("one step too few: `steps` means `steps` updates of w, so the loop is `for _ in range(steps):`."),
        lambda df, w0, lr, steps: ref_descend_many(df, w0, lr, max(steps - 1, 0)),
    ),
    Mistake(
        N_("one step too many: `steps` means `steps` updates of w, so the loop is `for _ in range(steps):`."),
        lambda df, w0, lr, steps: ref_descend_many(df, w0, lr, steps + 1),
    ),
    Mistake(
        N_(
            "`return` is inside the loop, so the function stops after the first update (and returns None "
            "when steps = 0). Move `return w` after the loop, one indentation level out."
        ),
        _return_inside_the_loop,
    ),
    Mistake(
        N_(
            "every step starts again from w0, so only one step is ever taken: update the current w, "
            "w = w - lr * df(w), not w0 - lr * df(w0)."
        ),
        _always_from_w0,
    ),
    Mistake(
        N_(
            "the function changes the caller's w0 in place: `w = w0` does not copy the array, so `w -= ...` "
            "(or `w0[:] = ...`) overwrites w0 itself. Write w = w - lr * df(w), which makes a new array each step."
        ),
        _w_minus_equals,
    ),
    Mistake(
        N_(
            "the steps follow the notebook's two-valley derivative w^3 - 2w + 0.5 whatever df is passed in: "
            "call the argument, df(w)."
        ),
        lambda df, w0, lr, steps: ref_descend_many(_df_quartic, w0, lr, steps),
    ),
    Mistake(
        N_(
            "every step uses the slope at the start, df(w0): the slope must be taken where w is now, "
            "w = w - lr * df(w)."
        ),
        _slope_at_the_start,
    ),
    Mistake(
        N_(
            "that returns w after every step, the whole path (steps + 1 rows); the exercise asks for the final "
            "w only, one value per start: return w after the loop."
        ),
        _the_path,
    ),
    Mistake(
        N_("that is the step lr * df(w), not the new w: subtract it from w, w = w - lr * df(w)."),
        _only_the_step,
    ),
]


def _one_start_at_a_time(fn) -> str | None:
    """Right values, but a loop over the starts: df is handed one start at a time."""
    sizes = []

    def df(w):
        sizes.append(np.size(w))
        return _df_parabola(w)

    w0 = np.array([-1.0, 0.0, 5.0])
    _call(fn, (_Slope(_df_parabola.name, df), w0, 0.1, 2))
    if sizes and max(sizes) < w0.size:
        return _(
            "the values are right, but df was given one start at a time ({calls} calls of df for 2 steps "
            "from {starts} starts): the function loops over the starts. Let numpy move every start at "
            "once: w = w - lr * df(w) with w the whole array, and only one loop, over the steps."
        ).format(calls=len(sizes), starts=w0.size)
    return None


@exercise(reference=ref_descend_many, mistakes=DESCEND_MANY_MISTAKES)
def check_descend_many(fn) -> bool:
    """Notebook 06: ``descend_many(df, w0, lr, steps)`` runs w := w - lr df(w) ``steps`` times from every
    start in the array ``w0`` at once and returns the final w, one per start."""
    return check_function(
        fn,
        ref_descend_many,
        DESCEND_MANY_CASES,
        name="descend_many",
        mistakes=DESCEND_MANY_MISTAKES,
        extra=_one_start_at_a_time,
    )


# ---------------------------------------------------------------------------
# Predictions (predict first, then drag the slider)


def _one_step_from_0(lr):
    """W after one update W := W - lr dcost/dW from W = 0 on the lecture's samples (dcost/dW with the 2)."""
    return 0.0 - lr * 2.0 * np.mean((0.0 * _x06 - _x06) * _x06)


@prediction(
    why=N_(
        "at W = 0 the slope is dcost/dW = (2/m) sum (0 x - y) x = -2 mean(x y) = -15 on these samples, so "
        "the step is W := 0 - 0.1 x (-15) = 1.5: past the minimum at W = 1, as with 0.12 (1.8), but by less."
    ),
    mistakes=[
        Mistake(
            N_("the sign is flipped: the slope at W = 0 is negative, so minus α times it moves W up."),
            answer=(-1.5,),
        ),
        Mistake(
            N_(
                "0.75 drops the 2 of the derivative (the slide's update); this course's slope is (2/m) sum (W x - y) x."
            ),
            answer=(0.75,),
        ),
        Mistake(N_("0.1 is α itself: the step is α times the slope, 0.1 x 15."), answer=(0.1,)),
        Mistake(N_("15 is the size of the slope; the step multiplies it by α = 0.1."), answer=(15.0,)),
        Mistake(
            N_("1 is the minimum W*; one step lands on W* only for α = 1/c = 1/15, not 0.1."), answer=(1.0,)
        ),
    ],
)
def check_prediction_one_step():
    """Notebook 06: from W = 0 with α = 0.1, where is W after one step of gradient descent on cost(W)?"""
    return _one_step_from_0(0.1)


def _valley_end(w0, lr=0.1, steps=60):
    w = w0
    for _step in range(steps):
        w = w - lr * _df_quartic(w)
    return w


@prediction(
    why=N_(
        "w0 = 0.3 lies just right of the maximum at w = 0.26, where f'(0.3) is negative: the first step goes "
        "right, downhill, and descent rolls into the local minimum at w = 1.27, never the deeper valley on the "
        "left. The maximum is the watershed, however close the start is to it."
    ),
    mistakes=[
        Mistake(
            N_(
                "-1.53 is the global minimum, where starts left of the maximum (w = 0.26) end; 0.3 is right of it, "
                "and descent only goes downhill from where it stands."
            ),
            answer=(-1.53,),
        ),
        Mistake(
            N_("0.26 is the maximum; descent stops there only when it starts exactly on it, where f' = 0."),
            answer=(0.26,),
        ),
        Mistake(N_("descent does move from 0.3: f'(0.3) is not 0, so every step changes w."), answer=(0.3,)),
        Mistake(
            N_("w does not stop at 0: descent from 0.3 goes right, towards 1.27, not left."), answer=(0.0,)
        ),
    ],
)
def check_prediction_valley():
    """Notebook 06: from w0 = 0.3 with α = 0.1 (60 steps, as the figure), where does w end on f(w)?"""
    return _valley_end(0.3)

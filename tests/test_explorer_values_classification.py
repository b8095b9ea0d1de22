"""What the slider figures of notebooks 09-10 show, value by value: the sigmoid hypothesis on its
cost curve, logistic regression step by step (explorers_classification.py).

As in tests/test_explorer_values.py: each control moved as a slider moves it, the artists compared
with plain numpy written here (a plain loop of gradient descent on the cross entropy).
"""

from __future__ import annotations

import numpy as np
import pytest
from _figure_values import (
    by_label,
    close,
    covers,
    notebook_cases,
    offsets,
    positions,
    same_text,
    small,
    xy,
)

import lecture_utils as lu


def binary():
    x, y = lu.load_binary()
    X2, y2 = lu.make_two_class(m=100, separation=2.0, seed=0)
    return {"x": x, "y": y, "X2": X2, "y2": y2}


#: every slider figure of notebooks 09-10, as the notebook builds it, and the names it uses
NOTEBOOK_CALLS = {
    ("09", "lu.explorers.sigmoid_cost_explorer(x, y, w=2.0, w_range=(-20.0, 20.0), loss='mse')"): binary,
    ("10", "lu.explorers.sigmoid_cost_explorer(x, y, w=2.0, w_range=(-20.0, 20.0), loss='both')"): binary,
    (
        "10",
        "lu.explorers.logistic_training_explorer(X2, y2, lr=0.2, steps=40, w0=(-1.0, 0.5), b0=1.0)",
    ): binary,
}


# ---------------------------------------------------------------------------
# notebooks 09-10


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


@covers("sigmoid_cost_explorer")
@pytest.mark.parametrize(
    "make",
    [
        small(
            lambda: (
                lu.explorers.sigmoid_cost_explorer(
                    np.array([-1.0, 0.0, 0.5, 2.0]), np.array([0.0, 1.0, 0.0, 1.0]), w=1.0, w_range=(-4, 4)
                ),
                "mse",
            ),
            "small-1",
        ),
        small(
            lambda: (
                lu.explorers.sigmoid_cost_explorer(
                    np.array([-1.0, 0.0, 0.5, 2.0]),
                    np.array([0.0, 1.0, 0.0, 1.0]),
                    w_range=(-4, 4),
                    loss="bce",
                ),
                "bce",
            ),
            "small-2",
        ),
        *[p for p in notebook_cases(NOTEBOOK_CALLS, "sigmoid_cost_explorer") if not p.id.startswith("nb10")],
    ],
)
def test_sigmoid_cost_explorer_values(make):
    sf, loss = make()
    loss = loss if isinstance(loss, str) else "mse"
    ax1, ax2 = sf.fig.axes
    x, y = offsets(by_label(ax1, "data")).T
    curve_w, curve_c = xy(ax2.lines[0])

    def cost(w):
        z = w * x
        if loss == "mse":
            return np.mean((sigmoid(z) - y) ** 2)
        return np.mean(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z))  # -log sigma, -log(1 - sigma)

    close(curve_c, [cost(w) for w in curve_w], rtol=1e-9)
    if loss == "mse":  # the levels cost(W) tends to: H is a step at W -> +-inf (0.5 at x = 0)
        for sign, name in ((-1, "-inf"), (1, "+inf")):
            h = np.where(sign * x > 0, 1.0, np.where(sign * x < 0, 0.0, 0.5))
            level = np.mean((h - y) ** 2)
            (ln,) = [a for a in ax2.lines if a.get_label() == f"W -> {name}: {level:.3f}"]
            close(ln.get_ydata(), [level, level])
    for w in positions(sf.controls[0], extra=(0.0,)):
        sf.update(w=w)
        xs, hs = xy(ax1.lines[-1])
        close(hs, sigmoid(w * xs), rtol=1e-9)
        segs = np.array(by_label(ax1, "H(x) - y").get_segments())
        close(segs[:, 1, 1], sigmoid(w * x), rtol=1e-9)
        close(segs[:, 0, :], np.column_stack([x, y]))
        close(xy(ax2.lines[1]), [[w], [cost(w)]], rtol=1e-9)
        same_text(ax1.get_title(), f"H(x) = sigmoid({w:.2f} x)")


def mse_and_ce(x, y, w):
    """MSE of sigmoid(Wx) and cross entropy -mean(y log p + (1 - y) log(1 - p)), written stably from z."""
    z = w * x
    mse = np.mean((sigmoid(z) - y) ** 2)
    ce = np.mean(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z))  # -log p = log(1 + e^-z)
    return mse, ce


@covers("sigmoid_cost_explorer")
@pytest.mark.parametrize(
    "make",
    [
        small(
            lambda: lu.explorers.sigmoid_cost_explorer(
                np.array([-1.0, 0.0, 0.5, 2.0]),
                np.array([0.0, 1.0, 0.0, 1.0]),
                w=1.0,
                w_range=(-4, 4),
                loss="both",
            ),
            "small-both",
        ),
        *[
            pytest.param(lambda p=p: p.values[0]()[0], id=p.id)
            for p in notebook_cases(NOTEBOOK_CALLS, "sigmoid_cost_explorer")
            if p.id.startswith("nb10")  # notebook 10 draws it with loss="both"
        ],
    ],
)
def test_sigmoid_cost_explorer_both_values(make):
    """loss="both": the MSE curve and the cross-entropy curve (twin axis), a marker on each, the readout."""
    sf = make()
    ax1, ax2, ax3 = sf.fig.axes
    x, y = offsets(by_label(ax1, "data")).T
    w_mse, c_mse = xy(by_label(ax2, "MSE cost(W) (left axis)"))
    w_ce, c_ce = xy(by_label(ax3, "cross entropy cost(W) (right axis)"))
    close(w_ce, w_mse)
    plain = np.array([mse_and_ce(x, y, w) for w in w_mse])
    close(c_mse, plain[:, 0], rtol=1e-9)
    close(c_ce, plain[:, 1], rtol=1e-9)
    assert ax2.get_ylabel() == "MSE cost(W)" and ax3.get_ylabel() == "cross entropy cost(W)"
    for w in positions(sf.controls[0], extra=(0.0,)):
        sf.update(w=w)
        mse, ce = mse_and_ce(x, y, w)
        dot_mse = by_label(ax3, "MSE at W")  # on the twin, placed in the MSE axis' units
        close(xy(dot_mse), [[w], [mse]], rtol=1e-9)
        close(dot_mse.get_transform().transform([w, mse]), ax2.transData.transform([w, mse]))
        close(xy(by_label(ax3, "cross entropy at W")), [[w], [ce]], rtol=1e-9)
        (readout,) = ax3.texts
        same_text(readout.get_text(), f"W = {w:.2f}\nMSE = {mse:.4f}\ncross entropy = {ce:.4f}")
        xs, hs = xy(ax1.lines[-1])
        close(hs, sigmoid(w * xs), rtol=1e-9)
        segs = np.array(by_label(ax1, "H(x) - y").get_segments())
        close(segs[:, 1, 1], sigmoid(w * x), rtol=1e-9)
        same_text(ax1.get_title(), f"H(x) = sigmoid({w:.2f} x)")


def plain_logistic(X, y, lr, steps, w0, b0):
    """Gradient descent on the cross entropy of sigmoid(X w + b), a plain loop; (w, b, cost) per step."""
    w, b, out = np.array(w0, float), float(b0), []
    for _ in range(steps + 1):
        z = X @ w + b
        p = sigmoid(z)
        out.append((w.copy(), b, np.mean(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z))))
        w, b = w - lr * X.T @ (p - y) / len(y), b - lr * np.mean(p - y)
    return out


@covers("logistic_training_explorer")
@pytest.mark.parametrize(
    "make",
    [
        small(
            lambda: (
                lu.explorers.logistic_training_explorer(
                    np.array([[0.0, 0.0], [1.0, 0.5], [2.0, 2.0], [0.5, 2.0]]),
                    np.array([0.0, 0.0, 1.0, 1.0]),
                    lr=0.5,
                    steps=6,
                ),
                (0.5, (-1.0, 0.5), 1.0),
            ),
            "small-1",
        ),
        *[
            pytest.param(lambda p=p: (p.values[0]()[0], (0.2, (-1.0, 0.5), 1.0)), id=p.id)
            for p in notebook_cases(NOTEBOOK_CALLS, "logistic_training_explorer")
        ],
    ],
)
def test_logistic_training_explorer_values(make):
    sf, (lr, w0, b0) = make()
    ax1, ax2 = sf.fig.axes
    X = np.vstack([offsets(c) for c in ax1.collections if c.get_label() in ("y = 0", "y = 1")])
    y = np.concatenate(
        [
            np.full(len(offsets(c)), float(c.get_label()[-1]))
            for c in ax1.collections
            if c.get_label() in ("y = 0", "y = 1")
        ]
    )
    steps = int(sf.controls[0].max)
    run = plain_logistic(X, y, lr, steps, w0, b0)
    img = ax1.images[0]
    x0, x1, y0, y1 = img.get_extent()
    gx, gy = np.meshgrid(np.linspace(x0, x1, 120), np.linspace(y0, y1, 120))
    boundary = by_label(ax1, "boundary P(y=1) = 0.5")
    for t in sf.controls[0].sweep_values():
        sf.update(step=t)
        w, b, c = run[t]
        close(img.get_array(), sigmoid(w[0] * gx + w[1] * gy + b), rtol=1e-7, atol=1e-12)
        bx, by = xy(boundary)
        close(w[0] * bx + w[1] * by + b, [0, 0], atol=1e-7)  # both ends on w.x + b = 0
        close(xy(ax2.lines[-1]), [[t], [c]], rtol=1e-7)
        close(
            xy(by_label(ax2, "cross entropy cost")),
            [np.arange(t + 1), [r[2] for r in run[: t + 1]]],
            rtol=1e-7,
        )
        acc = np.mean((X @ w + b >= 0) == (y == 1))
        same_text(ax1.get_title(), f"step {t}: boundary {w[0]:.2f} x1 {w[1]:+.2f} x2 {b:+.2f} = 0")
        same_text(ax2.get_title(), f"step {t}: cost {c:.3f}, accuracy {acc:.0%}")
        assert ax2.texts[0].get_text() == f"W := W - {lr:g} * dcost/dW"

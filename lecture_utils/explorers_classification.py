"""Slider figures for notebooks 09-10: the sigmoid hypothesis, MSE vs cross entropy, logistic regression.

Re-exported from ``lecture_utils.explorers``: list every builder in ``__all__``.
"""

from __future__ import annotations

import numpy as np

from . import _validate as v
from . import i18n
from .activations import _sigmoid
from .i18n import _
from .plotting import DATA, MODEL, PATH, RESID, cost_grid, draw_cost_curve, draw_decision_boundary, figure
from .sliders import Control, SliderFigure
from .training import train_logistic

__all__: list[str] = ["sigmoid_cost_explorer", "logistic_training_explorer"]

_LOSS_NAMES = {"mse": "MSE", "bce": "cross entropy"}


def _binary_xy(x, y):
    x = v.as_array("x", x, ndim=1)
    y = v.as_array("y", y, ndim=1)
    v.same_length("x", x, "y", y)
    if x.size == 0:
        raise ValueError(_("x and y must hold at least one sample; got 0"))
    v.labels("y", y)
    return x, y


def sigmoid_cost_explorer(x, y, *, w=2.0, w_range=(-20.0, 20.0), loss="mse", limits=True):
    """Notebooks 09-10: a W slider moves H(x) = sigmoid(W x) over 1-D binary data (left, with the
    errors H(x) - y) and the point on cost(W) (right). ``loss`` is "mse", "bce" (cross entropy) or
    "both": MSE (left y axis) and cross entropy (right y axis) side by side, a marker on each.

    ``limits=True`` draws the costs W -> -inf and W -> +inf tends to (computed at W = -/+1000);
    only for "mse".
    """
    x, y = _binary_xy(x, y)
    v.one_of("loss", loss, {*_LOSS_NAMES, "both"})
    lo, hi = v.interval("w_range", w_range)
    w = v.number("w", w)
    if loss == "both":
        return _mse_and_ce_explorer(x, y, w, lo, hi)
    name = _LOSS_NAMES[loss]
    ws = np.linspace(lo, hi, 401)
    costs = cost_grid(x, y, ws, loss=loss, model="logistic")

    fig, (ax1, ax2) = figure(2, size=(10.4, 4.0))
    show_h = _draw_sigmoid_panel(ax1, x, y, w)

    mark = draw_cost_curve(ax2, ws, costs, w, label=f"{name} cost(W)", ylabel=f"cost(W) ({name})")
    if limits:
        low, high = cost_grid(x, y, [-1000.0, 1000.0], loss=loss, model="logistic")
        if loss == "mse":  # cross entropy grows without bound: no level to draw
            ax2.axhline(low, color="#2ca02c", lw=1, ls="--", label=f"W -> -inf: {low:.3f}")
            ax2.axhline(high, color=PATH, lw=1, ls="--", label=f"W -> +inf: {high:.3f}")
    ax2.legend(loc="lower left" if loss == "mse" else "upper center", fontsize=8)
    top = float(costs.max())
    ax2.set_ylim(0.0, top * 1.3)
    ax2.set_title(f"cost(W) = {name} of sigmoid(Wx)")

    def update(w):
        show_h(w)
        mark(w, float(cost_grid(x, y, [w], loss=loss, model="logistic")[0]))

    return SliderFigure(
        fig, update, [Control("w", lo, hi, 0.1, w, description="W")], title=f"sigmoid + {name}"
    )


def _draw_sigmoid_panel(ax1, x, y, w):
    """Left panel of sigmoid_cost_explorer: the data, H(x) = sigmoid(Wx) and the errors H(x) - y.
    Returns ``show(w)``."""
    from matplotlib.collections import LineCollection

    pad = 0.1 * float(x.max() - x.min() or 1.0)
    xs = np.linspace(float(x.min()) - pad, float(x.max()) + pad, 300)
    ax1.axhline(0.5, color="gray", lw=1, ls=":", label="threshold 0.5")
    ax1.scatter(x, y, color=DATA, zorder=3, label="data")
    (curve,) = ax1.plot(xs, _sigmoid(w * xs), color=MODEL, label="H(x) = sigmoid(Wx)")
    segs = LineCollection([], colors=RESID, linestyles="--", linewidths=1.2, label="H(x) - y")
    ax1.add_collection(segs)
    ax1.set(xlim=(xs[0], xs[-1]), ylim=(-0.12, 1.38), xlabel="x", ylabel="y, H(x)")
    ax1.legend(loc="upper center", ncol=2, fontsize=8)

    def show(w):
        h = _sigmoid(w * x)
        curve.set_ydata(_sigmoid(w * xs))
        segs.set_segments([[(xi, yi), (xi, hi_)] for xi, yi, hi_ in zip(x, y, h, strict=True)])
        ax1.set_title(f"H(x) = sigmoid({w:.2f} x)")

    return show


def _mse_and_ce_explorer(x, y, w, lo, hi):
    """sigmoid_cost_explorer(loss="both"): MSE and cross entropy of sigmoid(Wx) on one W slider.

    Right panel: MSE cost(W) on the left y axis, cross entropy cost(W) on a twin right y axis (their
    scales differ: MSE stays below 1, cross entropy grows without bound), a marker on each at W.
    """
    ws = np.linspace(lo, hi, 401)
    mse = cost_grid(x, y, ws, loss="mse", model="logistic")
    ce = cost_grid(x, y, ws, loss="bce", model="logistic")

    fig, (ax1, ax2) = figure(2, size=(10.4, 4.0))
    show_h = _draw_sigmoid_panel(ax1, x, y, w)
    ax3 = ax2.twinx()
    ax2.plot(ws, mse, color=DATA, label="MSE cost(W) (left axis)")
    ax3.plot(ws, ce, color=MODEL, label="cross entropy cost(W) (right axis)")
    # every moving artist of this panel lives on the twin, drawn last: the slider's layered redraw
    # (_render.py) repaints one axes' moving artists over its own static ones, not over a twin's
    (dot_mse,) = ax3.plot(
        [], [], "o", color=DATA, ms=9, zorder=4, clip_on=False, label="MSE at W", transform=ax2.transData
    )
    (dot_ce,) = ax3.plot([], [], "s", color=MODEL, ms=8, zorder=4, clip_on=False, label="cross entropy at W")
    for dot in (dot_mse, dot_ce):
        dot.set_in_layout(False)  # unclipped, so keep it out of the layout's size sums
    ax2.set(xlim=(lo, hi), ylim=(0.0, float(mse.max()) * 1.35), xlabel="W")
    ax3.set(ylim=(0.0, float(ce.max()) * 1.35))
    ax2.set_ylabel("MSE cost(W)", color=DATA)
    ax3.set_ylabel("cross entropy cost(W)", color=MODEL)
    ax2.tick_params(axis="y", colors=DATA)
    ax3.tick_params(axis="y", colors=MODEL)
    ax2.set_title("MSE and cross entropy of sigmoid(Wx)")
    lines = [ax2.lines[0], ax3.lines[0]]
    ax2.legend(lines, [ln.get_label() for ln in lines], loc="upper left", fontsize=8)
    readout = ax3.text(0.97, 0.95, "", transform=ax3.transAxes, ha="right", va="top", fontsize=10)

    def update(w):
        show_h(w)
        c_mse, c_ce = (float(cost_grid(x, y, [w], loss=k, model="logistic")[0]) for k in ("mse", "bce"))
        dot_mse.set_data([w], [c_mse])
        dot_ce.set_data([w], [c_ce])
        readout.set_text(f"W = {w:.2f}\nMSE = {c_mse:.4f}\ncross entropy = {c_ce:.4f}")

    control = Control("w", lo, hi, 0.1, w, description="W")
    return SliderFigure(fig, update, [control], title="sigmoid: MSE and cross entropy")


def logistic_training_explorer(X, y, *, lr=0.2, steps=40, w0=(-1.0, 0.5), b0=1.0):
    """Notebook 10: step through logistic regression (cross entropy, with bias) on 2-D two-class data.

    Left: the data, P(y=1) shading and the decision boundary at that step; right: the cost so far.
    A step slider with Play.
    """
    X = v.as_array("X", X, ndim=2)
    if X.shape[1] != 2:
        raise ValueError(_("X must have 2 columns (2-D points); got shape {shape}").format(shape=X.shape))
    y = v.as_array("y", y, ndim=1)
    v.same_length("X", X, "y", y)
    if X.shape[0] == 0:
        raise ValueError(_("X and y must hold at least one sample; got 0"))
    v.labels("y", y)
    lr, b0 = v.positive_number("lr", lr), v.number("b0", b0)
    steps = v.positive("steps", steps, integer=True)
    w0 = v.as_array("w0", w0, ndim=1)
    if w0.shape != (2,):
        raise ValueError(
            _("w0 must hold 2 numbers (one weight per column of X); got shape {shape}").format(shape=w0.shape)
        )
    hist = train_logistic(X, y, lr, steps, w0=w0, b0=b0, loss="bce", on_divergence="stop")
    ws, bs, cs = hist.w, hist.b, hist.cost
    last = len(cs) - 1
    acc = np.mean(((X @ ws.T + bs) >= 0) == (y[:, None] == 1), axis=0)  # accuracy at every step

    fig, (ax1, ax2) = figure(2, size=(10.4, 4.3))
    draw = draw_decision_boundary(ax1, X, y, ws[0], bs[0])
    ax2.plot(np.arange(last + 1), cs, color=DATA, lw=1.2, alpha=0.35)
    (trail,) = ax2.plot([], [], color=DATA, label="cross entropy cost")
    (dot,) = ax2.plot([], [], "o", color=MODEL, ms=8, zorder=4)
    ax2.set(xlim=(-0.5, steps + 0.5), ylim=(0.0, float(np.max(cs)) * 1.1), xlabel="step", ylabel="cost")
    ax2.legend(loc="upper right")
    note = ax2.text(0.97, 0.72, "", transform=ax2.transAxes, ha="right", va="top", fontsize=10)

    def update(step):
        t = min(int(step), last)
        draw(ws[t], bs[t])
        trail.set_data(np.arange(t + 1), cs[: t + 1])
        dot.set_data([t], [cs[t]])
        w1, w2 = ws[t]
        ax1.set_title(f"step {t}: boundary {w1:.2f} x1 {w2:+.2f} x2 {bs[t]:+.2f} = 0")
        ax2.set_title(f"step {t}: cost {cs[t]:.3f}, accuracy {acc[t]:.0%}")
        text = f"W := W - {lr:g} * dcost/dW"
        if t == last and hist.diverged_at >= 0:
            text = hist._figure_message()
        note.set_text(text)

    control = Control("step", 0, steps, 1, 0, description=i18n.N_("step"), kind="int", play=True)
    return SliderFigure(fig, update, [control], title="logistic regression")

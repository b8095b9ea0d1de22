"""Ready-made slider figures for the course's notebooks.

Each builder returns a :class:`~lecture_utils.sliders.SliderFigure`; make it the
last expression of a cell to show it. Every builder keeps one figure and only
moves its artists, so a slider move costs one PNG render.
"""

from __future__ import annotations

import numpy as np

from . import _validate as v
from .plotting import cost_grid, draw_cost_contour, draw_cost_curve, draw_cost_surface, draw_fit, figure
from .sliders import Control, SliderFigure
from .training import train_linear


def _xy(x, y):
    x = v.as_array("x", x, ndim=1)
    y = v.as_array("y", y, ndim=1)
    v.same_length("x", x, "y", y)
    return x, y


def line_explorer(*, w=1.0, w_range=(-3.0, 3.0)):
    """Notebook 01: a first slider. W turns the line y = W x; the title confirms the slider works."""
    fig, ax = figure(size=(5.0, 3.6))
    xs = np.linspace(-2, 2, 5)
    (line,) = ax.plot(xs, w * xs, color="#d62728")
    ax.set(xlim=(-2, 2), ylim=(-6.5, 6.5), xlabel="x", ylabel="y")

    def update(w):
        line.set_ydata(w * xs)
        ax.set_title(f"y = {w:.2f} x")

    return SliderFigure(fig, update, [Control("w", *w_range, 0.1, w, description="W")], title="first slider")


def fit_explorer(x, y, *, w=0.5, b=0.0, w_range=(-1.0, 3.0), b_range=(-3.0, 3.0), predict_at=None):
    """Notebook 03: sliders W and b move H(x) = W x + b over the data, with residuals
    H(x) - y, the mean squared error in the title and (optionally) the prediction at x = predict_at."""
    x, y = _xy(x, y)
    fig, ax = figure(size=(6.0, 4.2))
    span = float(y.max() - min(y.min(), 0.0))
    ylim = (min(float(y.min()), 0.0) - 0.6 * span, float(y.max()) + 0.9 * span)
    draw = draw_fit(ax, x, y, w, b, predict_at=predict_at, ylim=ylim)

    def update(w, b):
        draw(w, b)
        ax.set_title(f"H(x) = {w:.2f} x {b:+.2f}    mean (H(x) - y)^2 = {np.mean((w * x + b - y) ** 2):.3f}")

    controls = [
        Control("w", *w_range, 0.05, w, description="W"),
        Control("b", *b_range, 0.05, b, description="b"),
    ]
    return SliderFigure(fig, update, controls, title="fit explorer")


def cost_curve_explorer(x, y, *, w=0.0, w_range=(-1.0, 3.0), loss="mse"):
    """Notebook 04: a W slider moves the line H(x) = W x (left) and the point on cost(W) (right)."""
    x, y = _xy(x, y)
    ws = np.linspace(*w_range, 241)
    costs = cost_grid(x, y, ws, loss=loss)
    fig, (ax1, ax2) = figure(2)
    top = max(float(y.max()), w_range[1] * x.max()) + 0.5
    draw = draw_fit(ax1, x, y, w, 0.0, ylim=(min(0.0, w_range[0] * x.max()) - 0.5, top))
    mark = draw_cost_curve(ax2, ws, costs, w, label=f"{loss.upper()} cost(W)", ylabel=f"cost(W) ({loss.upper()})")
    ax1.set_title("H(x) = W x")
    ax2.set_title(f"cost(W) = (1/m) sum {'(Wx - y)^2' if loss == 'mse' else '|Wx - y|'}")

    def update(w):
        draw(w, 0.0)
        mark(w, float(cost_grid(x, y, [w], loss=loss)[0]))

    return SliderFigure(fig, update, [Control("w", *w_range, 0.05, w, description="W")], title="cost curve")


def cost_surface_explorer(x, y, *, w=0.0, b=0.0, w_range=(-1.0, 3.0), b_range=(-2.0, 2.0), loss="mse"):
    """Notebook 04: sliders W and b move a point over cost(W, b) as contours and a 3-D surface."""
    x, y = _xy(x, y)
    wv, bv = np.linspace(*w_range, 61), np.linspace(*b_range, 61)
    C = cost_grid(x, y, wv, bv, loss=loss)
    fig, (ax1, ax2) = figure(2, three_d=(1,), size=(10.0, 4.2))
    on_contour = draw_cost_contour(ax1, wv, bv, C)
    on_surface = draw_cost_surface(ax2, wv, bv, C)
    title = fig.suptitle("")

    def update(w, b):
        c = float(cost_grid(x, y, [w], [b], loss=loss)[0, 0])
        on_contour(w, b)
        on_surface(w, b, c)
        title.set_text(f"W = {w:.2f}, b = {b:.2f}: cost = {c:.3f}")

    controls = [Control("w", *w_range, 0.05, w, description="W"), Control("b", *b_range, 0.05, b, description="b")]
    return SliderFigure(fig, update, controls, title="cost surface")


def descent_explorer(x, y, *, lr=0.05, steps=30, w0=-0.5, w_range=(-1.0, 3.0)):
    """Notebook 05: step through gradient descent on cost(W) (no bias) with a step slider and Play.

    Left: W on the cost curve with the path so far; right: the line H(x) = W x at that step.
    """
    x, y = _xy(x, y)
    hist = train_linear(x, y, lr, steps, w0=w0, bias=False, on_divergence="stop")
    ws_path, cs_path = hist.w, hist.cost
    lo, hi = min(w_range[0], float(np.min(ws_path))), max(w_range[1], float(np.max(ws_path)))
    ws = np.linspace(lo, hi, 241)
    fig, (ax1, ax2) = figure(2)
    mark = draw_cost_curve(ax1, ws, cost_grid(x, y, ws), label="cost(W)")
    (trail,) = ax1.plot([], [], ".-", color="#ff7f0e", lw=1.2, ms=5, label="steps so far")
    ax1.legend(loc="upper center")
    draw = draw_fit(ax2, x, y, w0, 0.0, residuals=True)
    note = ax1.text(0.03, 0.05, "", transform=ax1.transAxes, fontsize=10, color="#b00")
    last = len(ws_path) - 1

    def update(step):
        t = min(int(step), last)
        mark(ws_path[t], cs_path[t])
        trail.set_data(ws_path[: t + 1], cs_path[: t + 1])
        draw(ws_path[t], 0.0)
        ax1.set_title(f"step {t}: W := W - {lr:g} * dcost/dW")
        ax2.set_title(f"H(x) = {ws_path[t]:.3f} x")
        note.set_text(hist.message() if t == last and hist.diverged_at >= 0 else "")

    control = Control("step", 0, steps, 1, 0, description="step", kind="int", play=True)
    return SliderFigure(fig, update, [control], title="gradient descent")


# Builders for later notebooks live in their own modules; they are all reachable as lu.explorers.NAME.
from .explorers_classification import *  # noqa: E402, F403
from .explorers_networks import *  # noqa: E402, F403
from .explorers_optimization import *  # noqa: E402, F403

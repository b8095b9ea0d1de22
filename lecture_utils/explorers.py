"""Ready-made slider figures for the course's notebooks.

Each builder returns a :class:`~lecture_utils.sliders.SliderFigure`; make it the
last expression of a cell to show it. Every builder keeps one figure and only
moves its artists, so a slider move costs one PNG render.

* :func:`line_explorer` -- notebook 01: a first slider, y = W x.
* :func:`pass_mark_explorer` -- notebook 02: a pass mark turns scores (regression) into pass/fail
  (classification); the fitted line predicts the class.
* :func:`projection_explorer` -- notebook 02: points projected on a line through their center, and the
  share of their spread that one number per point keeps.
* :func:`fit_explorer` -- notebook 03: W and b move H(x) = W x + b over the data, with the
  residuals H(x) - y drawn on the line and as bars (on an axis even from -1 to 1, logarithmic
  beyond), and the prediction at a new x.
* :func:`squares_explorer` -- notebook 04: each squared residual drawn as a square; the MSE is
  their mean area, written out term by term as on the slide.
* :func:`cost_curve_explorer` -- notebook 04: W moves the line and its point on cost(W), MSE or MAE.
* :func:`cost_surface_explorer` -- notebook 04: W and b move the line and a point on cost(W, b),
  as contours and as a 3-D surface.
* :func:`descent_explorer` -- notebook 05: step through gradient descent on cost(W) (no bias), from
  a start W of your choice.
* :func:`descent_path_explorer` -- notebook 05: step through gradient descent on cost(W, b): the
  path on the contours, the line, and the cost at every step.
"""

from __future__ import annotations

import textwrap

import numpy as np

from . import _render, i18n
from . import _validate as v
from .i18n import _
from .plotting import (
    DATA,
    MODEL,
    PATH,
    RESID,
    cost_grid,
    draw_cost_contour,
    draw_cost_curve,
    draw_cost_surface,
    draw_fit,
    figure,
)
from .sliders import Control, SliderFigure
from .training import train_linear

_xy = v.samples_1d


_range = v.interval


def _line_text(w, b):
    """'H(x) = 0.50x + 1.00' with the sign of b written once."""
    return f"H(x) = {w:.2f}x {'-' if b < 0 else '+'} {abs(b):.2f}"


def _grad_w(w, x, y, loss):
    """d cost / dW for H(x) = W x (no bias): MSE (2/m) sum (W x - y) x, MAE (1/m) sum sign(W x - y) x."""
    r = w * x - y
    return float(2.0 * np.mean(r * x)) if loss == "mse" else float(np.mean(np.sign(r) * x))


def _plain_log_labels(axis):
    """Label a log axis 0.01, 0.1, 1, ... in plain text: mathtext labels (10^-2) cost a third of a render."""
    from matplotlib.ticker import FuncFormatter, NullFormatter

    axis.set_major_formatter(FuncFormatter(lambda val, _: f"{val:g}"))
    axis.set_minor_formatter(NullFormatter())


def _fit_xlim(x, x_hi=None):
    """x limits for draw_fit with a margin, so that a sample at the edge (x = 0) is not cut in half."""
    lo = min(float(x.min()), 0.0)
    hi = max(float(x.max()), x_hi if x_hi is not None else -np.inf) + 0.5
    return lo - 0.04 * (hi - lo), hi


def _unclip(ax, label):
    """Let the marker line called ``label`` draw past the axes edge (a point at a slider's end stays whole)."""
    for line in ax.get_lines():
        if line.get_label() == label:
            line.set_clip_on(False)


def _curve_marker(ax):
    """After draw_cost_curve: keep its marker whole at the axes edge, and drop its corner readout
    (the panels' titles say W and the cost; the readout sat on the curve where it rises steeply)."""
    ax.get_lines()[-1].set_clip_on(False)
    ax.texts[-1].set_visible(False)


def _cost_name(loss):
    return "(1/m) Σ (Wx − y)²" if loss == "mse" else "(1/m) Σ |Wx − y|"


# ---------------------------------------------------------------------------
# Notebook 01


def line_explorer(*, w=1.0, w_range=(-3.0, 3.0)):
    """Notebook 01: a first slider. W turns the line y = W x; the title confirms the slider works."""
    w, w_range = v.number("w", w), _range("w_range", w_range)
    fig, ax = figure(size=(5.0, 3.6))
    xs = np.linspace(-2, 2, 5)
    (line,) = ax.plot(xs, w * xs, color="#d62728")
    ax.set(xlim=(-2, 2), ylim=(-6.5, 6.5), xlabel="x", ylabel="y")

    def update(w):
        line.set_ydata(w * xs)
        ax.set_title(f"y = {w:.2f} x")

    return SliderFigure(fig, update, [Control("w", *w_range, 0.1, w, description="W")], title="first slider")


# ---------------------------------------------------------------------------
# Notebook 02: supervised and unsupervised


def pass_mark_explorer(x, score, w, b, *, mark=60.0, mark_range=(30.0, 100.0)):
    """Notebook 02: a pass-mark slider over students' scores and the fitted line score = w x + b.

    Left (regression): the scores, split at the mark, and the line. Right (classification): the
    same students as fail (0) / pass (1); shaded where the line predicts "pass", the students it
    gets wrong circled. The labels follow the mark: ``passed = score >= mark``.
    """
    from matplotlib.ticker import FuncFormatter, MultipleLocator

    x = v.as_array("x", x, ndim=1)
    score = v.as_array("score", score, ndim=1)
    v.same_length("x", x, "score", score)
    if x.size == 0:
        raise ValueError(_("x and score must hold at least one student; got 0"))
    mark_range = _range("mark_range", mark_range)
    mark = v.number("mark", mark)
    w, b = float(v.as_array("w", w, ndim=0)), float(v.as_array("b", b, ndim=0))
    if w == 0:
        raise ValueError(_("w must not be 0 (a flat line never crosses the pass mark); got 0"))
    x_lo, x_hi = float(x.min()), float(x.max())
    pad = 0.03 * max(x_hi - x_lo, 1.0)
    x0, x1 = x_lo - pad, x_hi + pad
    fig, (ax1, ax2) = figure(2, size=(10.0, 4.2))
    xs = np.array([x0, x1])
    regions = [ax1.axvspan(x0, x1, color=MODEL, alpha=0.1)]
    fail1 = ax1.scatter([], [], color=DATA, marker="o", label="failed")
    pass1 = ax1.scatter([], [], color=MODEL, marker="^", label="passed")
    ax1.plot(xs, w * xs + b, color="black", lw=1.5, label="fitted line")
    mark_line = ax1.axhline(mark, color=PATH, ls="--", label="pass mark")
    lows, highs = [score.min(), mark_range[0], *(w * xs + b)], [score.max(), mark_range[1], *(w * xs + b)]
    span = float(max(highs) - min(lows))
    ax1.set(xlim=(x0, x1), ylim=(min(lows) - 0.05 * span, max(highs) + 0.2 * span))
    ax1.set(xlabel="hours studied", ylabel="score (a number)")
    ax1.legend(loc="upper left", ncol=2)
    regions.append(ax2.axvspan(x0, x1, color=MODEL, alpha=0.15, label="predicted: pass"))
    fail2 = ax2.scatter([], [], color=DATA, marker="o")
    pass2 = ax2.scatter([], [], color=MODEL, marker="^")
    wrong = ax2.scatter([], [], s=160, facecolors="none", edgecolors="black", label="predicted wrong")
    ax2.set(xlim=(x0, x1), ylim=(-0.3, 1.45), xlabel="hours studied", ylabel="passed (a category)")
    ax2.yaxis.set_major_locator(MultipleLocator(1))  # ticks at 0 and 1 only
    ax2.yaxis.set_major_formatter(
        FuncFormatter(lambda t, _: {0: "fail (0)", 1: "pass (1)"}.get(round(t), ""))
    )
    ax2.legend(loc="upper left")
    note = ax2.text(0.5, 0.5, "", transform=ax2.transAxes, ha="center", va="center", fontsize=10, color=PATH)

    def update(mark):
        is_pass = score >= mark
        predicted = w * x + b >= mark
        need = (mark - b) / w  # where the line reaches the mark
        for sc1, sc2, keep, label in ((fail1, fail2, ~is_pass, 0.0), (pass1, pass2, is_pass, 1.0)):
            sc1.set_offsets(np.column_stack([x[keep], score[keep]]))
            sc2.set_offsets(np.column_stack([x[keep], np.full(keep.sum(), label)]))
        mark_line.set_ydata([mark, mark])
        wrong.set_offsets(np.column_stack([x, is_pass.astype(float)])[predicted != is_pass])
        lo, hi = (float(np.clip(need, x0, x1)), x1) if w > 0 else (x0, float(np.clip(need, x0, x1)))
        for region in regions:
            region.set_x(lo)
            region.set_width(hi - lo)
        ax1.set_title(f"Regression: pass mark {mark:.0f}, {is_pass.sum()} of {x.size} passed")
        ax2.set_title(f"Classification: {np.mean(predicted == is_pass):.0%} predicted right")
        if predicted.all():
            note.set_text("the line is above the pass mark for everyone:\nevery student is predicted to pass")
        elif not predicted.any():
            note.set_text("the line stays below the pass mark:\nevery student is predicted to fail")
        else:
            note.set_text(
                f"predict pass from {need:.1f} hours on" if w > 0 else f"predict pass up to {need:.1f} hours"
            )

    control = Control("mark", *mark_range, 1, mark, description=i18n.N_("pass mark"), readout_format=".0f")
    return SliderFigure(fig, update, [control], title="pass mark")


def projection_explorer(X, *, angle=120):
    """Notebook 02: an angle slider turns a line through the center of the 2-D points ``X``.

    Left: the points, their projections on the line (one number per point) and the dashed
    segments that are lost. Right: the share of the spread (variance) kept, for every whole
    degree 0 ... 179, computed as in the notebook; the current angle marked.
    """
    from matplotlib.collections import LineCollection

    X = v.as_array("X", X, ndim=2)
    if X.shape[1] != 2 or X.shape[0] < 2:
        raise ValueError(
            _("X must have shape (m, 2) with m >= 2 points; got shape {shape}").format(shape=X.shape)
        )
    angle = v.number("angle", angle)
    Xc = X - X.mean(axis=0)
    angles = np.arange(0, 180)
    directions = np.column_stack([np.cos(np.radians(angles)), np.sin(np.radians(angles))])
    total = Xc.var(axis=0).sum()
    share = (Xc @ directions.T).var(axis=0) / (total if total > 0 else 1.0)
    reach = 1.15 * float(np.abs(Xc).max() or 1.0)
    fig, (ax1, ax2) = figure(2, size=(10.0, 4.2))
    ax1.scatter(*Xc.T, color="grey", s=20, label="points (2 numbers)")
    (line,) = ax1.plot([], [], color="black", lw=1.2)
    lost = LineCollection([], colors=DATA, linestyles="--", linewidths=0.8, label="lost")
    ax1.add_collection(lost)
    proj = ax1.scatter([], [], color=MODEL, s=20, zorder=3, label="on the line (1 number)")
    ax1.set(xlim=(-1.35 * reach, 1.35 * reach), ylim=(-reach, reach), aspect="equal")  # fills a wide panel
    ax1.set(xlabel="feature 1", ylabel="feature 2")
    ax1.legend(loc="upper left", fontsize=8)
    ax2.plot(angles, share, color=DATA)
    best = int(angles[share.argmax()])
    ax2.axvline(best, color="grey", ls=":", label=f"best: {best} degrees")
    ax2.legend(loc="upper right")
    (dot,) = ax2.plot([], [], "o", color=MODEL, ms=9, clip_on=False)
    ax2.set(xlim=(0, 180), ylim=(0, 1.05), xlabel="direction (degrees)", ylabel="share of spread kept")

    def update(angle):
        u = np.array([np.cos(np.radians(angle)), np.sin(np.radians(angle))])
        on_line = (Xc @ u)[:, None] * u
        line.set_data([-2 * reach * u[0], 2 * reach * u[0]], [-2 * reach * u[1], 2 * reach * u[1]])
        proj.set_offsets(on_line)
        lost.set_segments(np.stack([Xc, on_line], axis=1))
        kept = float((Xc @ u).var() / (total if total > 0 else 1.0))
        dot.set_data([angle], [kept])
        ax1.set_title(f"direction {angle:.0f} degrees")
        ax2.set_title(f"spread kept: {kept:.1%}")

    control = Control("angle", 0, 179, 1, angle, description=i18n.N_("direction"), readout_format=".0f")
    return SliderFigure(fig, update, [control], title="projection")


# ---------------------------------------------------------------------------
# Notebook 03: the hypothesis and its residuals


def fit_explorer(x, y, *, w=0.5, b=0.0, w_range=(-1.0, 3.0), b_range=(-3.0, 3.0), predict_at=None, bars=None):
    """Notebook 03: sliders W and b move the line H(x) = W x + b over the data.

    Left: the data, the line, the residuals H(x) - y as dashed segments and, when
    ``predict_at`` is given, the prediction H(predict_at) at that new x.
    Right (``bars``, default when there are at most 10 samples): one bar per sample,
    the residual H(x_i) - y_i with its value; red above the point, blue below, on one
    scale for every slider setting, so the bars shrink as the line comes closer. The scale is
    even from -1 to 1 and logarithmic beyond, so that small residuals near a fit stay visible.
    """
    x, y = _xy(x, y)
    w_range, b_range = _range("w_range", w_range), _range("b_range", b_range)
    w, b, predict_at = v.number("w", w), v.number("b", b), v.optional_number("predict_at", predict_at)
    bars = x.size <= 10 if bars is None else bool(bars)
    fig, axes = figure(2 if bars else 1, size=(10.4, 4.2) if bars else (6.0, 4.2))
    ax = axes[0] if bars else axes
    x_hi = max(float(x.max()), float(predict_at) if predict_at is not None else -np.inf)
    lo = min(float(x.min()), 0.0)
    span = max(float(y.max()) - min(float(y.min()), 0.0), 1.0)
    ylim = (min(float(y.min()), 0.0) - 0.5 * span, float(y.max()) + 0.9 * span)
    xlim = (lo, x_hi + 0.6)
    draw = draw_fit(ax, x, y, w, b, xlim=xlim, ylim=ylim)
    off = ax.text(
        0.55,
        0.05,
        "",
        transform=ax.transAxes,
        ha="center",
        fontsize=10,
        color=MODEL,
        bbox=dict(boxstyle="round", fc="white", ec=MODEL, alpha=0.9),
    )
    pred = None
    if predict_at is not None:
        ax.axvline(predict_at, color=RESID, ls=":", lw=1.2)
        (pred,) = ax.plot([], [], "*", color=MODEL, ms=16, zorder=5, label=f"prediction H({predict_at:g})")
        ax.legend(loc="upper left")
    bar_art = labels = note = ax2 = None
    if bars:
        ax2 = axes[1]
        idx = np.arange(x.size)
        bar_art = ax2.bar(idx, np.zeros(x.size), color=MODEL, width=0.6)
        # each value just beyond its bar's end: 3 points above or below it, whatever the scale
        from matplotlib.transforms import offset_copy

        beyond = {up: offset_copy(ax2.transData, fig=fig, y=3 if up else -3, units="points") for up in (1, 0)}
        labels = [ax2.text(i, 0, "", ha="center", fontsize=10, transform=beyond[1]) for i in idx]
        ax2.axhline(0, color="black", lw=0.8)
        from matplotlib.ticker import FixedLocator, FuncFormatter, MultipleLocator, NullLocator

        names = [f"x = {xi:g}\ny = {yi:g}" for xi, yi in zip(x, y, strict=True)]
        ax2.xaxis.set_major_locator(MultipleLocator(1))
        ax2.xaxis.set_major_formatter(
            FuncFormatter(lambda t, _: names[int(round(t))] if 0 <= t < len(names) else "")
        )
        # one fixed scale, the largest residual the sliders can reach (at a corner of the (W, b)
        # box, as a residual is linear in W and b): bars shrink as the fit improves, and a
        # move never rescales the axis
        corners = np.array([[cw, cb] for cw in w_range for cb in b_range])
        reach = float(np.abs(corners[:, :1] * x + corners[:, 1:] - y).max())
        # even from -1 to 1 and logarithmic beyond ("symlog"), the even band 1.5 times as tall
        # as a factor of 10 beyond it: near a good fit, residuals of 0.1 ... 1 stay readable on
        # the same fixed axis that holds the largest residuals
        from matplotlib.scale import SymmetricalLogTransform

        height = SymmetricalLogTransform(10, 1.0, 1.5).transform
        lim = max(reach, 1.0)
        while height(np.array([reach]))[0] > 0.85 * height(np.array([lim]))[0]:
            lim = float(np.ceil(1.2 * lim))  # room above the tallest bar for its value
        ax2.set_yscale("symlog", linthresh=1.0, linscale=1.5)
        ticks = [t for t in (0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500) if t < lim]
        ax2.yaxis.set_major_locator(FixedLocator([-t for t in ticks[::-1]] + [0] + ticks))
        ax2.yaxis.set_major_formatter(FuncFormatter(lambda t, _: f"{t:g}"))
        ax2.yaxis.set_minor_locator(NullLocator())
        ax2.axhspan(-1, 1, color="#f2f2f2", zorder=0, lw=0)
        ax2.set_ylim(-lim, lim)
        ax2.set(xlim=(-0.6, x.size - 0.4), ylabel="H(x) − y  (even from −1 to 1)")
        ax2.set_title("residuals H(x) − y, one per sample", pad=16)
        ax2.grid(axis="x", visible=False)
        note = ax2.text(
            0.5, 0.62, "", transform=ax2.transAxes, ha="center", va="top", fontsize=10, color="#2ca02c"
        )
        # under the title, clear of the bars (a tall bar reaches the top of the axes)
        ax2.text(0.0, 1.01, "+ : line above the sample", transform=ax2.transAxes, fontsize=9, color=MODEL)
        ax2.text(
            1.0,
            1.01,
            "− : line below the sample",
            transform=ax2.transAxes,
            ha="right",
            fontsize=9,
            color=DATA,
        )

    def update(w, b):
        draw(w, b)
        ends = [w * xlim[0] + b, w * xlim[1] + b]
        side = "below" if max(ends) < ylim[0] else "above" if min(ends) > ylim[1] else ""
        off.set_text(f"the line is {side} the plotted range" if side else "")
        off.set_visible(bool(side))
        off.set_y(0.05 if side == "below" else 0.82)
        if pred is None:
            ax.set_title(_line_text(w, b))
        else:
            yp = w * predict_at + b
            pred.set_data([predict_at], [yp])
            where = "" if ylim[0] <= yp <= ylim[1] else " (off the plot)"
            ax.set_title(
                f"{_line_text(w, b)}\nprediction at x = {predict_at:g}: H({predict_at:g}) = {yp:.2f}{where}",
                fontsize=11,
            )
        if bars:
            r = w * x + b - y
            r = np.where(np.abs(r) < 1e-9, 0.0, r)  # no "-0.00" from rounding
            for rect, lab, ri in zip(bar_art, labels, r, strict=True):
                rect.set_height(ri)
                rect.set_color(MODEL if ri >= 0 else DATA)
                lab.set_position((lab.get_position()[0], ri))
                lab.set_transform(beyond[ri >= 0])
                lab.set_va("bottom" if ri >= 0 else "top")
                lab.set_text(f"{ri:+.2f}" if ri else "0.00")
            hit = np.all(r == 0)
            note.set_text("every residual is 0: the line passes through every sample" if hit else "")

    controls = [
        Control("w", *w_range, 0.05, w, description="W"),
        Control("b", *b_range, 0.05, b, description="b"),
    ]
    return SliderFigure(fig, update, controls, title="fit explorer")


# ---------------------------------------------------------------------------
# Notebook 04: the cost


def squares_explorer(x, y, *, w=0.5, b=0.0, w_range=(0.0, 2.0), b_range=(-1.0, 1.0)):
    """Notebook 04: each squared residual (H(x_i) - y_i)^2 drawn as a square on its residual.

    The MSE is the mean area of the squares; the title writes it out term by term,
    as the lecture's slide does for three samples. Axes have equal scales, so squares look square.
    The view holds the samples and squares up to 1.5 times the largest at the starting (w, b)
    (at least 1): larger squares, far from a fit, are cut at its edge (their areas are in the title).
    Each area is written inside its square when it fits there, and beside the square when not.
    """
    x, y = _xy(x, y)
    w_range, b_range = _range("w_range", w_range), _range("b_range", b_range)
    w, b = v.number("w", w), v.number("b", b)
    from matplotlib.patches import Rectangle

    # residuals are largest at a corner of the slider ranges; the view holds them up to a cap
    cw, cb = np.meshgrid(w_range, b_range)
    r_reach = cw.reshape(-1, 1) * x + cb.reshape(-1, 1) - y  # (4 corners, m samples)
    cap = max(1.0, 1.5 * float(np.abs(w * x + b - y).max()))
    r_view = np.clip(r_reach, -cap, cap)
    xlim = (min(float(x.min()), 0.0) - 0.5, float((x + np.abs(r_view).max(axis=0)).max()) + 0.3)
    ylim = (
        min(float((y + r_view).min()), float(y.min()), 0.0) - 0.3,
        max(float((y + r_view).max()), float(y.max())) + 0.3,
    )
    fit = 0.085 * max(xlim[1] - xlim[0], ylim[1] - ylim[0])  # the side a label "0.25" fits in
    fig, ax = figure(size=(6.6, 5.0))
    draw = draw_fit(ax, x, y, w, b, xlim=xlim, ylim=ylim)
    ax.set_aspect("equal", adjustable="box")
    squares = [
        Rectangle((xi, yi), 0, 0, fc=PATH, ec=PATH, alpha=0.3, lw=1.2) for xi, yi in zip(x, y, strict=True)
    ]
    for sq in squares:
        ax.add_patch(sq)
    areas = [ax.text(xi, yi, "", ha="center", va="center", fontsize=9.5) for xi, yi in zip(x, y, strict=True)]
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))  # outside: squares fill any corner
    # over the whole figure, not the axes: a title wider than the axes would shift them sideways
    # (and cost a new layout) whenever its numbers change length
    title = fig.suptitle("", fontsize=12)

    def update(w, b):
        draw(w, b)
        r = w * x + b - y
        for sq, txt, xi, yi, ri in zip(squares, areas, x, y, r, strict=True):
            side = abs(ri)
            bottom, top = min(yi, yi + ri), max(yi, yi + ri)
            sq.set_xy((xi, bottom))
            sq.set_width(side)
            sq.set_height(side)
            # the part of the square inside the view
            vx0, vx1 = max(xi, xlim[0]), min(xi + side, xlim[1])
            vy0, vy1 = max(bottom, ylim[0]), min(top, ylim[1])
            if min(vx1 - vx0, vy1 - vy0) >= fit:  # inside the (visible) square
                pos, va = ((vx0 + vx1) / 2, (vy0 + vy1) / 2), "center"
            elif ri > 0:  # beside it: above a square that grows up, below one that grows down
                pos, va = (xi + side / 2, top + 0.1 * fit), "bottom"
            else:
                pos, va = (xi + side / 2, bottom - 0.1 * fit), "top"
            shown = side > 0 and xlim[0] < pos[0] < xlim[1] and ylim[0] < pos[1] < ylim[1]
            txt.set_position(pos)
            txt.set_va(va)
            txt.set_text(f"{ri * ri:.2f}" if shown else "")
        terms = " + ".join(f"{ri * ri:.2f}" for ri in r) if x.size <= 5 else "..."
        title.set_text(f"{_line_text(w, b)}\nMSE = mean area = ({terms}) / {x.size} = {np.mean(r * r):.3f}")

    controls = [
        Control("w", *w_range, 0.05, w, description="W"),
        Control("b", *b_range, 0.05, b, description="b"),
    ]
    return SliderFigure(fig, update, controls, title="squared residuals")


def cost_curve_explorer(x, y, *, w=0.0, w_range=(-1.0, 3.0), loss="mse"):
    """Notebook 04: a W slider moves the line H(x) = W x (left) and its point on cost(W) (right);
    a choice switches the cost between MSE and MAE.

    The curve right is drawn from the same cost the left panel's residuals make; the
    point shows where the current line sits on it. ``loss`` ("mse" or "mae") is where the
    choice starts. Each cost keeps its own fixed cost axis (switching redraws the panel).
    """
    x, y = _xy(x, y)
    w_range = _range("w_range", w_range)
    w = v.number("w", w)
    v.one_of("loss", loss, {"mse", "mae"})
    ws = np.linspace(*w_range, 241)
    curves = {name: cost_grid(x, y, ws, loss=name) for name in ("mse", "mae")}
    fig, (ax1, ax2) = figure(2, size=(10.0, 4.0))
    reach = np.array([w_range[0] * x.max(), w_range[1] * x.max(), y.min(), y.max(), 0.0])
    pad = 0.08 * float(np.ptp(reach) or 1.0)
    ylim = (float(reach.min()) - pad, float(reach.max()) + pad)
    draw = draw_fit(ax1, x, y, w, 0.0, xlim=_fit_xlim(x), ylim=ylim)
    ax1.get_lines()[0].set_label("H(x) = Wx")
    ax1.legend(loc="upper left")
    mark = draw_cost_curve(ax2, ws, curves[loss], w, label="cost(W)", ylabel="cost(W)")
    _curve_marker(ax2)
    curve = ax2.get_lines()[0]
    (lowest,) = ax2.plot([], [], "x", color="black", ms=9, mew=2, label="lowest cost")
    legend = ax2.legend(loc="upper center")
    shown = [None]  # the cost the curve panel shows now

    def show_cost(name):
        costs = curves[name]
        curve.set_ydata(costs)
        i_min = int(np.argmin(costs))
        lowest.set_data([ws[i_min]], [costs[i_min]])
        legend.get_texts()[0].set_text(f"cost(W), {name.upper()}")
        ax2.set_ylabel(f"cost(W) ({name.upper()})")
        top = float(costs.max())
        ax2.set_ylim(-0.05 * top, 1.05 * top)
        if shown[0] is not None:
            # a new picture: without this, the axis and legend it changed would be redrawn on every
            # later move of W as if W moved them
            _render.forget(fig)
        shown[0] = name

    def update(w, loss):
        if loss != shown[0]:
            show_cost(loss)
        c = float(cost_grid(x, y, [w], loss=loss)[0])
        draw(w, 0.0)
        ax1.set_title(f"H(x) = {w:.2f}x  (b = 0)")
        mark(w, c)
        ax2.set_title(f"cost(W) = {_cost_name(loss)}\nW = {w:.2f}:  cost = {c:.3f}")

    controls = [
        Control("w", *w_range, 0.05, w, description="W"),
        Control("loss", value=loss, kind="choice", options=("mse", "mae"), description=i18n.N_("cost")),
    ]
    return SliderFigure(fig, update, controls, title="cost curve")


def cost_surface_explorer(
    x, y, *, w=0.0, b=0.0, w_range=(-1.0, 3.0), b_range=(-2.0, 2.0), loss="mse", show_fit=True
):
    """Notebook 04: sliders W and b move a point over cost(W, b), drawn as contours and
    as a 3-D surface; with ``show_fit`` the line H(x) = W x + b over the data sits on the left."""
    x, y = _xy(x, y)
    w_range, b_range = _range("w_range", w_range), _range("b_range", b_range)
    w, b = v.number("w", w), v.number("b", b)
    v.one_of("loss", loss, {"mse", "mae"})
    wv, bv = np.linspace(*w_range, 41), np.linspace(*b_range, 41)
    C = cost_grid(x, y, wv, bv, loss=loss)
    if show_fit:
        fig, (ax0, ax1, ax2) = figure(3, three_d=(2,), size=(13.0, 4.2))
        span = max(float(np.ptp(y)), 1.0)
        ylim = (min(float(y.min()), 0.0) - 0.6 * span, float(y.max()) + 0.8 * span)
        draw = draw_fit(ax0, x, y, w, b, xlim=_fit_xlim(x), ylim=ylim)
    else:
        fig, (ax1, ax2) = figure(2, three_d=(1,), size=(10.0, 4.2))
        ax0 = draw = None
    on_contour = draw_cost_contour(ax1, wv, bv, C)
    _unclip(ax1, "(W, b)")
    on_surface = draw_cost_surface(ax2, wv, bv, C)
    ax1.set_title(f"cost(W, b) contours ({loss.upper()})")
    ax2.set_title(f"cost(W, b) as a height ({loss.upper()})")
    ax2.set_box_aspect(None, zoom=1.05)
    # the contour legend's "descent path" entry belongs to notebook 05: keep only the two markers
    handles, names = ax1.get_legend_handles_labels()
    keep = [i for i, n in enumerate(names) if n != "descent path"]
    ax1.legend([handles[i] for i in keep], [names[i] for i in keep], loc="upper right")
    title = fig.suptitle("")

    def update(w, b):
        c = float(cost_grid(x, y, [w], [b], loss=loss)[0, 0])
        if draw is not None:
            draw(w, b)
            ax0.set_title(_line_text(w, b))
        on_contour(w, b)
        on_surface(w, b, c)
        title.set_text(f"W = {w:.2f}, b = {b:.2f}:  cost(W, b) = {c:.3f}")

    controls = [
        Control("w", *w_range, 0.05, w, description="W"),
        Control("b", *b_range, 0.05, b, description="b"),
    ]
    return SliderFigure(fig, update, controls, title="cost surface")


# ---------------------------------------------------------------------------
# Notebook 05: gradient descent


def descent_explorer(
    x, y, *, lr=0.01, steps=30, w0=-0.5, w_range=(-1.0, 3.0), loss="mse", step=0, zoom=None, w0_range=None
):
    """Notebook 05: step through gradient descent on cost(W) (no bias) with a step slider and Play,
    from a start W set by a second slider.

    Left: cost(W) with the path so far, the tangent at the current W (its slope is the
    gradient) and an arrow to the next W. Right: the line H(x) = W x at that step.
    The run is ``lu.train_linear(x, y, lr, steps, w0=start, bias=False, loss=loss)``, run again
    whenever the start slider moves; if it diverges, the figure says at which step.
    ``w0`` is where the start slider starts, ``w0_range`` its range (default: ``w_range``),
    ``step`` where the step slider starts.
    ``zoom`` (a half-width in W) adds a middle panel that magnifies cost(W) around its minimum.
    """
    x, y = _xy(x, y)
    w_range = _range("w_range", w_range)
    w0_range = w_range if w0_range is None else _range("w0_range", w0_range)
    v.one_of("loss", loss, {"mse", "mae"})
    steps = v.positive("steps", steps, integer=True)
    lr, w0, step = v.positive_number("lr", lr), v.number("w0", w0), v.whole("step", step)
    zoom = None if zoom is None else v.positive_number("zoom", zoom)

    def run(start):
        return train_linear(x, y, lr, steps, w0=start, bias=False, loss=loss, on_divergence="stop")

    # the W axis holds the paths from both ends of the start slider and from w0: for MSE a path
    # moves W - W* by the same factor every step, so no start in between goes further
    seen = np.concatenate([np.asarray(run(s).w, dtype=float) for s in (*w0_range, w0)])
    finite = seen[np.abs(seen) < 1e6]
    lo, hi = w_range
    if (
        finite.size and finite.min() < lo
    ):  # a margin only beyond the range: a start at its end sits on the edge
        lo = float(finite.min()) - 0.2
    if finite.size and finite.max() > hi:
        hi = float(finite.max()) + 0.2
    ws = np.linspace(lo, hi, 241)
    curve = cost_grid(x, y, ws, loss=loss)
    if zoom is None:
        fig, (ax1, ax2) = figure(2, size=(10.4, 4.2))
    else:
        fig, (ax1, ax_zoom, ax2) = figure(3, size=(14.0, 4.2))
    mark = draw_cost_curve(ax1, ws, curve, label=f"cost(W), {loss.upper()}")
    _curve_marker(ax1)
    # the path from the start, drawn over the current W's marker: at step 0 its one point, the start,
    # shows as an orange centre in the red dot, so the legend entry is never of something unseen
    (trail,) = ax1.plot([], [], ".-", color=PATH, lw=1.2, ms=6, zorder=5, label="start and steps so far")
    (tangent,) = ax1.plot([], [], "--", color="black", lw=1.2, label="slope = dcost/dW")
    arrow = ax1.annotate(
        "",
        xy=(0, 0),
        xytext=(0, 0),
        arrowprops=dict(arrowstyle="->", color=MODEL, lw=2, shrinkA=4, shrinkB=4),
    )
    ax1.set_ylim(-0.06 * float(curve.max()), 1.08 * float(curve.max()))
    ax1.legend(loc="upper center")
    note = ax1.text(
        0.5,
        0.5,
        "",
        transform=ax1.transAxes,
        ha="center",
        fontsize=11,
        color="#b00",
        bbox=dict(boxstyle="round", fc="white", ec="#b00"),
    )
    note.set_visible(False)
    span = max(float(np.ptp(y)), 1.0)
    draw = draw_fit(
        ax2,
        x,
        y,
        w0,
        0.0,
        residuals=True,
        ylim=(min(float(y.min()), 0.0) - 0.5 * span, float(y.max()) + 0.8 * span),
    )
    ax2.get_lines()[0].set_label("H(x) = Wx")
    ax2.legend(loc="upper left")
    half = 0.12 * (hi - lo)
    zoomed = None
    if zoom is not None:
        w_min = float(ws[np.argmin(curve)])
        wz = np.linspace(w_min - zoom, w_min + zoom, 121)
        cz = cost_grid(x, y, wz, loss=loss)
        ax_zoom.plot(wz, cz, color=DATA, label=f"cost(W), {loss.upper()}")
        (z_trail,) = ax_zoom.plot(
            [], [], ".-", color=PATH, lw=1.2, ms=6, zorder=5, label="start and steps so far"
        )
        (z_dot,) = ax_zoom.plot([], [], "o", color=MODEL, ms=9, zorder=4)
        pad = 0.08 * float(np.ptp(cz) or 1.0)
        ax_zoom.set(xlim=(wz[0], wz[-1]), ylim=(float(cz.min()) - pad, float(cz.max()) + pad), xlabel="W")
        ax_zoom.set_title(f"zoom on the minimum: W from {wz[0]:.2f} to {wz[-1]:.2f}", fontsize=11)
        ax_zoom.legend(loc="upper center")
        z_arrow = ax_zoom.annotate(
            "",
            xy=(0, 0),
            xytext=(0, 0),
            arrowprops=dict(arrowstyle="->", color=MODEL, lw=2, shrinkA=5, shrinkB=5),
        )
        zoomed = (z_trail, z_dot, z_arrow)
    runs = {}  # start W -> its run; the latest start only (a move of the start slider trains anew)

    def update(w0, step):
        if w0 not in runs:
            runs.clear()
            runs[w0] = run(w0)
        hist = runs[w0]
        ws_path, cs_path = np.asarray(hist.w), np.asarray(hist.cost)
        last = len(ws_path) - 1
        diverged = int(hist.diverged_at) >= 0
        t = min(int(step), last)
        w, c = float(ws_path[t]), float(cs_path[t])
        mark(w, c)
        trail.set_data(ws_path[: t + 1], cs_path[: t + 1])
        g = _grad_w(w, x, y, loss)
        tangent.set_data([w - half, w + half], [c - g * half, c + g * half])
        if zoomed is not None:
            zoomed[0].set_data(ws_path[: t + 1], cs_path[: t + 1])
            zoomed[1].set_data([w], [c])
            zoomed[2].set_visible(t < last)
        if t < last:
            arrow.xy = (float(ws_path[t + 1]), float(cs_path[t + 1]))
            arrow.xyann = (w, c)
            arrow.set_visible(True)
            if zoomed is not None:
                zoomed[2].xy, zoomed[2].xyann = arrow.xy, (w, c)
            then = f"next W = {w:.4g} - {hist.lr[0]:g} * ({g:.4g}) = {ws_path[t + 1]:.4g}"
        else:
            arrow.set_visible(False)
            then = (
                f"the last step: W = {w:.4g}"
                if not diverged
                else f"stopped: the next step diverges (W = {w:.3g})"
            )
        draw(w, 0.0)
        ax1.set_title(f"step {t} of {steps}, α = {hist.lr[0]:g}: dcost/dW = {g:.4g}\n{then}", fontsize=11)
        ax2.set_title(f"H(x) = {w:.4g}x   cost = {c:.4g}")
        show = diverged and int(step) >= last
        note.set_text(textwrap.fill(hist._figure_message(), 34) if show else "")
        note.set_visible(show)

    controls = [
        Control("w0", *w0_range, 0.05, w0, description=i18n.N_("start W")),
        Control("step", 0, steps, 1, step, description=i18n.N_("step"), kind="int", play=True),
    ]
    return SliderFigure(fig, update, controls, title="gradient descent")


def descent_path_explorer(x, y, *, lr=0.1, steps=80, w0=0.0, b0=0.0, w_range=None, b_range=None, step=0):
    """Notebook 05: step through gradient descent on cost(W, b) (MSE) with a step slider and Play.

    Left: the contours of cost(W, b) with the path of (W, b) so far. Middle: the line
    H(x) = W x + b at that step. Right: the cost at every step (log scale), the current one marked.
    The run is ``lu.train_linear(x, y, lr, steps, w0=w0, b0=b0)``; a diverging run stops
    and the figure says at which step. ``step`` is where the slider starts.
    """
    x, y = _xy(x, y)
    steps = v.positive("steps", steps, integer=True)
    lr, w0, b0 = v.positive_number("lr", lr), v.number("w0", w0), v.number("b0", b0)
    step = v.whole("step", step)
    hist = train_linear(x, y, lr, steps, w0=w0, b0=b0, on_divergence="stop")
    W, B, cost = np.asarray(hist.w), np.asarray(hist.b), np.asarray(hist.cost)
    last = len(W) - 1
    diverged = int(hist.diverged_at) >= 0
    A = np.column_stack([x, np.ones_like(x)])
    (w_best, b_best), *_rest = np.linalg.lstsq(A, y, rcond=None)
    ok = (np.abs(W) < 1e3) & (np.abs(B) < 1e3)
    ws_seen = np.r_[W[ok], w_best]
    bs_seen = np.r_[B[ok], b_best]
    if w_range is None:
        pad = 0.25 * max(float(np.ptp(ws_seen)), 0.5)
        w_range = (float(ws_seen.min()) - pad, float(ws_seen.max()) + pad)
    if b_range is None:
        pad = 0.25 * max(float(np.ptp(bs_seen)), 0.5)
        b_range = (float(bs_seen.min()) - pad, float(bs_seen.max()) + pad)
    w_range, b_range = _range("w_range", w_range), _range("b_range", b_range)
    wv, bv = np.linspace(*w_range, 81), np.linspace(*b_range, 81)
    C = cost_grid(x, y, wv, bv)
    fig, (ax1, ax2, ax3) = figure(3, size=(13.0, 4.2))
    on_contour = draw_cost_contour(ax1, wv, bv, C)
    _unclip(ax1, "(W, b)")
    ax1.set(xlim=w_range, ylim=b_range)
    ax1.legend(loc="lower right", fontsize=8.5)
    span = max(float(np.ptp(y)), 1.0)
    draw = draw_fit(
        ax2, x, y, w0, b0, ylim=(min(float(y.min()), 0.0) - 0.5 * span, float(y.max()) + 0.8 * span)
    )
    shown = np.maximum(cost, 1e-16)  # a cost of exactly 0 cannot sit on a log axis
    ax3.plot(np.arange(last + 1), shown, color=DATA, label="cost(W, b)")
    (dot,) = ax3.plot([], [], "o", color=MODEL, ms=8, zorder=4, clip_on=False)
    ax3.set(xlim=(0, steps), yscale="log", xlabel="step", ylabel="cost (MSE)")
    ax3.set_ylim(float(shown.min()) / 3, float(shown.max()) * 3)
    _plain_log_labels(ax3.yaxis)
    note = ax3.text(
        0.5,
        0.5,
        "",
        transform=ax3.transAxes,
        ha="center",
        fontsize=10.5,
        color="#b00",
        bbox=dict(boxstyle="round", fc="white", ec="#b00"),
    )
    note.set_visible(False)
    title = fig.suptitle("")

    def update(step):
        t = min(int(step), last)
        on_contour(W[t], B[t], (W[: t + 1], B[: t + 1]))
        draw(W[t], B[t])
        dot.set_data([t], [shown[t]])
        ax1.set_title(f"step {t}: (W, b) = ({W[t]:.3f}, {B[t]:.3f})")
        ax2.set_title(_line_text(W[t], B[t]))
        ax3.set_title(f"cost at step {t}: {cost[t]:.4g}")
        title.set_text(
            f"gradient descent on cost(W, b), learning rate α = {hist.lr[0]:g}, from (W, b) = ({w0:g}, {b0:g})"
        )
        show = diverged and int(step) >= last
        note.set_text(textwrap.fill(hist._figure_message(), 34) if show else "")
        note.set_visible(show)

    control = Control("step", 0, steps, 1, step, description=i18n.N_("step"), kind="int", play=True)
    return SliderFigure(fig, update, [control], title="gradient descent path")


# Builders for later notebooks live in their own modules; they are all reachable as lu.explorers.NAME.
from .explorers_classification import *  # noqa: E402, F403
from .explorers_networks import *  # noqa: E402, F403
from .explorers_optimization import *  # noqa: E402, F403

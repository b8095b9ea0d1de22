"""Slider figures for notebooks 06-07: the learning rate, local and global minima, many features.

Re-exported from ``lecture_utils.explorers``: list every builder in ``__all__``.

* :func:`learning_rate_explorer` -- notebook 06: one learning-rate slider on cost(W) (no bias):
  too small (crawls), good, too large (zig-zags), larger still (diverges, the trainer says so).
* :func:`minima_explorer` -- notebook 06: gradient descent on a 1-D function with two valleys;
  the starting point and the learning rate decide which minimum it ends in (a strip under the
  curve shows the outcome from every start at once).
* :func:`matrix_explorer` -- notebook 07: one slider per weight and one for b move the numbers of
  H(X) = X W + b, written out as the matrix picture of the slide, and the cost.
* :func:`null_space_explorer` -- notebook 07: more unknowns than samples; move the weights
  along the null space of [X, 1] and watch the predictions stay on the data.
"""

from __future__ import annotations

import textwrap

import numpy as np

from . import _validate as v
from . import i18n
from .i18n import _
from .plotting import DATA, MODEL, PATH, RESID, cost_grid, figure
from .sliders import Control, SliderFigure
from .training import train_linear

__all__: list[str] = ["learning_rate_explorer", "matrix_explorer", "minima_explorer", "null_space_explorer"]

GLOBAL = "#2ca02c"  # the global minimum
LOCAL = PATH  # a local minimum
WARN = "#b00"  # diverged


_xy = v.samples_1d


def _range(name, r, *, positive=False):
    lo, hi = v.interval(name, r)
    if positive and lo <= 0:
        raise ValueError(_("{name} must hold positive numbers; got {r!r}").format(name=name, r=r))
    return lo, hi


def _note(ax, x=0.5, y=0.5, **kw):
    """A boxed text in axes coordinates (hidden while empty)."""
    style = dict(
        transform=ax.transAxes,
        ha="center",
        va="center",
        fontsize=10.5,
        color=WARN,
        bbox=dict(boxstyle="round", fc="white", ec=WARN),
        zorder=10,
    )
    style.update(kw)
    return ax.text(x, y, "", **style)


# ---------------------------------------------------------------------------
# Notebook 06: the learning rate


def _lr_verdict(q, steps, diverged):
    """What gradient descent on a parabola does when each step multiplies W - W* by q = 1 - lr c."""
    if diverged:
        return "too large: the run diverged"
    if abs(q) >= 1:
        return "too large: W zig-zags outward, the cost grows"
    if q >= 0:
        if q**steps > 0.1:
            return "too small: W crawls toward the minimum"
        return "good: W slides straight into the minimum"
    if abs(q) ** steps > 0.1:
        return "too large: W zig-zags and barely settles"
    return "large: W overshoots, then zig-zags into the minimum"


def learning_rate_explorer(x, y, *, lr=0.05, lr_range=(0.001, 0.3), steps=30, w0=0.0, w_range=None):
    """Notebook 06: a learning-rate slider for gradient descent on cost(W) = (1/m) sum (W x - y)^2.

    Left: cost(W) with the path of W over ``steps`` steps from ``w0``. Right: the cost at every
    step (log scale) and the trainer's own summary, ``history.message()``, which names the step
    where a run diverged. The run is ``lu.train_linear(x, y, lr, steps, w0=w0, bias=False)``.
    The title states the regime from c = (2/m) sum x^2, the curvature of cost(W): each step
    multiplies W - W* by 1 - lr c, so lr = 1/c jumps to the minimum and lr > 2/c diverges.
    """
    x, y = _xy(x, y)
    lr_range = _range("lr_range", lr_range, positive=True)
    lr = v.positive_number("lr", lr)
    steps = v.positive("steps", steps, integer=True)
    w0 = v.number("w0", w0)
    if not lr_range[0] <= lr <= lr_range[1]:
        raise ValueError(_("lr must lie in lr_range {lr_range}; got {lr:g}").format(lr_range=lr_range, lr=lr))
    sxx = float(np.sum(x * x))
    if sxx == 0:
        raise ValueError(_("x must not be all zeros: cost(W) would not depend on W"))
    c = 2.0 * sxx / x.size  # d^2 cost / dW^2
    w_star = float(np.sum(x * y) / sxx)
    if w_range is None:
        half = max(1.6 * abs(w_star - w0), 1.0)
        w_range = (w_star - half, w_star + half)
    w_range = _range("w_range", w_range)
    ws = np.linspace(*w_range, 241)
    curve = cost_grid(x, y, ws)
    cost0 = float(cost_grid(x, y, [w0])[0])
    floor, top = 1e-16, 1e11

    fig, (ax1, ax2) = figure(2, size=(10.6, 4.4))
    # the curve only: draw_cost_curve's own marker would sit empty, and an empty unclipped marker
    # pulls the constrained layout out of shape
    ax1.plot(ws, curve, color=DATA, label="cost(W)")
    ax1.set(xlabel="W", ylabel="cost(W)", xlim=(ws[0], ws[-1]))
    (dot,) = ax1.plot([], [], "o", color=MODEL, ms=9, zorder=4)
    where = ax1.text(0.97, 0.95, "", transform=ax1.transAxes, ha="right", va="top", fontsize=10)
    ax1.axvline(w_star, color="black", lw=0.8, ls=":", label=f"minimum W* = {w_star:.3g}")
    (trail,) = ax1.plot([], [], ".-", color=PATH, lw=1.2, ms=6, label="W at each step")
    ax1.plot([w0], [cost0], "x", color="black", ms=9, mew=2, label="start")
    ax1.set_ylim(-0.05 * float(curve.max()), 1.55 * float(curve.max()))
    ax1.legend(loc="upper left", fontsize=8.5, ncol=2)
    (line,) = ax2.plot([], [], ".-", color=DATA, ms=5, label="cost at each step")
    ax2.axhline(cost0, color=RESID, ls="--", lw=1, label="cost at the start")
    ax2.set(
        xlim=(-0.5, steps + 0.5),
        ylim=(floor / 3, top),
        yscale="log",
        xlabel="step",
        ylabel=f"cost (below {floor:g} drawn at {floor:g})",
    )
    ax2.legend(loc="upper right", fontsize=8.5)
    title = fig.suptitle("", fontsize=11.5)
    edges = f"c = (2/m) Σx² = {c:.3g};  α = 1/c = {1 / c:.3g} lands on W* in one step;  2/c = {2 / c:.3g} is the edge"

    def update(lr):
        hist = train_linear(x, y, lr, steps, w0=w0, bias=False, on_divergence="stop")
        W, C = np.asarray(hist.w), np.asarray(hist.cost)
        diverged = int(hist.diverged_at) >= 0
        trail.set_data(W, C)
        w_end, c_end = float(W[-1]), float(C[-1])
        dot.set_data([w_end], [c_end])
        off = "" if w_range[0] <= w_end <= w_range[1] else "\n(off the plot)"
        where.set_text(f"W = {w_end:.4g}\ncost = {c_end:.4g}{off}")
        line.set_data(np.arange(len(C)), np.clip(C, floor, top))
        ax2.set_title(
            textwrap.fill(hist._figure_message(), 56), fontsize=10.5, color=WARN if diverged else "black"
        )
        q = 1.0 - lr * c
        ax1.set_title(f"each step multiplies W − W* by 1 − αc = {q:.3g}", fontsize=10.5)
        title.set_text(f"learning rate α = {lr:.3g}: {_lr_verdict(q, steps, diverged)}\n{edges}")

    control = Control("lr", *lr_range, 0.01, lr, description=i18n.N_("learning rate α"), kind="log")
    return SliderFigure(fig, update, [control], title="learning rate")


# ---------------------------------------------------------------------------
# Notebook 06: local and global minima


def _call(name, fn, w):
    out = np.asarray(fn(w), dtype=np.float64)
    if out.shape != w.shape:
        raise ValueError(
            _("{name} must return one value per w (shape {shape_w}); got shape {shape}").format(
                name=name, shape_w=w.shape, shape=out.shape
            )
        )
    return out


def _minima(f, df, lo, hi, n=801):
    """Local minima of f on [lo, hi]: where df changes sign from - to +, refined by bisection."""
    ws = np.linspace(lo, hi, n)
    g = _call("df", df, ws)
    idx = np.flatnonzero((g[:-1] < 0) & (g[1:] >= 0))
    a, b = ws[idx], ws[idx + 1]
    for _step in range(60):  # bisection on every bracket at once
        mid = (a + b) / 2
        neg = _call("df", df, mid) < 0
        a, b = np.where(neg, mid, a), np.where(neg, b, mid)
    wm = (a + b) / 2
    return wm, _call("f", f, wm)


def descend_many(df, w0, lr, steps, *, limit=1e6):
    """Gradient descent w := w - lr df(w) from every start in ``w0`` at once.

    Returns the path, shape (steps + 1, len(w0)), and the step at which each run diverged
    (|w| > ``limit`` or not finite; -1 if never). A diverged run's later entries are NaN.
    """
    w = np.array(w0, dtype=np.float64)
    path = np.full((steps + 1,) + w.shape, np.nan)
    dead = np.full(w.shape, -1)
    with np.errstate(all="ignore"):
        for t in range(steps + 1):
            bad = (dead < 0) & ~(np.isfinite(w) & (np.abs(w) <= limit))
            dead[bad] = t
            w[dead >= 0] = np.nan
            path[t] = w
            if t < steps:
                w = w - lr * np.asarray(df(w), dtype=np.float64)
    return path, dead


def minima_explorer(
    f, df, *, w0=1.5, lr=0.1, w_range=(-2.5, 2.5), lr_range=(0.01, 0.5), steps=60, formula="f(w)"
):
    """Notebook 06: gradient descent w := w - lr df(w) on a 1-D function with several valleys.

    ``f`` and ``df`` are the function and its derivative, written in numpy (they get arrays).
    Sliders: the starting point w0 and the learning rate. Left: the curve, the path from w0 and
    the minima (the lowest one in ``w_range`` is the global minimum); the strip under the curve
    colours every starting point by where descent from it ends, at the current learning rate
    (200 starts trained at once). Right: f(w) at every step.
    """
    v.function("f", f)
    v.function("df", df)
    v.text("formula", formula)
    lo, hi = _range("w_range", w_range)
    lr_range = _range("lr_range", lr_range, positive=True)
    steps = v.positive("steps", steps, integer=True)
    w0, lr = v.number("w0", w0), v.positive_number("lr", lr)
    if not lo <= w0 <= hi:
        raise ValueError(_("w0 must lie in w_range {w_range!r}; got {w0:g}").format(w_range=w_range, w0=w0))
    if not lr_range[0] <= lr <= lr_range[1]:
        raise ValueError(_("lr must lie in lr_range {lr_range}; got {lr:g}").format(lr_range=lr_range, lr=lr))
    ws = np.linspace(lo, hi, 401)
    fv = _call("f", f, ws)
    if not np.all(np.isfinite(fv)):
        raise ValueError(_("f must be finite on w_range"))
    w_min, f_min = _minima(f, df, lo, hi)
    if w_min.size == 0:
        raise ValueError(_("f has no minimum inside w_range (df never changes sign from - to +)"))
    best = int(np.argmin(f_min))
    starts = np.linspace(lo, hi, 200)
    tol = 0.02 * (hi - lo)

    fig, (ax1, ax2) = figure(2, size=(11.0, 4.4))
    fig.get_layout_engine().set(w_pad=0.05)
    ax1.plot(ws, fv, color=DATA, label=formula)  # the curve only, as in learning_rate_explorer
    ax1.set(xlabel="w", ylabel="f(w)", xlim=(lo, hi))
    span = float(fv.max() - fv.min()) or 1.0
    band = (float(fv.min()) - 0.22 * span, float(fv.min()) - 0.12 * span)
    colors = np.array([[0.85, 0.85, 0.85], [0.17, 0.63, 0.17], [1.0, 0.5, 0.05], [0.7, 0.0, 0.0]])
    strip = ax1.imshow(np.zeros((1, starts.size, 3)), extent=(lo, hi, *band), aspect="auto", zorder=1)
    ax1.text(
        lo,
        band[1],
        f" strip: where descent from each start ends (grey: not settled after {steps} steps,"
        " dark red: diverged)",
        fontsize=7.5,
        va="bottom",
        color="#444",
    )
    for k, (wm, fm) in enumerate(zip(w_min, f_min, strict=True)):
        is_best = k == best
        ax1.plot(
            [wm],
            [fm],
            "*" if is_best else "^",
            color=GLOBAL if is_best else LOCAL,
            ms=14,
            mec="black",
            zorder=5,
            label="global minimum (green strip)" if is_best else "local minimum (orange strip)",
        )
    (trail,) = ax1.plot([], [], ".-", color=MODEL, lw=1, ms=5, label="path from w0", zorder=6)
    (start,) = ax1.plot([], [], "x", color="black", ms=10, mew=2, zorder=7, label="start w0")
    (end,) = ax1.plot([], [], "o", color=MODEL, ms=9, mec="black", zorder=7)
    handles, names = ax1.get_legend_handles_labels()
    keep = {n: h for h, n in zip(handles, names, strict=True) if n != formula}
    ax1.legend(list(keep.values()), list(keep.keys()), loc="upper center", fontsize=8, ncol=2)
    ax1.set_ylim(band[0] - 0.02 * span, float(fv.max()) + 0.3 * span)
    ax1.set_title(formula, fontsize=11)
    (fline,) = ax2.plot([], [], ".-", color=MODEL, ms=4, label="f(w) at each step")
    for k, fm in enumerate(f_min):
        ax2.axhline(
            fm,
            color=GLOBAL if k == best else LOCAL,
            ls="--",
            lw=1,
            label="global minimum" if k == best else "local minimum",
        )
    ax2.set(xlim=(-0.5, steps + 0.5), xlabel="step", ylabel="f(w)")
    ax2.set_ylim(float(fv.min()) - 0.1 * span, float(fv.max()) + 0.1 * span)
    ax2.legend(loc="upper right", fontsize=8.5)
    note = _note(ax2, 0.5, 0.45)
    title = fig.suptitle("", fontsize=11.5)

    def outcome(w_end, dead):
        """0 not settled, 1 global, 2 local, 3 diverged; and the index of the minimum reached."""
        d = np.abs(w_end[:, None] - w_min[None, :])
        near = np.nanargmin(np.where(np.isfinite(d), d, np.inf), axis=1)
        hit = np.isfinite(w_end) & (d[np.arange(w_end.size), near] < tol)
        kind = np.where(hit, np.where(near == best, 1, 2), 0)
        return np.where(dead >= 0, 3, kind), near

    def update(w0, lr):
        path, dead = descend_many(df, np.r_[w0, starts], lr, steps)
        kind, near = outcome(path[-1], dead)
        strip.set_data(colors[kind[1:]][None, :, :])
        p = path[:, 0]
        ok = np.isfinite(p)
        with np.errstate(all="ignore"):
            fp = np.where(ok, _call("f", f, np.where(ok, p, 0.0)), np.nan)
        trail.set_data(p[ok], fp[ok])
        start.set_data([w0], [float(_call("f", f, np.array([w0]))[0])])
        fline.set_data(np.arange(ok.sum()), fp[ok])
        last = int(ok.sum()) - 1
        end.set_data([p[last]], [fp[last]])
        note.set_visible(dead[0] >= 0)
        if dead[0] >= 0:
            note.set_text(f"diverged at step {dead[0]}:\n|w| passed 1e6.\nTry a smaller learning rate.")
            how = f"diverged at step {dead[0]}"
        elif kind[0] == 0:
            how = f"after {steps} steps w = {p[-1]:.3g} has not settled in a minimum"
        else:
            which = "the global minimum" if kind[0] == 1 else "a local minimum"
            target = float(w_min[near[0]])
            if abs(p[-1] - target) < 1e-3:
                how = f"ends at w = {p[-1]:.3g}, {which} (f = {fp[-1]:.3g})"
            else:  # within the strip's tolerance, still on its way
                how = f"after {steps} steps w = {p[-1]:.3g}, still closing in on {which} at {target:.3g}"
        n_glob = int(np.sum(kind[1:] == 1))
        title.set_text(
            f"start w0 = {w0:.2f}, learning rate {lr:.3g}: {how}\n"
            f"of {starts.size} starts in [{lo:g}, {hi:g}], {n_glob} end in the global minimum "
            f"w = {w_min[best]:.3g} (f = {f_min[best]:.3g})"
        )
        ax2.set_title("f(w) during gradient descent", fontsize=11)

    controls = [
        Control("w0", lo, hi, 0.05, w0, description=i18n.N_("start w0")),
        Control("lr", *lr_range, 0.01, lr, description=i18n.N_("learning rate"), kind="log"),
    ]
    return SliderFigure(fig, update, controls, title="local and global minima")


# ---------------------------------------------------------------------------
# Notebook 07: many features, more unknowns than samples


def _name_ticks(ax, names):
    """A tick at 0, 1, 2, ... labelled with ``names`` (set_xticks' FixedLocator holds an array that
    trips render_png's layout cache)."""
    from matplotlib.ticker import FuncFormatter, MultipleLocator

    ax.xaxis.set_major_locator(MultipleLocator(1))
    ax.xaxis.set_major_formatter(
        FuncFormatter(lambda t, _: names[int(round(t))] if 0 <= round(t) < len(names) else "")
    )
    ax.grid(axis="x", visible=False)


def _null_direction(A):
    """A unit vector v with A v = 0 (the last right-singular vector), sign fixed: largest entry > 0."""
    _u, s, Vt = np.linalg.svd(A)
    rank = int(np.sum(s > s.max() * max(A.shape) * np.finfo(float).eps))
    if rank == A.shape[1]:
        raise ValueError(
            _(
                "[X, 1] of shape {shape} has full column rank {rank}: the exact fit is unique, "
                "there is no direction to move along"
            ).format(shape=A.shape, rank=rank)
        )
    vec = Vt[-1]
    return vec * np.sign(vec[np.argmax(np.abs(vec))]), rank


def null_space_explorer(X, y, *, t=0.0, t_range=(-3.0, 3.0), x_new=None):
    """Notebook 07: with more unknowns (n weights + b) than samples, the exact fits form a line.

    theta(t) = theta_gd + t v, where theta_gd = (W, b) is the minimum-norm least-squares
    solution, the one gradient descent reaches from zero (computed here with ``np.linalg.lstsq``
    on [X, 1]), and v a unit vector with [X, 1] v = 0. Left: the data y and the predictions
    H(X) = X W + b, sample by sample, and, if ``x_new`` (n features) is given, the prediction for
    that new sample, which moves with t unless [x_new, 1] v = 0. Middle: the weights and b.
    Right: the length ||theta(t)||, smallest at t = 0.
    """
    X = v.as_array("X", X, ndim=2)
    y = v.as_array("y", y, ndim=1)
    v.same_length("X", X, "y", y)
    t_range = _range("t_range", t_range)
    if X.shape[0] == 0:
        raise ValueError(_("X and y must hold at least one sample; got 0"))
    t = v.number("t", t)
    if not t_range[0] <= t <= t_range[1]:
        raise ValueError(_("t must lie in t_range {t_range!r}; got {t:g}").format(t_range=t_range, t=t))
    m, n = X.shape
    if x_new is not None:
        x_new = v.as_array("x_new", x_new, ndim=1)
        if x_new.size != n:
            raise ValueError(
                _("x_new must hold one value per feature, {n}; got {size}").format(n=n, size=x_new.size)
            )
    A = np.column_stack([X, np.ones(m)])
    theta0, *_rest = np.linalg.lstsq(A, y, rcond=None)
    vec, rank = _null_direction(A)
    names = [f"w{j + 1}" for j in range(n)] + ["b"]

    fig, (ax1, ax2, ax3) = figure(3, size=(13.2, 4.2))
    idx = np.arange(m)
    ax1.plot(idx, y, "o", ms=15, mfc="none", mec=DATA, mew=2, label="data y", zorder=3)
    (pred,) = ax1.plot(idx, np.zeros(m), "o", color=MODEL, ms=7, label="$H(X) = XW + b$", zorder=4)
    span = float(np.ptp(y)) or 1.0
    low, high = float(y.min()) - 0.3 * span, float(y.max()) + 0.45 * span
    if x_new is None:
        _name_ticks(ax1, [f"X{i + 1}" for i in idx])
        new_dot = None
    else:
        a_new = np.r_[x_new, 1.0]
        reach_new = [float(a_new @ (theta0 + tt * vec)) for tt in t_range]  # a line in t: its ends
        (new_dot,) = ax1.plot(
            [m], [reach_new[0]], "D", color=PATH, ms=8, mec="black", label="new sample", zorder=4
        )
        _name_ticks(ax1, [f"X{i + 1}" for i in idx] + ["new"])
        low, high = min(low, min(reach_new) - 0.1 * span), max(high, max(reach_new) + 0.45 * span)
    ax1.set(
        xlim=(-0.6, m - 0.4 + (x_new is not None)), ylim=(low, high), xlabel="sample", ylabel="$y$, $H(X)$"
    )
    ax1.legend(loc="upper left", fontsize=8.5)
    cost_txt = ax1.text(0.97, 0.97, "", transform=ax1.transAxes, ha="right", va="top", fontsize=9.5)

    pos = np.arange(n + 1)
    ax2.bar(pos, theta0, width=0.8, fill=False, ec="black", ls="--", lw=1.2, label=r"$\theta_{gd}$ ($t = 0$)")
    bars = ax2.bar(pos, theta0, width=0.5, color=MODEL, alpha=0.8, label=r"$\theta_{gd} + t\,v$")
    ax2.axhline(0, color="black", lw=0.8)
    _name_ticks(ax2, names)
    reach = np.r_[theta0 + t_range[0] * vec, theta0 + t_range[1] * vec, 0.0]
    pad = 0.1 * float(np.ptp(reach))
    ax2.set(ylim=(float(reach.min()) - pad, float(reach.max()) + 3 * pad), ylabel="value")
    ax2.legend(loc="upper center", fontsize=8.5, ncol=2)

    ts = np.linspace(*t_range, 201)
    norms = np.sqrt(np.sum((theta0[None, :] + ts[:, None] * vec) ** 2, axis=1))
    ax3.plot(ts, norms, color=DATA, label=r"$\|\theta_{gd} + t\,v\|$")
    ax3.plot(
        [0],
        [np.linalg.norm(theta0)],
        "*",
        color=GLOBAL,
        ms=13,
        mec="black",
        label=r"$t = 0$: $\theta_{gd}$, the minimum norm",
        zorder=4,
    )
    (dot,) = ax3.plot([], [], "o", color=MODEL, ms=9, zorder=5)
    t_pad = 0.04 * (t_range[1] - t_range[0])  # room for the whole dot at either end
    ax3.set(
        xlabel="$t$",
        ylabel=r"$\|\theta\|$, the length of $(W, b)$",
        xlim=(t_range[0] - t_pad, t_range[1] + t_pad),
    )
    ax3.set_ylim(0, float(norms.max()) * 1.25)
    ax3.legend(loc="upper center", fontsize=8.5)
    title = fig.suptitle("", fontsize=11.5)

    def update(t):
        theta = theta0 + t * vec
        h = X @ theta[:n] + theta[n]
        pred.set_ydata(h)
        cost = float(np.mean((h - y) ** 2))
        cost_txt.set_text(f"cost = {cost:.1e}")
        for rect, val in zip(bars, theta, strict=True):
            rect.set_height(val)
        nrm = float(np.linalg.norm(theta))
        dot.set_data([t], [nrm])
        head = f"predictions: max |H - y| = {np.max(np.abs(h - y)):.1e}"
        if new_dot is not None:
            h_new = float(x_new @ theta[:n] + theta[n])
            new_dot.set_data([m], [h_new])
            head += f"; new sample: {h_new:.2f}"
        ax1.set_title(head, fontsize=11)
        parts = [f"{nm} = {val:.2f}" for nm, val in zip(names, theta, strict=True)]
        half = (len(parts) + 1) // 2  # two lines, narrower than the panel whatever the signs
        ax2.set_title(", ".join(parts[:half]) + "\n" + ", ".join(parts[half:]), fontsize=9.5)
        ax3.set_title(f"t = {t:.2f}: ‖θ‖ = {nrm:.3f}", fontsize=11)
        title.set_text(
            f"{m} samples, {n + 1} unknowns, rank of [X, 1] = {rank}: "
            r"every $\theta_{gd} + t\,v$ fits the data exactly"
        )

    control = Control("t", *t_range, 0.05, t, description=i18n.N_("t (along the null space)"))
    return SliderFigure(fig, update, [control], title="null space")


def matrix_explorer(X, y, *, w=None, b=0.0, w_range=(-2.0, 2.0), b_range=(-2.0, 2.0)):
    """Notebook 07: H(X) = X W + b drawn as the slide's matrix picture, with every number.

    X (m, n) @ W (n,) + b (one number, repeated down the m rows) = H (m,), beside the data y and
    the residuals H - y (coloured by size). One slider per weight w1 ... wn and one for b; the
    title carries cost(W, b) = (1/m) sum (H - y)^2. Meant for small tables (m, n <= 8).
    """
    X = v.as_array("X", X, ndim=2)
    y = v.as_array("y", y, ndim=1)
    v.same_length("X", X, "y", y)
    m, n = X.shape
    if not (1 <= m <= 8 and 1 <= n <= 8):
        raise ValueError(
            _(
                "X must be a small table, at most 8 x 8, to be drawn number by number; got shape {shape}"
            ).format(shape=X.shape)
        )
    w_range, b_range = _range("w_range", w_range), _range("b_range", b_range)
    w = np.zeros(n) if w is None else v.as_array("w", w, ndim=1)
    if w.shape != (n,):
        raise ValueError(
            _("w must have shape ({n},), one weight per column of X; got {shape}").format(n=n, shape=w.shape)
        )
    b = v.number("b", b)
    for j, wj in enumerate(w):
        if not w_range[0] <= wj <= w_range[1]:
            raise ValueError(
                _("w[{j}] must lie in w_range {w_range!r}; got {wj:g}").format(j=j, w_range=w_range, wj=wj)
            )
    if not b_range[0] <= b <= b_range[1]:
        raise ValueError(_("b must lie in b_range {b_range!r}; got {b:g}").format(b_range=b_range, b=b))
    from matplotlib.colors import Normalize
    from matplotlib.patches import Rectangle

    x_X, x_W = 0.0, n + 0.9
    x_b = x_W + 2.3
    x_H = x_b + 2.0
    x_y = x_H + 1.5
    x_r = x_y + 1.3
    right = x_r + 1.35
    fig, ax = figure(size=(0.55 * (right + 0.8) + 0.3, 0.55 * (m + 2.2) + 0.3))
    ax.set(xlim=(-0.8, right + 0.3), ylim=(-m - 1.1, 0.8), aspect="equal")
    ax.axis("off")
    import matplotlib as mpl

    reds = mpl.colormaps["Reds"]
    norm = Normalize(0.0, max(float(np.ptp(y)), float(np.abs(y).max()), 1.0))

    def block(x0, rows, cols, label, fc="white", w=1.0):
        """A grid of cells at x0 with a label below; returns the text artists, row by row."""
        texts = []
        for i in range(rows):
            row = []
            for j in range(cols):
                ax.add_patch(Rectangle((x0 + j * w, -i - 1), w, 1, fc=fc, ec="#555", lw=0.8))
                row.append(ax.text(x0 + (j + 0.5) * w, -i - 0.5, "", ha="center", va="center", fontsize=9))
            texts.append(row)
        ax.text(x0 + cols * w / 2, -rows - 0.12, label, ha="center", va="top", fontsize=9)
        return texts

    def sign(xc, text):
        ax.text(xc, -m / 2, text, ha="center", va="center", fontsize=15)

    tX = block(x_X, m, n, f"X  ({m}, {n})", fc="#eef4fb")
    for i in range(m):
        for j in range(n):
            tX[i][j].set_text(f"{X[i, j]:g}")
    for j in range(n):
        ax.text(x_X + j + 0.5, 0.08, f"f{j + 1}", ha="center", va="bottom", fontsize=9, color=DATA)
    for i in range(m):
        ax.text(x_X - 0.1, -i - 0.5, f"X{i + 1}", ha="right", va="center", fontsize=8.5, color="#444")
    tW = block(x_W, n, 1, f"W  ({n},)", fc="#fdeeee")
    for j in range(n):
        ax.text(x_W + 1.06, -j - 0.5, f"w{j + 1}", ha="left", va="center", fontsize=8, color=MODEL)
    tb = block(x_b, m, 1, "b, one number\nrepeated", fc="#fdf3e6")
    tH = block(x_H, m, 1, f"H  ({m},)")
    ty = block(x_y, m, 1, f"y  ({m},)", fc="#eef4fb")
    for i in range(m):
        ty[i][0].set_text(f"{y[i]:g}")
    tr = [row[0] for row in block(x_r, m, 1, "H - y", w=1.25)]
    resid = list(ax.patches[-m:])
    sign(x_W - 0.45, "@")
    sign(x_b - 0.45, "+")
    sign(x_H - 0.5, "=")
    title = ax.set_title("", fontsize=10.5)

    def update(**values):
        wv = np.array([values[f"w{j + 1}"] for j in range(n)])
        bv = float(values["b"])
        h = X @ wv + bv
        r = h - y
        for j in range(n):
            tW[j][0].set_text(f"{wv[j]:.2f}")
        for i in range(m):
            tb[i][0].set_text(f"{bv:.2f}")
            tH[i][0].set_text(f"{h[i]:.2f}")
            tr[i].set_text(f"{r[i]:+.2f}")
            resid[i].set_facecolor(reds(0.85 * norm(min(abs(r[i]), norm.vmax))))
            tr[i].set_color("white" if abs(r[i]) > 0.6 * norm.vmax else "black")
        terms = [f"{wv[0]:.2f}*{X[0, 0]:g}"] + [
            f"{'-' if wv[j] < 0 else '+'} {abs(wv[j]):.2f}*{X[0, j]:g}" for j in range(1, n)
        ]
        title.set_text(
            f"H(X1) = {' '.join(terms)} {'-' if bv < 0 else '+'} {abs(bv):.2f} = {h[0]:.2f}\n"
            f"cost(W, b) = (1/{m}) Σ (H − y)² = {np.mean(r * r):.4f}"
        )

    controls = [Control(f"w{j + 1}", *w_range, 0.05, float(w[j]), description=f"w{j + 1}") for j in range(n)]
    controls.append(Control("b", *b_range, 0.05, b, description="b"))
    return SliderFigure(fig, update, controls, title="matrix form")

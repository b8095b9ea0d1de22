"""What the slider figures of notebooks 05-06 show, value by value: gradient descent on cost(W) and
cost(W, b), the learning rate, local and global minima (explorers.py, explorers_optimization.py).

As in tests/test_explorer_values.py, each control is moved as a slider moves it and the artists are
compared with plain numpy: here every path is checked against a plain loop of the update rule
written in the test, through every step of the step sliders.
"""

from __future__ import annotations

import numpy as np
import pytest
from _figure_values import (
    by_label,
    check_cost_colorbar,
    check_fit_line,
    close,
    covers,
    line_eq,
    mae,
    mse,
    notebook_cases,
    offsets,
    positions,
    same_text,
    small,
    xy,
)
from matplotlib.text import Annotation

import lecture_utils as lu


def f06(w):
    return w**4 / 4 - w**2 + w / 2


def df06(w):
    return w**3 - 2 * w + 0.5


def notebook_05():
    x, y = lu.load_regression_samples()
    mae = [-0.3]  # the notebook's MAE run: lr 0.03, 40 steps, from -0.3; first step past W = 1
    for _ in range(40):
        mae.append(mae[-1] - 0.03 * np.mean(np.sign(mae[-1] * x - y) * x))
    return {"x": x, "y": y, "y_off": y + 2, "first_past": int(np.argmax(np.array(mae) > 1))}


def samples():
    x, y = lu.load_regression_samples()
    return {"x": x, "y": y}


#: every slider figure of notebooks 05-06, as the notebook builds it, and the names it uses
NOTEBOOK_CALLS = {
    ("05", "lu.explorers.descent_explorer(x, y, lr=0.01, steps=30, w0=-0.5)"): notebook_05,
    ("05", "lu.explorers.descent_path_explorer(x, y_off, lr=0.1, steps=80, step=12)"): notebook_05,
    (
        "05",
        "lu.explorers.descent_explorer(x, y, lr=0.03, steps=40, w0=-0.3, loss='mae', step=first_past, zoom=0.15)",
    ): notebook_05,
    (
        "06",
        "lu.explorers.learning_rate_explorer(x, y, lr=0.05, lr_range=(0.001, 0.3), steps=30, w0=0.0)",
    ): samples,
    (
        "06",
        "lu.explorers.minima_explorer(f, df, w0=1.5, lr=0.1, formula='$f(w) = w^4/4 - w^2 + w/2$')",
    ): lambda: {
        "f": f06,
        "df": df06,
    },
}


# ---------------------------------------------------------------------------
# notebook 05: gradient descent against a plain loop


def plain_descent_w(x, y, lr, steps, w0, loss):
    """W after each step of w := w - lr dcost/dW, H(x) = W x, as a plain loop over samples."""
    ws = [w0]
    for _ in range(steps):
        w = ws[-1]
        if loss == "mse":
            g = sum(2 * (w * xi - yi) * xi for xi, yi in zip(x, y, strict=True)) / len(x)
        else:
            g = sum(np.sign(w * xi - yi) * xi for xi, yi in zip(x, y, strict=True)) / len(x)
        ws.append(w - lr * g)
    return ws


DESCENT_SMALL = dict(x=np.array([1.0, 2.0, 3.0]), y=np.array([2.0, 3.0, 7.0]))


@covers("descent_explorer")
@pytest.mark.parametrize(
    "make",
    [
        small(
            lambda: (
                lu.explorers.descent_explorer(**DESCENT_SMALL, lr=0.05, steps=6, w0=0.0),
                dict(lr=0.05, w0=0.0, loss="mse"),
            ),
            "small-1",
        ),
        small(
            lambda: (
                lu.explorers.descent_explorer(**DESCENT_SMALL, lr=0.2, steps=5, w0=1.0, loss="mae", zoom=0.3),
                dict(lr=0.2, w0=1.0, loss="mae"),
            ),
            "small-2",
        ),
        small(  # a start slider narrower than the W axis
            lambda: (
                lu.explorers.descent_explorer(**DESCENT_SMALL, lr=0.05, steps=4, w0=0.5, w0_range=(0.0, 2.0)),
                dict(lr=0.05, w0=0.5, loss="mse", w0_range=(0.0, 2.0)),
            ),
            "small-w0-range",
        ),
        *[
            pytest.param(lambda p=p, spec=spec: (p.values[0]()[0], spec), id=p.id)
            for p, spec in zip(
                notebook_cases(NOTEBOOK_CALLS, "descent_explorer"),
                [dict(lr=0.01, w0=-0.5, loss="mse"), dict(lr=0.03, w0=-0.3, loss="mae")],  # their arguments
                strict=True,
            )
        ],
    ],
)
def test_descent_explorer_values(make):
    sf, spec = make()
    axes = sf.fig.axes
    ax1, ax2 = axes[0], axes[-1]
    (data,) = [c for c in ax2.collections if c.get_label() == "data"]
    x, y = offsets(data).T  # the samples, read from the figure (tests/test_explorer_registry.py checks them)
    lr, w0, loss = spec["lr"], spec["w0"], spec["loss"]
    start, step = sf.controls
    # the start slider spans w0_range, by default w_range
    assert start.value == w0 and (start.min, start.max) == spec.get("w0_range", (-1.0, 3.0))
    steps = int(step.max)
    cost = mse if loss == "mse" else mae
    trail = [ln for ln in ax1.lines if ln.get_label() == "start and steps so far"][0]
    tangent = [ln for ln in ax1.lines if ln.get_label() == "slope = dcost/dW"][0]
    arrow = [t for t in ax1.texts if isinstance(t, Annotation)][0]
    dot = ax1.lines[1]
    assert trail.get_zorder() > dot.get_zorder()  # the start shows over the marker at step 0
    limits = [(ax.get_xlim(), ax.get_ylim()) for ax in axes]
    for s0 in positions(start):  # the start slider's ends, middle, and where it starts
        ws = plain_descent_w(x, y, lr, steps, s0, loss)
        cs = [cost(w, 0, x, y) for w in ws]
        lo, hi = ax1.get_xlim()
        assert lo <= min(ws) and max(ws) <= hi  # the W axis holds the path from every start
        for t in step.sweep_values():  # every step
            sf.update(w0=s0, step=t)
            close(xy(trail), [ws[: t + 1], cs[: t + 1]], rtol=1e-7)  # from the start
            close(xy(dot), [[ws[t]], [cs[t]]], rtol=1e-7)
            tx, ty = xy(tangent)
            close(
                [(tx[0] + tx[1]) / 2, (ty[0] + ty[1]) / 2], [ws[t], cs[t]], rtol=1e-7
            )  # it touches the curve here
            g = (ws[t] - ws[t + 1]) / lr if t < steps else None
            if g is not None:
                close(
                    (ty[1] - ty[0]) / (tx[1] - tx[0]), g, rtol=1e-6, atol=1e-9
                )  # the tangent's slope is the step's gradient
                assert arrow.get_visible()
                close(arrow.xy, (ws[t + 1], cs[t + 1]), rtol=1e-7)
                close(arrow.xyann, (ws[t], cs[t]), rtol=1e-7)
                same_text(
                    ax1.get_title(),
                    f"step {t} of {steps}, α = {lr:g}: dcost/dW = {g:.4g}\n"
                    f"next W = {ws[t]:.4g} - {lr:g} * ({g:.4g}) = {ws[t + 1]:.4g}",
                )
            else:
                assert not arrow.get_visible()
                assert ax1.get_title().endswith(f"\nthe last step: W = {ws[t]:.4g}")
            check_fit_line(ax2, ws[t], 0.0, x, y)
            same_text(ax2.get_title(), f"H(x) = {ws[t]:.4g}x   cost = {cs[t]:.4g}")
            if len(axes) == 3:
                zoom = axes[1]
                close(xy(zoom.lines[1]), [ws[: t + 1], cs[: t + 1]], rtol=1e-7)
                close(xy(zoom.lines[2]), [[ws[t]], [cs[t]]], rtol=1e-7)
            assert [(ax.get_xlim(), ax.get_ylim()) for ax in axes] == limits  # no move rescales


def diverged_at(cs):
    """The step at which the trainer's documented rule (training.py) stops a run with costs ``cs``:
    a cost that is not finite, past EXPLODE_FACTOR (cost at start + 1), or that rose at each of
    RISING_STEPS steps in a row to past GROWTH_FACTOR (cost at start + 1); None if it never does."""
    rising = 0
    for t, c in enumerate(cs):
        if t:
            rising = rising + 1 if c > cs[t - 1] else 0
        start = cs[0] + 1
        climbed = rising >= lu.training.RISING_STEPS and c > lu.training.GROWTH_FACTOR * start
        if not np.isfinite(c) or c > lu.training.EXPLODE_FACTOR * start or climbed:
            return t
    return None


def test_descent_explorer_says_where_a_run_diverged():
    x, y = DESCENT_SMALL["x"], DESCENT_SMALL["y"]
    sf = lu.explorers.descent_explorer(x, y, lr=1.0, steps=12, w0=0.0)
    ws = plain_descent_w(x, y, 1.0, 12, 0.0, "mse")
    cs = [mse(w, 0, x, y) for w in ws]
    bad = diverged_at(cs)
    ax1 = sf.fig.axes[0]
    note = ax1.texts[-1]
    for t in range(13):
        sf.update(step=t)
        shown = min(t, bad - 1)
        close(xy(ax1.lines[1]), [[ws[shown]], [cs[shown]]], rtol=1e-7)
        assert note.get_visible() == (t >= bad - 1)
        if t >= bad - 1:
            assert f"diverged at step {bad}" in note.get_text().replace("\n", " ")
            assert ax1.get_title().endswith(f"stopped: the next step diverges (W = {ws[shown]:.3g})")


def plain_descent_wb(x, y, lr, steps, w0, b0):
    path = [(w0, b0)]
    for _ in range(steps):
        w, b = path[-1]
        r = [w * xi + b - yi for xi, yi in zip(x, y, strict=True)]
        dw = 2 * sum(ri * xi for ri, xi in zip(r, x, strict=True)) / len(x)
        db = 2 * sum(r) / len(x)
        path.append((w - lr * dw, b - lr * db))
    return np.array(path)


@covers("descent_path_explorer")
@pytest.mark.parametrize(
    "make",
    [
        small(
            lambda: (
                lu.explorers.descent_path_explorer(
                    np.array([0.0, 1.0, 2.0]), np.array([1.0, 2.0, 4.0]), lr=0.1, steps=8, w0=1.0
                ),
                (0.1, 1.0, 0.0),
            ),
            "small-1",
        ),
        *[
            pytest.param(lambda p=p: (p.values[0]()[0], (0.1, 0.0, 0.0)), id=p.id)
            for p in notebook_cases(NOTEBOOK_CALLS, "descent_path_explorer")
        ],
    ],
)
def test_descent_path_explorer_values(make):
    sf, (lr, w0, b0) = make()
    ax1, ax2, ax3, _ = sf.fig.axes  # (the last: the contours' colour bar)
    (data,) = [c for c in ax2.collections if c.get_label() == "data"]
    x, y = offsets(data).T
    check_cost_colorbar(
        sf.fig, ax1, np.linspace(*ax1.get_xlim(), 81), np.linspace(*ax1.get_ylim(), 81), "mse", x, y
    )
    steps = int(sf.controls[0].max)
    path = plain_descent_wb(x, y, lr, steps, w0, b0)
    costs = [mse(w, b, x, y) for w, b in path]
    trail = [ln for ln in ax1.lines if ln.get_label() == "descent path"][0]
    dot = [ln for ln in ax1.lines if ln.get_label() == "(W, b)"][0]
    close(xy(ax3.lines[0])[1], costs, rtol=1e-7)
    for t in sf.controls[0].sweep_values():
        sf.update(step=t)
        w, b = path[t]
        close(xy(trail), path[: t + 1].T, rtol=1e-7, atol=1e-12)
        close(xy(dot), [[w], [b]], rtol=1e-7, atol=1e-12)
        check_fit_line(ax2, *path[t], x, y)
        close(xy(ax3.lines[1]), [[t], [costs[t]]], rtol=1e-7)
        same_text(ax1.get_title(), f"step {t}: (W, b) = ({w:.3f}, {b:.3f})")
        same_text(ax2.get_title(), line_eq(w, b))
        same_text(ax3.get_title(), f"cost at step {t}: {costs[t]:.4g}")
        assert f"learning rate α = {lr:g}, from (W, b) = ({w0:g}, {b0:g})" in sf.fig._suptitle.get_text()


# ---------------------------------------------------------------------------
# notebook 06: the learning rate


def plain_descent(x, y, lr, steps, w0):
    """W and cost(W) at each step of W := W - lr (2/m) sum (W x - y) x, stopped where the trainer
    stops a run (its documented rule: diverged_at above); and the step it diverged at (-1)."""
    w, ws, cs = w0, [], []
    for t in range(steps + 1):
        c = sum((w * xi - yi) ** 2 for xi, yi in zip(x, y, strict=True)) / len(x)
        if cs and diverged_at([*cs, c]) == t:
            return np.array(ws), np.array(cs), t
        ws.append(w)
        cs.append(c)
        w -= lr * sum(2 * (w * xi - yi) * xi for xi, yi in zip(x, y, strict=True)) / len(x)
    return np.array(ws), np.array(cs), -1


@covers("learning_rate_explorer")
@pytest.mark.parametrize(
    "make",
    [
        small(
            lambda: (
                lu.explorers.learning_rate_explorer(
                    np.array([1.0, 2.0]), np.array([1.5, 2.5]), lr=0.1, lr_range=(0.01, 1.0), steps=8
                ),
                {"x": np.array([1.0, 2.0]), "y": np.array([1.5, 2.5])},
            ),
            "small-1",
        ),
        *notebook_cases(NOTEBOOK_CALLS, "learning_rate_explorer"),
    ],
)
def test_learning_rate_explorer_values(make):
    sf, ns = make()
    x, y = ns["x"], ns["y"]
    w0 = 0.0
    steps = 8 if len(x) == 2 else 30
    ax1, ax2 = sf.fig.axes
    c = 2 * sum(xi * xi for xi in x) / len(x)
    w_star = sum(xi * yi for xi, yi in zip(x, y, strict=True)) / sum(xi * xi for xi in x)
    close(by_label(ax1, f"minimum W* = {w_star:.3g}").get_xdata(), [w_star, w_star])
    trail, dot = by_label(ax1, "W at each step"), ax1.lines[1]
    regimes = set()
    for lr in positions(sf.controls[0], extra=(1 / c, 0.5 / c, 1.5 / c)):
        sf.update(lr=lr)
        ws, cs, bad = plain_descent(x, y, lr, steps, w0)
        close(xy(trail), [ws, cs], rtol=1e-7)
        close(xy(dot), [[ws[-1]], [cs[-1]]], rtol=1e-7)
        close(
            xy(by_label(ax2, "cost at each step")), [np.arange(len(cs)), np.clip(cs, 1e-16, 1e11)], rtol=1e-7
        )
        lo, hi = ax1.get_xlim()
        off = "" if lo <= ws[-1] <= hi else "\n(off the plot)"
        same_text(ax1.texts[0].get_text(), f"W = {ws[-1]:.4g}\ncost = {cs[-1]:.4g}{off}")
        if bad >= 0:
            assert f"diverged at step {bad} " in ax2.get_title().replace("\n", " ")
        same_text(ax1.get_title(), f"each step multiplies W − W* by 1 − αc = {1 - lr * c:.3g}")
        head, edges = sf.fig._suptitle.get_text().split("\n")
        same_text(
            edges,
            f"c = (2/m) Σx² = {c:.3g};  α = 1/c = {1 / c:.3g} lands on W* in one step;  2/c = {2 / c:.3g} is the edge",
        )
        verdict = head.split(": ", 1)[1]
        same_text(head.split(": ")[0], f"learning rate α = {lr:.3g}")
        if bad >= 0:
            regimes.add("diverged")
            assert verdict == "too large: the run diverged"
        elif np.isclose(lr, 1 / c):
            regimes.add("good")
            assert verdict.startswith("good") and abs(ws[1] - w_star) < 1e-9  # one step lands on W*
        elif lr * c < 0.2:
            regimes.add("small")
            assert verdict.startswith("too small")
        elif lr * c > 1:
            assert "zig-zag" in verdict
    assert regimes == {"diverged", "good", "small"}


def minima_of(df_poly, lo, hi, f):
    """The local minima of a polynomial f in (lo, hi) from the roots of f' (np.roots): where f'' > 0."""
    roots = np.roots(df_poly)
    roots = np.sort(roots[np.abs(roots.imag) < 1e-9].real)
    d2 = np.polyval(np.polyder(df_poly), roots)
    w_min = roots[(d2 > 0) & (roots > lo) & (roots < hi)]
    return w_min, f(w_min)


def f_small(w):
    return (w * w - 1) ** 2 + 0.3 * w


def df_small(w):
    return 4 * w * (w * w - 1) + 0.3


@covers("minima_explorer")
@pytest.mark.parametrize(
    "make",
    [
        small(
            lambda: (
                lu.explorers.minima_explorer(
                    f_small, df_small, w0=0.5, lr=0.05, w_range=(-2.0, 2.0), lr_range=(0.01, 0.3), steps=25
                ),
                None,
            ),
            "small-1",
        ),
        *notebook_cases(NOTEBOOK_CALLS, "minima_explorer"),
    ],
)
def test_minima_explorer_values(make):
    sf, ns = make()
    if ns is None:
        f, poly, (lo, hi), steps = f_small, [4.0, 0.0, -4.0, 0.3], (-2.0, 2.0), 25
    else:
        f, poly, (lo, hi), steps = f06, [1.0, 0.0, -2.0, 0.5], (-2.5, 2.5), 60
    df = np.poly1d(poly)
    w_min, f_min = minima_of(poly, lo, hi, f)
    best = int(np.argmin(f_min))
    starts = np.linspace(lo, hi, 200)
    tol = 0.02 * (hi - lo)
    colours = {
        "grey": [0.85, 0.85, 0.85],
        "global": [0.17, 0.63, 0.17],
        "local": [1.0, 0.5, 0.05],
        "diverged": [0.7, 0.0, 0.0],
    }
    ax1, ax2 = sf.fig.axes
    strip = ax1.images[0]
    trail, start, end = by_label(ax1, "path from w0"), by_label(ax1, "start w0"), ax1.lines[-1]
    fline = by_label(ax2, "f(w) at each step")
    # the minima: a star on the global one, a triangle on each local one, and their levels on the right
    for k, (wm, fm) in enumerate(zip(w_min, f_min, strict=True)):
        label = "global minimum (green strip)" if k == best else "local minimum (orange strip)"
        (marker,) = [ln for ln in ax1.lines if ln.get_label() == label and np.isclose(ln.get_xdata()[0], wm)]
        close(xy(marker), [[wm], [fm]], rtol=1e-9)
        assert marker.get_marker() == ("*" if k == best else "^")
    close(sorted(ln.get_ydata()[0] for ln in ax2.lines if ln.get_label().endswith("minimum")), sorted(f_min))
    seen = set()
    for w0 in positions(sf.controls[0]):
        for lr in positions(sf.controls[1]):
            sf.update(w0=w0, lr=lr)
            # every start at once, a plain loop over steps: w := w - lr f'(w); |w| past 1e6 diverges
            w = np.r_[w0, starts]
            path, dead = [w.copy()], np.zeros(w.size, bool)
            with np.errstate(all="ignore"):
                for _ in range(steps):
                    w = w - lr * df(w)
                    dead |= ~(np.abs(w) <= 1e6)
                    path.append(np.where(dead, np.nan, w))
            end_w = path[-1]
            kinds = []
            for e, d in zip(end_w, dead, strict=True):
                if d:
                    kinds.append("diverged")
                    continue
                k = int(np.argmin(np.abs(e - w_min)))
                kinds.append(("global" if k == best else "local") if abs(e - w_min[k]) < tol else "grey")
            seen |= set(kinds[1:])
            close(strip.get_array()[0], [colours[k] for k in kinds[1:]])
            p = np.array([q[0] for q in path])
            p = p[np.isfinite(p)]
            close(xy(trail), [p, f(p)], rtol=1e-7)
            close(xy(fline), [np.arange(p.size), f(p)], rtol=1e-7)
            close(xy(end), [[p[-1]], [f(p[-1])]], rtol=1e-7)
            close(xy(start), [[w0], [f(w0)]])
            head, tail = sf.fig._suptitle.get_text().split("\n")
            n_glob = kinds[1:].count("global")
            same_text(
                tail,
                f"of 200 starts in [{lo:g}, {hi:g}], {n_glob} end in the global minimum w = {w_min[best]:.3g} (f = {f_min[best]:.3g})",
            )
            assert head.startswith(f"start w0 = {w0:.2f}, learning rate {lr:.3g}: ")
            assert ax2.texts[0].get_visible() == (kinds[0] == "diverged")
            if kinds[0] == "diverged":
                assert f"diverged at step {p.size}" in head
            elif kinds[0] == "grey":
                assert "has not settled" in head
            else:
                assert ("the global minimum" if kinds[0] == "global" else "a local minimum") in head
    assert seen == set(colours)  # the strip shows every outcome somewhere in the sweep

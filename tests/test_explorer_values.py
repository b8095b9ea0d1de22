"""What the slider figures of notebooks 01-04 show, value by value (lecture_utils/explorers.py), and
the prediction label of plotting.draw_fit.

Each control is moved as a slider moves it (``sf.update(name=value)``) to its ends, its middle and
its starting value, and the artists are read back (line data, marker positions, collections'
offsets, patches, texts) and compared with plain numpy written here: a loop over the samples for a
cost. The same checks run on small cases and on each notebook's own call: its text is in
NOTEBOOK_CALLS (tests/test_explorer_registry.py keeps the two in step) and runs as written.
"""

from __future__ import annotations

import numpy as np
import pytest
from _figure_values import (
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
from matplotlib.patches import Rectangle
from matplotlib.text import Annotation

import lecture_utils as lu
from lecture_utils import plotting


def regression():
    x, y = lu.load_regression_samples()
    return {"x": x, "y": y}


def hand_fit():
    return {"x_ex": lu.checks.HAND_FIT_X, "y_ex": lu.checks.HAND_FIT_Y}


def cost_table():
    x, y = lu.load_cost_table()
    return {"x": x, "y": y, "x3": x[1:4], "y3": y[1:4]}


def notebook_02():
    """The notebook's seeded draws, in its order."""
    rng = np.random.default_rng(2)
    np.vstack([rng.normal([-1.0, -0.7], 0.6, (30, 2)), rng.normal([1.0, 0.7], 0.6, (30, 2))])
    x_reg = rng.uniform(0, 10, 30)
    1.0 + 0.5 * x_reg + rng.normal(0, 0.6, 30)
    np.vstack([rng.normal(c, 0.5, (25, 2)) for c in ([-1.6, 1.0], [1.6, 1.2], [0.0, -1.4])])
    t = rng.normal(0, 1.3, 60)
    X_dim = np.column_stack([t, 0.5 * t]) + rng.normal(0, 0.25, (60, 2))
    rng = np.random.default_rng(7)
    hours = np.round(rng.uniform(0, 10, 40), 1)
    score = np.round(35 + 5 * hours + rng.normal(0, 7, 40), 1)
    W, b = np.polyfit(hours, score, 1)
    return {"hours": hours, "score": score, "W": W, "b": b, "pass_mark": 60, "X_dim": X_dim}


#: every slider figure of notebooks 01-04, as the notebook builds it, and the names it uses
NOTEBOOK_CALLS = {
    ("01", "lu.explorers.line_explorer()"): dict,
    ("02", "lu.explorers.pass_mark_explorer(hours, score, W, b, mark=pass_mark)"): notebook_02,
    ("02", "lu.explorers.projection_explorer(X_dim, angle=120)"): notebook_02,
    ("03", "lu.explorers.fit_explorer(x, y, w=0.5, b=1.0, predict_at=5)"): regression,
    ("03", "lu.explorers.fit_explorer(x_ex, y_ex, w=1.0, b=0.0, predict_at=5)"): hand_fit,
    ("04", "lu.explorers.squares_explorer(x3, y3, w=0.5, b=0.0)"): cost_table,
    ("04", "lu.explorers.cost_curve_explorer(x, y, w=0.0)"): cost_table,
    ("04", "lu.explorers.cost_surface_explorer(x, y, w=0.5, b=1.0)"): cost_table,
}


# ---------------------------------------------------------------------------
# plotting.draw_fit: the prediction and its label follow the line


def test_draw_fit_prediction_and_its_label_follow_the_line():
    x, y = np.array([0.0, 1.0, 3.0]), np.array([1.0, 0.0, 2.0])
    fig, ax = lu.figure()
    update = plotting.draw_fit(ax, x, y, 0.5, 1.0, predict_at=4)
    (label,) = [t for t in ax.texts if isinstance(t, Annotation)]
    for w, b in [(0.5, 1.0), (2.0, -1.0), (-1.0, 0.25), (0.0, 0.0)]:
        update(w, b)
        yp = 4 * w + b
        check_fit_line(ax, w, b, x, y)
        close(xy(ax.lines[1]), [[4], [yp]])
        close(label.xy, (4, yp))  # the label sits on the star, wherever the line goes
        same_text(label.get_text(), f"H(4) = {yp:.2f}")


# ---------------------------------------------------------------------------
# notebook 01


@covers("line_explorer")
@pytest.mark.parametrize(
    "make",
    [
        small(lambda: (lu.explorers.line_explorer(w=0.5, w_range=(-1, 2)), {}), "small-1"),
        *notebook_cases(NOTEBOOK_CALLS, "line_explorer"),
    ],
)
def test_line_explorer_values(make):
    sf, _ = make()
    (ax,) = sf.fig.axes
    for w in positions(sf.controls[0]):
        sf.update(w=w)
        gx, gy = xy(ax.lines[0])
        close(gx, [-2, -1, 0, 1, 2])
        close(gy, [w * t for t in (-2, -1, 0, 1, 2)])
        same_text(ax.get_title(), f"y = {w:.2f} x")


# ---------------------------------------------------------------------------
# notebook 02


def small_scores(sign=1):
    x = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
    return x, np.array([40.0, 55.0, 52.0, 70.0, 64.0, 90.0]), sign * 9.0, 30.0 if sign > 0 else 93.0


@covers("pass_mark_explorer")
@pytest.mark.parametrize(
    "make",
    [
        small(lambda: (lu.explorers.pass_mark_explorer(*small_scores(), mark=60), small_scores()), "small-1"),
        small(  # a falling line: pass is predicted up to some hours
            lambda: (lu.explorers.pass_mark_explorer(*small_scores(-1), mark=60), small_scores(-1)),
            "small-falling",
        ),
        *[
            pytest.param(
                lambda p=p: (
                    p.values[0]()[0],
                    (lambda ns: (ns["hours"], ns["score"], ns["W"], ns["b"]))(p.values[0]()[1]),
                ),
                id=p.id,
            )
            for p in notebook_cases(NOTEBOOK_CALLS, "pass_mark_explorer")
        ],
    ],
)
def test_pass_mark_explorer_values(make):
    sf, (x, score, w, b) = make()
    ax1, ax2 = sf.fig.axes
    fail1, pass1 = ax1.collections[:2]
    fail2, pass2, wrong = ax2.collections[:3]
    x0, x1 = ax1.get_xlim()
    notes_seen = set()
    for mark in positions(sf.controls[0], extra=(55.0, 64.0)):
        sf.update(mark=mark)
        passed = [s >= mark for s in score]
        close(
            offsets(pass1),
            [(xi, si) for xi, si, p in zip(x, score, passed, strict=True) if p] or np.empty((0, 2)),
        )
        close(
            offsets(fail1),
            [(xi, si) for xi, si, p in zip(x, score, passed, strict=True) if not p] or np.empty((0, 2)),
        )
        close(offsets(pass2)[:, 1], np.ones(sum(passed)))
        close(offsets(fail2)[:, 1], np.zeros(len(x) - sum(passed)))
        predicted = [w * xi + b >= mark for xi in x]
        wrong_xy = [(xi, float(p)) for xi, p, q in zip(x, passed, predicted, strict=True) if p != q]
        close(offsets(wrong), wrong_xy or np.empty((0, 2)))
        close(ax1.lines[-1].get_ydata(), [mark, mark])
        same_text(ax1.get_title(), f"Regression: pass mark {mark:.0f}, {sum(passed)} of {len(x)} passed")
        right = np.mean([p == q for p, q in zip(passed, predicted, strict=True)])
        same_text(ax2.get_title(), f"Classification: {right:.0%} predicted right")
        # the shaded "predicted pass" region starts where the line reaches the mark
        need = (mark - b) / w
        region = [p for p in ax2.patches if p.get_label() == "predicted: pass"][0]
        edge = min(max(need, x0), x1)
        close([region.get_x(), region.get_x() + region.get_width()], [edge, x1] if w > 0 else [x0, edge])
        note = ax2.texts[-1].get_text()
        if all(predicted):
            assert note.startswith("the line is above the pass mark for everyone")
            notes_seen.add("all")
        elif not any(predicted):
            assert note.startswith("the line stays below the pass mark")
            notes_seen.add("none")
        else:
            same_text(
                note,
                f"predict pass from {need:.1f} hours on" if w > 0 else f"predict pass up to {need:.1f} hours",
            )
            notes_seen.add("some")
    if len(x) == 6:
        assert notes_seen == {"all", "none", "some"}  # the small cases reach both edge notes


@covers("projection_explorer")
@pytest.mark.parametrize(
    "make",
    [
        small(
            lambda: (
                lu.explorers.projection_explorer(
                    np.array([[0.0, 0.0], [2.0, 1.0], [4.0, 2.5], [1.0, 1.5]]), angle=30
                ),
                None,
            ),
            "small-1",
        ),
        *notebook_cases(NOTEBOOK_CALLS, "projection_explorer"),
    ],
)
def test_projection_explorer_values(make):
    sf, ns = make()
    X = np.array([[0.0, 0.0], [2.0, 1.0], [4.0, 2.5], [1.0, 1.5]]) if ns is None else ns["X_dim"]
    Xc = X - X.mean(axis=0)
    ax1, ax2 = sf.fig.axes

    def kept(deg):
        u = np.array([np.cos(np.radians(deg)), np.sin(np.radians(deg))])
        return np.sum((Xc @ u) ** 2) / np.sum(Xc**2)

    best = max(range(180), key=kept)
    (best_line,) = [ln for ln in ax2.lines if ln.get_label().startswith("best")]
    close(best_line.get_xdata(), [best, best])
    proj = [c for c in ax1.collections if c.get_label() == "on the line (1 number)"][0]
    lost = [c for c in ax1.collections if c.get_label() == "lost"][0]
    for angle in positions(sf.controls[0], extra=(best, 45)):
        sf.update(angle=angle)
        u = np.array([np.cos(np.radians(angle)), np.sin(np.radians(angle))])
        foot = np.array([(p @ u) * u for p in Xc])
        close(offsets(proj), foot)
        close(np.array(lost.get_segments()), np.stack([Xc, foot], axis=1))
        lx, ly = xy(ax1.lines[0])
        close(lx[1] * u[1] - ly[1] * u[0], 0, atol=1e-9)  # the line runs along u
        close(xy(ax2.lines[-1]), [[angle], [kept(angle)]])
        same_text(ax1.get_title(), f"direction {angle:.0f} degrees")
        same_text(ax2.get_title(), f"spread kept: {kept(angle):.1%}")


# ---------------------------------------------------------------------------
# notebook 03


def symlog(r):
    """The residual axis' height of r: even from -1 to 1 (1.5 / (1 - 1/10) per unit, matplotlib's
    linscale 1.5 in base 10), then one unit per factor of 10."""
    r = np.asarray(r, float)
    even = 1.5 / (1 - 1 / 10)
    return np.where(np.abs(r) <= 1, r * even, np.sign(r) * (even + np.log10(np.maximum(np.abs(r), 1))))


def check_residual_axis(ax2, w_control, b_control, x, y):
    """fit_explorer's bar axis: symmetric, even from -1 to 1 (a grey band) and logarithmic beyond, with
    room above the largest residual the sliders reach for its value; its tick labels read their values."""
    lo, hi = ax2.get_ylim()
    assert lo == -hi
    to_px = ax2.transData.transform
    rs = np.linspace(lo, hi, 41)
    close(
        [(to_px((0, ri))[1] - to_px((0, 0))[1]) / (to_px((0, hi))[1] - to_px((0, 0))[1]) for ri in rs],
        symlog(rs) / symlog(hi),
    )
    reach = max(
        abs(cw * xi + cb - yi)
        for cw in (w_control.min, w_control.max)
        for cb in (b_control.min, b_control.max)
        for xi, yi in zip(x, y, strict=True)
    )
    assert symlog(reach) <= 0.85 * symlog(hi) and hi >= 1
    (band,) = [p for p in ax2.patches if p not in ax2.containers[0]]
    close([band.get_y(), band.get_y() + band.get_height()], [-1, 1])
    close([band.get_x(), band.get_x() + band.get_width()], [0, 1])  # across the axes (axes coordinates)
    ticks = ax2.get_yticks()
    assert 0 in ticks and 1 in ticks and -1 in ticks and all(lo < t < hi for t in ticks)
    fmt = ax2.yaxis.get_major_formatter()
    assert [float(fmt(t, i)) for i, t in enumerate(ticks)] == list(ticks)


@covers("fit_explorer")
@pytest.mark.parametrize(
    "make",
    [
        small(
            lambda: (
                lu.explorers.fit_explorer(
                    np.array([1.0, 2.0]), np.array([0.5, 1.0]), w=0.5, b=0.0, predict_at=3
                ),
                None,
            ),
            "small-1",
        ),
        small(
            lambda: (lu.explorers.fit_explorer(np.array([1.0, 2.0, 3.0]), np.array([2.0, 4.0, 6.0])), None),
            "small-2",
        ),
        *notebook_cases(NOTEBOOK_CALLS, "fit_explorer"),
    ],
)
def test_fit_explorer_values(make):
    sf, ns = make()
    ax = sf.fig.axes[0]
    stars = [ln for ln in ax.lines if ln.get_label().startswith("prediction H(")]
    predict_at = float(stars[0].get_label()[len("prediction H(") : -1]) if stars else None
    (data,) = [c for c in ax.collections if c.get_label() == "data"]
    x, y = offsets(data).T
    ylim = ax.get_ylim()
    notes = set()
    for w in positions(sf.controls[0], extra=(2.0,)):
        for b in positions(sf.controls[1], extra=(0.0,)):
            sf.update(w=w, b=b)
            check_fit_line(ax, w, b, x, y)
            title = ax.get_title()
            if predict_at is None:
                same_text(title, line_eq(w, b))
            else:
                yp = w * predict_at + b
                close(xy(stars[0]), [[predict_at], [yp]])
                where = "" if ylim[0] <= yp <= ylim[1] else " (off the plot)"
                same_text(
                    title,
                    f"{line_eq(w, b)}\nprediction at x = {predict_at:g}: H({predict_at:g}) = {yp:.2f}{where}",
                )
            off = ax.texts[0]
            lo, hi = ax.get_xlim()
            ends = (w * lo + b, w * hi + b)
            if max(ends) < ylim[0] or min(ends) > ylim[1]:
                side = "below" if max(ends) < ylim[0] else "above"
                assert off.get_visible() and off.get_text() == f"the line is {side} the plotted range"
                notes.add(side)
            else:
                assert not off.get_visible()
            if len(sf.fig.axes) == 2:
                ax2 = sf.fig.axes[1]
                r = [w * xi + b - yi for xi, yi in zip(x, y, strict=True)]
                (bars,) = ax2.containers
                close([p.get_height() for p in bars], r, atol=1e-9)
                close([p.get_x() + p.get_width() / 2 for p in bars], range(len(x)))
                for p, ri in zip(bars, r, strict=True):  # red above the sample, blue below
                    assert p.get_facecolor()[:3] == pytest.approx(
                        (0.839, 0.153, 0.157) if ri >= -1e-9 else (0.122, 0.467, 0.706), abs=2e-3
                    )
                labels = ax2.texts[: len(x)]
                for i, (lab, ri) in enumerate(zip(labels, r, strict=True)):
                    same_text(lab.get_text(), (f"{ri:+.2f}" if abs(ri) >= 1e-9 else "0.00"))
                    # 3 points beyond the bar's end, whatever the scale: above a bar that rises, below one
                    # that falls (a residual of 0 may sit on either side)
                    got = lab.get_transform().transform(lab.get_position())
                    for up in [ri >= 0] if abs(ri) >= 1e-9 else [lab.get_va() == "bottom"]:
                        want = ax2.transData.transform((i, ri)) + (0, (3 if up else -3) * sf.fig.dpi / 72)
                        close(got, want, atol=1e-6)
                        assert lab.get_va() == ("bottom" if up else "top")
                exact = all(abs(ri) < 1e-9 for ri in r)
                assert (ax2.texts[len(x)].get_text() != "") == exact
                notes |= {"exact"} if exact else set()
    if len(sf.fig.axes) == 2:
        check_residual_axis(sf.fig.axes[1], sf.controls[0], sf.controls[1], x, y)
    if len(x) == 3:  # y = 2x: W = 2, b = 0 passes through every sample
        assert "exact" in notes
    if len(x) == 2:
        assert notes >= {"above", "below"}


# ---------------------------------------------------------------------------
# notebook 04


@covers("squares_explorer")
@pytest.mark.parametrize(
    "make",
    [
        small(
            lambda: (
                lu.explorers.squares_explorer(
                    np.array([0.0, 1.0, 2.0, 3.0, 4.0, 5.0]), np.array([0.0, 1.5, 1.0, 3.5, 4.0, 4.5])
                ),
                None,
            ),
            "small-1",
        ),
        *notebook_cases(NOTEBOOK_CALLS, "squares_explorer"),
    ],
)
def test_squares_explorer_values(make):
    sf, _ = make()
    (ax,) = sf.fig.axes
    (data,) = [c for c in ax.collections if c.get_label() == "data"]
    x, y = offsets(data).T
    squares = [p for p in ax.patches if isinstance(p, Rectangle)]
    assert len(squares) == len(x)
    (x0, x1), (y0, y1) = limits = ax.get_xlim(), ax.get_ylim()
    assert x0 < min(x) and max(x) < x1 and y0 < min(y) and max(y) < y1  # every sample in view
    w_start, b_start = (c.value for c in sf.controls)
    for w in [w_start, *positions(sf.controls[0])]:
        for b in [b_start, *positions(sf.controls[1])]:
            sf.update(w=w, b=b)
            check_fit_line(ax, w, b, x, y)
            assert (ax.get_xlim(), ax.get_ylim()) == limits  # a move never rescales
            r = [w * xi + b - yi for xi, yi in zip(x, y, strict=True)]
            for sq, xi, yi, ri, txt in zip(squares, x, y, r, ax.texts, strict=True):
                close([sq.get_width(), sq.get_height()], [abs(ri), abs(ri)])
                bottom, top = min(yi, yi + ri), max(yi, yi + ri)
                close(sq.get_xy(), (xi, bottom))  # on the residual segment, from the sample
                tx, ty = txt.get_position()
                in_view = x0 < tx < x1 and y0 < ty < y1
                if (w, b) == (w_start, b_start):  # at the start every square is in view, and labelled
                    assert x0 <= xi and xi + abs(ri) <= x1 and y0 <= bottom and top <= y1
                    assert txt.get_text() or abs(ri) < 1e-12
                if not txt.get_text():  # no label: no square, or its label's spot is out of view
                    assert abs(ri) < 1e-12 or not in_view
                    continue
                same_text(txt.get_text(), f"{ri * ri:.2f}")
                assert in_view
                # the label sits on the square's column: inside the visible part of the square, or
                # just beyond the end of it that grows away from the sample
                assert max(xi, x0) - 1e-9 <= tx <= min(xi + abs(ri), x1) + 1e-9
                place = {"center": max(bottom, y0) <= ty <= min(top, y1), "bottom": ty > top and ri > 0}
                place["top"] = ty < bottom and ri < 0
                assert place[txt.get_va()], (w, b, xi, ri, txt.get_va())
            terms = " + ".join(f"{ri * ri:.2f}" for ri in r) if len(x) <= 5 else "..."
            want = f"{line_eq(w, b)}\nMSE = mean area = ({terms}) / {len(x)} = {mse(w, b, x, y):.3f}"
            same_text(sf.fig._suptitle.get_text(), want)


@covers("cost_curve_explorer")
@pytest.mark.parametrize(
    "make",
    [
        small(
            lambda: (
                lu.explorers.cost_curve_explorer(np.array([1.0, 2.0, 4.0]), np.array([1.0, 3.0, 3.0]), w=0.5),
                "mse",
            ),
            "small-1",
        ),
        small(
            lambda: (
                lu.explorers.cost_curve_explorer(
                    np.array([1.0, 2.0, 4.0]), np.array([1.0, 3.0, 3.0]), loss="mae"
                ),
                "mae",
            ),
            "small-2",
        ),
        *notebook_cases(NOTEBOOK_CALLS, "cost_curve_explorer"),
    ],
)
def test_cost_curve_explorer_values(make):
    sf, start = make()
    start = start if isinstance(start, str) else "mse"
    w_control, loss_control = sf.controls
    assert loss_control.value == start and loss_control.sweep_values() == ["mse", "mae"]
    ax1, ax2 = sf.fig.axes
    (data,) = [c for c in ax1.collections if c.get_label() == "data"]
    x, y = offsets(data).T
    curve, dot, lowest = ax2.lines
    ws = xy(curve)[0]
    close(ws, np.linspace(w_control.min, w_control.max, len(ws)))
    for loss in [*loss_control.sweep_values(), start]:  # the menu's every choice, and back
        cost = mse if loss == "mse" else mae
        cs = [cost(wi, 0, x, y) for wi in ws]
        for w in positions(w_control, extra=(1.3,)):
            sf.update(w=w, loss=loss)
            close(xy(curve), [ws, cs])
            close(xy(lowest), [[ws[np.argmin(cs)]], [min(cs)]])
            assert ax2.get_legend().get_texts()[0].get_text() == f"cost(W), {loss.upper()}"
            assert ax2.get_ylabel() == f"cost(W) ({loss.upper()})"
            close(ax2.get_ylim(), (-0.05 * max(cs), 1.05 * max(cs)))  # the whole curve in view
            c = cost(w, 0.0, x, y)
            close(xy(dot), [[w], [c]])  # the marker sits on the curve at this W
            check_fit_line(ax1, w, 0.0, x, y)
            same_text(ax1.get_title(), f"H(x) = {w:.2f}x  (b = 0)")
            formula, readout = ax2.get_title().split("\n")
            assert formula == (
                "cost(W) = (1/m) Σ (Wx − y)²" if loss == "mse" else "cost(W) = (1/m) Σ |Wx − y|"
            )
            same_text(readout, f"W = {w:.2f}:  cost = {c:.3f}")


@covers("cost_surface_explorer")
@pytest.mark.parametrize(
    "make",
    [
        small(
            lambda: (
                lu.explorers.cost_surface_explorer(
                    np.array([1.0, 2.0, 4.0]), np.array([1.0, 3.0, 3.0]), show_fit=False
                ),
                "mse",
            ),
            "small-1",
        ),
        small(
            lambda: (
                lu.explorers.cost_surface_explorer(
                    np.array([1.0, 2.0, 4.0]), np.array([1.0, 3.0, 3.0]), loss="mae"
                ),
                "mae",
            ),
            "small-2",
        ),
        *notebook_cases(NOTEBOOK_CALLS, "cost_surface_explorer"),
    ],
)
def test_cost_surface_explorer_values(make):
    sf, loss = make()
    if not isinstance(loss, str):
        loss, x, y = "mse", loss["x"], loss["y"]
    else:
        x, y = np.array([1.0, 2.0, 4.0]), np.array([1.0, 3.0, 3.0])
    cost = mse if loss == "mse" else mae
    *fit, contour, surface, _ = sf.fig.axes  # (the last: the contours' colour bar)
    w_control, b_control = sf.controls
    check_cost_colorbar(
        sf.fig,
        contour,
        np.linspace(w_control.min, w_control.max, 41),
        np.linspace(b_control.min, b_control.max, 41),
        loss,
        x,
        y,
    )
    (dot,) = [ln for ln in contour.lines if ln.get_label() == "(W, b)"]
    for w in positions(sf.controls[0]):
        for b in positions(sf.controls[1]):
            sf.update(w=w, b=b)
            c = cost(w, b, x, y)
            close(xy(dot), [[w], [b]])
            close(np.ravel(surface.lines[0].get_data_3d()), [w, b, c])
            same_text(sf.fig._suptitle.get_text(), f"W = {w:.2f}, b = {b:.2f}:  cost(W, b) = {c:.3f}")
            if fit:
                check_fit_line(fit[0], w, b, x, y)
                assert fit[0].get_title() == line_eq(w, b)

"""What the explorers of notebooks 01-05 show after a slider move, against plain numpy.

Each test moves a control the way a slider does (``SliderFigure.update``) and reads the artists
back: the numbers drawn must be the ones a few lines of numpy compute here, independently of the
explorer's own code.
"""

from __future__ import annotations

import numpy as np
import pytest

import lecture_utils as lu
from lecture_utils import explorers as E
from lecture_utils import plotting


def line_labelled(ax, label):
    (found,) = [ln for ln in ax.get_lines() if ln.get_label() == label]
    return found


def marker(ax):
    """The one-point marker of the current parameters (the red dot) in ``ax``."""
    (found,) = [ln for ln in ax.get_lines() if ln.get_marker() == "o" and len(ln.get_xdata()) == 1]
    return found


def plain_descent(W, x, y, lr, steps, loss="mse"):
    """Gradient descent on cost(W) = mean((W x - y)^2) (or mean |W x - y|), every W kept."""
    path = [W]
    for _ in range(steps):
        r = W * x - y
        grad = 2 * np.mean(r * x) if loss == "mse" else np.mean(np.sign(r) * x)
        W = W - lr * grad
        path.append(W)
    return np.array(path)


# ---------------------------------------------------------------------------
# notebook 05: descent_explorer's start slider


@pytest.mark.parametrize(("loss", "lr", "steps"), [("mse", 0.01, 30), ("mae", 0.03, 40)])
def test_descent_explorer_start_slider_runs_descent_from_the_new_start(loss, lr, steps):
    x, y = lu.load_regression_samples()
    sf = E.descent_explorer(x, y, lr=lr, steps=steps, w0=-0.5, loss=loss)
    ax1, ax2 = sf.fig.axes
    xlim = ax1.get_xlim()
    for start, t in [(2.0, 3), (3.0, steps), (-1.0, 0), (0.55, 7)]:
        sf.update(w0=start, step=t)
        path = plain_descent(start, x, y, lr, steps, loss)
        costs = [np.mean((w * x - y) ** 2) if loss == "mse" else np.mean(np.abs(w * x - y)) for w in path]
        trail = line_labelled(ax1, "start and steps so far")
        np.testing.assert_allclose(trail.get_xdata(), path[: t + 1], rtol=1e-10, atol=1e-12)
        np.testing.assert_allclose(trail.get_ydata(), costs[: t + 1], rtol=1e-10, atol=1e-12)
        np.testing.assert_allclose(marker(ax1).get_xydata()[0], [path[t], costs[t]], rtol=1e-10, atol=1e-12)
        line = line_labelled(ax2, "H(x) = Wx")
        np.testing.assert_allclose(line.get_ydata(), path[t] * line.get_xdata(), rtol=1e-10, atol=1e-12)
        assert ax1.get_xlim() == xlim  # the start slider never rescales the axes
    assert [c.name for c in sf.controls] == ["w0", "step"]


def test_descent_explorer_start_slider_range_and_its_default():
    x, y = lu.load_regression_samples()
    start = E.descent_explorer(x, y, w0=-0.5).controls[0]
    assert (start.min, start.max, start.value) == (-1.0, 3.0, -0.5)  # the W range of the curve
    start = E.descent_explorer(x, y, w0=0.5, w0_range=(0.0, 2.0)).controls[0]
    assert (start.min, start.max, start.value) == (0.0, 2.0, 0.5)
    with pytest.raises(ValueError, match="w0_range"):
        E.descent_explorer(x, y, w0_range=(2.0, 0.0))
    with pytest.raises(ValueError, match="w0"):
        E.descent_explorer(x, y, w0=5.0)  # outside the start slider's range


def test_descent_explorer_legend_entry_of_the_path_is_never_of_something_unseen():
    """At step 0 the path is the start alone: it shows (over the current W's marker), and the legend
    calls it the start. The legend never changes (a change would redraw it on every move)."""
    x, y = lu.load_regression_samples()
    sf = E.descent_explorer(x, y, w0=-0.5)
    ax1 = sf.fig.axes[0]
    legend = [t.get_text() for t in ax1.get_legend().get_texts()]
    trail = line_labelled(ax1, "start and steps so far")
    for start, t in [(-0.5, 0), (2.0, 0), (2.0, 3), (0.3, 0)]:
        sf.update(w0=start, step=t)
        assert trail.get_xdata()[0] == start and len(trail.get_xdata()) == t + 1
        assert trail.get_zorder() > marker(ax1).get_zorder()  # drawn over the red dot: seen at step 0
        assert [t.get_text() for t in ax1.get_legend().get_texts()] == legend


# ---------------------------------------------------------------------------
# notebook 04: squares_explorer, cost_curve_explorer's cost choice


SQUARE_SETTINGS = [(0.5, 0.0), (1.2, 0.0), (2.0, 1.0), (0.0, -1.0), (1.0, 0.0), (0.95, 0.05)]


def test_squares_explorer_squares_and_areas_follow_the_residuals():
    x, y = lu.load_cost_table()
    x3, y3 = x[1:4], y[1:4]
    sf = E.squares_explorer(x3, y3, w=0.5, b=0.0)
    ax = sf.fig.axes[0]
    limits = (ax.get_xlim(), ax.get_ylim())
    for w, b in SQUARE_SETTINGS:
        sf.update(w=w, b=b)
        r = w * x3 + b - y3
        for sq, txt, xi, yi, ri in zip(ax.patches, ax.texts, x3, y3, r, strict=True):
            assert sq.get_xy() == pytest.approx((xi, min(yi, yi + ri)))
            assert sq.get_width() == pytest.approx(abs(ri)) and sq.get_height() == pytest.approx(abs(ri))
            if txt.get_text():
                assert txt.get_text() == f"{ri * ri:.2f}"
        assert f"= {np.mean(r**2):.3f}" in sf.fig._suptitle.get_text()
        assert (ax.get_xlim(), ax.get_ylim()) == limits  # a move never rescales
    # at the start, every square is in view and labelled
    sf.update(w=0.5, b=0.0)
    assert [t.get_text() for t in ax.texts] == ["0.25", "1.00", "2.25"]


def test_squares_explorer_area_labels_sit_inside_their_square_or_clear_of_it():
    x, y = lu.load_cost_table()
    sf = E.squares_explorer(x[1:4], y[1:4], w=0.5, b=0.0)
    ax = sf.fig.axes[0]
    for w, b in SQUARE_SETTINGS:
        sf.update(w=w, b=b)
        sf.png()  # lays the figure out: window extents are in pixels of this frame
        renderer = sf.fig.canvas.get_renderer()
        frame = ax.get_window_extent(renderer)
        for sq, txt in zip(ax.patches, ax.texts, strict=True):
            if not txt.get_text():
                continue
            label = txt.get_window_extent(renderer)
            box = sq.get_window_extent(renderer)
            visible = type(box).intersection(box, frame)
            inside = visible is not None and visible.contains(label.x0 + 0.5, label.y0 + 0.5)
            inside = inside and visible.contains(label.x1 - 0.5, label.y1 - 0.5)
            overlap = visible is not None and type(box).intersection(visible.padded(-0.5), label) is not None
            assert inside or not overlap, (
                f"w={w}, b={b}: label {txt.get_text()} spills over its square's edge"
            )


def test_cost_curve_explorer_cost_choice_draws_mse_or_mae():
    x, y = lu.load_cost_table()
    sf = E.cost_curve_explorer(x, y, w=0.0)
    ax = sf.fig.axes[1]
    assert [c.name for c in sf.controls] == ["w", "loss"] and sf.controls[1].options == ("mse", "mae")
    curve = ax.get_lines()[0]
    ws = curve.get_xdata()
    plain = {
        "mse": np.array([np.mean((w * x - y) ** 2) for w in ws]),
        "mae": np.array([np.mean(np.abs(w * x - y)) for w in ws]),
    }
    for loss, w in [("mae", 2.0), ("mae", -0.5), ("mse", 2.5), ("mae", 1.0)]:
        sf.update(loss=loss, w=w)
        np.testing.assert_allclose(curve.get_ydata(), plain[loss], rtol=1e-12, atol=1e-12)
        np.testing.assert_allclose(marker(ax).get_xydata()[0], [w, plain[loss][np.argmin(np.abs(ws - w))]])
        (lowest,) = [ln for ln in ax.get_lines() if ln.get_label() == "lowest cost"]
        assert lowest.get_xdata()[0] == pytest.approx(ws[np.argmin(plain[loss])])
        assert ax.get_legend().get_texts()[0].get_text() == f"cost(W), {loss.upper()}"
        assert ax.get_ylim()[1] == pytest.approx(1.05 * plain[loss].max())  # the whole curve in view
        ylim = ax.get_ylim()
        sf.update(w=w + 0.3)  # W alone never rescales
        assert ax.get_ylim() == ylim


@pytest.mark.parametrize("build", ["surface", "path"])
def test_cost_contours_carry_a_colour_bar_that_reads_the_cost(build):
    x, y = lu.load_cost_table()
    if build == "surface":
        sf = E.cost_surface_explorer(x, y, w=0.5, b=1.0)
    else:
        sf = E.descent_path_explorer(x, y + 2, lr=0.1, steps=80, step=12)
    contour_ax = sf.fig.axes[1 if build == "surface" else 0]
    (bar_ax,) = [ax for ax in sf.fig.axes if ax.get_label() == "<colorbar>"]
    assert bar_ax.get_ylabel() == "cost"
    (rings,) = contour_ax.collections[:1]
    lo, hi = bar_ax.get_ylim()
    assert lo == pytest.approx(min(rings.levels)) and hi == pytest.approx(max(rings.levels))
    # the colours follow the cost on a log scale, as the rings do: ring k of n gets colour k / (n - 1)
    k = np.arange(len(rings.levels))
    np.testing.assert_allclose(rings.norm(rings.levels), k / k[-1], atol=1e-9)


# ---------------------------------------------------------------------------
# notebook 03: fit_explorer's residual bars


def test_fit_explorer_bars_show_the_residuals():
    x, y = lu.load_regression_samples()
    sf = E.fit_explorer(x, y, w=0.5, b=1.0, predict_at=5)
    ax2 = sf.fig.axes[1]
    ylim = ax2.get_ylim()
    for w, b in [(0.5, 1.0), (0.95, 0.05), (1.1, 0.0), (3.0, 3.0), (-1.0, -3.0), (1.0, 0.0)]:
        sf.update(w=w, b=b)
        r = w * x + b - y
        heights = [p.get_height() for p in ax2.patches if p.get_width() == pytest.approx(0.6)]
        np.testing.assert_allclose(heights, r, atol=1e-9)
        values = [t for t in ax2.texts if t.get_text() and t.get_text()[-3] == "."]
        assert [t.get_text() for t in values] == [f"{ri:+.2f}" if abs(ri) > 1e-9 else "0.00" for ri in r]
        np.testing.assert_allclose(
            [t.get_position()[1] for t in values], r, atol=1e-9
        )  # each at its bar's end
        assert ax2.get_ylim() == ylim  # the axis stays still


def test_fit_explorer_bars_stay_readable_near_a_good_fit():
    """A residual of 0.5 fills a fifth of the half-axis or more (it was a twentieth on a linear
    axis of +-13), while the largest residual the sliders reach still fits with its value above it."""
    x, y = lu.load_regression_samples()
    sf = E.fit_explorer(x, y, w=0.5, b=1.0, predict_at=5)
    ax2 = sf.fig.axes[1]
    to_px = ax2.transData.transform
    half = to_px((0, ax2.get_ylim()[1]))[1] - to_px((0, 0))[1]
    for r, at_least in [(0.5, 0.2), (0.1, 0.04), (1.0, 0.35)]:
        assert (to_px((0, r))[1] - to_px((0, 0))[1]) / half >= at_least
    # the sliders' corner W = 3, b = 3 gives the largest residual, 3 * 4 + 3 - 4 = 11
    assert (to_px((0, 11.0))[1] - to_px((0, 0))[1]) / half <= 0.85


# ---------------------------------------------------------------------------
# notebook 01: plot_arrays


def test_plot_arrays_writes_every_number_in_its_cell_and_the_shape_in_the_title(monkeypatch):
    figs = []
    monkeypatch.setattr(plotting, "show", figs.append)
    X = np.arange(6.0).reshape(2, 3) / 2
    w = np.array([0.1, 0.2, 0.3])
    lu.plot_arrays([("X", X), ("w", w), ("X @ w", X @ w), ("s", X.sum())], columns=("X @ w",))
    (fig,) = figs
    ax_X, ax_w, ax_p, ax_s = fig.axes
    cells = {(t.get_position(), t.get_text()) for t in ax_X.texts}
    assert cells == {((j, i), f"{X[i, j]:g}") for i in range(2) for j in range(3)}
    assert [(t.get_position(), t.get_text()) for t in ax_w.texts] == [((j, 0), f"{w[j]:g}") for j in range(3)]
    # named in columns: stands upright, row i holds element i
    assert [(t.get_position(), t.get_text()) for t in ax_p.texts] == [
        ((0, i), f"{v:g}") for i, v in enumerate(X @ w)
    ]
    assert [t.get_text() for t in ax_s.texts] == [f"{X.sum():g}"]
    titles = [ax.get_title() for ax in fig.axes]
    assert titles == ["X\nshape (2, 3)", "w\nshape (3,)", "X @ w\nshape (2,)", "s\nshape ()"]


@pytest.mark.parametrize("items", [[], [np.ones(3)], [("a", np.ones((2, 2, 2)))], [("a", [1.0, np.nan])]])
def test_plot_arrays_refuses_what_it_cannot_draw(items):
    with pytest.raises(ValueError):
        lu.plot_arrays(items)


def test_cost_curve_explorer_cost_switch_leaves_moves_of_w_cheap():
    """After the cost menu changes the curve, its axis and its legend, a move of W redraws only
    what W moves (lecture_utils._render): the switch is forgotten, not kept as 'dynamic'."""
    from lecture_utils import _render

    x, y = lu.load_cost_table()
    sf = E.cost_curve_explorer(x, y, w=0.0)
    sf._primed_png()  # as a live display starts: it tries the other cost and comes back
    for w in (0.5, 1.0, 1.5):
        sf.update(w=w)
        sf.png()
    ax2 = sf.fig.axes[1]
    dynamic = _render._LAYERS[sf.fig].dynamic
    assert marker(ax2) in dynamic
    assert ax2.yaxis not in dynamic and ax2.get_legend() not in dynamic and ax2.get_lines()[0] not in dynamic

"""Notebooks 01-05: what the new drawings do beyond their values (tests/test_explorer_values.py and
test_explorer_values_descent.py drive every control and check the values): layout, legend, renderer.

Each test moves a control the way a slider does (``SliderFigure.update``) and reads the artists
back: the numbers drawn must be the ones a few lines of numpy compute here, independently of the
explorer's own code.
"""

from __future__ import annotations

import numpy as np

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


# ---------------------------------------------------------------------------
# notebook 05: descent_explorer's path legend


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
# notebook 04: squares_explorer's labels on the page, cost_curve_explorer's cost switch


SQUARE_SETTINGS = [(0.5, 0.0), (1.2, 0.0), (2.0, 1.0), (0.0, -1.0), (1.0, 0.0), (0.95, 0.05)]


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


# ---------------------------------------------------------------------------
# notebook 03: fit_explorer's residual bars


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

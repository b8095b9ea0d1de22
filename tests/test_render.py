"""lecture_utils._render: after a slider move, only the artists it changed are redrawn, and the frame
looks like the whole figure drawn afresh (to within antialiasing rounding), whatever else changed."""

from __future__ import annotations

import io

import matplotlib as mpl
import numpy as np
import pytest
from matplotlib.patches import Rectangle

import lecture_utils as lu
from lecture_utils import _render, plotting

LEVELS = 8  # of 255: the rounding a layered frame may differ by


def frame(fig):
    """What a slider move sends: the PNG, decoded to 0..255 RGB."""
    img = mpl.image.imread(io.BytesIO(plotting.render_png(fig)), format="png")
    return np.round(img[..., :3] * 255).astype(int)


def whole(fig):
    with mpl.rc_context(plotting.STYLE):
        return _render.whole_frame(fig)[..., :3].astype(int)


def assert_like_whole(fig):
    got = frame(fig)
    want = whole(fig)
    off = np.abs(got - want).max(axis=2)
    assert off.max() <= LEVELS, f"{int((off > LEVELS).sum())} pixels differ, by up to {off.max()}"


@pytest.fixture
def full_draws(monkeypatch):
    """How many times the whole figure was drawn (as opposed to a layered frame)."""
    count = []
    real = _render._full_draw
    monkeypatch.setattr(_render, "_full_draw", lambda *a: (count.append(1), real(*a))[1])
    return count


def layered_figure():
    """A figure whose moving artists sit between static ones in drawing order: a bar (zorder 1)
    under the grid (1.5), a line (2) under static points (2.5) and a note (3), and a legend."""
    fig, ax = lu.figure(size=(4, 3))
    bar = ax.add_patch(Rectangle((0.5, 0), 1, 1, color="#ff7f0e", zorder=1))
    (line,) = ax.plot([0, 4], [0, 1], color="red", lw=3, label="line")
    ax.scatter([1, 2, 3], [1, 2, 3], s=120, zorder=2.5, label="points")
    ax.text(2, 3.5, "a static note", ha="center")
    ax.set(xlim=(0, 4), ylim=(0, 4), title="start")
    ax.legend(loc="upper left")

    def move(w):
        bar.set_height(w)
        line.set_ydata([0, 4 * w / 2])
        ax.set_title(f"w = {w:.2f}")

    return fig, ax, move, bar, line


def test_moves_redraw_only_what_moved_and_look_like_the_whole_figure(full_draws):
    fig, ax, move, _, _ = layered_figure()
    frame(fig)  # the first frame: everything is new
    move(1.0)
    assert_like_whole(fig)  # learns what moves, draws the layers
    full_draws.clear()
    for w in (1.5, 2.0, 0.3, 3.9):
        move(w)
        assert_like_whole(fig)
    # the whole figure was drawn only by the reference (whole_frame), never for a frame
    assert full_draws == []
    assert _render._LAYERS[fig].background is not None


def test_a_changed_static_artist_limits_or_new_artist_are_drawn():
    fig, ax, move, _, _ = layered_figure()
    frame(fig)
    move(1.0)
    frame(fig)
    ax.collections[0].set_color("green")  # a static artist changes
    move(1.2)
    assert_like_whole(fig)
    ax.set_ylim(-1, 5)  # new limits move every artist
    move(1.4)
    assert_like_whole(fig)
    ax.plot([0, 4], [3, 0], color="black")  # a new artist
    move(1.6)
    assert_like_whole(fig)
    ax.lines[-1].set_visible(False)
    assert_like_whole(fig)


def test_a_legend_placed_best_follows_the_data():
    fig, ax = lu.figure(size=(4, 3))
    (line,) = ax.plot([0, 1], [0.9, 0.9], lw=6, label="a line")
    ax.set(xlim=(0, 1), ylim=(0, 1))
    ax.legend(loc="best")
    frame(fig)
    for y in (0.1, 0.9, 0.1):  # the legend jumps from top to bottom and back
        line.set_ydata([y, y])
        assert_like_whole(fig)


def test_a_moving_see_through_image_is_drawn_once():
    """A shading image that changes (as in notebook 10): matplotlib before 3.11 draws even an
    animated image with the background, so the layers must hide it there."""
    fig, ax = lu.figure(size=(4, 3))
    g = np.linspace(-1, 1, 40)
    img = ax.imshow(np.outer(g, g), extent=(-1, 1, -1, 1), alpha=0.5, cmap="RdBu", origin="lower")
    ax.plot([-1, 1], [0, 0], color="black")
    frame(fig)
    for k in (1.0, 2.0, -1.0):
        img.set_data(np.outer(g, g) * k)
        assert_like_whole(fig)


def test_a_3d_marker_moves_over_its_surface():
    fig, (a2, a3) = lu.figure(2, three_d=(1,))
    w = np.linspace(-1, 1, 21)
    W, B = np.meshgrid(w, w)
    up_c = plotting.draw_cost_contour(a2, w, w, W**2 + B**2)
    up_s = plotting.draw_cost_surface(a3, w, w, W**2 + B**2)
    frame(fig)
    for x in (0.5, -0.5, 0.9):
        up_c(x, x / 2)
        up_s(x, x / 2, 1.25 * x * x)
        assert_like_whole(fig)


def test_a_see_through_figure_is_drawn_whole():
    fig, ax, move, _, _ = layered_figure()
    fig.patch.set_alpha(0.0)
    ax.patch.set_alpha(0.0)
    frame(fig)
    for w in (1.0, 2.0):
        move(w)
        img = mpl.image.imread(io.BytesIO(plotting.render_png(fig)), format="png")
        assert img.shape[2] == 4 and img[..., 3].min() == 0  # still see-through
        assert_like_whole(fig)


def test_a_text_inside_its_axes_leaves_the_layout_alone():
    fig, ax = lu.figure(size=(4, 3))
    t = ax.text(0.5, 0.5, "", transform=ax.transAxes)
    frame(fig)
    r = fig.canvas.get_renderer()
    key = _render._layout_key(fig, r)
    t.set_text("now it says something")
    assert _render._layout_key(fig, r) == key
    ax.set_title("a title takes room above the axes")
    assert _render._layout_key(fig, r) != key

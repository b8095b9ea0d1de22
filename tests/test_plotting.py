"""lecture_utils.plotting: every draw_* draws and its updater moves the artists, every plot_*
makes a figure with something in it, render_png returns PNG bytes, cost_grid against a loop."""

from __future__ import annotations

import base64
import io
import struct
from types import SimpleNamespace

import matplotlib as mpl
import numpy as np
import pytest
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure

import lecture_utils as lu
from lecture_utils import plotting

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_MAGIC
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def pixels(data: bytes) -> np.ndarray:
    return mpl.image.imread(io.BytesIO(data), format="png")


@pytest.fixture
def shown(monkeypatch):
    """Collect the figures plot_* functions hand to show() instead of displaying them."""
    figs = []
    monkeypatch.setattr(plotting, "show", figs.append)
    return figs


def line_data(line):
    return np.asarray(line.get_xdata(), float), np.asarray(line.get_ydata(), float)


# ---------------------------------------------------------------------------
# figure, style, render_png, show


def test_figure_makes_plain_course_figures():
    fig, ax = lu.figure()
    assert type(fig) is Figure and fig.axes == [ax]
    fig, axes = lu.figure(3, 2)
    assert len(axes) == 6 and fig.get_size_inches()[0] == pytest.approx(4.6 * 3 + 0.4)
    fig, (a, b) = lu.figure(2, three_d=(1,))
    assert not hasattr(a, "get_zlim") and hasattr(b, "get_zlim")
    fig, ax = lu.figure(size=(3, 2))
    np.testing.assert_allclose(fig.get_size_inches(), [3, 2])


def test_use_style_sets_pyplot_defaults(monkeypatch):
    monkeypatch.setitem(mpl.rcParams, "axes.grid", False)
    lu.use_style()
    assert mpl.rcParams["axes.grid"] is True
    assert mpl.rcParams["figure.dpi"] == plotting.STYLE["figure.dpi"]


def test_render_png_returns_png_bytes_at_the_figures_size():
    fig, ax = lu.figure(size=(4, 3))
    ax.plot([0, 1], [0, 1])
    data = plotting.render_png(fig)
    assert png_size(data) == (400, 300)
    img = pixels(data)
    assert img.shape[:2] == (300, 400) and img.std() > 0  # not a blank image


def test_render_png_of_a_pyplot_figure():
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(2, 1.5), dpi=100)
    try:
        fig.gca().plot([0, 1], [1, 0])
        assert png_size(plotting.render_png(fig)) == (200, 150)
    finally:
        plt.close(fig)


def test_render_png_after_moving_artists_equals_a_fresh_figure():
    """The reused layout gives the same pixels as laying the moved figure out from scratch."""
    x, y = lu.load_regression_samples()

    def make(w, b):
        fig, ax = lu.figure()
        up = plotting.draw_fit(ax, x, y, 1.0, 0.0, predict_at=5, ylim=(-2, 8))
        ax.set_title("H(x)")
        up(w, b)
        ax.set_title(f"H(x) = {w:.2f} x + {b:.2f}")
        return fig, ax, up

    fig, ax, up = make(0.5, 1.0)
    first = plotting.render_png(fig)
    up(1.3, -0.4)
    ax.set_title("H(x) = 1.30 x + -0.40")
    moved = plotting.render_png(fig)
    assert moved != first
    fresh, _, _ = make(1.3, -0.4)
    # the same layout, and the same pixels to within rounding (the move redrew only what it moved)
    np.testing.assert_allclose(pixels(moved), pixels(plotting.render_png(fresh)), rtol=0, atol=8 / 255)
    # and a change that does move the layout (a two-line title) is laid out again
    ax.set_title("a title\nwith two lines")
    fresh2, ax2, up2 = make(1.3, -0.4)
    ax2.set_title("a title\nwith two lines")
    np.testing.assert_allclose(
        pixels(plotting.render_png(fig)), pixels(plotting.render_png(fresh2)), rtol=0, atol=8 / 255
    )


def test_show_publishes_the_png_alone(monkeypatch):
    import IPython.display

    calls = []
    monkeypatch.setattr(IPython.display, "publish_display_data", lambda data, md: calls.append((data, md)))
    fig, ax = lu.figure(size=(3, 2))
    ax.plot([0, 1], [0, 1])
    lu.show(fig)
    ((data, md),) = calls
    assert set(data) == {"image/png"}
    assert png_size(base64.b64decode(data["image/png"])) == (300, 200)
    assert md == {"image/png": {"width": 300, "height": 200}}


# ---------------------------------------------------------------------------
# cost_grid


def loop_cost(x, y, w, b, loss, model):
    total = 0.0
    for xi, yi in zip(x, y, strict=True):
        z = w * xi + b
        h = 1 / (1 + np.exp(-z)) if model == "logistic" else z
        if loss == "mse":
            total += (h - yi) ** 2
        elif loss == "mae":
            total += abs(h - yi)
        else:
            total += -(yi * np.log(h) + (1 - yi) * np.log(1 - h))
    return total / len(x)


@pytest.mark.parametrize(
    ("loss", "model"),
    [("mse", "linear"), ("mae", "linear"), ("mse", "logistic"), ("bce", "logistic"), ("mae", "logistic")],
)
def test_cost_grid_against_a_direct_loop(loss, model):
    x, y = lu.load_binary() if model == "logistic" else lu.load_cost_table()
    ws = np.linspace(-3, 3, 7)
    bs = np.linspace(-1, 1, 5)
    C = lu.cost_grid(x, y, ws, bs, loss=loss, model=model)
    assert C.shape == (5, 7)  # rows follow b, columns follow w
    want = np.array([[loop_cost(x, y, w, b, loss, model) for w in ws] for b in bs])
    np.testing.assert_allclose(C, want, rtol=1e-12)
    c1 = lu.cost_grid(x, y, ws, loss=loss, model=model)
    assert c1.shape == (7,)
    np.testing.assert_allclose(c1, [loop_cost(x, y, w, 0.0, loss, model) for w in ws], rtol=1e-12)


def test_cost_grid_cross_entropy_is_finite_at_extreme_weights():
    x, y = lu.load_binary()
    c = lu.cost_grid(x, y, [-5000.0, 5000.0], [-5000.0, 0.0, 5000.0], loss="bce", model="logistic")
    assert np.all(np.isfinite(c))


@pytest.mark.parametrize(
    ("kwargs", "arg"),
    [
        ({"loss": "bce"}, "loss"),
        ({"loss": "huber"}, "loss"),
        ({"model": "tree"}, "model"),
        ({"y": [0.0, 1.0]}, "y"),
        ({"x": [[0.0, 1.0]]}, "x"),
        ({"w_values": [[1.0]]}, "w_values"),
        ({"w_values": [np.nan]}, "w_values"),
        ({"b_values": 1.0}, "b_values"),
    ],
)
def test_cost_grid_bad_input(kwargs, arg):
    args = {"x": [0.0, 1.0, 2.0], "y": [0.0, 1.0, 2.0], "w_values": [0.0, 1.0], **kwargs}
    with pytest.raises(ValueError, match=rf"\b{arg}\b"):
        lu.cost_grid(**args)


# ---------------------------------------------------------------------------
# drawers and their updaters


def test_draw_fit_draws_and_moves():
    x, y = lu.load_regression_samples()
    fig, ax = lu.figure()
    up = plotting.draw_fit(ax, x, y, 0.5, 1.0, predict_at=5)
    assert len(ax.collections) >= 2  # the data and the residuals
    line = ax.lines[0]
    gx, gy = line_data(line)
    np.testing.assert_allclose(gy, 0.5 * gx + 1.0)
    segs = next(c for c in ax.collections if isinstance(c, LineCollection))
    assert len(segs.get_segments()) == 4
    np.testing.assert_allclose([s[1][1] for s in segs.get_segments()], 0.5 * x + 1.0)
    note = ax.texts[0]
    assert note.get_text() == "H(5) = 3.50"
    up(2.0, -1.0)
    np.testing.assert_allclose(line_data(line)[1], 2.0 * gx - 1.0)
    np.testing.assert_allclose([s[1][1] for s in segs.get_segments()], 2.0 * x - 1.0)
    assert note.get_text() == "H(5) = 9.00"
    assert ax.get_xlim()[1] >= 5
    assert png_size(plotting.render_png(fig))[0] > 0
    fig2, ax2 = lu.figure()
    plotting.draw_fit(ax2, x, y, 1.0, residuals=False, xlim=(-1, 6), ylim=(0, 5))
    assert ax2.get_xlim() == (-1, 6) and ax2.get_ylim() == (0, 5)
    assert not any(isinstance(c, LineCollection) for c in ax2.collections)
    with pytest.raises(ValueError, match=r"\by\b"):
        plotting.draw_fit(ax2, x, y[:3], 1.0)


def test_draw_cost_curve_draws_and_moves():
    x, y = lu.load_cost_table()
    ws = np.linspace(-1, 3, 41)
    costs = lu.cost_grid(x, y, ws)
    fig, ax = lu.figure()
    up = plotting.draw_cost_curve(ax, ws, costs, w=2.0)
    curve, dot = ax.lines[0], ax.lines[1]
    np.testing.assert_allclose(line_data(curve)[1], costs)
    np.testing.assert_allclose(line_data(dot)[1], [6.0])
    up(1.0, 0.0)
    np.testing.assert_allclose(np.concatenate(line_data(dot)), [1.0, 0.0])
    assert ax.texts[0].get_text() == "W = 1.00\ncost = 0"
    fig, ax = lu.figure()
    plotting.draw_cost_curve(ax, ws, costs + 1, log=True)
    assert ax.get_yscale() == "log" and len(line_data(ax.lines[1])[0]) == 0
    with pytest.raises(ValueError, match=r"\bcosts\b"):
        plotting.draw_cost_curve(ax, ws, costs[:-1])


def test_draw_cost_contour_and_surface_draw_and_move():
    x, y = lu.load_cost_table()
    ws, bs = np.linspace(-1, 3, 21), np.linspace(-2, 2, 17)
    C = lu.cost_grid(x, y, ws, bs)
    fig, (a, b) = lu.figure(2, three_d=(1,))
    up_c = plotting.draw_cost_contour(a, ws, bs, C)
    assert len(a.collections) >= 1  # the contour set
    marker, trail, dot = a.lines
    np.testing.assert_allclose(np.concatenate(line_data(marker)), [1.0, 0.0])  # the grid minimum W = 1, b = 0
    up_c(0.5, -1.0, path=([0.0, 0.2, 0.5], [0.0, -0.5, -1.0]))
    np.testing.assert_allclose(np.concatenate(line_data(dot)), [0.5, -1.0])
    np.testing.assert_allclose(line_data(trail)[1], [0.0, -0.5, -1.0])
    up_s = plotting.draw_cost_surface(b, ws, bs, C, elev=10, azim=30)
    assert len(b.collections) >= 1 and b.elev == 10 and b.azim == 30
    up_s(0.5, -1.0, 2.0)
    xs, ys, zs = b.lines[0].get_data_3d()
    np.testing.assert_allclose([xs[0], ys[0], zs[0]], [0.5, -1.0, 2.0])
    assert png_size(plotting.render_png(fig))[0] > 0
    with pytest.raises(ValueError, match=r"\bC\b"):
        plotting.draw_cost_contour(a, ws, bs, C[0])


@pytest.mark.parametrize("name", sorted(lu.activations.ACTIVATIONS))
def test_draw_activation_draws_each_activation(name):
    fig, (a, b) = lu.figure(2)
    plotting.draw_activation(a, b, name)
    f, df = lu.get_activation(name)
    xs, ys = line_data(a.lines[0])
    np.testing.assert_allclose(ys, f(xs))
    np.testing.assert_allclose(line_data(b.lines[0])[1], df(xs))
    assert np.all(np.isfinite(ys)) and a.get_title() == f"{name}(x)"


def test_draw_activation_updater_changes_the_parameters():
    fig, (a, b) = lu.figure(2)
    up = plotting.draw_activation(a, b, "leaky_relu", x=np.linspace(-2, 2, 5), slope=0.1)
    np.testing.assert_allclose(line_data(a.lines[0])[1], [-0.2, -0.1, 0, 1, 2])
    up(slope=0.5)
    np.testing.assert_allclose(line_data(a.lines[0])[1], [-1.0, -0.5, 0, 1, 2])
    np.testing.assert_allclose(line_data(b.lines[0])[1], [0.5, 0.5, 0.5, 1, 1])
    lo, hi = a.get_ylim()
    assert lo < -1.0 and hi > 2.0
    with pytest.raises(ValueError, match=r"\bslope\b"):
        up(slope=2.0)


def test_draw_decision_boundary_draws_and_moves():
    X, y = lu.make_two_class(m=40, seed=0)
    fig, ax = lu.figure()
    up = plotting.draw_decision_boundary(ax, X, y, [1.0, 1.0], 0.0)
    img = ax.images[0]
    line = ax.lines[0]
    xs, ys = line_data(line)
    np.testing.assert_allclose(xs + ys, 0.0, atol=1e-12)  # on w.x + b = 0
    shade0 = np.array(img.get_array()).copy()
    assert shade0.min() < 0.1 and shade0.max() > 0.9
    up([2.0, 0.5], 1.0)
    xs, ys = line_data(line)
    np.testing.assert_allclose(2.0 * xs + 0.5 * ys + 1.0, 0.0, atol=1e-12)
    assert not np.array_equal(np.array(img.get_array()), shade0)
    up([0.0, 0.0], 1.0)
    assert len(line_data(line)[0]) == 0
    fig, ax = lu.figure()
    plotting.draw_decision_boundary(ax, X, y, [1.0, -1.0], shade=False)
    assert not ax.images
    with pytest.raises(ValueError, match=r"\bX\b"):
        plotting.draw_decision_boundary(ax, np.ones((4, 3)), np.zeros(4), [1.0, 1.0])


# ---------------------------------------------------------------------------
# one-call figures


def test_plot_fit(shown):
    x, y = lu.load_regression_samples()
    assert lu.plot_fit(x, y, 1.0, 0.5, predict_at=5) is None
    (fig,) = shown
    ax = fig.axes[0]
    assert ax.get_title() == "H(x) = 1.00 x + 0.50" and ax.lines and ax.collections
    lu.plot_fit(x, y, 1.0, title="mine")
    assert shown[1].axes[0].get_title() == "mine"


def test_plot_cost_curve(shown):
    x, y = lu.load_cost_table()
    lu.plot_cost_curve(x, y, mark=2.0)
    lu.plot_cost_curve(x, y, np.linspace(0, 2, 11), b=1.0, loss="mae")
    ax = shown[0].axes[0]
    xs, ys = line_data(ax.lines[0])
    np.testing.assert_allclose(ys, lu.cost_grid(x, y, xs))
    np.testing.assert_allclose(line_data(ax.lines[1])[1], [6.0])
    ax = shown[1].axes[0]
    assert "MAE" in ax.get_title() and "b = 1" in ax.get_title()
    np.testing.assert_allclose(
        line_data(ax.lines[0])[1], lu.cost_grid(x, y, np.linspace(0, 2, 11), [1.0], loss="mae")[0]
    )


def test_plot_cost_surface_with_a_path_a_mark_or_neither(shown):
    x, y = lu.load_cost_table()
    h = lu.train_linear(x, y, 0.02, 30, w0=-0.5, b0=1.5)
    lu.plot_cost_surface(x, y, path=h)
    lu.plot_cost_surface(x, y, np.linspace(0, 2, 11), np.linspace(-1, 1, 9), mark=(1.0, 0.0))
    lu.plot_cost_surface(x, y, loss="mae")
    assert len(shown) == 3
    ax1, ax2, _colorbar = shown[0].axes
    trail, dot = ax1.lines[1], ax1.lines[2]
    np.testing.assert_allclose(line_data(trail)[0], h.w)
    np.testing.assert_allclose(line_data(dot)[1], [h.b[-1]])
    zs = ax2.lines[0].get_data_3d()[2]
    assert zs[0] == pytest.approx(h.cost[-1], rel=1e-9)
    ax1, ax2, _colorbar = shown[1].axes
    np.testing.assert_allclose(np.r_[line_data(ax1.lines[2])], [1.0, 0.0])
    assert ax2.lines[0].get_data_3d()[2][0] == pytest.approx(0.0)
    assert len(line_data(shown[2].axes[0].lines[2])[0]) == 0


@pytest.mark.parametrize("name", ["sigmoid", "relu", "leaky_relu"])
def test_plot_activation(shown, name):
    lu.plot_activation(name)
    a, b = shown[0].axes
    assert a.lines and b.lines and a.get_title() == f"{name}(x)"


def test_plot_decision_boundary(shown):
    X, y = lu.make_two_class(m=30)
    lu.plot_decision_boundary(X, y, [1.0, 1.0], title="t")
    ax = shown[0].axes[0]
    assert ax.get_title() == "t" and ax.images and len(ax.collections) == 2


def test_plot_cost_history_single_batch_and_diverged(shown):
    x, y = lu.load_cost_table()
    lu.plot_cost_history(lu.train_linear(x, y, 0.01, 20))
    ax = shown[0].axes[0]
    assert len(ax.lines) == 1 and ax.get_yscale() == "log"
    hb = lu.train_linear(x, y, [0.01, 1.0, 0.05], 20)  # the middle one diverges: NaN after it
    lu.plot_cost_history(hb, labels=["a", "b", "c"], log=False)
    ax = shown[1].axes[0]
    assert len(ax.lines) == 3 and ax.get_yscale() == "linear"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["a", "b", "c"]
    np.testing.assert_allclose(line_data(ax.lines[2])[1], hb.cost[:, 2])
    # a cost that reaches 0 exactly cannot go on a log axis: linear instead, no warning
    lu.plot_cost_history(SimpleNamespace(cost=np.array([1.0, 0.5, 0.0])))
    assert shown[2].axes[0].get_yscale() == "linear"
    for fig in shown:
        assert png_size(plotting.render_png(fig))[0] > 0


def test_plot_cost_history_of_runs_that_diverged_at_the_start(shown):
    """Nothing finite to plot: no warning, no error, a note instead of an empty axes."""
    x, y = lu.load_cost_table()
    batch = lu.train_linear(x, y, [0.1, 0.2], 5, w0=np.array([1e200, 1e200]))
    single = lu.train_linear(x, y, 0.1, 5, w0=1e200, on_divergence="stop")
    assert np.all(batch.diverged_at == 0) and single.cost.size == 0
    lu.plot_cost_history(batch)
    lu.plot_cost_history(single)
    for fig in shown:
        ax = fig.axes[0]
        assert "diverged" in ax.texts[0].get_text()
        assert png_size(plotting.render_png(fig))[0] > 0

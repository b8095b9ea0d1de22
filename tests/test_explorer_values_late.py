"""What the explorers changed for issue 12 (notebooks 06-09) draw: each control driven, the artists
compared with a plain numpy computation written here."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pytest

import lecture_utils as lu


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


# ---------------------------------------------------------------------------
# null_space_explorer (notebook 07): a new sample's prediction moves with t


def _null_space_reference(X, y):
    """theta_gd (minimum norm) and the unit null vector of [X, 1], sign: largest entry positive."""
    A = np.column_stack([X, np.ones(len(X))])
    theta = np.linalg.pinv(A) @ y  # the minimum-norm solution, another way than lstsq
    _, _, Vt = np.linalg.svd(A)
    v = Vt[-1] * np.sign(Vt[-1][np.argmax(np.abs(Vt[-1]))])
    return theta, v


def _tick_names(ax):
    """The x tick labels as drawn: the formatter at each tick in view."""
    fmt = ax.xaxis.get_major_formatter()
    return [
        fmt(t, i)
        for i, t in enumerate(ax.xaxis.get_major_locator()())
        if ax.get_xlim()[0] <= t <= ax.get_xlim()[1]
    ]


def _marker_line(ax, marker):
    (line,) = [ln for ln in ax.lines if ln.get_marker() == marker]
    return line


@pytest.mark.parametrize("t", [-3.0, -1.0, 0.0, 1.5, 3.0])
def test_null_space_new_sample_prediction_follows_t(t):
    X, y = lu.load_multivariable()
    x_new = np.ones(X.shape[1])
    fig = lu.explorers.null_space_explorer(X, y, t=0.0, t_range=(-3.0, 3.0), x_new=x_new)
    fig.update(t=t)
    theta, v = _null_space_reference(X, y)
    ax1 = fig.fig.axes[0]
    new_dot = _marker_line(ax1, "D")
    expected = x_new @ (theta[:-1] + t * v[:-1]) + theta[-1] + t * v[-1]
    assert new_dot.get_ydata()[0] == pytest.approx(expected, abs=1e-9)
    assert new_dot.get_xdata()[0] == X.shape[0]  # the column after the samples, named "new"
    assert _tick_names(ax1) == ["X1", "X2", "X3", "X4", "X5", "new"]
    assert f"new sample: {expected:.2f}" in ax1.get_title()
    # the training predictions do not move: they stay on the data
    preds = [ln for ln in ax1.lines if ln.get_marker() == "o" and ln.get_linestyle() == "None"]
    h = [ln for ln in preds if ln.get_markerfacecolor() != "none"]
    assert np.allclose(h[0].get_ydata(), y, atol=1e-9)
    # inside the still axes at every t
    lo, hi = ax1.get_ylim()
    assert lo < expected < hi


def test_null_space_new_sample_moves_and_a_tidy_one_does_not():
    X, y = lu.load_multivariable()
    theta, v = _null_space_reference(X, y)
    for x_new, moves in (
        (np.ones(5), True),
        (np.array([1.0, 2.0, 0.0, 7.0, 5.0]), False),
    ):  # f3 = f1 + f2 - 3
        fig = lu.explorers.null_space_explorer(X, y, x_new=x_new)
        dot = _marker_line(fig.fig.axes[0], "D")
        seen = []
        for t in (-3.0, 0.0, 3.0):
            fig.update(t=t)
            seen.append(dot.get_ydata()[0])
        assert bool(np.ptp(seen) > 1.0) is moves
        assert np.ptp(seen) == pytest.approx(6 * abs(np.r_[x_new, 1.0] @ v), abs=1e-9)


def test_null_space_end_dot_inside_the_axes_and_limits_still():
    X, y = lu.load_multivariable()
    fig = lu.explorers.null_space_explorer(X, y, t=0.0, t_range=(-3.0, 3.0), x_new=np.ones(5))
    limits = [ax.get_xlim() + ax.get_ylim() for ax in fig.fig.axes]
    ax3 = fig.fig.axes[2]
    theta, v = _null_space_reference(X, y)
    for t in (-3.0, 3.0):
        fig.update(t=t)
        (dot,) = [ln for ln in ax3.lines if ln.get_marker() == "o"]
        assert dot.get_xdata()[0] == t
        assert dot.get_ydata()[0] == pytest.approx(np.linalg.norm(theta + t * v), abs=1e-9)
        # the whole dot (9 points across) is inside the axes: its centre at least 5 points from the edge
        x_px = ax3.transData.transform((t, dot.get_ydata()[0]))[0]
        box = ax3.get_window_extent()
        margin = 5 * fig.fig.dpi / 72
        assert box.x0 + margin <= x_px <= box.x1 - margin
    assert [ax.get_xlim() + ax.get_ylim() for ax in fig.fig.axes] == limits


def test_null_space_names_theta_gd_as_the_notebook_does():
    X, y = lu.load_multivariable()
    fig = lu.explorers.null_space_explorer(X, y)
    texts = [t.get_text() for ax in fig.fig.axes for t in ax.get_legend().get_texts()]
    texts.append(fig.fig._suptitle.get_text())
    assert not any("theta_0" in t for t in texts)
    assert sum(r"\theta_{gd}" in t for t in texts) >= 3


def test_null_space_without_new_sample_draws_none():
    X, y = lu.load_multivariable()
    fig = lu.explorers.null_space_explorer(X, y)
    assert not [ln for ln in fig.fig.axes[0].lines if ln.get_marker() == "D"]
    assert _tick_names(fig.fig.axes[0]) == ["X1", "X2", "X3", "X4", "X5"]


@pytest.mark.parametrize("bad", [np.ones(4), np.ones((5, 1)), [1.0, np.nan, 1.0, 1.0, 1.0]])
def test_null_space_rejects_a_bad_new_sample(bad):
    X, y = lu.load_multivariable()
    with pytest.raises(ValueError, match="x_new"):
        lu.explorers.null_space_explorer(X, y, x_new=bad)


# ---------------------------------------------------------------------------
# network_fit_explorer (notebook 08): hidden units' shares drawn without their zero parts


def _shares_collection(fig):
    ax1 = fig.fig.axes[0]
    (units,) = [c for c in ax1.collections if c.get_label() == "hidden units' shares"]
    return units


@pytest.mark.parametrize(
    ("activation", "step"), [("relu", 2000), ("relu", 0), ("tanh", 700), ("leaky_relu", 2000)]
)
def test_network_fit_shares_are_drawn_where_they_are_not_zero(activation, step):
    x, y = lu.make_curve(m=60, noise=0.05, seed=0)
    hist = lu.train_mlp(x, y, 0.025, 2000, hidden=16, activation=activation, seed=0)
    fig = lu.explorers.network_fit_explorer(x, y, activation=activation, hidden=16, history=hist)
    fig.update(step=step)
    xs = np.linspace(x.min(), x.max(), 300)
    f, _ = lu.activations.get_activation(activation)
    P = {k: hist.params[k][step] for k in ("W1", "b1", "W2", "b2")}
    shares = f(xs[:, None] * P["W1"] + P["b1"]) * P["W2"]  # (300, 16)
    segments = _shares_collection(fig).get_segments()
    drawn = {tuple(p) for p in np.round(np.concatenate(segments), 9)}
    # every point where a share is not 0 is drawn, at its value
    for j in range(shares.shape[1]):
        on = shares[:, j] != 0
        wanted = np.round(np.column_stack([xs[on], shares[on, j]]), 9)
        assert all(tuple(p) in drawn for p in wanted), f"unit {j}: a nonzero part of its share is missing"
    # nothing drawn along y = 0 but the one point where a share starts: no segment has two zeros
    for seg in segments:
        assert np.sum(seg[:, 1] == 0) <= 1
    if activation != "relu":  # never exactly 0: one whole line per unit
        assert len(segments) == 16 and all(len(seg) == xs.size for seg in segments)
    # and the red curve is still their sum plus b2
    curve = [ln for ln in fig.fig.axes[0].lines if ln.get_label() == "network h(x)"][0]
    assert np.allclose(curve.get_ydata(), shares.sum(axis=1) + P["b2"])


def test_network_fit_relu_share_starts_at_its_bend():
    x, y = lu.make_curve(m=60, noise=0.05, seed=0)
    hist = lu.train_mlp(x, y, 0.025, 2000, hidden=16, activation="relu", seed=0)
    fig = lu.explorers.network_fit_explorer(x, y, activation="relu", hidden=16, history=hist)
    xs = np.linspace(x.min(), x.max(), 300)
    W1, b1, W2 = (hist.params[k][-1] for k in ("W1", "b1", "W2"))
    segments = _shares_collection(fig).get_segments()
    bends = -b1 / W1
    inside = (bends > xs[0]) & (bends < xs[-1]) & (W2 != 0)
    assert (
        len(segments)
        == inside.sum() + (~inside & (np.maximum(xs[:, None] * W1 + b1, 0) != 0).any(axis=0)).sum()
    )
    step = xs[1] - xs[0]
    for bend in bends[inside]:  # a segment starts at this bend: its end point there is the share's 0
        starts = [seg for seg in segments if np.min(np.abs(seg[[0, -1], 0] - bend)) <= step]
        assert any(seg[0, 1] == 0 or seg[-1, 1] == 0 for seg in starts)

"""What the explorers changed for issue 12 (notebooks 06-09) draw, beyond the value tests of
tests/test_explorer_values_features.py (which drive x_new's diamond and the shares' pieces): the
null-space figure's layout, names and argument checks."""

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


def _marker_line(ax, marker):
    (line,) = [ln for ln in ax.lines if ln.get_marker() == marker]
    return line


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

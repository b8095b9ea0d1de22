"""Shared by the value tests of the slider figures (tests/test_explorer_values*.py).

* :func:`covers` marks a test as the value test of an explorer; the registry test
  (tests/test_explorer_registry.py) fails for an explorer no test covers.
* :func:`notebook_calls` lists every slider figure a notebook source builds (``lu.explorers.NAME(...)``
  or ``SliderFigure(...)``), as the call's text; a value test module lists the calls it reproduces in
  ``NOTEBOOK_CALLS`` and builds each with :func:`build`, which runs that very text.
* Readers of artists: :func:`xy`, :func:`offsets`, :func:`texts_of`.

A move is driven as a slider move drives it: ``sf.update(name=value)`` (the rendering that follows
reads the artists; it does not move them).
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import numpy as np

import lecture_utils as lu
from lecture_utils import explorers, explorers_classification, explorers_networks, explorers_optimization

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "notebooks" / "src").glob("[0-9][0-9]_*.py"))
EXPLORER_MODULES = (explorers, explorers_optimization, explorers_networks, explorers_classification)


def covers(*names):
    """Mark a test as checking the values the named slider figure builders draw."""

    def mark(fn):
        fn.covers = tuple(names)
        return fn

    return mark


def explorer_builders() -> dict[str, object]:
    """Every public function of the explorer modules that builds a SliderFigure."""
    found = {}
    for mod in EXPLORER_MODULES:
        for name, fn in inspect.getmembers(mod, inspect.isfunction):
            if fn.__module__ == mod.__name__ and not name.startswith("_"):
                if "SliderFigure(" in inspect.getsource(fn):
                    found[name] = fn
    return found


def normal(call: str) -> str:
    """A call's text with spacing and quotes normalized, for comparing."""
    return ast.unparse(ast.parse(call.strip(), mode="eval"))


def _figure_call(node) -> str | None:
    """'fit_explorer' for lu.explorers.fit_explorer(...), 'SliderFigure' for SliderFigure(...)."""
    if not isinstance(node, ast.Call):
        return None
    f = node.func
    if (
        isinstance(f, ast.Attribute)
        and f.attr == "SliderFigure"
        or isinstance(f, ast.Name)
        and f.id == "SliderFigure"
    ):
        return "SliderFigure"
    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Attribute) and f.value.attr == "explorers":
        return f.attr
    return None


def notebook_calls() -> list[tuple[str, str, str]]:
    """(notebook number, builder name, normalized call text) of every slider figure the sources build."""
    out = []
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(text)):
            name = _figure_call(node)
            if name:
                out.append((path.name[:2], name, normal(ast.get_source_segment(text, node))))
    return out


def build(call: str, **namespace):
    """Run a notebook's call text with the names it uses (the notebook's data, rebuilt in the test)."""
    return eval(normal(call), {"lu": lu, "np": np, **namespace})  # noqa: S307 - the course's own source


def calls_of(module_calls, name):
    """The (notebook, call) pairs of ``module_calls`` (a NOTEBOOK_CALLS dict) that build ``name``."""
    return [(nb, call) for (nb, call) in module_calls if normal(call).startswith(f"lu.explorers.{name}(")]


# ---------------------------------------------------------------------------
# reading artists


def xy(line):
    """A Line2D's data as two float arrays."""
    return np.asarray(line.get_xdata(), float), np.asarray(line.get_ydata(), float)


def offsets(collection):
    return np.asarray(collection.get_offsets(), float).reshape(-1, 2)


def texts_of(ax):
    return [t.get_text() for t in ax.texts]


def close(got, want, **kw):
    np.testing.assert_allclose(
        np.asarray(got, float), np.asarray(want, float), **{"rtol": 1e-9, "atol": 1e-9, **kw}
    )


_NUMBER = r"[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?"


def same_text(got: str, want: str):
    """``got`` reads ``want``: the same words, and every number the same to within one unit of its last
    printed digit (a value on a rounding edge may print either way from a sum taken in another order)."""
    import re

    if got == want:
        return
    g_nums, w_nums = re.findall(_NUMBER, got), re.findall(_NUMBER, want)
    assert re.sub(_NUMBER, "#", got) == re.sub(_NUMBER, "#", want) and len(g_nums) == len(w_nums), (got, want)
    for g, w in zip(g_nums, w_nums, strict=True):
        mant = w.split("e")[0]
        digits = len(mant.split(".")[1]) if "." in mant else 0
        unit = 10.0 ** (-digits) * (10.0 ** int(w.split("e")[1]) if "e" in w else 1.0)
        assert abs(float(g) - float(w)) <= 1.01 * unit, (got, want)


# ---------------------------------------------------------------------------
# cases and moves


def notebook_cases(calls, name):
    """pytest params, one per notebook call of ``name`` in ``calls`` (a module's NOTEBOOK_CALLS: call ->
    a function returning the names it uses); each param is a function returning (figure, those names)."""
    import pytest

    def make(nb, call):
        ns = calls[nb, call]()
        return build(call, **ns), ns

    return [
        pytest.param(lambda nb=nb, call=call: make(nb, call), id=f"nb{nb}-{i}")
        for i, (nb, call) in enumerate(calls_of(calls, name))
    ]


def small(make, name):
    """A small case, as a pytest param named ``name``."""
    import pytest

    return pytest.param(make, id=name)


def positions(control, extra=()):
    """Where a test moves a control: its ends and middle (every step of a step slider), its starting
    value, and any extra values."""
    return [*control.sweep_values(), control.value, *extra]


def by_label(ax, label):
    """The one line or collection of ``ax`` with this legend label."""
    (found,) = [a for a in [*ax.lines, *ax.collections] if a.get_label() == label]
    return found


# ---------------------------------------------------------------------------
# the lecture's line and costs, written plainly


def mse(w, b, x, y):
    """(1/m) sum (w x_i + b - y_i)^2, one sample at a time."""
    return sum((w * xi + b - yi) ** 2 for xi, yi in zip(x, y, strict=True)) / len(x)


def mae(w, b, x, y):
    return sum(abs(w * xi + b - yi) for xi, yi in zip(x, y, strict=True)) / len(x)


def line_eq(w, b):
    return f"H(x) = {w:.2f}x {'-' if b < 0 else '+'} {abs(b):.2f}"


def check_fit_line(ax, w, b, x, y):
    """draw_fit's artists in ``ax``: the line H(x) = w x + b and the residual segments from each sample."""
    from matplotlib.collections import LineCollection

    gx, gy = xy(ax.lines[0])
    close(gy, w * gx + b)
    (segs,) = [c for c in ax.collections if isinstance(c, LineCollection) and c.get_label() == "H(x) - y"]
    got = np.array(segs.get_segments())
    close(got[:, 0, :], np.column_stack([x, y]))
    close(got[:, 1, :], np.column_stack([x, w * x + b]))


def check_cost_colorbar(fig, contour_ax, w_grid, b_grid, loss, x, y):
    """draw_cost_contour's rings and their colour bar: 18 rings spaced evenly in log cost from the
    grid's lowest cost (at least 1/1000 of its highest) to its highest, ring k coloured viridis(k / 17),
    and a colour bar labelled "cost" that spans the rings and whose tick labels read their values."""
    from matplotlib import colormaps

    W, B = np.meshgrid(w_grid, b_grid)
    r = W[..., None] * x + B[..., None] - y  # (b, w, sample)
    C = np.mean(r**2 if loss == "mse" else np.abs(r), axis=-1)
    want = np.geomspace(max(C.min(), 1e-3 * C.max(), 1e-12), C.max(), 18)
    rings = contour_ax.collections[0]
    close(rings.levels, want, rtol=1e-9)
    close(rings.get_edgecolor(), colormaps["viridis"](np.arange(18) / 17), atol=1e-9)
    (bar,) = [ax for ax in fig.axes if ax.get_label() == "<colorbar>"]
    assert bar.get_ylabel() == "cost" and bar.get_yscale() == "log"
    close(bar.get_ylim(), (want[0], want[-1]), rtol=1e-9)
    fmt = bar.yaxis.get_major_formatter()
    ticks = [t for t in bar.get_yticks() if want[0] <= t <= want[-1]]
    assert ticks
    close([float(fmt(t, i)) for i, t in enumerate(ticks)], ticks, rtol=1e-9)

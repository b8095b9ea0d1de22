"""Every slider value is safe: each slider figure of the course, driven to the ends of its sliders.

Each notebook with sliders runs in a kernel (static mode, warnings turned into errors from the first
cell on). Every ``SliderFigure`` it builds is recorded, whether it is assigned, only displayed, or
built inside a function. A last cell then drives each figure through ``fig.update(name=value)`` and
``fig.png()``, exactly what a slider move does: every slider to its minimum, middle and maximum, a
step (Play) slider through every step, and where a figure has several sliders, their corners and the
step slider through every step with each other slider at its minimum and its maximum (or each of its
choices): the largest learning rate, W at the edge of the range. (With more than four sliders, the
corners are all minimums and all maximums.) After every move it asserts: no exception, no warning, a
picture that is not blank, finite axis limits, no text reading "nan" or "inf", no panel that had
data at the starting values left empty, and a frame that equals the whole figure drawn afresh (to
within antialiasing rounding): the figure is primed as a live display primes it, so every move
after the first redraws only the artists it changed (``lecture_utils._render``), and this checks it
redrew the right ones. A JSON report per notebook goes to
``tests/artifacts/slider-sweep/`` with the figure's texts at the extreme settings.
"""

from __future__ import annotations

import json
import time

import _course as C
import nbformat
import pytest

NOTEBOOKS = C.slider_notebooks()

#: first cell: warnings are errors; every SliderFigure ever built is recorded with the cell that built it
RECORD = r"""
import warnings
warnings.simplefilter("error")
import lecture_utils.sliders as __course_sliders
__course_figs = []
__course_init = __course_sliders.SliderFigure.__init__
def __course_record(self, *args, **kwargs):
    __course_init(self, *args, **kwargs)
    __course_figs.append((get_ipython().execution_count, self))
__course_sliders.SliderFigure.__init__ = __course_record
"""

#: last cell: sweep every recorded figure, print one JSON report
SWEEP = r"""
def __course_sweep():
    import itertools, json, math, re, time, warnings
    import matplotlib as mpl
    import numpy as np
    from matplotlib.text import Text
    from lecture_utils._render import whole_frame
    from lecture_utils.plotting import STYLE

    ANTIALIAS_LEVELS = 8  # a layered frame may differ from a whole redraw by rounding, no more

    # a number printed from nan, or from inf as a value ("cost = inf"); "(-inf, inf)" as a range is fine
    BAD_TEXT = re.compile(r"(?<![A-Za-z])nan(?![A-Za-z])|[=:]\s*[-+]?inf(?![A-Za-z])", re.I)

    def limits_ok(ax):
        lims = list(ax.get_xlim()) + list(ax.get_ylim())
        if hasattr(ax, "get_zlim"):
            lims += list(ax.get_zlim())
        return all(math.isfinite(float(v)) for v in lims)

    def overlaps(xy, ax):
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        xy = xy[np.all(np.isfinite(xy), axis=1)]
        if not len(xy):
            return False
        if hasattr(ax, "get_zlim"):
            return True
        (x0, x1), (y0, y1) = sorted(ax.get_xlim()), sorted(ax.get_ylim())
        return bool(xy[:, 0].max() >= x0 and xy[:, 0].min() <= x1 and xy[:, 1].max() >= y0 and xy[:, 1].min() <= y1)

    def shown(ax):
        # how many artists show data inside the axes' limits
        n = 0
        for ln in ax.lines:
            if ln.get_visible():
                if hasattr(ln, "get_data_3d"):
                    n += bool(np.isfinite(np.asarray(ln.get_data_3d(), dtype=float)).all(axis=0).any())
                else:
                    n += overlaps(ln.get_xydata(), ax)
        for col in ax.collections:
            if not col.get_visible():
                continue
            offs = col.get_offsets() if hasattr(col, "get_offsets") else []
            if hasattr(col, "get_segments") and len(col.get_segments()):
                n += any(overlaps(s, ax) for s in col.get_segments() if len(s))
            elif len(offs) and not (len(offs) == 1 and np.allclose(offs, 0) and len(col.get_paths())):
                n += overlaps(offs, ax)
            else:
                n += any(len(p.vertices) and overlaps(p.vertices, ax) for p in col.get_paths())
        for p in ax.patches:
            if p.get_visible():
                ext = p.get_extents()
                n += bool(np.all(np.isfinite(ext.get_points())) and (ext.width > 0 or ext.height > 0))
        for im in ax.images:
            n += bool(im.get_visible() and np.isfinite(np.asarray(im.get_array(), dtype=float)).any())
        return n

    def texts(fig, everything=False):
        if everything:
            found = fig.findobj(Text)
        else:  # what the figure says: titles, labels, notes, legends (no tick labels)
            found = list(fig.texts)
            for ax in fig.axes:
                found += [ax.title, ax._left_title, ax._right_title, ax.xaxis.label, ax.yaxis.label, *ax.texts]
                if ax.get_legend() is not None:
                    found += ax.get_legend().get_texts()
            if getattr(fig, "_suptitle", None) is not None:
                found.append(fig._suptitle)
        return [t.get_text() for t in found if t.get_visible() and t.get_text().strip()]

    def plan(controls):
        # list of {name: value} settings; each applied on top of the starting values
        start = {c.name: c.value for c in controls}
        ends = {c.name: (list(c.options) if c.kind == "choice" else [c.min, c.max]) for c in controls}
        out = [dict(start)]
        for c in controls:
            out += [dict(start, **{c.name: v}) for v in c.sweep_values()]
        if len(controls) > 1:
            corners = list(itertools.product(*(ends[c.name] for c in controls)))
            if len(corners) > 16:  # many sliders: every one at its minimum, then every one at its maximum
                corners = [tuple(ends[c.name][0] for c in controls), tuple(ends[c.name][-1] for c in controls)]
            out += [dict(zip(start, combo)) for combo in corners]
            for p in (c for c in controls if c.play):
                for q in (c for c in controls if c is not p):
                    for qv in ends[q.name]:
                        out += [dict(start, **{q.name: qv, p.name: s}) for s in p.sweep_values()]
        seen, unique = set(), []
        for s in out:
            key = tuple(sorted((k, repr(v)) for k, v in s.items()))
            if key not in seen:
                seen.add(key)
                unique.append(s)
        return unique

    report = []
    for cell, f in __course_figs:
        t0 = time.perf_counter()
        controls = f.controls
        start = {c.name: c.value for c in controls}
        f.update(**start)
        f._primed_png()  # as a live display starts: every later move redraws only what it changed
        had = [shown(ax) > 0 for ax in f.fig.axes]
        failures, extremes, moves = [], {}, 0
        for setting in plan(controls):
            moved = {k: v for k, v in setting.items() if v != start[k]} or dict(start)
            label = ", ".join(f"{k}={v!r}" for k, v in moved.items())
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("error")
                    f.update(**setting)
                    png = f.png()
            except Exception as exc:
                failures.append(f"{label}: {type(exc).__name__}: {exc}")
                continue
            moves += 1
            if not png.startswith(b"\x89PNG"):
                failures.append(f"{label}: png() returned no PNG")
            canvas = f.fig.canvas
            if hasattr(canvas, "buffer_rgba"):
                pixels = np.asarray(canvas.buffer_rgba()).copy()  # the frame just sent
                if pixels.size and np.all(pixels == pixels[0, 0]):
                    failures.append(f"{label}: the picture is blank")
                with mpl.rc_context(STYLE):
                    whole = whole_frame(f.fig).astype(int)
                off = np.abs(pixels.astype(int) - whole).max(axis=2)
                if off.max() > ANTIALIAS_LEVELS:
                    failures.append(
                        f"{label}: the frame differs from the whole figure drawn afresh in "
                        f"{int((off > ANTIALIAS_LEVELS).sum())} pixels (by up to {int(off.max())} of 255)"
                    )
            for i, ax in enumerate(f.fig.axes):
                if not limits_ok(ax):
                    failures.append(f"{label}: panel {i} has non-finite axis limits")
                elif had[i] and not shown(ax):
                    failures.append(f"{label}: panel {i} ({ax.get_title()!r}) shows no data: an empty plot")
            words = texts(f.fig)
            for t in texts(f.fig, everything=True):
                if BAD_TEXT.search(t):
                    failures.append(f"{label}: the figure reads {t!r}")
            ends = all(v in (c.max,) if c.play else v in (c.min, c.max) or c.kind == "choice"
                       for c in controls for k, v in moved.items() if k == c.name)
            if setting != start and ends and len(extremes) < 12:
                extremes[label] = words
        f.update(**start)
        report.append(dict(cell=cell, title=f.title, controls=[c.name for c in controls], moves=moves,
                           seconds=round(time.perf_counter() - t0, 2), failures=failures[:30],
                           n_failures=len(failures), texts_at_extremes=extremes))
    print(json.dumps({"figures": report}))

__course_sweep()
"""


def sweep(path):
    """Run the notebook with the recorder first and the sweep last; keep its report as an artifact."""
    book = nbformat.read(path, as_version=4)
    book.cells.insert(0, nbformat.v4.new_code_cell(RECORD))
    book.cells.append(nbformat.v4.new_code_cell(SWEEP))
    env = C.learner_env({"LECTURE_UTILS_STATIC": "1"}, jupyter_home=C.jupyter_home())
    with C.timed("slider sweep"):
        C.run_notebook(book, env, timeout=600)
    out = C.ARTIFACTS / "slider-sweep"
    out.mkdir(parents=True, exist_ok=True)
    if book.cells[-1].get("outputs"):
        try:
            (out / f"{C.nb_id(path)}.json").write_text(json.dumps(C.last_json(book.cells[-1]), indent=1))
        except (AssertionError, ValueError):
            pass
    return book


@pytest.mark.parametrize("path", NOTEBOOKS, ids=C.nb_id)
def test_every_slider_value_is_safe(path):
    t0 = time.perf_counter()
    book = sweep(path)
    seconds = time.perf_counter() - t0
    bad = C.problems(book)  # includes any warning the notebook raised (warnings are errors here)
    assert not bad, "the notebook itself failed with warnings as errors:\n" + "\n".join(bad)
    report = C.last_json(book.cells[-1])["figures"]
    assert report, f"{path.name} builds a slider figure, yet none was recorded"
    failed = [
        f"{fig['title']} (built in cell [{fig['cell']}]): {msg}" for fig in report for msg in fig["failures"]
    ]
    assert not failed, f"{sum(f['n_failures'] for f in report)} unsafe slider setting(s):\n" + "\n".join(
        failed
    )
    moves = sum(f["moves"] for f in report)
    C.NOTES.append(
        f"slider sweep {path.name[:2]}: {len(report)} figure(s), {moves} settings, {seconds:.1f} s"
    )

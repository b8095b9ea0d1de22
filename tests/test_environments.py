"""The course in the two other places it runs: Colab's stack, and Python without ipywidgets.

Each group runs inside the environment it is about, made by its nox session (``noxfile.py``), so
every notebook's kernel is that environment's own Python:

* ``nox -s colab`` (tests marked ``colab``): Colab's pins (``tests/colab-constraints.txt``) on
  Colab's Python. The same session runs nbval over every notebook against the committed outputs
  (numpy and matplotlib drift shows up as a failed cell) and the renderer's tests. Here every
  notebook runs with the sliders live, so ipywidgets 7.7.1's code path really runs: every slider of
  every figure is moved from the kernel, the figure must redraw with no error, and nothing may reach
  stderr; and the Colab setup cell itself runs offline: ``google.colab`` is simulated,
  lecture_utils is missing, the install points at this checkout, and the notebook must then import
  the installed package (data included) and run, upgrading none of Colab's packages.
* ``nox -s nowidgets`` (tests marked ``nowidgets``): no ipywidgets. Every notebook runs top to
  bottom with the same outputs as committed, its slider figures shown as still images at their
  starting values, each with one line saying how to get the sliders.

A plain ``pytest`` leaves both groups out (tests/conftest.py); ``-m colab`` in another environment
fails on its first test, which checks the environment.
"""

from __future__ import annotations

import configparser
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import _course as C
import nbformat
import pytest

build = C.build  # notebooks/build.py: the setup cell and its install spec

NOTEBOOKS = C.notebooks()
BOTH = C.both_editions()
SLIDER_NOTEBOOKS = C.slider_notebooks() + [
    p for p in C.korean_notebooks() if C.SLIDER_RE.search(C.code_of(p))
]
PINS = C.constraint_pins()
colab = pytest.mark.colab
nowidgets = pytest.mark.nowidgets


def checkout_env(extra=None):
    """A learner's kernel environment that imports lecture_utils from this checkout."""
    return C.learner_env({"PYTHONPATH": str(C.ROOT), **(extra or {})}, jupyter_home=C.jupyter_home())


# ---------------------------------------------------------------------------
# Colab


def installed(names) -> dict:
    from importlib import metadata

    out = {}
    for n in names:
        try:
            out[n] = metadata.version(n)
        except metadata.PackageNotFoundError:
            out[n] = None
    return out


@colab
def test_colab_environment_has_colabs_pins():
    python = "{}.{}".format(*sys.version_info[:2])
    assert python == C.constraint_python(), (
        f"the Colab tests run on Python {python}, not Colab's {C.constraint_python()}: run them with "
        "`nox -s colab` (which fails in CI, and skips elsewhere, when that Python is missing)"
    )
    have = installed(PINS)
    assert have == PINS, f"this environment differs from {C.CONSTRAINTS.name}: {have}"
    assert installed(["lecture_utils"]) == {"lecture_utils": None}, (
        "lecture_utils must not be installed there (the setup-cell test installs it, then removes it)"
    )


#: last cell in the live run: move every slider of every live figure from the kernel
DRIVE = (
    C.KERNEL_LIVE_FIGURES
    + r"""
def __course_drive():
    import hashlib, io, json, sys
    import ipywidgets
    import matplotlib as mpl
    import numpy as np
    from lecture_utils._render import whole_frame
    from lecture_utils.plotting import STYLE
    report = {"ipywidgets": ipywidgets.__version__, "python": sys.executable, "figures": []}
    for mid, (box, fig) in __course_live().items():
        rows = list(box.children[:-2])  # the sliders; then the image and the status line
        faults, redraws = [], 0
        for row, control in zip(rows, fig.controls):
            slider = row.children[-1] if isinstance(row, ipywidgets.HBox) else row
            # one move per slider runs the observe -> update -> new image path of this ipywidgets
            if control.kind == "choice":
                targets = [o for o in control.options if o != control.value][:1]
            else:
                far = slider.max if slider.value != slider.max else slider.min
                targets = [10 ** far if control.kind == "log" else far]
            for t in targets:
                before = hashlib.sha1(fig._image.value).hexdigest()
                slider.value = t
                if fig._status.value:
                    faults.append(f"{control.name}={t!r}: {fig._status.value}")
                have, want = fig.values[control.name], slider.value
                same = have == want if control.kind == "choice" else abs(float(have) - float(want)) <= 1e-9 * max(1, abs(want))
                if not same:
                    faults.append(f"{control.name}: the figure has {fig.values[control.name]!r}, the slider {slider.value!r}")
                redraws += hashlib.sha1(fig._image.value).hexdigest() != before
                # the move redrew only what it changed (this matplotlib's layers): it must look
                # like the whole figure drawn afresh, to within rounding
                got = mpl.image.imread(io.BytesIO(fig._image.value), format="png")[..., :3]
                with mpl.rc_context(STYLE):
                    want = whole_frame(fig.fig)[..., :3] / 255
                off = int(round(float(np.abs(got - want).max()) * 255))
                if off > 8:
                    faults.append(f"{control.name}={t!r}: the frame differs from the whole figure by {off} of 255")
        report["figures"].append({"title": fig.title, "faults": faults, "redraws": redraws,
                                  "controls": len(fig.controls), "rows": len(rows)})
    print(json.dumps(report))

__course_drive()
"""
)


@colab
@pytest.mark.parametrize("path", BOTH, ids=C.nb_id)
def test_colab_stack_runs_the_sliders_live(path):
    book = nbformat.read(path, as_version=4)
    book.cells.append(nbformat.v4.new_code_cell(DRIVE))
    with C.timed("Colab: widgets live"):
        C.run_notebook(book, checkout_env())
    bad = C.problems(book)
    assert not bad, f"{path.name} with ipywidgets {PINS['ipywidgets']} live:\n" + "\n".join(bad)
    report = C.last_json(book.cells[-1])
    assert report["ipywidgets"] == PINS["ipywidgets"]
    assert Path(report["python"]).parents[1].resolve() == Path(sys.executable).parents[1].resolve(), report[
        "python"
    ]
    views = [o for _, o in C.outputs(book) if C.WIDGET_VIEW in o.get("data", {})]
    if path in SLIDER_NOTEBOOKS:
        assert views and report["figures"], f"{path.name}: no live slider figure (static mode leaked in?)"
    for fig in report["figures"]:
        assert fig["rows"] == fig["controls"], fig
        assert not fig["faults"], f"{fig['title']}: " + "; ".join(fig["faults"])
        assert fig["redraws"] > 0, f"{fig['title']}: moving its sliders never changed the image"


@colab
@pytest.mark.parametrize("edition", ["en", "ko"])
def test_colab_setup_cell_installs_the_course_offline(edition):
    """The notebook's own setup cell, with google.colab present and lecture_utils missing (the Korean
    one also switches lecture_utils's messages to Korean)."""
    path = [p for p in (SLIDER_NOTEBOOKS or BOTH) if C.edition(p) == edition][-1]
    template = build.SETUP_CELL_KO if edition == "ko" else build.SETUP_CELL
    pip = [sys.executable, "-m", "pip", "uninstall", "-y", "-q", "lecture_utils"]
    # pip offline: no index (so nothing can come from anywhere but this checkout), no config of this
    # machine, the build backend taken from the environment (PIP_NO_BUILD_ISOLATION=0 means
    # --no-build-isolation; without it pip would fetch hatchling and, with no index, fail)
    offline = {"PIP_CONFIG_FILE": "/dev/null", "PIP_NO_INDEX": "1", "PIP_NO_BUILD_ISOLATION": "0"}
    env = C.learner_env(offline, jupyter_home=C.jupyter_home())
    subprocess.run(pip, env=env, capture_output=True)  # left over by an interrupted run
    try:
        book = nbformat.read(path, as_version=4)
        setup = book.cells[1]
        spec = build.install_spec(build.course_config())
        assert setup.source == template.format(spec=spec), "the notebook's second cell is not the setup cell"
        local = f"lecture_utils @ {C.ROOT.as_uri()}"
        setup.source = setup.source.replace(spec, local)
        assert local in setup.source
        book.cells.insert(
            1,
            nbformat.v4.new_code_cell(
                "import importlib.util, sys, types\n"
                "assert importlib.util.find_spec('lecture_utils') is None, 'lecture_utils is installed already'\n"
                "google = types.ModuleType('google'); google.__path__ = []\n"
                "google.colab = types.ModuleType('google.colab')\n"
                "sys.modules['google'] = google; sys.modules['google.colab'] = google.colab"
            ),
        )
        book.cells.append(
            nbformat.v4.new_code_cell(
                "import json\nfrom importlib import metadata\n"
                "print(json.dumps({'file': lu.__file__, 'colab': lu.in_colab(), 'data': str(lu.data_dir()),\n"
                "    'language': lu.i18n.language(),\n"
                f"    'versions': {{n: metadata.version(n) for n in {sorted(PINS)!r}}}}}))"
            )
        )
        with tempfile.TemporaryDirectory(prefix="course-content-") as content, C.timed("Colab: setup cell"):
            # like Colab's /content: no checkout beside the notebook, so only the install can provide lecture_utils
            C.run_notebook(book, env, cwd=Path(content))
        bad = C.problems(book)
        assert not bad, f"{path.name} in simulated Colab:\n" + "\n".join(bad)
        info = C.last_json(book.cells[-1])
        venv = Path(sys.prefix)
        assert Path(info["file"]).is_relative_to(venv), (
            f"lecture_utils came from {info['file']}, not the install"
        )
        assert info["colab"] is True
        assert info["language"] == edition, (
            f"the {edition} setup cell left the messages in {info['language']}"
        )
        assert Path(info["data"]).is_relative_to(venv), f"data read from {info['data']}, not from the package"
        assert info["versions"] == PINS, f"installing the course changed Colab's packages: {info['versions']}"
    finally:
        subprocess.run(pip, env=env, capture_output=True)


# ---------------------------------------------------------------------------
# Without ipywidgets


def sanitizers():
    cfg = configparser.ConfigParser()
    cfg.read(C.TESTS / "sanitize.cfg")
    return [(re.compile(cfg[s]["regex"]), cfg[s]["replace"]) for s in cfg.sections()]


SANITIZE = sanitizers()


def comparable(cell, hint):
    """A cell's outputs as nbval compares them (text, sanitized; images by size), hint lines taken out."""
    out = []
    for o in coalesced(cell.get("outputs", [])):
        if o.output_type == "stream":
            text = "".join(line for line in o.text.splitlines(True) if line.rstrip("\n") != hint)
            if text:
                out.append(("stream", o.name, text))
            continue
        data = o.get("data", {})
        for mime in ("text/plain", "text/html"):
            if mime in data and "image/png" not in data:
                text = data[mime]
                for rx, rep in SANITIZE:
                    text = rx.sub(rep, text)
                out.append((o.output_type, mime, text))
        if "image/png" in data:
            out.append(("image", C.png_size(data["image/png"])))
    merged = []
    for item in out:  # a hint taken out of the middle of a stream leaves two pieces of one stream
        if merged and item[0] == "stream" and merged[-1][0] == "stream" and merged[-1][1] == item[1]:
            merged[-1] = ("stream", item[1], merged[-1][2] + item[2])
        else:
            merged.append(item)
    return merged


def coalesced(outs):
    """Outputs with consecutive pieces of one stream joined, as JupyterLab shows them (a kernel may
    send one print as two messages)."""
    joined = []
    for o in outs:
        if (
            joined
            and o.output_type == "stream"
            and joined[-1].output_type == "stream"
            and joined[-1].name == o.name
        ):
            joined[-1] = nbformat.v4.new_output("stream", name=o.name, text=joined[-1].text + o.text)
        else:
            joined.append(o)
    return joined


@nowidgets
@pytest.mark.parametrize("path", BOTH, ids=C.nb_id)
def test_without_ipywidgets_every_notebook_runs_and_shows_its_figures(path):
    hint = C.hint(path)  # the line in the notebook's language
    assert importlib.util.find_spec("ipywidgets") is None, "run this group with `nox -s nowidgets`"
    book = nbformat.read(path, as_version=4)
    book.cells.append(
        nbformat.v4.new_code_cell(
            "import importlib.util, json\n"
            "print(json.dumps({'ipywidgets': importlib.util.find_spec('ipywidgets') is not None,\n"
            "                  'static': lu.static_mode()}))"
        )
    )
    with C.timed("no ipywidgets: run"):
        C.run_notebook(book, checkout_env())
    bad = C.problems(book)
    assert not bad, f"{path.name} without ipywidgets:\n" + "\n".join(bad)
    assert C.last_json(book.cells[-1]) == {"ipywidgets": False, "static": True}
    committed = [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
    ran = [c for c in book.cells if c.cell_type == "code"][: len(committed)]
    hints = 0
    for i, (want, got) in enumerate(zip(committed, ran, strict=True)):
        outs = coalesced(got.get("outputs", []))
        for j, o in enumerate(outs):
            if o.output_type == "stream" and hint in o.text:
                hints += o.text.count(hint)
                assert o.text.rstrip("\n").endswith(hint), f"cell {i}: the hint is not followed by its figure"
                follow = outs[j + 1] if j + 1 < len(outs) else {}
                assert "image/png" in follow.get("data", {}), (
                    f"code cell {i}: the hint is not followed by the figure"
                )
        if "nbval-ignore-output" in want.metadata.get("tags", []):
            continue
        assert comparable(got, hint) == comparable(want, hint), (
            f"code cell {i} differs from the committed (static) output:\n{want.source[:300]}"
        )
    if path in SLIDER_NOTEBOOKS:
        assert hints, f"{path.name} has slider figures, yet no line says how to get the sliders"
    assert "\n" not in hint, "the hint must be one line"


def test_colab_pins_file_names_its_python_and_date():
    text = C.CONSTRAINTS.read_text()
    assert re.search(r"read \d{4}-\d{2}", text), "say when Colab's versions were read"
    assert re.fullmatch(r"\d+\.\d+", C.constraint_python())
    assert set(PINS) == {"numpy", "matplotlib", "ipywidgets", "ipython", "ipykernel"}


def test_a_notebook_needs_nothing_but_its_kernel(tmp_path):
    """Sanity of the runner itself: the kernel is the Python running the tests (the session's
    environment), whatever kernelspec named python3 this machine has."""
    book = nbformat.v4.new_notebook()
    book.cells = [nbformat.v4.new_code_cell("import sys, json; print(json.dumps({'exe': sys.executable}))")]
    book.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    C.run_notebook(book, C.learner_env(jupyter_home=C.jupyter_home()), cwd=tmp_path)
    assert Path(json.loads(C.stream_text(book.cells[0]))["exe"]).resolve() == Path(sys.executable).resolve()

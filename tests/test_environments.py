"""The course in the two other places it runs: Colab's stack, and Python without ipywidgets.

Colab: a second virtual environment, ``.venv-colab-<hash>/``, installed with Colab's pins
(``tests/colab-constraints.txt``) on Colab's Python where this machine has it. There every notebook
runs (1) under nbval in static mode against the committed outputs (numpy and matplotlib drift shows
up as a failed cell), (2) with the sliders live, so ipywidgets 7.7.1's code path really runs: every
slider of every figure is then moved from the kernel, the figure must redraw with no error, and
nothing may reach stderr; and (3) the Colab setup cell itself runs offline: ``google.colab`` is
simulated, lecture_utils is missing, the install points at this checkout, and the notebook must
then import the installed package (data included) and run, upgrading none of Colab's packages.

No widgets: a third environment, ``.venv-nowidgets-<hash>/``, without ipywidgets. Every notebook
runs top to bottom with the same outputs as committed, its slider figures shown as still images at
their starting values, each with one line saying how to get the sliders.
"""

from __future__ import annotations

import configparser
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import _course as C
import nbformat
import pytest

sys.path.insert(0, str(C.ROOT / "notebooks"))
import build  # noqa: E402  (notebooks/build.py: the setup cell and its install spec)

NOTEBOOKS = C.notebooks()
SLIDER_NOTEBOOKS = C.slider_notebooks()
PINS = C.constraint_pins()
COLAB_PACKAGES = C.COLAB_PACKAGES
NOWIDGETS_PACKAGES = ["numpy", "matplotlib", "ipykernel", "nbclient", "nbformat"]


@pytest.fixture(scope="module")
def colab_python():
    python, note = C.find_python(C.constraint_python())
    if note:
        C.NOTES.append(note)
        print(note)
    venv = C.ensure_venv("colab", python, COLAB_PACKAGES, C.CONSTRAINTS)
    return C.venv_python(venv)


@pytest.fixture(scope="module")
def nowidgets_python():
    return C.venv_python(C.ensure_venv("nowidgets", sys.executable, NOWIDGETS_PACKAGES))


def checkout_env(extra=None):
    """A learner's kernel environment that imports lecture_utils from this checkout."""
    return C.learner_env({"PYTHONPATH": str(C.ROOT), **(extra or {})}, jupyter_home=C.jupyter_home())


# ---------------------------------------------------------------------------
# Colab


def test_colab_environment_has_colabs_pins(colab_python):
    have = C.installed_versions(colab_python, PINS)
    assert have == PINS, f"the Colab environment differs from {C.CONSTRAINTS.name}: {have}"
    assert C.installed_versions(colab_python, ["lecture_utils"]) == {"lecture_utils": None}, (
        "lecture_utils must not be installed there (the setup-cell test installs it, then removes it)"
    )


@pytest.fixture(scope="module")
def colab_nbval(colab_python):
    """nbval over every notebook in the Colab environment (two pytest processes side by side)."""
    work = Path(tempfile.mkdtemp(prefix="course-colab-nbval-"))
    groups = [NOTEBOOKS[i::2] for i in range(2)]
    procs = []
    with C.timed("Colab: nbval static"):
        for g, group in enumerate(groups):
            if not group:
                continue
            xml = work / f"junit{g}.xml"
            # the repository's pytest settings (nbval, its sanitizers, warnings as errors), whatever the paths
            cmd = [
                colab_python,
                "-m",
                "pytest",
                "-q",
                "-c",
                str(C.ROOT / "pyproject.toml"),
                "--rootdir",
                str(C.ROOT),
                f"--junitxml={xml}",
                "-o",
                "junit_family=xunit1",
                "--nbval-cell-timeout=300",  # a dead kernel fails its cell, not the whole run 30 min later
                *[str(p) for p in group],
            ]
            env = checkout_env({"LECTURE_UTILS_STATIC": "1"})
            procs.append(
                (
                    subprocess.Popen(
                        cmd, cwd=C.ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
                    ),
                    xml,
                )
            )
        results, logs = {}, []
        for proc, xml in procs:
            out, _ = proc.communicate(timeout=1800)
            logs.append(out)
            if xml.exists():
                for case in ET.parse(xml).iter("testcase"):
                    where = case.get("file") or case.get("classname", "")
                    nb = next((p.name for p in NOTEBOOKS if p.name in where or p.stem in where), where)
                    failed = [el for el in case if el.tag in {"failure", "error"}]
                    results.setdefault(nb, []).append((case.get("name"), failed))
    return results, "\n".join(logs)


def test_colab_matplotlib_redraws_slider_moves_right(colab_python):
    """The renderer's own tests (tests/test_render.py) on Colab's matplotlib, whose drawing
    differs from the current one in ways a layered frame can trip over."""
    out = subprocess.run(
        [
            colab_python,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-o",
            "addopts=",
            "-o",
            "filterwarnings=",  # Colab's own stack warns (pyparsing): not what this test is about
            "tests/test_render.py",
        ],
        cwd=C.ROOT,
        env={**os.environ, "PYTHONPATH": str(C.ROOT)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
    assert " passed" in out.stdout and "failed" not in out.stdout


@pytest.mark.parametrize("path", NOTEBOOKS, ids=C.nb_id)
def test_colab_stack_reproduces_the_committed_outputs(colab_nbval, path):
    results, log = colab_nbval
    cases = results.get(path.name)
    assert cases, f"nbval ran no cell of {path.name} in the Colab environment:\n{log[-4000:]}"
    failed = [f"{name}: {el[0].get('message', '')}\n{(el[0].text or '')[-1500:]}" for name, el in cases if el]
    assert not failed, f"{path.name} under Colab's pins ({PINS}):\n" + "\n".join(failed)


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


@pytest.fixture(scope="module")
def colab_live(colab_python):
    books = {}
    for path in NOTEBOOKS:
        book = nbformat.read(path, as_version=4)
        book.cells.append(nbformat.v4.new_code_cell(DRIVE))
        books[C.nb_id(path)] = book
    with C.timed("Colab: widgets live"):
        return C.run_notebooks(colab_python, books, checkout_env())


@pytest.mark.parametrize("path", NOTEBOOKS, ids=C.nb_id)
def test_colab_stack_runs_the_sliders_live(colab_live, colab_python, path):
    res = colab_live[C.nb_id(path)]
    assert res["error"] is None, res["error"]
    book = res["nb"]
    bad = C.problems(book)
    assert not bad, f"{path.name} with ipywidgets {PINS['ipywidgets']} live:\n" + "\n".join(bad)
    report = C.last_json(book.cells[-1])
    assert report["ipywidgets"] == PINS["ipywidgets"]
    assert Path(report["python"]).parents[1].resolve() == Path(colab_python).parents[1].resolve(), report[
        "python"
    ]
    views = [o for _, o in C.outputs(book) if C.WIDGET_VIEW in o.get("data", {})]
    if path in SLIDER_NOTEBOOKS:
        assert views and report["figures"], f"{path.name}: no live slider figure (static mode leaked in?)"
    for fig in report["figures"]:
        assert fig["rows"] == fig["controls"], fig
        assert not fig["faults"], f"{fig['title']}: " + "; ".join(fig["faults"])
        assert fig["redraws"] > 0, f"{fig['title']}: moving its sliders never changed the image"


def test_colab_setup_cell_installs_the_course_offline(colab_python):
    """The notebook's own setup cell, with google.colab present and lecture_utils missing."""
    path = (SLIDER_NOTEBOOKS or NOTEBOOKS)[-1]
    pip = [colab_python, "-m", "pip", "uninstall", "-y", "-q", "lecture_utils"]
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
        assert setup.source == build.SETUP_CELL.format(spec=spec), (
            "the notebook's second cell is not the setup cell"
        )
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
                f"    'versions': {{n: metadata.version(n) for n in {sorted(PINS)!r}}}}}))"
            )
        )
        with tempfile.TemporaryDirectory(prefix="course-content-") as content, C.timed("Colab: setup cell"):
            # like Colab's /content: no checkout beside the notebook, so only the install can provide lecture_utils
            res = C.run_notebooks(colab_python, {"setup": book}, env, jobs=1, cwd=Path(content))["setup"]
        assert res["error"] is None, res["error"]
        bad = C.problems(res["nb"])
        assert not bad, f"{path.name} in simulated Colab:\n" + "\n".join(bad)
        info = C.last_json(res["nb"].cells[-1])
        venv = Path(colab_python).parents[1]
        assert Path(info["file"]).is_relative_to(venv), (
            f"lecture_utils came from {info['file']}, not the install"
        )
        assert info["colab"] is True
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


@pytest.fixture(scope="module")
def nowidgets_runs(nowidgets_python):
    books = {}
    for path in NOTEBOOKS:
        book = nbformat.read(path, as_version=4)
        book.cells.append(
            nbformat.v4.new_code_cell(
                "import importlib.util, json\n"
                "print(json.dumps({'ipywidgets': importlib.util.find_spec('ipywidgets') is not None,\n"
                "                  'static': lu.static_mode()}))"
            )
        )
        books[C.nb_id(path)] = book
    with C.timed("no ipywidgets: run"):
        return C.run_notebooks(nowidgets_python, books, checkout_env())


@pytest.mark.parametrize("path", NOTEBOOKS, ids=C.nb_id)
def test_without_ipywidgets_every_notebook_runs_and_shows_its_figures(nowidgets_runs, path):
    from lecture_utils.sliders import NO_WIDGETS_HINT

    res = nowidgets_runs[C.nb_id(path)]
    assert res["error"] is None, res["error"]
    book = res["nb"]
    bad = C.problems(book)
    assert not bad, f"{path.name} without ipywidgets:\n" + "\n".join(bad)
    assert C.last_json(book.cells[-1]) == {"ipywidgets": False, "static": True}
    committed = [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
    ran = [c for c in book.cells if c.cell_type == "code"][: len(committed)]
    hints = 0
    for i, (want, got) in enumerate(zip(committed, ran, strict=True)):
        outs = coalesced(got.get("outputs", []))
        for j, o in enumerate(outs):
            if o.output_type == "stream" and NO_WIDGETS_HINT in o.text:
                hints += o.text.count(NO_WIDGETS_HINT)
                assert o.text.rstrip("\n").endswith(NO_WIDGETS_HINT), (
                    f"cell {i}: the hint is not followed by its figure"
                )
                follow = outs[j + 1] if j + 1 < len(outs) else {}
                assert "image/png" in follow.get("data", {}), (
                    f"code cell {i}: the hint is not followed by the figure"
                )
        if "nbval-ignore-output" in want.metadata.get("tags", []):
            continue
        assert comparable(got, NO_WIDGETS_HINT) == comparable(want, NO_WIDGETS_HINT), (
            f"code cell {i} differs from the committed (static) output:\n{want.source[:300]}"
        )
    if path in SLIDER_NOTEBOOKS:
        assert hints, f"{path.name} has slider figures, yet no line says how to get the sliders"
    assert "\n" not in NO_WIDGETS_HINT, "the hint must be one line"


def test_colab_pins_file_names_its_python_and_date():
    text = C.CONSTRAINTS.read_text()
    assert re.search(r"read \d{4}-\d{2}", text), "say when Colab's versions were read"
    assert re.fullmatch(r"\d+\.\d+", C.constraint_python())
    assert set(PINS) == {"numpy", "matplotlib", "ipywidgets", "ipython", "ipykernel"}


def test_a_notebook_needs_nothing_but_its_kernel(tmp_path):
    """Sanity of the runner itself: it runs in another python and reports that python."""
    book = nbformat.v4.new_notebook()
    book.cells = [nbformat.v4.new_code_cell("import sys, json; print(json.dumps({'exe': sys.executable}))")]
    book.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    res = C.run_notebooks(
        sys.executable, {"x": book}, C.learner_env(jupyter_home=C.jupyter_home()), jobs=1, cwd=tmp_path
    )["x"]
    assert res["error"] is None, res["error"]
    assert (
        Path(json.loads(C.stream_text(res["nb"].cells[0]))["exe"]).resolve() == Path(sys.executable).resolve()
    )

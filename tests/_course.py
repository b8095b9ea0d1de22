"""Shared plumbing for the tests that run the course where learners run it.

* which notebooks exist and which have slider figures;
* the environment a learner's kernel gets (widgets live: no ``LECTURE_UTILS_STATIC``);
* running a notebook in a kernel of the Python that runs the tests: each environment (Colab's
  pins, no ipywidgets, ...) is a nox session (``noxfile.py``) whose own pytest runs its tests;
* kernel-side code that finds every slider figure (``SliderFigure`` instances) and its live widget.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import shutil
import struct
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "notebooks"))
import build  # noqa: E402  (notebooks/build.py: runs notebooks in a kernel of this very Python)

# the course's notebooks; COURSE_NOTEBOOKS points the tests at another folder (to test the tests)
NB_DIR = Path(os.environ.get("COURSE_NOTEBOOKS", ROOT / "notebooks")).resolve()
TESTS = ROOT / "tests"
ARTIFACTS = TESTS / "artifacts"
CONSTRAINTS = TESTS / "colab-constraints.txt"
SLIDER_RE = re.compile(r"lu\.explorers\.\w+\(|SliderFigure\(")
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"

#: seconds spent per phase, shown at the end of the run (tests/conftest.py)
TIMINGS: dict[str, float] = {}
#: lines shown at the end of the run (fallbacks taken, measurements)
NOTES: list[str] = []


def notebooks() -> list[Path]:
    """Every course notebook that exists now (they are written one by one)."""
    return sorted(NB_DIR.glob("[0-9][0-9]_*.ipynb"))


#: Hangul syllables; and the commonest English words: a line of five words or more with three of them
#: and no Hangul reads as English (a Korean text's untranslated sentence)
HANGUL = re.compile(r"[\uac00-\ud7a3]")
COMMON_ENGLISH = {"the", "a", "an", "is", "are", "of", "to", "and", "not", "it", "with", "this", "that", "we"}
COMMON_ENGLISH |= {"you", "your", "be", "was", "were", "for", "in", "on", "what", "which", "each", "should"}
COMMON_ENGLISH |= {"returned", "expected"}


def english_sentences(text: str) -> list[str]:
    """The sentences (split at line ends and . ; : ! ?) of ``text`` that read as English."""
    found = []
    for line in re.split(r"[\n.;:!?]", text):
        words = re.findall(r"[a-z]+", line.lower())
        if not HANGUL.search(line) and len(words) >= 5 and len(COMMON_ENGLISH & set(words)) >= 3:
            found.append(line.strip())
    return found


def korean_notebooks() -> list[Path]:
    """The Korean edition's notebooks (notebooks/ko/: the same code, Korean prose and messages)."""
    return sorted((NB_DIR / "ko").glob("[0-9][0-9]_*.ipynb"))


def both_editions() -> list[Path]:
    return notebooks() + korean_notebooks()


def edition(path: Path) -> str:
    return "ko" if path.parent.name == "ko" else "en"


def code_of(path: Path) -> str:
    book = nbformat.read(path, as_version=4)
    return "\n".join(c.source for c in book.cells if c.cell_type == "code")


def slider_notebooks() -> list[Path]:
    """The notebooks whose code builds a slider figure (an explorer or a SliderFigure)."""
    return [p for p in notebooks() if SLIDER_RE.search(code_of(p))]


def nb_id(path: Path) -> str:
    """03 for the English notebook 03, 03-ko for the Korean one."""
    return path.name[:2] + ("-ko" if edition(path) == "ko" else "")


def hint(path: Path) -> str:
    """The "how to get the sliders" line, as the notebook at ``path`` says it."""
    from lecture_utils import i18n
    from lecture_utils.sliders import NO_WIDGETS_HINT

    saved = os.environ.get(i18n.ENV)
    os.environ[i18n.ENV] = edition(path)
    try:
        return i18n._(NO_WIDGETS_HINT)
    finally:
        if saved is None:
            del os.environ[i18n.ENV]
        else:
            os.environ[i18n.ENV] = saved


@contextlib.contextmanager
def timed(phase: str):
    t0 = time.perf_counter()
    try:
        yield
    finally:
        TIMINGS[phase] = TIMINGS.get(phase, 0.0) + time.perf_counter() - t0


_JUPYTER_HOME: list[Path] = []


def jupyter_home() -> Path:
    """A private Jupyter data/config/runtime folder for this test session (removed at exit)."""
    if not _JUPYTER_HOME:
        import atexit

        _JUPYTER_HOME.append(Path(tempfile.mkdtemp(prefix="course-jupyter-")))
        atexit.register(shutil.rmtree, _JUPYTER_HOME[0], True)
    return _JUPYTER_HOME[0]


def learner_env(extra: dict | None = None, *, jupyter_home: Path | None = None) -> dict:
    """The environment of a learner's kernel: sliders live, the inline backend, no test switches.

    ``notebooks/conftest.py`` sets LECTURE_UTILS_STATIC=1 and MPLBACKEND=Agg for nbval; a learner has
    neither. JUPYTER_DATA_DIR/CONFIG_DIR point into ``jupyter_home`` so that no kernelspec or config
    of the person running the tests is picked up (the kernel is the environment's own python).
    """
    env = {
        k: v for k, v in os.environ.items() if k not in {"LECTURE_UTILS_STATIC", "MPLBACKEND", "PYTHONPATH"}
    }
    env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"  # debugpy's frozen-modules notice on the kernel's own stderr
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PIP_ROOT_USER_ACTION"] = "ignore"  # CI runs as root; a learner's pip says nothing about it
    if jupyter_home is not None:
        for var, sub in (
            ("JUPYTER_DATA_DIR", "data"),
            ("JUPYTER_CONFIG_DIR", "config"),
            ("JUPYTER_RUNTIME_DIR", "runtime"),
            ("IPYTHONDIR", "ipython"),
        ):
            (jupyter_home / sub).mkdir(parents=True, exist_ok=True)
            env[var] = str(jupyter_home / sub)
    env.update(extra or {})
    return env


# ---------------------------------------------------------------------------
# Colab's pins, and running a notebook


def constraint_pins(path: Path = CONSTRAINTS) -> dict[str, str]:
    """{package: version} from the ``name==version`` lines of the constraints file."""
    pins = {}
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name, ver = line.split("==")
            pins[name.strip().lower()] = ver.strip()
    return pins


def constraint_python(path: Path = CONSTRAINTS) -> str:
    """The Python version named on the constraints file's ``# python: X.Y`` line."""
    m = re.search(r"^#\s*python:\s*(\d+\.\d+)", path.read_text(), re.M)
    if not m:
        raise AssertionError(f"{path.name} must name Colab's Python on a line '# python: X.Y'")
    return m.group(1)


def run_notebook(book, env: dict, *, cwd: Path = NB_DIR, timeout: int = 300):
    """Execute ``book`` in place in a fresh kernel of this Python (the environment the session made),
    errors kept as outputs; returns it."""
    return build.run(book, env=env, cwd=cwd, timeout=timeout, allow_errors=True)


def outputs(book) -> list[tuple[int, dict]]:
    """(code cell index, output) for every output of every code cell."""
    res = []
    for i, cell in enumerate(c for c in book.cells if c.cell_type == "code"):
        for out in cell.get("outputs", []):
            res.append((i, out))
    return res


def problems(book, *, skip_cells=()) -> list[str]:
    """Errors and stderr in an executed notebook, each as one readable line."""
    bad = []
    for i, out in outputs(book):
        if i in skip_cells:
            continue
        if out.output_type == "error":
            bad.append(f"code cell {i}: {out.ename}: {out.evalue}")
        elif out.output_type == "stream" and out.name == "stderr":
            bad.append(f"code cell {i} wrote to stderr: {out.text.strip()[:400]}")
    return bad


def stream_text(cell, name="stdout") -> str:
    return "".join(o.text for o in cell.get("outputs", []) if o.output_type == "stream" and o.name == name)


def last_json(cell) -> dict:
    """The JSON object printed on the last line of a cell's stdout."""
    lines = [ln for ln in stream_text(cell).splitlines() if ln.startswith("{")]
    assert lines, f"the probe cell printed no report; its outputs: {cell.get('outputs')}"
    return json.loads(lines[-1])


def png_size(b64: str) -> tuple[int, int]:
    raw = base64.b64decode(b64)
    assert raw[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", raw[16:24])


# ---------------------------------------------------------------------------
# Kernel-side code (runs inside a notebook's kernel, on ipywidgets 7 or 8, or without ipywidgets)

#: defines __course_live(): {VBox model id: the SliderFigure it shows, as JSON-able facts}
KERNEL_LIVE_FIGURES = r"""
def __course_live():
    import gc
    from lecture_utils.sliders import SliderFigure
    try:
        import ipywidgets
    except ImportError:
        return {}
    figs = [o for o in gc.get_objects() if isinstance(o, SliderFigure)]
    found = {}
    for box in [o for o in gc.get_objects() if isinstance(o, ipywidgets.VBox)]:
        for f in figs:
            if f._image is not None and any(c is f._image for c in box.children):
                found[box.model_id] = (box, f)
    return found


def __course_value(v):
    import numbers
    try:
        if isinstance(v, numbers.Integral) and not isinstance(v, bool):
            return int(v)
        return float(v) if not isinstance(v, str) else v
    except (TypeError, ValueError):
        return repr(v)


def __course_facts(f):
    return {
        "title": f.title,
        "values": {k: __course_value(v) for k, v in f.values.items()},
        "labels": {k: str(v) for k, v in f.values.items()},
        "status": f._status.value if f._status is not None else "",
        "controls": [dict(name=c.name, kind=c.kind, min=__course_value(c.min), max=__course_value(c.max),
                          step=__course_value(c.step), play=c.play, options=[__course_value(o) for o in c.options])
                     for c in f.controls],
    }


def __course_probe():
    import json
    print(json.dumps({mid: __course_facts(f) for mid, (box, f) in __course_live().items()}))
"""

"""Shared plumbing for the tests that run the course where learners run it.

* which notebooks exist and which have slider figures;
* the environment a learner's kernel gets (widgets live: no ``LECTURE_UTILS_STATIC``);
* test virtual environments (Colab's pins, no ipywidgets), cached under ``.venv-*/`` at the
  repository root and keyed by a hash of what they hold, so repeated local runs reuse them;
* running notebooks in such an environment (``tests/_nbrun.py`` with that environment's python);
* kernel-side code that finds every slider figure (``SliderFigure`` instances) and its live widget.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
# the course's notebooks; COURSE_NOTEBOOKS points the tests at another folder (to test the tests)
NB_DIR = Path(os.environ.get("COURSE_NOTEBOOKS", ROOT / "notebooks")).resolve()
TESTS = ROOT / "tests"
ARTIFACTS = TESTS / "artifacts"
CONSTRAINTS = TESTS / "colab-constraints.txt"
#: what the Colab environment holds besides Colab's pins (tests and the benchmark share it)
COLAB_PACKAGES = [
    "numpy",
    "matplotlib",
    "ipywidgets",
    "ipython",
    "ipykernel",
    "nbval",
    "nbclient",
    "nbformat",
    "pytest",
    "hatchling",  # lecture_utils's build backend, so that the setup-cell test installs with no index at all
]
SLIDER_RE = re.compile(r"lu\.explorers\.\w+\(|SliderFigure\(")
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"

#: seconds spent per phase, shown at the end of the run (tests/conftest.py)
TIMINGS: dict[str, float] = {}
#: lines shown at the end of the run (fallbacks taken, measurements)
NOTES: list[str] = []


def notebooks() -> list[Path]:
    """Every course notebook that exists now (they are written one by one)."""
    return sorted(NB_DIR.glob("[0-9][0-9]_*.ipynb"))


def code_of(path: Path) -> str:
    book = nbformat.read(path, as_version=4)
    return "\n".join(c.source for c in book.cells if c.cell_type == "code")


def slider_notebooks() -> list[Path]:
    """The notebooks whose code builds a slider figure (an explorer or a SliderFigure)."""
    return [p for p in notebooks() if SLIDER_RE.search(code_of(p))]


def nb_id(path: Path) -> str:
    return path.name[:2]


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
# Test virtual environments


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


def _version_of(python: str) -> str | None:
    try:
        res = subprocess.run(
            [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except OSError:
        return None
    return res.stdout.strip() if res.returncode == 0 else None


def find_python(version: str) -> tuple[str, str | None]:
    """An interpreter of ``version`` (PATH, then pyenv); else python3, with a note saying so."""
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates = [shutil.which(f"python{version}")]
    candidates += sorted((str(p) for p in pyenv.glob(f"{version}*/bin/python{version}")), reverse=True)
    for c in candidates:
        if c and _version_of(c) == version:  # a pyenv shim of an inactive version fails here
            return c, None
    fallback = shutil.which("python3") or sys.executable
    note = (
        f"Colab's Python {version} was not found (looked for python{version} on PATH and in pyenv); "
        f"the Colab environment uses {fallback} (Python {_version_of(fallback)}) instead"
    )
    return fallback, note


def _pip(python: str, args: list[str], env: dict, log: Path) -> None:
    cmd = [python, "-m", "pip", "install", "--disable-pip-version-check", "--no-input", *args]
    with log.open("a") as f:
        f.write("$ " + " ".join(cmd) + "\n")
        f.flush()
        proc = subprocess.run(cmd, env=env, stdout=f, stderr=subprocess.STDOUT)
    if proc.returncode:
        tail = "\n".join(log.read_text().splitlines()[-30:])
        raise RuntimeError(f"pip install failed in {log.parent} (exit {proc.returncode}):\n{tail}")


def ensure_venv(name: str, python: str, packages: list[str], constraints: Path | None = None) -> Path:
    """A virtual environment ``ROOT/.venv-NAME-HASH`` holding ``packages`` (made once, then reused).

    The hash covers the interpreter's version, the package list and the constraints file, so
    editing any of them makes a new environment (the old one is removed).
    """
    version = subprocess.run(
        [python, "-c", "import sys; print(sys.version)"], capture_output=True, text=True, check=True
    ).stdout.strip()
    key = json.dumps([name, version, packages, constraints.read_text() if constraints else ""])
    digest = hashlib.sha256(key.encode()).hexdigest()[:12]
    path = ROOT / f".venv-{name}-{digest}"
    locks = ROOT / ".venv-locks"  # a folder: .gitignore's .venv-*/ covers it
    locks.mkdir(exist_ok=True)
    with (locks / f"{name}.lock").open("w") as lk:
        try:  # two test runs at once must not build the same environment
            import fcntl

            fcntl.flock(lk, fcntl.LOCK_EX)
        except ImportError:  # Windows: no lock
            pass
        if (path / ".complete").exists():
            return path
        for old in ROOT.glob(f".venv-{name}-*"):
            shutil.rmtree(old, ignore_errors=True)
        with timed(f"create .venv-{name}"):
            subprocess.run([python, "-m", "venv", str(path)], check=True)
            env = learner_env()
            log = path / "install.log"
            py = venv_python(path)
            _pip(py, [*(["-c", str(constraints)] if constraints else []), *packages], env, log)
        (path / ".complete").write_text(key)
    return path


def venv_python(venv: Path) -> str:
    windows = venv / "Scripts" / "python.exe"
    return str(windows if windows.exists() else venv / "bin" / "python")


def installed_versions(python: str, names) -> dict[str, str | None]:
    code = (
        "import json, sys\nfrom importlib import metadata\nout = {}\n"
        f"for n in {list(names)!r}:\n"
        "    try: out[n] = metadata.version(n)\n"
        "    except metadata.PackageNotFoundError: out[n] = None\n"
        "print(json.dumps(out))"
    )
    res = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


# ---------------------------------------------------------------------------
# Running notebooks in another environment


def run_notebooks(
    python: str,
    books: dict[str, nbformat.NotebookNode],
    env: dict,
    *,
    jobs: int = 2,
    timeout: int = 180,
    cwd: Path = NB_DIR,
) -> dict[str, dict]:
    """Execute notebooks with ``python``'s nbclient (so their kernel is that environment's python).

    ``books`` maps a name to a notebook. Up to ``jobs`` notebooks run side by side, each in its own
    runner process, taken in order as workers free up. Returns {name: {"nb": executed notebook or
    None, "error": runner failure or None, "seconds": float, "log": runner output}}.
    """
    from concurrent.futures import ThreadPoolExecutor

    work = Path(tempfile.mkdtemp(prefix="course-nbrun-"))

    def run(name):
        src, out, spec = work / f"{name}.in.ipynb", work / f"{name}.out.ipynb", work / f"{name}.json"
        nbformat.write(books[name], src)
        item = {"name": name, "in": str(src), "out": str(out), "cwd": str(cwd), "timeout": timeout}
        spec.write_text(json.dumps([item]))
        try:
            proc = subprocess.run(
                [python, str(TESTS / "_nbrun.py"), str(spec)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                timeout=timeout * 4,
            )
            log, code = proc.stdout, proc.returncode
        except subprocess.TimeoutExpired as exc:
            log, code = str(exc.stdout or ""), "timeout"
        report = Path(f"{spec}.report")
        done = json.loads(report.read_text()) if report.exists() else {}
        info = done.get(name, {"error": f"runner exited {code}:\n{log[-3000:]}", "seconds": 0.0})
        book = nbformat.read(out, as_version=4) if out.exists() else None
        return name, {"nb": book, "error": info["error"], "seconds": info["seconds"], "log": log}

    try:
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            return dict(pool.map(run, list(books)))
    finally:
        shutil.rmtree(work, ignore_errors=True)


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

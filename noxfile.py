"""Every test of the course, each in the environment it needs (https://nox.thea.codes).

    nox                          # every test (the sessions below marked "default"), as CI runs them
    nox -s notebook -- 03        # the fast path for one notebook: build, sync check, its tests
    nox -s build -- 03 04        # rebuild notebooks in the pinned build environment (none: all ten)
    nox -s bump                  # re-pin the build environment to today's releases, rebuild all
    nox -s messages              # the Korean message catalogue in line with the code (Babel)
    nox -s benchmark -- --only sliders --no-write
    nox -l                       # list the sessions

Default sessions: lint, tests (unit tests, slider sweep, repository checks), nbval (every notebook
against its saved outputs), colab (Colab's pins on Colab's Python), nowidgets, outputs (a rebuild
in the pinned environment: text and images as committed), browser (JupyterLab 4 in Chromium).

Environments are kept in ``.nox/`` and reused; ``-R`` also skips their install step (fastest).
CI (``.ci/run``) makes every environment afresh.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
BUILD_PINS = ROOT / "notebooks" / "build-constraints.txt"
COLAB_PINS = ROOT / "tests" / "colab-constraints.txt"

nox.options.default_venv_backend = "uv|virtualenv"
# uv installs without compiling bytecode; where PYTHONDONTWRITEBYTECODE is set (CI machines often set
# it) no .pyc is ever written, so every process (a kernel, a build, pytest) would compile numpy,
# matplotlib, IPython... afresh: about 0.9 s of CPU each. Compiled once at install, they load fast.
os.environ.setdefault("UV_COMPILE_BYTECODE", "1")
nox.options.reuse_venv = "yes"
# Pythons come from this machine (PATH, pyenv), never downloaded: a missing one skips its session
# with nox's "Python interpreter X not found", and fails it where CI is set
nox.options.download_python = "never"
nox.options.sessions = ["lint", "tests", "nbval", "colab", "nowidgets", "outputs", "browser"]

#: the groups of tests that need an environment of their own (tests/conftest.py leaves them out
#: of a plain ``pytest`` run; each session below selects its own with -m)
GROUPS = ["browser", "colab", "nowidgets", "pinned"]
#: what the pinned build environment holds (its exact versions: notebooks/build-constraints.txt)
BUILD_PACKAGES = ["-e", ".", "ipykernel", "nbclient", "nbformat", "jupytext", "pytest", "nbval", "babel"]
BUILD_PACKAGES += ["pytest-xdist"]  # the fast path's tests on every core
#: Colab's environment: Colab's pins, the test tools, pip (the setup cell's own pip) and
#: hatchling (lecture_utils's build backend: the setup-cell test installs with no index at all)
COLAB_PACKAGES = ["numpy", "matplotlib", "ipywidgets", "ipython", "ipykernel"]
COLAB_PACKAGES += ["nbval", "nbclient", "nbformat", "pytest", "pip", "hatchling"]


def named_python(pins: Path) -> str:
    """The Python version a pins file names on its ``# python: X.Y`` line."""
    m = re.search(r"^#\s*python:\s*(\d+\.\d+)\s*$", pins.read_text(), re.M)
    if not m:
        raise SystemExit(f"{pins.name} must name its Python on a line '# python: X.Y'")
    return m.group(1)


def ruff_pin() -> str:
    """``ruff==X`` as requirements-dev.txt pins it (one pin for the tests, nox and pre-commit)."""
    return next(
        ln.split("#")[0].strip()
        for ln in (ROOT / "requirements-dev.txt").read_text().splitlines()
        if ln.startswith("ruff==")
    )


# pyenv's shims answer `python3.13` only for pyenv's active versions: make every installed one
# active for nox's interpreter lookup (the first stays what plain `python3` is)
if "PYENV_VERSION" not in os.environ and shutil.which("pyenv"):
    _pyenv = subprocess.run(["pyenv", "versions", "--bare", "--skip-aliases"], capture_output=True, text=True)
    _active = subprocess.run(["pyenv", "version-name"], capture_output=True, text=True).stdout.strip()
    _versions = [v for v in _pyenv.stdout.split() if "/" not in v]
    if _versions:
        os.environ["PYENV_VERSION"] = ":".join(
            dict.fromkeys(v for v in [*_active.split(":"), *_versions] if v)
        )

BUILD_PYTHON = named_python(BUILD_PINS)
COLAB_PYTHON = named_python(COLAB_PINS)


def pytest(session, *args):
    """pytest with this session's own cache (`nox -s tests -- --lf` reruns what failed there)."""
    cache = f"cache_dir=.pytest_cache/nox-{session.name}"
    session.run("python", "-m", "pytest", "-o", cache, *args, *session.posargs)


@nox.session
def lint(session):
    """ruff (pinned), and every notebook in sync with its source (what pre-commit runs)."""
    session.install(ruff_pin(), "jupytext", "nbformat")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("python", "notebooks/build.py", "--check")


@nox.session
def tests(session):
    """Unit tests, the slider sweep, the repository's promises: today's libraries."""
    session.install("-r", "requirements-dev.txt")
    pytest(session, "tests")


@nox.session
def nbval(session):
    """Every notebook under nbval against its saved outputs: today's libraries."""
    session.install("-r", "requirements-dev.txt")
    pytest(session, "notebooks")


@nox.session(python=COLAB_PYTHON)
def colab(session):
    """Colab's stack (tests/colab-constraints.txt, on its Python; CI fails without that Python):
    nbval against the saved outputs, the sliders live on ipywidgets 7, the setup cell offline, the
    renderer's tests. lecture_utils is imported from this checkout (PYTHONPATH), never installed:
    the setup-cell test installs it itself."""
    session.install("-c", str(COLAB_PINS), *COLAB_PACKAGES)
    session.env["PYTHONPATH"] = str(ROOT)
    # Colab's matplotlib 3.10.0 calls pyparsing names (oneOf, ...) that today's pyparsing deprecates:
    # that one warning class is filtered, every other warning stays an error
    pytest(
        session,
        "-m",
        "colab or not (" + " or ".join(GROUPS) + ")",
        "-W",
        "ignore::pyparsing.warnings.PyparsingDeprecationWarning",
        "--nbval-cell-timeout=300",
        "notebooks",
        "tests/test_environments.py",
        "tests/test_render.py",
    )


@nox.session
def nowidgets(session):
    """The course without ipywidgets: every notebook runs, figures still, one line on sliders."""
    session.install("numpy", "matplotlib", "ipykernel", "nbclient", "nbformat", "nbval", "pytest")
    session.install("--no-deps", "-e", ".")
    pytest(session, "-m", "nowidgets", "tests/test_environments.py")


@nox.session(python=BUILD_PYTHON)
def outputs(session):
    """Every notebook rebuilt in the pinned build environment: text outputs and images (within
    matplotlib's image-comparison tolerance) as committed, metadata naming the pins."""
    session.install("-c", str(BUILD_PINS), *BUILD_PACKAGES)
    session.env["COURSE_PINNED"] = "1"  # here a version that differs from the pins fails, never skips
    pytest(session, "-m", "pinned", "tests/test_outputs.py")


@nox.session
def browser(session):
    """Every slider in JupyterLab 4 in headless Chromium (needs Chromium: see README)."""
    session.install("-r", "requirements-dev.txt")
    pytest(session, "-m", "browser", "tests/test_browser.py")


@nox.session(python=BUILD_PYTHON, default=False)
def build(session):
    """Rebuild notebooks (`-- 03 04`; none: all) in the pinned build environment."""
    session.install("-c", str(BUILD_PINS), *BUILD_PACKAGES)
    session.run("python", "notebooks/build.py", *session.posargs)


@nox.session(python=BUILD_PYTHON, default=False)
def notebook(session):
    """The fast path for one notebook (`-- 03`): build it, check it is in sync, run nbval on it and
    its own tests (those parametrized by it), in the pinned build environment."""
    numbers = [a for a in session.posargs if re.fullmatch(r"\d\d", a)]
    if not numbers:
        session.error("name the notebook: nox -s notebook -- 03")
    session.install("-c", str(BUILD_PINS), *BUILD_PACKAGES)
    # seconds count here: Python may keep its compiled bytecode (the .gitignored __pycache__ folders)
    # even where PYTHONDONTWRITEBYTECODE is set, so pytest's assertion rewriting and the course's own
    # modules are not compiled afresh on every run
    session.env["PYTHONDONTWRITEBYTECODE"] = ""
    session.run("python", "notebooks/build.py", *numbers)  # both editions, one kernel per core
    session.run("python", "notebooks/build.py", "--check", *numbers)
    books = [
        str(p.relative_to(ROOT))
        for n in numbers
        for p in [*ROOT.glob(f"notebooks/{n}_*.ipynb"), *ROOT.glob(f"notebooks/ko/{n}_*.ipynb")]
    ]
    rest = [a for a in session.posargs if a not in numbers]
    cores = min(os.cpu_count() or 1, 4)
    spread = ["-n", str(cores), "--dist", "loadfile"] if cores > 1 else []  # a notebook's cells: one worker
    session.run(
        "python",
        "-m",
        "pytest",
        "-o",
        "cache_dir=.pytest_cache/nox-notebook",
        *spread,
        "-m",
        "not (" + " or ".join(GROUPS) + ")",
        "-k",
        " or ".join(f"[{n}] or [{n}-ko] or {n}_" for n in numbers),
        *books,
        "tests",
        *rest,
    )


#: the Korean message catalogue (gettext): lecture_utils/i18n.py says how messages are marked
CATALOGUE = ROOT / "lecture_utils" / "locale" / "ko" / "LC_MESSAGES" / "lecture_utils.po"


@nox.session(default=False)
def messages(session):
    """The Korean message catalogue in line with the code (Babel): extract every marked message,
    merge into lecture_utils/locale/ko/LC_MESSAGES/lecture_utils.po (a new message comes empty, a
    changed one fuzzy, with its old translation), compile the .mo. Translate what is empty or fuzzy
    (drop the fuzzy flag), then run it again: tests/test_messages.py fails until every message has
    its Korean."""
    session.install("babel")
    pot = Path(session.create_tmp()) / "lecture_utils.pot"
    where = ["-i", str(pot), "-o", str(CATALOGUE), "-l", "ko", "--width=110"]
    session.run(
        "pybabel", "extract", "--add-location=file", "--sort-output", "--width=110",
        "--project=lecture_utils", "--omit-header", "-o", str(pot), "lecture_utils",
    )  # fmt: skip
    if CATALOGUE.exists():
        session.run(
            "pybabel", "update", *where, "--ignore-obsolete", "--previous", "--ignore-pot-creation-date"
        )
    else:
        session.run("pybabel", "init", *where)
    # compiled with Babel's API, not `pybabel compile`: its check reads "50% is" as a %-format and
    # refuses the Korean; the messages here are str.format templates, which tests/test_messages.py checks
    session.run(
        "python",
        "-c",
        "import sys\n"
        "from babel.messages.mofile import write_mo\n"
        "from babel.messages.pofile import read_po\n"
        "po, mo = sys.argv[1], sys.argv[2]\n"
        "with open(po, 'rb') as f:\n"
        "    catalog = read_po(f)\n"
        "with open(mo, 'wb') as f:\n"
        "    write_mo(f, catalog)\n",
        str(CATALOGUE),
        str(CATALOGUE.with_suffix(".mo")),
    )


@nox.session(python=BUILD_PYTHON, default=False, venv_backend="uv|virtualenv", reuse_venv="no")
def bump(session):
    """Re-pin the build environment to today's releases (notebooks/build-constraints.txt), then
    rebuild every notebook in it (the build session). Review the image diffs, commit both."""
    session.install("--upgrade", *BUILD_PACKAGES)
    listing = session.run(
        "python",
        "-c",
        "from importlib import metadata\n"
        "for d in sorted(metadata.distributions(), key=lambda d: d.metadata['Name'].lower()):\n"
        "    n = d.metadata['Name']\n"
        "    if n.lower().replace('_', '-') not in {'lecture-utils', 'pip', 'setuptools', 'wheel'}:\n"
        "        print(f'{n}=={d.version}')",
        silent=True,
    )
    if listing is None:  # --install-only
        return
    head = [ln for ln in BUILD_PINS.read_text().splitlines() if ln.startswith("#")]
    BUILD_PINS.write_text("\n".join([*head, *listing.split()]) + "\n")
    session.log(f"wrote {BUILD_PINS.relative_to(ROOT)}; rebuilding every notebook with it")
    session.notify("build")


@nox.session(default=False)
def benchmark(session):
    """tests/benchmark.py (its Colab section uses the colab session's environment, made first)."""
    session.install("-r", "requirements-dev.txt", "threadpoolctl")
    session.run(sys.executable, "-m", "nox", "-s", "colab", "--install-only", external=True)
    session.env["COURSE_COLAB_PYTHON"] = str(ROOT / ".nox" / "colab" / "bin" / "python")
    session.run("python", "tests/benchmark.py", *session.posargs)

"""The repository's promises: environments agree, notebooks follow the frame,
sources and notebooks are in sync, outputs are clean, lint passes."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NB_DIR = ROOT / "notebooks"
sys.path.insert(0, str(NB_DIR))
import build  # noqa: E402  (notebooks/build.py: the one place the course's links are made)

NOTEBOOKS = sorted(NB_DIR.glob("[0-9][0-9]_*.ipynb"))
CFG = build.course_config()


def _reqs(lines):
    """{package name: specifier} from requirement lines (comments, -r and -e dropped)."""
    out = {}
    for line in lines:
        line = line.split("#", 1)[0].strip().lstrip("- ").strip()
        if not line or line.startswith(("-", ".")) or line in {"pip"} or line.startswith("python"):
            continue
        m = re.match(r"([A-Za-z0-9_.-]+)\s*(.*)", line)
        out[m.group(1).lower()] = m.group(2).replace(" ", "")
    return out


def test_requirements_and_environment_yml_agree():
    req = _reqs((ROOT / "requirements.txt").read_text().splitlines())
    env_text = (ROOT / "environment.yml").read_text()
    pip_block = env_text.split("- pip:", 1)[1].splitlines()
    env = _reqs(line for line in pip_block if line.strip().startswith("- "))
    assert req == env, f"requirements.txt {req} != environment.yml {env}"
    assert "-e ." in (ROOT / "requirements.txt").read_text() and "- -e ." in env_text
    for line in pip_block:  # environment.yml says why each package is there
        if line.strip().startswith("- "):
            assert "#" in line, f"environment.yml: no reason given for {line.strip()!r}"


def test_package_dependencies_match_the_course_requirements():
    import tomllib

    deps = _reqs(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"])
    req = _reqs((ROOT / "requirements.txt").read_text().splitlines())
    assert set(deps) == {"numpy", "matplotlib", "ipywidgets"}
    for name, spec in deps.items():
        assert req[name] == spec, f"{name}: pyproject {spec!r} vs requirements.txt {req[name]!r}"
        assert "<" not in spec or name == "ipywidgets", f"{name} must have no upper pin"


def test_colab_pins_satisfy_the_package_ranges():
    """Installing lecture_utils in Colab must upgrade nothing."""
    import tomllib
    from packaging.requirements import Requirement

    colab = {}
    for line in (ROOT / "tests" / "colab-constraints.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name, ver = line.split("==")
            colab[name.strip().lower()] = ver.strip()
    for dep in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]:
        r = Requirement(dep)
        assert r.specifier.contains(colab[r.name.lower()]), f"{dep} rejects Colab's {colab[r.name.lower()]}"


def test_there_are_ten_notebooks_each_built_from_its_source():
    numbers = [p.name[:2] for p in NOTEBOOKS]
    assert numbers == [f"{i:02d}" for i in range(1, 11)], f"notebooks found: {numbers}"
    assert build.check([]) == 0, "a notebook differs from its source: run python notebooks/build.py NN"


@pytest.fixture(params=NOTEBOOKS, ids=lambda p: p.name[:2])
def nb(request):
    return request.param, nbformat.read(request.param, as_version=4)


def test_notebook_frame(nb):
    path, book = nb
    cells = book.cells
    title = cells[0].source
    assert cells[0].cell_type == "markdown" and title.startswith(f"# {path.name[:2]} ")
    assert build.colab_url(CFG, path.name) in title, "the Colab badge must open this very notebook"
    assert cells[1].cell_type == "code"
    assert cells[1].source == build.SETUP_CELL.format(spec=build.install_spec(CFG))
    assert "import lecture_utils as lu" in cells[2].source
    md = "\n".join(c.source for c in cells if c.cell_type == "markdown")
    assert "## In this notebook, we aim at:" in md
    assert "## In this notebook, we learned:" in md
    assert "## Exercises" in md
    assert md.count("<summary>Solution</summary>") >= 2, "2-4 exercises, each with a hidden solution"
    number = int(path.name[:2])
    if number < 10:
        nxt = next(p.name for p in NOTEBOOKS if p.name.startswith(f"{number + 1:02d}"))
        assert f"({nxt})" in md, f"no link to the next notebook {nxt}"


def test_notebook_outputs_are_clean(nb):
    path, book = nb
    code = [c for c in book.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1)), "not one fresh run"
    for i, c in enumerate(code):
        for out in c.outputs:
            assert out.output_type != "error", f"code cell {i} stored an error"
            assert not (out.output_type == "stream" and out.name == "stderr"), (
                f"code cell {i} wrote to stderr"
            )
            text = "".join(out.get("data", {}).get("text/plain", ""))
            assert not text.startswith("<Figure size"), f"code cell {i} prints a <Figure ...> repr"
    assert path.stat().st_size < 3e6, "notebook over 3 MB"


def test_notebook_has_a_slider_figure(nb):
    path, book = nb
    code = "\n".join(c.source for c in book.cells if c.cell_type == "code")
    assert re.search(r"lu\.explorers\.\w+\(|SliderFigure\(", code), "every notebook has a slider figure"


SOLUTION_RE = re.compile(r"<summary>Solution</summary>.*?```python\n(.*?)```", re.S)


def _with_solutions(book, solution_re=SOLUTION_RE):
    """A copy of the notebook with each hidden solution run right after its markdown cell (the Korean
    edition's are found by its own ``solution_re``: tests/test_korean_edition.py)."""
    new = nbformat.v4.new_notebook(metadata=book.metadata)
    marked = []
    for cell in book.cells:
        new.cells.append(cell)
        if cell.cell_type == "markdown":
            for code in solution_re.findall(cell.source):
                new.cells.append(nbformat.v4.new_code_cell(code))
                marked.append(len(new.cells) - 1)
    return new, marked


def test_every_solution_passes_its_check_and_every_stub_gets_feedback(nb):
    path, book = nb
    new, marked = _with_solutions(book)
    assert marked, "no solutions found"
    build.execute(new)
    for i in marked:
        text = "".join(o.get("text", "") for o in new.cells[i].outputs if o.output_type == "stream")
        assert "Correct!" in text and "Not yet" not in text, (
            f"solution failed:\n{new.cells[i].source}\n{text}"
        )
        assert re.search(r"check\w*\(", new.cells[i].source), "a solution must end with its check call"
    stub_feedback = [
        "".join(o.get("text", "") for o in c.outputs if o.output_type == "stream")
        for c in book.cells
        if c.cell_type == "code" and re.search(r"lu\.checks\.check\w*\(", c.source)
    ]
    assert stub_feedback, "no check cells"
    for text in stub_feedback:  # the unsolved stub gets told what is wrong, never a traceback
        assert text.startswith("Not yet:") and len(text) > 20, text


def test_ruff_lint_and_format():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is not installed (pip install -r requirements-dev.txt)"
    for args in (["check"], ["format", "--check"]):  # the whole repository, as nox -s lint and pre-commit
        proc = subprocess.run([ruff, *args, "."], cwd=ROOT, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stdout + proc.stderr


def _nox_sessions():
    """nox's default sessions, as noxfile.py sets them (read without importing nox)."""
    import ast

    tree = ast.parse((ROOT / "noxfile.py").read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "nox.options.sessions":
            return ast.literal_eval(node.value)
    raise AssertionError("noxfile.py sets no nox.options.sessions")


def test_readme_commands_are_the_ones_ci_runs():
    """README has exactly two commands for a newcomer (run the course; pass every test), and CI runs
    both: the first as it is, the second's install as it is and its `nox` as every default session."""
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    start = readme[readme.index("## Start here") : readme.index("### Where the course is tested")]
    blocks = [b.strip() for b in re.findall(r"```bash\n(.*?)```", start, re.S)]
    assert len(blocks) == 2, f"README's 'Start here' must hold two commands, not {len(blocks)}: {blocks}"
    install, test = blocks
    assert "requirements.txt" in install and install.endswith(" && .venv/bin/jupyter lab notebooks")
    assert install.split(" && .venv/bin/jupyter lab")[0] in ci
    assert test == ".venv/bin/pip install -r requirements-dev.txt && .venv/bin/nox"
    assert ".venv/bin/pip install -r requirements-dev.txt" in ci
    ran = [s for line in re.findall(r'"\$\{nox\[@\]\}" -s ([\w ]+?) >', ci) for s in line.split()]
    assert sorted(ran) == sorted(_nox_sessions()), f".ci/run runs {ran}, nox's default is {_nox_sessions()}"
    assert len(ran) == len(set(ran))


def test_nox_and_pytest_know_the_same_groups():
    """Every group that plain pytest leaves out (tests/conftest.py) is selected by a nox session."""
    import ast

    import conftest

    tree = ast.parse((ROOT / "noxfile.py").read_text())
    groups = next(
        ast.literal_eval(n.value)
        for n in ast.walk(tree)
        if isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == "GROUPS"
    )
    assert sorted(groups) == sorted(conftest.GROUPS)


def test_ci_deletes_nothing_in_a_working_copy():
    ci = (ROOT / ".ci" / "run").read_text()
    code = "\n".join(line.split("#", 1)[0] for line in ci.splitlines())
    assert not re.search(r"\brm\s", code), ".ci/run must not delete anything (a contributor's .venv)"
    workflow = (ROOT / ".github" / "workflows" / "ci.yml").read_text()
    assert "bash .ci/run" in workflow, "the workflow runs the same sessions as .ci/run: it runs .ci/run"


def test_ruff_is_pinned_once_for_tests_nox_and_pre_commit():
    dev = (ROOT / "requirements-dev.txt").read_text()
    pin = re.search(r"^ruff==([\d.]+)", dev, re.M)
    assert pin, "requirements-dev.txt must pin ruff (ruff==X.Y.Z): a new release can fail the lint"
    import tomllib

    test_extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"][
        "test"
    ]
    assert f"ruff=={pin[1]}" in test_extra
    pre_commit = (ROOT / ".pre-commit-config.yaml").read_text()
    assert re.search(rf"ruff-pre-commit\n\s+rev: v{re.escape(pin[1])}\b", pre_commit)
    assert "notebooks/build.py --check" in pre_commit


def test_version_setup_cells_and_changelog_agree():
    """The release checklist (CONTRIBUTING.md): the version in pyproject, the tag every setup cell
    installs from, and the CHANGELOG's newest release are one."""
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert CFG["ref"] == f"v{version}"
    spec = build.install_spec(CFG)
    assert spec.endswith(f"@v{version}")
    for path in NOTEBOOKS:
        setup = nbformat.read(path, as_version=4).cells[1].source
        tags = re.findall(r"@(v[\w.]+)\"", setup)
        assert tags == [f"v{version}"], (
            f"{path.name}: its setup cell installs {tags}, pyproject says v{version}"
        )
    for src in sorted((NB_DIR / "src").glob("[0-9][0-9]_*.py")):
        assert spec in src.read_text(), f"src/{src.name}: the setup cell does not install {spec}"
    changelog = (ROOT / "CHANGELOG.md").read_text()
    released = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d\d-\d\d|unreleased)$", changelog, re.M)
    assert released, "CHANGELOG.md has no entry '## [X.Y.Z] - YYYY-MM-DD' (or '- unreleased')"
    assert released[0][0] == version, f"CHANGELOG's newest release is {released[0][0]}, pyproject's {version}"
    if released[0][1] != "unreleased" and (ROOT / ".git").exists():  # released: the tag must be there
        tag = subprocess.run(
            ["git", "tag", "--list", f"v{version}"], cwd=ROOT, capture_output=True, text=True
        )
        assert tag.stdout.strip() == f"v{version}", (
            f"CHANGELOG dates {version}, yet there is no tag v{version}"
        )


def test_maintainer_files_exist():
    assert "MIT License" in (ROOT / "LICENSE").read_text()
    for name in ("CONTRIBUTING.md", "CHANGELOG.md", ".gitattributes", ".pre-commit-config.yaml"):
        assert (ROOT / name).is_file(), name
    assert "diff=jupyternotebook" in (ROOT / ".gitattributes").read_text()
    contributing = (ROOT / "CONTRIBUTING.md").read_text()
    for promise in (
        "nox -R -s notebook -- 03",
        "## Releasing",
        "## Add a notebook",
        "## Add a figure",
        "## Add an exercise",
        "## Where each kind of test goes",
        "nox -s bump",
    ):
        assert promise in contributing, promise
    assert ".pytest_cache/" in (ROOT / ".gitignore").read_text().split()
    import tomllib

    addopts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]["addopts"]
    assert "cacheprovider" not in addopts, "--lf needs pytest's cache"


def test_readme_lists_every_notebook_with_a_colab_badge():
    readme = (ROOT / "README.md").read_text()
    for path in NOTEBOOKS:
        assert build.colab_url(CFG, path.name) in readme, f"README has no Colab link for {path.name}"
        assert f"(notebooks/{path.name})" in readme, f"README does not link {path.name}"


def test_readme_benchmark_summary_is_the_last_benchmark_runs():
    """The README's speed numbers are written by tests/benchmark.py, never typed: its summary table
    is the one at the top of tests/benchmark-results.md, from the same run."""
    readme = (ROOT / "README.md").read_text()
    start, end = (
        "<!-- benchmark summary: written by tests/benchmark.py -->",
        "<!-- end of benchmark summary -->",
    )
    block = readme[readme.index(start) + len(start) : readme.index(end)]
    results = (ROOT / "tests" / "benchmark-results.md").read_text()
    summary = results.split("## Summary\n\n", 1)[1].split("\n\n## ", 1)[0].strip()
    assert summary.count("\n") >= 5 and summary in block
    assert re.search(r"Measured on \d{4}-\d\d-\d\d: \d+ cores", block)

"""Build the course notebooks from their text sources, and keep their links right.

    python notebooks/build.py              # every notebook: src/*.py -> *.ipynb, executed
    python notebooks/build.py 03 04        # only these
    python notebooks/build.py --check      # fail if any .ipynb differs from its source
    python notebooks/build.py --links      # rewrite badges/setup cells from pyproject.toml

Each notebook's source is a jupytext "percent" script in ``notebooks/src/``
(easy to review and lint). Building converts it, executes it top to bottom in a
fresh kernel with slider figures in static mode (``LECTURE_UTILS_STATIC=1``), and
writes ``notebooks/NN_name.ipynb`` with its outputs, without timestamps or
other run-to-run noise: building twice leaves no diff in text outputs.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SRC = HERE / "src"

KERNELSPEC = {"display_name": "Python 3", "language": "python", "name": "python3"}


def course_config() -> dict:
    """``[tool.course]`` and the version from pyproject.toml (the one place they are set)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib
    data = tomllib.loads(text)
    cfg = dict(data["tool"]["course"])
    cfg["ref"] = "v" + data["project"]["version"]
    return cfg


def colab_url(cfg: dict, name: str) -> str:
    return f"https://colab.research.google.com/github/{cfg['repo']}/blob/{cfg['branch']}/notebooks/{name}"


def install_spec(cfg: dict) -> str:
    return f"lecture_utils @ git+https://github.com/{cfg['repo']}@{cfg['ref']}"


#: the setup cell every notebook starts with (after its title); only the spec varies
SETUP_CELL = """\
# Setup: in Google Colab, install the course's helper package (elsewhere this does nothing).
import subprocess
import sys

if "google.colab" in sys.modules:
    spec = "{spec}"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", spec], check=True)"""

BADGE_RE = re.compile(r"https://colab\.research\.google\.com/github/[^)\s\"]+")
SPEC_RE = re.compile(r"lecture_utils @ git\+https://github\.com/[^\"@]+@[^\"]+")


def rewrite_links(text: str, name: str, cfg: dict) -> str:
    """Point the badge at ``name`` in the configured repo and the setup cell at the pinned tag."""
    text = BADGE_RE.sub(colab_url(cfg, name), text)
    return SPEC_RE.sub(install_spec(cfg), text)


def sources(selected):
    found = sorted(SRC.glob("[0-9][0-9]_*.py"))
    if selected:
        found = [p for p in found if p.name[:2] in selected]
        if not found:
            sys.exit(f"no source in {SRC} matches {selected}")
    return found


def to_notebook(src: Path):
    import jupytext

    nb = jupytext.read(src)
    nb.metadata = {
        "kernelspec": KERNELSPEC,
        "language_info": {"name": "python"},
        "colab": {"provenance": []},
    }
    for i, cell in enumerate(nb.cells):
        cell.id = f"c{i:03d}"  # stable ids: no diff from run to run
        cell.metadata.pop("lines_to_next_cell", None)
    return nb


def execute(nb, timeout=120):
    from nbclient import NotebookClient

    env_before = os.environ.get("LECTURE_UTILS_STATIC")
    os.environ["LECTURE_UTILS_STATIC"] = "1"
    try:
        NotebookClient(
            nb,
            timeout=timeout,
            kernel_name="python3",
            record_timing=False,
            resources={"metadata": {"path": str(HERE)}},
        ).execute()
    finally:
        if env_before is None:
            os.environ.pop("LECTURE_UTILS_STATIC", None)
        else:
            os.environ["LECTURE_UTILS_STATIC"] = env_before
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            cell.outputs = merge_streams(cell.outputs)
    return nb


def merge_streams(outputs):
    """Join consecutive stream outputs of one name: how a kernel splits a print varies with load."""
    merged = []
    for out in outputs:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and out.output_type == "stream"
            and prev.output_type == "stream"
            and prev.name == out.name
        ):
            prev.text += out.text
        else:
            merged.append(out)
    return merged


def built_path(src: Path) -> Path:
    return HERE / (src.stem + ".ipynb")


def check(selected) -> int:
    """Compare every notebook's cell sources with its text source."""
    import nbformat

    bad = 0
    for src in sources(selected):
        want = [(c.cell_type, c.source) for c in to_notebook(src).cells]
        path = built_path(src)
        if not path.exists():
            print(f"{path.name}: missing (run python notebooks/build.py {src.name[:2]})")
            bad += 1
            continue
        have = [(c.cell_type, c.source) for c in nbformat.read(path, as_version=4).cells]
        if want != have:
            print(f"{path.name}: differs from src/{src.name} (run python notebooks/build.py {src.name[:2]})")
            bad += 1
    return bad


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("numbers", nargs="*", help="two-digit notebook numbers (default: all)")
    ap.add_argument("--check", action="store_true", help="only check that notebooks match their sources")
    ap.add_argument("--links", action="store_true", help="rewrite badges and setup cells, then build")
    ap.add_argument("--no-execute", action="store_true", help="convert without running (outputs dropped)")
    args = ap.parse_args(argv)
    if args.check:
        bad = check(args.numbers)
        print("all notebooks match their sources" if not bad else f"{bad} notebook(s) out of date")
        return 1 if bad else 0
    import nbformat

    cfg = course_config()
    for src in sources(args.numbers):
        if args.links:
            text = src.read_text(encoding="utf-8")
            new = rewrite_links(text, built_path(src).name, cfg)
            if new != text:
                src.write_text(new, encoding="utf-8")
                print(f"rewrote links in src/{src.name}")
        t0 = time.perf_counter()
        nb = to_notebook(src)
        if not args.no_execute:
            execute(nb)
        nbformat.write(nb, built_path(src))
        print(f"built {built_path(src).name} in {time.perf_counter() - t0:.1f} s")
    if args.links:
        readme = ROOT / "README.md"
        text = readme.read_text(encoding="utf-8")
        new = re.sub(
            r"https://colab\.research\.google\.com/github/[^)\s\"]+/notebooks/([0-9]{2}_[a-z0-9_]+\.ipynb)",
            lambda m: colab_url(cfg, m.group(1)),
            text,
        )
        new = re.sub(
            r"https://mybinder\.org/v2/gh/[^/]+/[^/]+/", f"https://mybinder.org/v2/gh/{cfg['repo']}/", new
        )
        new = re.sub(
            r"https://github\.com/[\w.-]+/[\w.-]+\.git", f"https://github.com/{cfg['repo']}.git", new
        )
        if new != text:
            readme.write_text(new, encoding="utf-8")
            print("rewrote links in README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build the course notebooks from their text sources, and keep their links right.

    nox -s build -- 03 04                  # build these in the pinned build environment (none: all)
    python notebooks/build.py 03 04        # the same in whatever environment runs it
    python notebooks/build.py --check      # every .ipynb has its source's cells (fast, runs nothing)
    python notebooks/build.py --check --execute 03
                                           # ... and a fresh run gives its text outputs and images
    python notebooks/build.py --links      # rewrite badges/setup cells from pyproject.toml
    python notebooks/build.py --ko-update 03
                                           # bring src/ko/03_*.md in line with the English cells

The Korean edition (한국어판, ``notebooks/ko/``) is built from the same English source: its code
cells are the English ones (the setup cell also sets ``LECTURE_UTILS_LANGUAGE=ko``, so checks and
helpers speak Korean), and its prose comes from ``src/ko/NN_name.md``, one block per English
markdown cell, each headed ``<!-- cell N · en HASH -->`` where HASH is the start of the SHA-1 of the
English cell it translates. An English cell edited since is "stale": the build refuses it, and
``--ko-update`` marks the block ``fuzzy`` (old Korean kept, the new English beside it) for a
translator to redo; a new English cell comes as ``todo`` with its English text.

Each notebook's source is a jupytext "percent" script in ``notebooks/src/``
(easy to review and lint). Building converts it, executes it top to bottom in a
fresh kernel of this very Python with slider figures in static mode
(``LECTURE_UTILS_STATIC=1``), and writes ``notebooks/NN_name.ipynb`` with its
outputs, without timestamps or other run-to-run noise: building twice leaves no
diff. The notebook's metadata records the versions it was built with
(``course_build``); the committed notebooks are built in the pinned build
environment (``notebooks/build-constraints.txt``, made by ``nox -s build``), and
a test fails when their metadata names other versions.

What ``--check`` checks: cell types and sources against ``src/`` (a source edited
and not rebuilt). It does not run anything, so outputs made stale by a change in
``lecture_utils`` pass it; ``--check --execute`` runs each notebook afresh and
compares its text outputs (sanitized as nbval sanitizes them) and images
(``matplotlib.testing.compare.compare_images``, tolerance ``IMAGE_TOL``), which
is what ``nox -s outputs`` runs for every notebook in the pinned environment.
Images compare only there: another matplotlib draws other pixels.
"""

from __future__ import annotations

import argparse
import base64
import os
import re
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SRC = HERE / "src"
#: the Korean edition: prose in SRC_KO/NN_name.md, notebooks built into KO
SRC_KO = SRC / "ko"
KO = HERE / "ko"
EDITIONS = ("en", "ko")
#: the exact versions the committed notebooks are built with (Python named on its "# python:" line)
PINS = HERE / "build-constraints.txt"
#: what a notebook's metadata records of the environment that built it
RECORDED = ["numpy", "matplotlib", "pillow", "ipython", "ipykernel", "ipywidgets", "jupytext", "nbformat"]
#: RMS tolerance of a rebuilt image against the committed one (matplotlib's compare_images)
IMAGE_TOL = 1.0

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

#: the Korean edition's setup cell: the same install, and every message of lecture_utils in Korean
SETUP_CELL_KO = """\
# 설정: Google Colab에서는 강의 도우미 패키지(lecture_utils)를 설치합니다 (다른 곳에서는 아무 일도 하지 않습니다).
# LECTURE_UTILS_LANGUAGE = "ko": 연습 문제의 피드백과 도우미의 메시지가 한국어로 나옵니다.
import os
import subprocess
import sys

os.environ["LECTURE_UTILS_LANGUAGE"] = "ko"
if "google.colab" in sys.modules:
    spec = "{spec}"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", spec], check=True)"""

BADGE_RE = re.compile(r"https://colab\.research\.google\.com/github/[^)\s\"]+")
SPEC_RE = re.compile(r"lecture_utils @ git\+https://github\.com/[^\"@]+@[^\"]+")


def rewrite_links(text: str, name: str, cfg: dict) -> str:
    """Point the badge at ``name`` in the configured repo and the setup cell at the pinned tag."""
    text = BADGE_RE.sub(colab_url(cfg, name), text)
    return SPEC_RE.sub(install_spec(cfg), text)


# ---------------------------------------------------------------------------
# The Korean edition's prose: src/ko/NN_name.md

KO_HEAD_RE = re.compile(r"^<!-- cell (\d+) · en ([0-9a-f]{8})(?: · (todo|fuzzy))? -->$", re.M)
KO_ENGLISH_RE = re.compile(r"\n?<!-- english:\n.*?\n-->\n?", re.S)


def english_hash(text: str) -> str:
    """The start of the SHA-1 of an English markdown cell, its Colab link left out: the link is
    the build's (``--links`` rewrites it in both editions), not the translator's."""
    import hashlib

    text = BADGE_RE.sub("COLAB", text)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def ko_source(src: Path) -> Path:
    return SRC_KO / (src.stem + ".md")


def ko_built_path(src: Path) -> Path:
    return KO / (src.stem + ".ipynb")


def ko_blocks(path: Path) -> list[tuple[int, str, str | None, str]]:
    """(cell number, English hash, status or None, Korean text) for every block of a Korean source."""
    text = path.read_text(encoding="utf-8")
    heads = list(KO_HEAD_RE.finditer(text))
    if not heads or text[: heads[0].start()].strip():
        raise SystemExit(f"{path}: every block starts with a line <!-- cell N · en HASH -->")
    blocks = []
    for k, m in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        body = KO_ENGLISH_RE.sub("\n", text[m.end() : end]).strip("\n")
        blocks.append((int(m.group(1)), m.group(2), m.group(3), body))
    return blocks


def ko_problems(src: Path) -> list[str]:
    """What keeps the Korean edition of ``src`` from being built: missing, stale, todo or fuzzy blocks."""
    path = ko_source(src)
    if not path.exists():
        return [f"src/ko/{path.name} is missing (python notebooks/build.py --ko-update {src.name[:2]})"]
    english = [c.source for c in to_notebook(src).cells if c.cell_type == "markdown"]
    blocks = ko_blocks(path)
    bad = []
    if [b[0] for b in blocks] != list(range(1, len(english) + 1)):
        bad.append(
            f"src/ko/{path.name} has blocks {[b[0] for b in blocks]}, the English source "
            f"{len(english)} markdown cells"
        )
    for (n, h, status, body), en in zip(blocks, english, strict=False):
        if status:
            bad.append(f"src/ko/{path.name}, cell {n}: marked {status} (translate it, then drop the mark)")
        elif h != english_hash(en):
            bad.append(
                f"src/ko/{path.name}, cell {n}: translates an older English text "
                f"(python notebooks/build.py --ko-update {src.name[:2]} shows the new one)"
            )
        elif not body.strip():
            bad.append(f"src/ko/{path.name}, cell {n}: empty")
    return bad


def ko_update(src: Path) -> str:
    """Rewrite src/ko/NN_name.md in line with the English markdown cells: blocks whose English is
    unchanged are kept; an English cell changed since its block was translated keeps its Korean,
    marked fuzzy, with the new English beside it; a new English cell comes as todo, in English."""
    path = ko_source(src)
    english = [c.source for c in to_notebook(src).cells if c.cell_type == "markdown"]
    old = ko_blocks(path) if path.exists() else []
    by_hash = {h: body for _, h, status, body in old if not status}
    out = []
    for n, en in enumerate(english, start=1):
        h = english_hash(en)
        if h in by_hash:
            out.append(f"<!-- cell {n} · en {h} -->\n{by_hash[h]}\n")
        elif n <= len(old) and old[n - 1][3].strip() and old[n - 1][2] != "todo":
            out.append(f"<!-- cell {n} · en {h} · fuzzy -->\n<!-- english:\n{en}\n-->\n{old[n - 1][3]}\n")
        else:
            out.append(f"<!-- cell {n} · en {h} · todo -->\n{en}\n")
    SRC_KO.mkdir(exist_ok=True)
    text = "\n".join(out)
    path.write_text(text, encoding="utf-8")
    return text


def to_korean(src: Path, nb=None):
    """The Korean notebook of ``src``: the English cells (or ``nb``, an English notebook converted
    from ``src``, outputs dropped), markdown from src/ko, the Korean setup cell."""
    import copy

    problems = ko_problems(src)
    if problems:
        raise SystemExit("\n".join(problems))
    nb = copy.deepcopy(nb) if nb is not None else to_notebook(src)
    blocks = iter(ko_blocks(ko_source(src)))
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = rewrite_links(next(blocks)[3], "ko/" + ko_built_path(src).name, course_config())
        elif cell.source.startswith("# Setup:"):
            spec = SPEC_RE.search(cell.source)
            cell.source = SETUP_CELL_KO.format(spec=spec.group(0) if spec else "")
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    nb.metadata["language_info"] = {"name": "python"}
    nb.metadata["course_edition"] = "ko"
    return nb


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


def kernel_manager_class():
    """A kernel manager whose kernel is this very Python (as nbval's --nbval-current-env), whatever
    kernelspec named "python3" a user has installed."""
    import ipykernel.kernelspec
    from jupyter_client import AsyncKernelManager
    from jupyter_client.kernelspec import KernelSpecManager
    from traitlets import default

    class ThisPython(KernelSpecManager):
        def get_kernel_spec(self, kernel_name):
            return self.kernel_spec_class(
                resource_dir=ipykernel.kernelspec.RESOURCES, **ipykernel.kernelspec.get_kernel_dict()
            )

    class ThisPythonKernel(AsyncKernelManager):
        @default("kernel_spec_manager")
        def _kernel_spec_manager_default(self):
            return ThisPython()

    return ThisPythonKernel


def run(nb, *, env=None, cwd=HERE, timeout=120, allow_errors=False):
    """Execute ``nb`` in place in a fresh kernel of this Python; ``env``: the kernel's environment."""
    from nbclient import NotebookClient

    NotebookClient(
        nb,
        kernel_name="python3",
        kernel_manager_class=kernel_manager_class(),
        timeout=timeout,
        allow_errors=allow_errors,
        record_timing=False,
        resources={"metadata": {"path": str(cwd)}},
    ).execute(env=env if env is not None else dict(os.environ))
    return nb


def built_with() -> dict:
    """The Python and package versions of this environment, as a notebook's metadata records them."""
    from importlib import metadata

    def version(name):
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return None

    return {"python": "{}.{}".format(*sys.version_info[:2]), **{n: version(n) for n in RECORDED}}


def pins() -> dict:
    """``built_with()`` as the pinned build environment has it."""
    text = PINS.read_text(encoding="utf-8")
    exact = {}
    for line in text.splitlines():
        name, _, version = line.split("#", 1)[0].strip().partition("==")
        if version:
            exact[name.strip().lower()] = version.strip()
    python = re.search(r"^#\s*python:\s*(\d+\.\d+)\s*$", text, re.M)
    return {"python": python.group(1) if python else None, **{n: exact.get(n) for n in RECORDED}}


def execute(nb, timeout=120, cwd=HERE):
    """Run a notebook as the build does: static sliders, streams merged, versions recorded."""
    run(nb, env={**os.environ, "LECTURE_UTILS_STATIC": "1"}, timeout=timeout, cwd=cwd)
    nb.metadata["course_build"] = built_with()
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


def text_outputs(book) -> list:
    """Every code cell's outputs without images, sanitized as nbval sanitizes them (tests/sanitize.cfg);
    cells tagged nbval-ignore-output (timings) left out."""
    import configparser

    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "tests" / "sanitize.cfg")
    rules = [(re.compile(cfg[s]["regex"]), cfg[s]["replace"]) for s in cfg.sections()]

    def clean(text):
        for rx, rep in rules:
            text = rx.sub(rep, text)
        return text

    out = []
    for i, c in enumerate(x for x in book.cells if x.cell_type == "code"):
        if "nbval-ignore-output" in c.metadata.get("tags", []):
            continue
        for o in c.get("outputs", []):
            data = {k: clean(str(v)) for k, v in o.get("data", {}).items() if not k.startswith("image/")}
            out.append((i, o.output_type, o.get("name"), clean(o.get("text", "")), sorted(data.items())))
    return out


def images(book) -> list:
    """(code cell index, PNG bytes) for every image output (cells tagged nbval-ignore-output, whose
    timings change from run to run, left out)."""
    return [
        (i, base64.b64decode(o["data"]["image/png"]))
        for i, c in enumerate(x for x in book.cells if x.cell_type == "code")
        if "nbval-ignore-output" not in c.metadata.get("tags", [])
        for o in c.get("outputs", [])
        if "image/png" in o.get("data", {})
    ]


def image_differences(committed, fresh, tol=IMAGE_TOL) -> list[str]:
    """Each committed image against the fresh one, with matplotlib's own image comparison."""
    from matplotlib.testing.compare import compare_images

    want, got = images(committed), images(fresh)
    if [i for i, _ in want] != [i for i, _ in got]:
        return [f"images in code cells {[i for i, _ in want]}, a fresh run makes {[i for i, _ in got]}"]
    bad = []
    with tempfile.TemporaryDirectory(prefix="course-images-") as tmp:
        for k, ((i, a), (_, b)) in enumerate(zip(want, got, strict=True)):
            pa, pb = Path(tmp, f"{k}-committed.png"), Path(tmp, f"{k}-fresh.png")
            pa.write_bytes(a)
            pb.write_bytes(b)
            try:
                msg = compare_images(str(pa), str(pb), tol, in_decorator=True)
            except Exception as exc:  # sizes differ: ImageComparisonFailure
                msg = str(exc)
            if msg:
                rms = msg.get("rms") if isinstance(msg, dict) else msg
                bad.append(f"code cell {i}, image {k}: differs from a fresh run (RMS {rms}, tolerance {tol})")
    return bad


def stale(committed, fresh, *, compare_images=True) -> list[str]:
    """What differs between a committed notebook and a fresh build of its source."""
    bad = []
    want, got = text_outputs(committed), text_outputs(fresh)
    if want != got:
        first = next((w, g) for w, g in zip([*want, None], [*got, None], strict=False) if w != g)
        bad.append(
            f"text outputs differ from a fresh run; first difference: committed {first[0]}, fresh {first[1]}"
        )
    if compare_images:
        bad += image_differences(committed, fresh)
    return bad


def check(selected, execute_too=False, editions=EDITIONS) -> int:
    """Compare every notebook's cell sources with its text source (and, with ``execute_too``, its
    text outputs and images with a fresh run; images only in the pinned environment). The Korean
    notebooks likewise, against the English source's code and src/ko's prose."""
    import nbformat

    bad = 0
    for src in sources(selected):
        books = []
        if "en" in editions:
            books.append((built_path(src), lambda src=src: to_notebook(src)))
        if "ko" in editions:
            problems = ko_problems(src)
            for p in problems:
                print(f"ko/{ko_built_path(src).name}: {p}")
            bad += bool(problems)
            if not problems:
                books.append((ko_built_path(src), lambda src=src: to_korean(src)))
        for path, make in books:
            rel = path.relative_to(HERE)
            if not path.exists():
                print(f"{rel}: missing (run nox -s build -- {src.name[:2]})")
                bad += 1
                continue
            want = [(c.cell_type, c.source) for c in make().cells]
            have = [(c.cell_type, c.source) for c in nbformat.read(path, as_version=4).cells]
            if want != have:
                print(f"{rel}: differs from its sources (run nox -s build -- {src.name[:2]})")
                bad += 1
            elif execute_too:
                committed = nbformat.read(path, as_version=4)
                pinned = built_with() == pins()
                problems = stale(committed, execute(make(), cwd=path.parent), compare_images=pinned)
                for p in problems:
                    print(f"{rel}: {p} (run nox -s build -- {src.name[:2]})")
                if not pinned:
                    print(f"{rel}: images not compared: this environment is not the pinned one")
                bad += bool(problems)
    return bad


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("numbers", nargs="*", help="two-digit notebook numbers (default: all)")
    ap.add_argument("--check", action="store_true", help="only check that notebooks match their sources")
    ap.add_argument(
        "--execute", action="store_true", help="with --check: also compare outputs with a fresh run"
    )
    ap.add_argument("--links", action="store_true", help="rewrite badges and setup cells, then build")
    ap.add_argument("--no-execute", action="store_true", help="convert without running (outputs dropped)")
    ap.add_argument("--edition", choices=EDITIONS, help="only this edition (default: both)")
    ap.add_argument("--jobs", type=int, help="notebooks built at once (default: one per core)")
    ap.add_argument(
        "--ko-update", action="store_true", help="bring src/ko/NN_*.md in line with the English cells"
    )
    args = ap.parse_args(argv)
    editions = (args.edition,) if args.edition else EDITIONS
    if args.ko_update:
        for src in sources(args.numbers):
            ko_update(src)
            problems = ko_problems(src)
            print(
                f"src/ko/{ko_source(src).name}: " + (f"{len(problems)} to do" if problems else "up to date")
            )
            for p in problems:
                print("  " + p)
        return 0
    if args.check:
        bad = check(args.numbers, execute_too=args.execute, editions=editions)
        print("all notebooks match their sources" if not bad else f"{bad} notebook(s) out of date")
        return 1 if bad else 0

    cfg = course_config()
    have, want = built_with(), pins()
    if have != want and not args.no_execute:
        diff = ", ".join(f"{k} {have[k]} (pinned {want[k]})" for k in have if have[k] != want[k])
        print(f"note: this environment is not the pinned build environment: {diff}; committed notebooks")
        print("      are built with `nox -s build` (a test fails on notebooks built otherwise)")
    failed, jobs = 0, []
    for src in sources(args.numbers):
        if args.links:
            text = src.read_text(encoding="utf-8")
            new = rewrite_links(text, built_path(src).name, cfg)
            if new != text:
                src.write_text(new, encoding="utf-8")
                print(f"rewrote links in src/{src.name}")
            ko = ko_source(src)
            if ko.exists():
                text = ko.read_text(encoding="utf-8")
                new = rewrite_links(text, "ko/" + ko_built_path(src).name, cfg)
                if new != text:
                    ko.write_text(new, encoding="utf-8")
                    print(f"rewrote links in src/ko/{ko.name}")
        if "en" in editions:
            jobs.append((src, "en"))
        if "ko" in editions:
            problems = ko_problems(src)
            if problems:
                print(f"not built: ko/{ko_built_path(src).name}:", *problems, sep="\n  ")
                failed += 1
            else:
                jobs.append((src, "ko"))
    KO.mkdir(exist_ok=True)
    # one kernel per core: each notebook runs in a kernel of its own anyway
    workers = min(len(jobs), args.jobs or os.cpu_count() or 1)
    if workers > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(workers) as pool:
            srcs, eds = zip(*jobs, strict=True)
            for said in pool.map(build_one, srcs, eds, [not args.no_execute] * len(jobs)):
                print(said, flush=True)
    else:
        for job in jobs:
            print(build_one(*job, not args.no_execute), flush=True)
    if args.links:
        for readme in (ROOT / "README.md", ROOT / "README.ko.md"):
            if readme.exists():
                rewrite_readme_links(readme, cfg)
    return 1 if failed else 0


def build_one(src: Path, edition: str, run_it: bool = True) -> str:
    """Build one notebook of one edition (executed unless ``run_it`` is false); say what was built."""
    import nbformat

    t0 = time.perf_counter()
    nb, path = (
        (to_korean(src), ko_built_path(src)) if edition == "ko" else (to_notebook(src), built_path(src))
    )
    if run_it:
        execute(nb, cwd=path.parent)
    nbformat.write(nb, path)
    return f"built {path.relative_to(HERE)} in {time.perf_counter() - t0:.1f} s"


def rewrite_readme_links(readme: Path, cfg: dict) -> None:
    """Point a README's Colab badges, Binder and clone links at the configured repository."""
    text = readme.read_text(encoding="utf-8")
    new = re.sub(
        r"https://colab\.research\.google\.com/github/[^)\s\"]+/notebooks/((?:ko/)?[0-9]{2}_[a-z0-9_]+\.ipynb)",
        lambda m: colab_url(cfg, m.group(1)),
        text,
    )
    new = re.sub(
        r"https://mybinder\.org/v2/gh/[^/]+/[^/]+/", f"https://mybinder.org/v2/gh/{cfg['repo']}/", new
    )
    new = re.sub(r"https://github\.com/[\w.-]+/[\w.-]+\.git", f"https://github.com/{cfg['repo']}.git", new)
    if new != text:
        readme.write_text(new, encoding="utf-8")
        print(f"rewrote links in {readme.name}")


if __name__ == "__main__":
    sys.exit(main())

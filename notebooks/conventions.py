"""The beginner's-path conventions of the course (issue 11), measured on the built notebooks.

Each ``measure_*`` function takes a notebook (nbformat) and returns what a program can see of one
convention; ``violations(book, ...)`` turns them into readable lines per convention. Run as a script,
it prints a table per notebook (``--run`` also executes each notebook without its going-further
sections, which takes a few seconds per notebook):

    python notebooks/conventions.py [--run] [NN ...]

What a program cannot see (every question in the prose answered, Korean terms on first use beyond
the glossary's, figures in the prose's notation) stays a reading check.
"""

from __future__ import annotations

import ast
import copy
import re
import sys
from pathlib import Path

import nbformat

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

#: convention 1: the core's prose holds at most about this many words
CORE_WORD_LIMIT = 1300
#: the core ends at the first heading of a going-further section or of the exercises
CORE_END_RE = re.compile(r"^#+\s+(going further|exercises?\b)", re.I | re.M)
GOING_FURTHER_RE = re.compile(r"^(#+)\s+going further \(optional\):", re.I)
HEADING_RE = re.compile(r"^(#+)\s+\S", re.M)
WORD_RE = re.compile(r"[A-Za-z가-힣0-9][A-Za-z가-힣0-9'.-]*")
SLIDER_RE = re.compile(r"lu\.explorers\.\w+\(|SliderFigure\(")
PREDICTION_RE = re.compile(r"lu\.checks\.check_prediction_\w+\(")
SOLUTION_RE = re.compile(r"<summary>Solution</summary>.*?```python\n(.*?)```", re.S)
CHECK_CALL_RE = re.compile(r"lu\.checks\.(check_\w+)\(")
STUB_MARK = "# your code here"
#: an "explain why" question: a question with "why" in it, its answer in a <details> block after it
WHY_RE = re.compile(r"\bwhy\b[^<]*?\?.*?<details>\s*<summary>(?!Solution)", re.I | re.S)
LR_INTRO = "α (`lr` in code)"


def notebooks() -> list[Path]:
    return sorted(HERE.glob("[0-9][0-9]_*.ipynb"))


def read(path: Path):
    return nbformat.read(path, as_version=4)


def markdown(book) -> list[tuple[int, str]]:
    return [(i, c.source) for i, c in enumerate(book.cells) if c.cell_type == "markdown"]


# ---------------------------------------------------------------------------
# Convention 1: a core path of at most about 1,300 words; "Going further (optional): ..." apart


def core_markdown(book) -> str:
    """The markdown before the first going-further or exercises heading."""
    parts = []
    for _, text in markdown(book):
        m = CORE_END_RE.search(text)
        if m:
            parts.append(text[: m.start()])
            break
        parts.append(text)
    return "\n".join(parts)


def prose_words(text: str) -> list[str]:
    """The words of markdown prose, counted as the project's before-stop hook counts them: code blocks,
    math, link targets and HTML tags removed (inline code names count: the learner reads them)."""
    text = re.sub(
        r"```.*?```|\$\$.*?\$\$|\$[^$\n]*\$|\]\([^)]*\)|</?[A-Za-z][^<>\n]*>", " ", text, flags=re.S
    )
    return WORD_RE.findall(text)


def measure_core_words(book) -> int:
    return len(prose_words(core_markdown(book)))


def cell_sections(book) -> list[str]:
    """For each cell: "core", "going further" or "rest" (the exercises and what follows them)."""
    kinds, now, gf_level = [], "core", None
    for cell in book.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                m = HEADING_RE.match(line)
                if not m:
                    continue
                level = len(m.group(1))
                if GOING_FURTHER_RE.match(line):
                    now, gf_level = "going further", level
                elif now == "going further" and level <= gf_level:
                    now = "rest"
                if CORE_END_RE.match(line) and not GOING_FURTHER_RE.match(line):
                    now = "rest"
        kinds.append(now)
    return kinds


def without_going_further(book):
    """A copy of the notebook without its going-further sections."""
    new = copy.deepcopy(book)
    new.cells = [
        c for c, kind in zip(book.cells, cell_sections(book), strict=True) if kind != "going further"
    ]
    return new


def going_further_headings(book) -> list[str]:
    return [line for _, text in markdown(book) for line in text.splitlines() if GOING_FURTHER_RE.match(line)]


def measure_core_runs(book, timeout=120) -> list[str]:
    """Execute the notebook without its going-further sections; its errors and stderr lines."""
    sys.path.insert(0, str(HERE))
    import build
    from nbclient.exceptions import CellExecutionError

    core = without_going_further(book)
    for cell in core.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    try:
        build.execute(core, timeout=timeout)
    except CellExecutionError as exc:
        return [str(exc).strip().splitlines()[-1]]
    bad = []
    for i, cell in enumerate(c for c in core.cells if c.cell_type == "code"):
        for out in cell.outputs:
            if out.output_type == "stream" and out.name == "stderr":
                bad.append(f"code cell {i} wrote to stderr: {out.text.strip()[:200]}")
    return bad


# ---------------------------------------------------------------------------
# Convention 2: no exercise can be solved by copying a cell above it


def _norm_lines(code: str, *, body=False) -> list[str]:
    """Code lines without blanks, comments and spaces; a body also without def lines and check calls."""
    lines = []
    for line in code.splitlines():
        s = line.split("#", 1)[0].strip() if not line.strip().startswith("#") else ""
        if not s or (body and (s.startswith("def ") or CHECK_CALL_RE.search(s))):
            continue
        lines.append(re.sub(r"\s+", "", s))
    return lines


def _contains(lines: list[str], part: list[str]) -> bool:
    n = len(part)
    return n > 0 and any(lines[k : k + n] == part for k in range(len(lines) - n + 1))


def exercises(book) -> list[dict]:
    """Each exercise: its check, the hidden solution's body, and the cell where the exercise starts
    (the stub before its first check call, or the check call)."""
    found = []
    for i, text in markdown(book):
        for code in SOLUTION_RE.findall(text):
            called = CHECK_CALL_RE.findall(code)
            check = called[-1] if called else None
            start = next(
                (
                    j
                    for j, c in enumerate(book.cells[:i])
                    if c.cell_type == "code" and f"lu.checks.{check}(" in c.source
                ),
                i,
            )
            before = book.cells[start - 1] if start > 0 else None
            if before is not None and before.cell_type == "code" and STUB_MARK in before.source:
                start -= 1
            found.append(
                {"check": check, "body": _norm_lines(code, body=True), "start": start, "solution": i}
            )
    return found


def measure_reveals(book) -> list[str]:
    """Exercises whose hidden solution body appears, line for line, in a code cell above the exercise."""
    bad = []
    for ex in exercises(book):
        for j, cell in enumerate(book.cells[: ex["start"]]):
            if cell.cell_type == "code" and STUB_MARK not in cell.source:
                if _contains(_norm_lines(cell.source), ex["body"]):
                    bad.append(
                        f"{ex['check']}: its solution is cell {j} ({cell.source.splitlines()[0][:60]!r})"
                    )
                    break
    return bad


# ---------------------------------------------------------------------------
# Convention 3: predict, then check, before every core slider figure; an "explain why" question


def measure_predictions(book) -> tuple[int, list[str]]:
    """(the number of core slider figures, those with no prediction check since the slider before)."""
    kinds = cell_sections(book)
    sliders, missing, predicted = 0, [], False
    for i, (cell, kind) in enumerate(zip(book.cells, kinds, strict=True)):
        if cell.cell_type != "code" or kind != "core":
            continue
        if PREDICTION_RE.search(cell.source):
            predicted = True
        if SLIDER_RE.search(cell.source):
            sliders += 1
            if not predicted:
                missing.append(f"cell {i}: {cell.source.strip().splitlines()[-1][:70]}")
            predicted = False
    return sliders, missing


def measure_explain_why(book) -> int:
    """How many markdown cells ask a "why" question answered in a <details> block (not a Solution)."""
    return sum(bool(WHY_RE.search(text)) for _, text in markdown(book))


# ---------------------------------------------------------------------------
# Convention 5: one name per idea (notebooks/README.md's table of the course's code names)

NAMES_HEADING = "## The course's code names"
SIGNATURE_RE = re.compile(r"`(\w+)\(([^)]*)\)`")


def names_table(readme: Path = HERE / "README.md") -> list[dict]:
    """The rows of the names table: idea, name, args, and the notebooks whose exercise stub it is."""
    text = readme.read_text(encoding="utf-8")
    if NAMES_HEADING not in text:
        return []
    block = text.split(NAMES_HEADING, 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in block.splitlines():
        cols = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cols) < 3 or not line.lstrip().startswith("|"):
            continue
        m = SIGNATURE_RE.search(cols[1])
        if not m:
            continue
        args = tuple(a.strip() for a in m.group(2).split(",") if a.strip())
        stubs = tuple(re.findall(r"\b\d\d\b", cols[2]))
        rows.append({"idea": cols[0], "name": m.group(1), "args": args, "stubs": stubs})
    return rows


def definitions(book) -> list[dict]:
    """Every top-level function a code cell defines: name, args, and whether it is an exercise stub."""
    found = []
    for cell in book.cells:
        if cell.cell_type != "code":
            continue
        try:
            tree = ast.parse(re.sub(r"^\s*[%!].*$", "", cell.source, flags=re.M))
        except SyntaxError:
            continue
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                args = tuple(a.arg for a in node.args.posonlyargs + node.args.args)
                found.append({"name": node.name, "args": args, "stub": STUB_MARK in cell.source})
    return found


def measure_names(book, number: str, table: list[dict], first_lr: str | None = None) -> list[str]:
    """Where the notebook's functions disagree with the names table, and a missing "α (`lr` in code)"."""
    defs = definitions(book)
    bad = []
    for row in table:
        want = f"{row['name']}({', '.join(row['args'])})"
        if number in row["stubs"] and not any(
            d["stub"] and d["name"] == row["name"] and d["args"] == row["args"] for d in defs
        ):
            stubs = ", ".join(f"{d['name']}({', '.join(d['args'])})" for d in defs if d["stub"]) or "none"
            bad.append(f"no exercise stub {want} (stubs: {stubs})")
    by_name = {}
    for row in table:
        by_name.setdefault(row["name"], set()).add(row["args"])
    for d in defs:
        if d["name"] in by_name and d["args"] not in by_name[d["name"]]:
            wants = " or ".join(f"{d['name']}({', '.join(a)})" for a in sorted(by_name[d["name"]]))
            bad.append(f"defines {d['name']}({', '.join(d['args'])}); the table says {wants}")
    if first_lr == number:
        md = "\n".join(text for _, text in markdown(book))
        if LR_INTRO not in md:
            bad.append(f"the course's first `lr` is here, but the prose never says {LR_INTRO}")
    return bad


def uses_lr(book) -> bool:
    code = "\n".join(c.source for c in book.cells if c.cell_type == "code")
    return bool(re.search(r"\blr\b", code))


# ---------------------------------------------------------------------------
# Convention 6: the README's glossary says where each Korean term is first met


def glossary(readme: Path = ROOT / "README.md") -> list[dict]:
    """The glossary's rows: the Korean terms (alternatives), the English, the notebooks it names."""
    text = readme.read_text(encoding="utf-8")
    block = text.split("## Glossary", 1)[1].split("\n## ", 1)[0] if "## Glossary" in text else ""
    rows = []
    for line in block.splitlines():
        cols = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cols) < 3 or not re.search(r"[가-힣]", cols[0]):
            continue
        terms = [t.strip() for t in re.split(r"[/,]", cols[0]) if t.strip()]
        rows.append({"terms": terms, "english": cols[1], "first": re.findall(r"\b\d\d\b", cols[2])[:1]})
    return rows


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def first_met(books: dict[str, object], terms: list[str]) -> str | None:
    """The first notebook (by number) whose prose holds one of ``terms`` (spaces ignored)."""
    for number in sorted(books):
        prose = _squeeze("\n".join(text for _, text in markdown(books[number])))
        if any(_squeeze(t) in prose for t in terms):
            return number
    return None


def measure_glossary(books: dict[str, object], rows: list[dict]) -> dict[str, list[str]]:
    """{notebook: the glossary rows whose "first met in" is wrong about it}."""
    bad: dict[str, list[str]] = {}
    for row in rows:
        claimed = row["first"][0] if row["first"] else None
        found = first_met(books, row["terms"])
        if found != claimed:
            where = f"first met in {found}" if found else "met in no notebook"
            for nb in {claimed, found} - {None}:
                bad.setdefault(nb, []).append(
                    f"{' / '.join(row['terms'])}: the glossary says {claimed}, {where}"
                )
    return bad


# ---------------------------------------------------------------------------
# All conventions of one notebook

CONVENTIONS = ("core words", "core runs", "no reveal", "predictions", "explain why", "names", "glossary")


def violations(number: str, book, *, table, gloss_bad, first_lr, run=False) -> dict[str, list[str] | None]:
    """{convention: its violations in this notebook ([] when it holds; None when not measured)}."""
    words = measure_core_words(book)
    sliders, missing = measure_predictions(book)
    return {
        "core words": [f"{words} words of core prose (limit {CORE_WORD_LIMIT})"]
        if words > CORE_WORD_LIMIT
        else [],
        "core runs": measure_core_runs(book) if run else None,
        "no reveal": measure_reveals(book),
        "predictions": [f"no prediction before the slider of {m}" for m in missing],
        "explain why": [] if measure_explain_why(book) else ['no "why" question answered in <details>'],
        "names": measure_names(book, number, table, first_lr),
        "glossary": gloss_bad.get(number, []),
    }


def course(selected=(), run=False) -> dict[str, dict]:
    """{notebook number: {convention: violations}} for the selected notebooks (all by default)."""
    paths = notebooks()
    books = {p.name[:2]: read(p) for p in paths}
    first_lr = next((n for n in sorted(books) if uses_lr(books[n])), None)
    table, gloss_bad = names_table(), measure_glossary(books, glossary())
    return {
        n: violations(n, b, table=table, gloss_bad=gloss_bad, first_lr=first_lr, run=run)
        for n, b in books.items()
        if not selected or n in selected
    }


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    run = "--run" in argv
    selected = [a for a in argv if a != "--run"]
    report = course(selected, run=run)
    books = {p.name[:2]: read(p) for p in notebooks()}
    print("notebook | core words | going further | " + " | ".join(CONVENTIONS[1:]))
    for n, found in report.items():
        words = measure_core_words(books[n])
        marks = [
            "-" if found[c] is None else ("ok" if not found[c] else f"{len(found[c])} x")
            for c in CONVENTIONS[1:]
        ]
        gf = len(going_further_headings(books[n]))
        print(f"{n} | {words:>5} {'ok' if not found['core words'] else 'over'} | {gf} | " + " | ".join(marks))
    for n, found in report.items():
        for conv in CONVENTIONS:
            for line in found[conv] or []:
                print(f"  {n} {conv}: {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

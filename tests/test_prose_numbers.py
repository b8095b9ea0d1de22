"""Every number the prose states is computed above it (notebooks/README.md: "Every number in prose is
computed in a cell above it").

In each committed notebook, every number with three or more significant digits in a markdown cell
must appear in a text output of a code cell above that markdown cell (what the learner saw printed),
as printed or as its rounding: "0.425" is backed by a printed "0.4250" or "0.42497", never by "0.43",
"0.4" or "0.4251". Signs are not compared ("the cost falls by 1.53" may quote a printed -1.53).

What counts as prose and as a number:
* Code spans and fenced code blocks (the exercises' solutions) are code, not prose: skipped. So are
  link targets and HTML tags (their attributes); the link's text and the tag's content are prose.
* LaTeX ($...$) is prose: a number in a formula is checked like any other (a formula's constants,
  "w^4/4", have fewer than three significant digits).
* A version ("Python 3.10", "numpy 2.1.3": after a program's name, or with two dots) names a release,
  not a result: skipped.
* Trailing zeros of a whole number are not significant (2000 steps, 100,000 samples: one digit);
  leading zeros of a decimal are not (0.0123: three).
"""

from __future__ import annotations

import math
import re

import _course as C
import nbformat
import pytest

#: a number as prose writes it: 1,234.5  −0.425  1e-6  87.5%  (not part of a word: x₁, W2, f'')
NUMBER = re.compile(r"(?<![\w.])[-−+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+−]?\d+)?%?(?![\w])")
VERSION = re.compile(
    r"(?:Python|numpy|matplotlib|ipywidgets|IPython|ipykernel|JupyterLab|Jupyter|pip|version)\s+$", re.I
)


def prose(markdown: str) -> str:
    """The markdown a learner reads as text: without code, link targets and HTML tags."""
    text = re.sub(r"```.*?```", " ", markdown, flags=re.S)
    text = re.sub(r"`[^`\n]*`", " ", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    return re.sub(r"<[^>]*>", " ", text)


def parse(token: str):
    """(absolute value, unit of the last digit, significant digits, is a percent) of a number token."""
    t = token.replace("−", "-").lstrip("+-").replace(",", "")
    percent = t.endswith("%")
    t = t.rstrip("%")
    mant, _, exp = t.lower().partition("e")
    scale = 10.0 ** int(exp.replace("−", "-")) if exp else 1.0
    if "." in mant:
        whole, frac = mant.split(".")
        sig = len((whole + frac).lstrip("0"))
        unit = 10.0 ** -len(frac)
    else:
        sig = len(mant.lstrip("0").rstrip("0"))
        unit = 1.0
    return float(mant) * scale, unit * scale, sig, percent


def numbers_in_prose(markdown: str):
    """The tokens of ``markdown``'s prose with three or more significant digits (versions skipped)."""
    text = prose(markdown)
    for m in NUMBER.finditer(text):
        token = m.group()
        if token.count(".") > 1 or VERSION.search(text[: m.start()]):
            continue
        if re.match(r"\.\d", text[m.end() :]):  # 2.1.3: a version
            continue
        if parse(token)[2] >= 3:
            yield token


def backs(printed: str, stated: str) -> bool:
    """A printed number backs a stated one: the stated is the printed, or the printed rounded."""
    p_val, p_unit, _, p_pct = parse(printed)
    s_val, s_unit, _, s_pct = parse(stated)
    candidates = [(p_val, p_unit)]
    if s_pct and not p_pct:  # 87.5% from a printed fraction 0.875
        candidates.append((p_val * 100, p_unit * 100))
    for val, unit in candidates:
        if unit <= s_unit * (1 + 1e-9) and abs(val - s_val) <= s_unit / 2 * (1 + 1e-9) + 1e-12:
            return True
    return False


def text_outputs(cell) -> str:
    out = []
    for o in cell.get("outputs", []):
        if o.get("output_type") == "stream":
            out.append(o.get("text", ""))
        elif "data" in o:
            out.append(o["data"].get("text/plain", ""))
        elif o.get("output_type") == "error":
            out.append("\n".join(o.get("traceback", [])))
    return "\n".join(out)


def unbacked(book):
    """(cell index, number, a line of the prose around it) for each prose number nothing above backs."""
    printed, missing = [], []
    for i, cell in enumerate(book.cells):
        if cell.cell_type == "code":
            printed += [m.group() for m in NUMBER.finditer(text_outputs(cell))]
        elif cell.cell_type == "markdown":
            for token in numbers_in_prose(cell.source):
                if not any(backs(p, token) for p in printed):
                    line = next(ln for ln in cell.source.splitlines() if token in ln)
                    missing.append((i, token, line.strip()))
    return missing


@pytest.mark.parametrize("path", C.notebooks(), ids=C.nb_id)
def test_every_number_in_the_prose_is_printed_above_it(path):
    missing = unbacked(nbformat.read(path, as_version=4))
    assert not missing, f"{path.name}: numbers in the prose that no output above prints:\n" + "\n".join(
        f"  cell {i}: {token!r} in: {line}" for i, token, line in missing
    )


# ---------------------------------------------------------------------------
# the rules themselves


@pytest.mark.parametrize(
    ("printed", "stated", "ok"),
    [
        ("0.4250", "0.425", True),
        ("0.42497", "0.425", True),
        ("-1.5257", "−1.53", True),
        ("+1.2670", "1.27", True),
        ("0.4251", "0.425", True),
        ("0.4256", "0.425", False),
        ("0.43", "0.425", False),  # printed with fewer digits than stated: the extra digit was typed
        ("0.4", "0.425", False),
        ("441", "441", True),
        ("440", "441", False),
        ("0.875", "87.5%", True),
        ("87.5%", "87.5%", True),
        ("1.234e-05", "1.23e-5", True),
        ("100,000", "100,000", True),
    ],
)
def test_a_printed_number_backs_a_stated_one(printed, stated, ok):
    assert backs(printed, stated) is ok


def test_which_numbers_are_checked():
    md = (
        "The cost is 0.4157 (`0.123456` in code), w ≈ −1.53 after 2000 steps of 100,000 samples;\n"
        "Python 3.10 or numpy 2.1.3; x₁ = 1.5, W2 = 0.25; $f = 1.234$; [link 12.5](https://x.org/123.456)\n"
        '<img width="640.5"> 12.5%\n```python\nx = 3.14159\n```'
    )
    assert list(numbers_in_prose(md)) == ["0.4157", "−1.53", "1.234", "12.5", "12.5%"]
    assert [parse(t)[2] for t in ("0.0123", "2000", "4,096", "1.20", "1e-6")] == [3, 1, 4, 3, 1]


def test_a_number_typed_into_the_prose_is_found():
    book = nbformat.v4.new_notebook()
    book.cells = [
        nbformat.v4.new_markdown_cell("Before any output: 0.425."),
        nbformat.v4.new_code_cell("print(...)"),
        nbformat.v4.new_markdown_cell("The cost is 0.425 and the step 12.75."),
    ]
    book.cells[1].outputs = [nbformat.v4.new_output("stream", name="stdout", text="cost = 0.4250\n")]
    assert [(i, t) for i, t, _ in unbacked(book)] == [(0, "0.425"), (2, "12.75")]
    assert math.isclose(parse("−1.53")[0], 1.53)

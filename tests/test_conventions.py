"""The beginner's-path conventions (issue 11), measured by notebooks/conventions.py.

Each measurement is tested on small notebooks made here that meet it and that break it (so the
measurement can fail); then every convention is enforced on every course notebook (a new one too),
and every notebook with going-further sections runs clean without them.
`python notebooks/conventions.py` prints the table per notebook.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "notebooks"))
import conventions as conv  # noqa: E402

md, code = new_markdown_cell, new_code_cell


def book(*cells):
    """A notebook of fresh copies of ``cells`` (a cell may be used twice)."""
    return new_notebook(cells=[(code if c.cell_type == "code" else md)(c.source) for c in cells])


# ---------------------------------------------------------------------------
# 1. The core's words, and the core without its going-further sections


def test_words_are_counted_in_the_prose_only():
    # as the before-stop hook counts: code blocks, math, link targets and tags out; inline code names in
    text = (
        "The slope W is 0.5, isn't it? See [the docs](https://example.com/a-b-c) and `np.sum(x)`.\n"
        "$$H(x) = Wx + b$$ with $W$ and <details><summary>Solution</summary>\n```python\nx = 1\n```\n"
        "가설 (hypothesis)."
    )
    assert conv.prose_words(text) == [
        "The", "slope", "W", "is", "0.5", "isn't", "it", "See", "the", "docs", "and", "np.sum", "x",
        "with", "and", "Solution", "가설", "hypothesis",
    ]  # fmt: skip


def test_the_core_ends_at_going_further_or_exercises():
    nb = book(
        md("# 01 · Title\n\none two three"),
        md("## 1. A section\n\nfour five"),
        md("## Going further (optional): more\n\nsix seven eight"),
        md("## Exercises\n\nnine"),
    )
    assert (
        conv.measure_core_words(nb) == 10
    )  # "01", "Title", "one", "two", "three", "1.", "A", "section", ...
    nb2 = book(md("# 01 · Title\n\none two\n\n## Exercises\n\nthree four"))
    assert conv.measure_core_words(nb2) == 4
    long = book(md(" ".join(["word"] * (conv.CORE_WORD_LIMIT + 1))))
    assert conv.violations("01", long, table=[], gloss_bad={}, first_lr=None)["core words"]
    short = book(md(" ".join(["word"] * conv.CORE_WORD_LIMIT)))
    assert not conv.violations("01", short, table=[], gloss_bad={}, first_lr=None)["core words"]


def test_going_further_sections_are_cut_with_their_subsections_only():
    nb = book(
        md("## 1. Core"),
        code("a = 1"),
        md("## Going further (optional): the SVD"),
        code("b = 2"),
        md("### A subsection of it"),
        code("c = 3"),
        md("## Going further (optional): another one"),
        code("d = 4"),
        md("## Exercises"),
        code("e = 5"),
    )
    kept = [c.source for c in conv.without_going_further(nb).cells if c.cell_type == "code"]
    assert kept == ["a = 1", "e = 5"]
    assert len(conv.going_further_headings(nb)) == 2


def test_a_core_that_needs_a_going_further_cell_fails_to_run():
    needs = book(
        code("import lecture_utils as lu"),
        md("## Going further (optional): a helper"),
        code("def helper():\n    return 1"),
        md("## Exercises"),
        code("print(helper())"),
    )
    assert conv.measure_core_runs(needs) and "helper" in conv.measure_core_runs(needs)[0]
    clean = book(
        code("x = 1"), md("## Going further (optional): x"), code("print(x + 1)"), md("## Exercises")
    )
    assert conv.measure_core_runs(clean) == []
    loud = book(code("import sys\nprint('careful', file=sys.stderr)"))
    assert "stderr" in conv.measure_core_runs(loud)[0]


# ---------------------------------------------------------------------------
# 2. No exercise is solved by copying a cell above it


def exercise_cells(body):
    return [
        md("## Exercises\n\n### Exercise 1"),
        code("def hypothesis(W, b, x):\n    # your code here\n    return None"),
        code("lu.checks.check_hypothesis(hypothesis)"),
        md(
            "<details><summary>Solution</summary>\n\n```python\ndef hypothesis(W, b, x):\n"
            f"{body}\n\n\nlu.checks.check_hypothesis(hypothesis)\n```\n\n</details>"
        ),
    ]


def test_a_solution_shown_above_its_exercise_is_a_reveal():
    above = book(
        code("def H(x, W, b):\n    return W*x + b  # the line"), *exercise_cells("    return W * x + b")
    )
    assert conv.measure_reveals(above) == ["check_hypothesis: its solution is cell 0 ('def H(x, W, b):')"]


def test_an_exercise_before_the_notebooks_version_is_no_reveal():
    below = book(
        *exercise_cells("    return W * x + b"), code("def hypothesis(W, b, x):\n    return W * x + b")
    )
    assert conv.measure_reveals(below) == []
    other = book(code("def H(x, W, b):\n    return W * x + b"), *exercise_cells("    return b + W * x"))
    assert conv.measure_reveals(other) == [], "a variation written differently is no copy"


def test_a_multiline_solution_is_a_reveal_only_line_for_line():
    body = "    r = W * x + b - y\n    return r"
    sol = [
        md("## Exercises"),
        code("def residuals(W, b, x, y):\n    # your code here\n    return None"),
        code("lu.checks.check_residuals(residuals)"),
        md(
            f"<details><summary>Solution</summary>\n\n```python\ndef residuals(W, b, x, y):\n{body}\n\n"
            "lu.checks.check_residuals(residuals)\n```\n</details>"
        ),
    ]
    assert conv.measure_reveals(book(code("r = W * x + b - y\nreturn_value = r\nreturn r"), *sol)) == []
    assert conv.measure_reveals(book(code("print(1)\nr = W*x + b - y\nreturn r"), *sol))


# ---------------------------------------------------------------------------
# 3. Predict, then check, before every core slider figure; an "explain why" question


def test_every_core_slider_needs_a_prediction_since_the_slider_before():
    pred = code("guess = None\nlu.checks.check_prediction_raise_b(guess)")
    slider = code("lu.explorers.fit_explorer(x, y)")
    assert conv.measure_predictions(book(pred, slider)) == (1, [])
    sliders, missing = conv.measure_predictions(book(pred, slider, slider))
    assert sliders == 2 and len(missing) == 1 and missing[0].startswith("cell 2")
    assert conv.measure_predictions(book(slider))[1]
    in_exercises = book(pred, slider, md("## Exercises"), slider)
    assert conv.measure_predictions(in_exercises) == (1, []), "only the core's sliders need one"
    after = book(slider, pred)
    assert conv.measure_predictions(after)[1], "a prediction after the slider is too late"


def test_an_explain_why_question_has_its_answer_in_details():
    asked = md(
        "Why does every bar move by the same amount?\n\n<details><summary>Answer</summary>b is added.</details>"
    )
    assert conv.measure_explain_why(book(asked)) == 1
    open_q = md("Why does every bar move by the same amount?")
    assert conv.measure_explain_why(book(open_q)) == 0
    solution = md("Why not?\n<details><summary>Solution</summary>\n```python\nx = 1\n```\n</details>")
    assert conv.measure_explain_why(book(solution)) == 0, "a hidden solution is no answer to a why"
    no_why = md("How much?\n<details><summary>Answer</summary>1</details>")
    assert conv.measure_explain_why(book(no_why)) == 0


# ---------------------------------------------------------------------------
# 5. One name per idea: the names table against the stubs and every definition

TABLE = [
    {"idea": "h", "name": "hypothesis", "args": ("W", "b", "x"), "stubs": ("03",)},
    {"idea": "g", "name": "gradients", "args": ("W", "b", "x", "y"), "stubs": ("05",)},
]


def stub(signature):
    return code(f"def {signature}:\n    # your code here\n    return None")


def test_a_stub_must_have_the_tables_name_and_argument_order():
    assert conv.measure_names(book(stub("hypothesis(W, b, x)")), "03", TABLE) == []
    wrong_order = conv.measure_names(book(stub("hypothesis(x, W, b)")), "03", TABLE)
    assert any("no exercise stub hypothesis(W, b, x)" in v for v in wrong_order)
    assert any("defines hypothesis(x, W, b)" in v for v in wrong_order)
    renamed = conv.measure_names(book(stub("gradients_wb(W, b, x, y)")), "05", TABLE)
    assert renamed == ["no exercise stub gradients(W, b, x, y) (stubs: gradients_wb(W, b, x, y))"]


def test_a_later_definition_keeps_the_tables_signature():
    assert conv.measure_names(book(code("def gradients(W, b, x, y):\n    return 0, 0")), "07", TABLE) == []
    bad = conv.measure_names(book(code("def gradients(w, b, x, y):\n    return 0, 0")), "10", TABLE)
    assert bad == ["defines gradients(w, b, x, y); the table says gradients(W, b, x, y)"]


def test_the_first_notebook_with_lr_introduces_it():
    nb = book(md("The learning rate α"), code("W, lr = 0.0, 0.1"))
    assert conv.uses_lr(nb) and not conv.uses_lr(book(code("alr = 1")))
    assert conv.measure_names(nb, "05", [], first_lr="05")
    assert conv.measure_names(nb, "06", [], first_lr="05") == []
    said = book(md("The learning rate α (`lr` in code) is the step size."), code("lr = 0.1"))
    assert conv.measure_names(said, "05", [], first_lr="05") == []


def test_the_readme_table_is_read():
    rows = conv.names_table()
    assert {
        "idea": "the hypothesis H(x) = Wx + b",
        "name": "hypothesis",
        "args": ("W", "b", "x"),
        "stubs": ("03",),
    } in rows
    assert len(rows) >= 20 and all(r["name"] and r["args"] for r in rows)


# ---------------------------------------------------------------------------
# 6. The glossary's "first met in" is where the term is first met


def test_the_glossary_claims_are_checked():
    books = {
        "02": book(md("Regression (회귀) and supervised learning (지도 학습).")),
        "03": book(md("The hypothesis (가설); a regression model (회귀모형).")),
    }
    rows = [
        {"terms": ["회귀"], "english": "regression", "first": ["02"]},
        {"terms": ["회귀 모형"], "english": "regression model", "first": ["03"]},  # spaces ignored
        {"terms": ["가설"], "english": "hypothesis", "first": ["02"]},
        {"terms": ["최적화"], "english": "optimization", "first": ["03"]},
    ]
    bad = conv.measure_glossary(books, rows)
    assert sorted(bad) == ["02", "03"]
    assert bad["02"] == ["가설: the glossary says 02, first met in 03"]
    assert bad["03"] == [
        "가설: the glossary says 02, first met in 03",
        "최적화: the glossary says 03, met in no notebook",
    ]


def test_the_readme_glossary_is_read():
    rows = conv.glossary()
    assert {"terms": ["가설"], "english": "hypothesis", "first": ["01"]} in rows and len(rows) >= 30


# ---------------------------------------------------------------------------
# The course's notebooks: every notebook meets every convention (a new notebook too)

#: every measured convention ("core runs" executes notebooks: its own test below)
CONVENTIONS = tuple(c for c in conv.CONVENTIONS if c != "core runs")
NUMBERS = [p.name[:2] for p in conv.notebooks()]


@pytest.fixture(scope="module")
def course():
    return conv.course()


@pytest.mark.parametrize(
    ("convention", "number"),
    [(c, n) for c in CONVENTIONS for n in NUMBERS],
)
def test_the_notebook_meets_the_convention(convention, number, course):
    assert course[number][convention] == [], f"notebook {number}, {convention}: {course[number][convention]}"


#: every notebook with going-further sections (without them, its core is the whole notebook, which nbval runs)
WITH_GOING_FURTHER = [p for p in conv.notebooks() if conv.going_further_headings(conv.read(p))]


@pytest.mark.parametrize("path", WITH_GOING_FURTHER, ids=lambda p: p.name[:2])
def test_the_core_runs_without_going_further(path):
    assert conv.measure_core_runs(nbformat.read(path, as_version=4)) == []

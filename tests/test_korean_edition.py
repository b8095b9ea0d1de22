"""The Korean edition (한국어판, notebooks/ko/): one course in two languages that cannot drift apart.

Each Korean notebook is built (notebooks/build.py) from the English source's cells, with the prose
of notebooks/src/ko/NN_name.md, whose blocks name the hash of the English cell they translate. So:

* the two editions have the same cells in the same order and the same code, the setup cell aside
  (the Korean one also sets LECTURE_UTILS_LANGUAGE=ko);
* a Korean block that translates an older English text, or is still marked todo/fuzzy, fails;
* every Korean prose cell is Korean (Hangul, no English sentence left) and keeps its English cell's
  headings, hidden answers, code names and links;
* every hidden solution of the Korean notebooks passes its check in Korean ("정답입니다!") and
  every unsolved exercise is told, in Korean, what is wrong;
* README.ko.md lists the ten Korean notebooks with their Colab badges; the READMEs link each other.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NB_DIR = ROOT / "notebooks"
sys.path.insert(0, str(NB_DIR))
import _course as C  # noqa: E402
import build  # noqa: E402

CFG = build.course_config()
SOURCES = build.sources([])
HANGUL = C.HANGUL


@pytest.fixture(params=SOURCES, ids=lambda p: p.name[:2])
def pair(request):
    src = request.param
    english = nbformat.read(build.built_path(src), as_version=4)
    korean = nbformat.read(build.ko_built_path(src), as_version=4)
    return src, english, korean


def test_ten_korean_notebooks_each_built_from_its_sources():
    names = sorted(p.name for p in build.KO.glob("[0-9][0-9]_*.ipynb"))
    assert names == [build.ko_built_path(s).name for s in SOURCES]
    assert build.check([], editions=("ko",)) == 0, "run nox -s build (the Korean edition is out of date)"


@pytest.mark.parametrize("src", SOURCES, ids=lambda p: p.name[:2])
def test_korean_prose_translates_the_current_english(src):
    assert build.ko_problems(src) == []


def test_the_two_editions_share_their_code(pair):
    src, english, korean = pair
    assert [c.cell_type for c in english.cells] == [c.cell_type for c in korean.cells]
    spec = build.install_spec(CFG)
    for i, (e, k) in enumerate(zip(english.cells, korean.cells, strict=True)):
        if e.cell_type != "code":
            continue
        if e.source == build.SETUP_CELL.format(spec=spec):
            assert k.source == build.SETUP_CELL_KO.format(spec=spec), f"cell {i}: not the Korean setup cell"
        else:
            assert k.source == e.source, f"cell {i}: the Korean edition's code differs"


def test_the_two_editions_draw_the_same_figures(pair):
    """Same code, same pinned build: every image of the Korean notebook is the English one, byte for
    byte (figure text stays English; timing cells, tagged nbval-ignore-output, left out)."""
    src, english, korean = pair
    en, ko = build.images(english), build.images(korean)
    assert [i for i, _ in ko] == [i for i, _ in en], "the editions have images in different cells"
    differ = [i for (i, a), (_, b) in zip(en, ko, strict=True) if a != b]
    assert not differ, f"code cells {differ}: the Korean image differs from the English one"


def _prose(text: str) -> str:
    """Markdown without code, formulas, link targets and HTML tags: the words a reader reads."""
    text = re.sub(r"```.*?```", " ", text, flags=re.S)
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"\$\$.*?\$\$|\$[^$]*\$", " ", text, flags=re.S)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    return re.sub(r"<[^>]+>", " ", text)


def english_lines(text: str) -> list[str]:
    """The sentences of a markdown cell's prose that are still English (tests/_course.py)."""
    return C.english_sentences(_prose(text))


def _shape(text: str) -> dict:
    return {
        "headings": re.findall(r"^(#+) ", text, re.M),
        "hidden answers": text.count("<details>"),
        "code blocks": text.count("```"),
        "links": sorted(re.findall(r"\]\(([^)]+)\)", text)),
    }


def test_every_prose_cell_is_korean_and_keeps_its_english_shape(pair):
    src, english, korean = pair
    bad = []
    for i, (e, k) in enumerate(zip(english.cells, korean.cells, strict=True)):
        if e.cell_type != "markdown":
            continue
        if not HANGUL.search(k.source):
            bad.append(f"cell {i}: no Korean")
        for line in english_lines(k.source):
            bad.append(f"cell {i}: still English: {line!r}")
        want, got = _shape(e.source), _shape(k.source)
        en_badge = build.colab_url(CFG, build.built_path(src).name)
        ko_badge = build.colab_url(CFG, "ko/" + build.ko_built_path(src).name)
        # the badge opens the Korean notebook; the README above notebooks/ is the Korean one
        korean_link = {en_badge: ko_badge, "../README.md": "../../README.ko.md"}
        want["links"] = sorted(korean_link.get(u, u) for u in want["links"])
        for what in want:
            if want[what] != got[what]:
                bad.append(f"cell {i}: {what} {got[what]}, the English cell has {want[what]}")
        missing = [c for c in re.findall(r"`([^`\n]+)`", e.source) if f"`{c}`" not in k.source]
        if missing:
            bad.append(f"cell {i}: code names of the English cell missing: {missing}")
    assert not bad, "\n".join(bad)


def test_the_check_for_english_finds_english():
    assert english_lines("The residual is what the line misses at each sample.")
    assert not english_lines("잔차(residual)는 직선이 각 샘플에서 빗나간 만큼입니다.")
    assert not english_lines("슬라이드 *Basic Regression Notion*의 질문: `if x == 5: y = ?`")


def test_korean_frame(pair):
    src, english, korean = pair
    cells = korean.cells
    title = cells[0].source
    number = src.name[:2]
    assert title.startswith(f"# {number} ") and HANGUL.search(title.splitlines()[0]), title
    assert build.colab_url(CFG, "ko/" + build.ko_built_path(src).name) in title, (
        "the badge opens this notebook"
    )
    md = "\n".join(c.source for c in cells if c.cell_type == "markdown")
    for heading in ("## 이 노트북의 목표", "## 이 노트북에서 배운 것", "## 연습 문제"):
        assert heading in md, f"no {heading!r}"
    assert md.count("<summary>풀이</summary>") == md.count("<summary>") - md.count("<summary>답</summary>")
    assert md.count("<summary>풀이</summary>") >= 2
    assert korean.metadata.get("course_edition") == "ko"
    assert korean.metadata.get("course_build") == english.metadata.get("course_build")


SOLUTION_RE = re.compile(r"<summary>풀이</summary>.*?```python\n(.*?)```", re.S)

#: a cell that records every text matplotlib draws, and those holding Hangul
DRAWN_TEXT = """
import json
import matplotlib.text
__course_drawn = {"texts": 0, "hangul": []}
__course_draw = matplotlib.text.Text.draw
def __course_record(self, renderer):
    text = self.get_text()
    __course_drawn["texts"] += bool(text)
    if any("\\uac00" <= ch <= "\\ud7a3" for ch in text):
        __course_drawn["hangul"].append(text)
    return __course_draw(self, renderer)
matplotlib.text.Text.draw = __course_record
"""


def test_every_korean_solution_passes_in_korean_and_every_stub_is_told_in_korean(pair):
    from test_repo import _with_solutions

    src, english, korean = pair
    new, marked = _with_solutions(korean, SOLUTION_RE)
    assert len(marked) == len(
        re.findall(r"<summary>Solution</summary>", "".join(c.source for c in english.cells))
    )
    # and no figure draws Korean (Colab has no Korean font: boxes): every text matplotlib draws is recorded
    new.cells.insert(2, nbformat.v4.new_code_cell(DRAWN_TEXT))
    marked = [i + 1 for i in marked]
    new.cells.append(nbformat.v4.new_code_cell("print(json.dumps(__course_drawn))"))
    build.execute(new, cwd=build.KO)
    drawn = json.loads(new.cells[-1].outputs[-1]["text"])
    assert drawn["texts"] > 0, "no figure text was drawn: the recorder saw nothing"
    assert not drawn["hangul"], f"Korean inside figures (boxes in Colab): {drawn['hangul'][:5]}"
    for i in marked:
        text = "".join(o.get("text", "") for o in new.cells[i].outputs if o.output_type == "stream")
        assert "정답입니다!" in text and "아직" not in text, (
            f"solution failed:\n{new.cells[i].source}\n{text}"
        )
    stubs = [
        "".join(o.get("text", "") for o in c.outputs if o.output_type == "stream")
        for c in korean.cells
        if c.cell_type == "code" and re.search(r"lu\.checks\.check\w*\(", c.source)
    ]
    assert stubs
    for text in stubs:
        assert text.startswith("아직 아닙니다:") and HANGUL.search(text[8:]), text


def test_korean_outputs_are_clean(pair):
    src, english, korean = pair
    code = [c for c in korean.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1)), "not one fresh run"
    for i, c in enumerate(code):
        for out in c.outputs:
            assert out.output_type != "error", f"code cell {i} stored an error"
            assert not (out.output_type == "stream" and out.name == "stderr"), f"code cell {i}: stderr"


# ---- drift: what the build refuses, on a small synthetic course ------------------------------


@pytest.fixture
def tiny(tmp_path, monkeypatch):
    src = tmp_path / "src"
    (src / "ko").mkdir(parents=True)
    monkeypatch.setattr(build, "SRC_KO", src / "ko")
    path = src / "01_tiny.py"
    path.write_text("# %% [markdown]\n# # 01 · Tiny\n\n# %%\nx = 1\n\n# %% [markdown]\n# The end.\n")
    return path


def test_a_new_source_comes_as_todo_in_english(tiny):
    text = build.ko_update(tiny)
    assert text.count("· todo -->") == 2 and "The end." in text
    assert len(build.ko_problems(tiny)) == 2


def test_an_english_edit_makes_its_korean_block_stale_then_fuzzy(tiny):
    ko = build.ko_source(tiny)
    build.ko_update(tiny)
    ko.write_text(
        ko.read_text().replace(" · todo", "").replace("The end.", "끝.").replace("# 01 · Tiny", "# 01 · 작은")
    )
    assert build.ko_problems(tiny) == []
    assert [c.source for c in build.to_korean(tiny).cells if c.cell_type == "markdown"] == [
        "# 01 · 작은",
        "끝.",
    ]
    tiny.write_text(tiny.read_text().replace("The end.", "The very end."))
    assert any("older English text" in p for p in build.ko_problems(tiny))
    with pytest.raises(SystemExit):
        build.to_korean(tiny)
    text = build.ko_update(tiny)
    assert "· fuzzy -->" in text and "The very end." in text and "끝." in text
    assert any("fuzzy" in p for p in build.ko_problems(tiny))
    assert build.ko_blocks(ko)[1][3] == "끝.", "the new English is shown beside the block, not in it"


def test_a_missing_or_extra_block_is_named(tiny):
    ko = build.ko_source(tiny)
    build.ko_update(tiny)
    head, _sep, _rest = ko.read_text().partition("<!-- cell 2")
    ko.write_text(head.replace(" · todo", ""))
    assert any("blocks [1]" in p for p in build.ko_problems(tiny))


# ---- the READMEs ---------------------------------------------------------------------------------


def test_readme_ko_lists_every_korean_notebook_with_a_colab_badge():
    text = (ROOT / "README.ko.md").read_text(encoding="utf-8")
    for src in SOURCES:
        assert build.colab_url(CFG, "ko/" + build.ko_built_path(src).name) in text, src.name
    assert "(README.md)" in text
    assert "(README.ko.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_ko_holds_the_same_two_commands():
    """README.ko.md's two commands are README.md's (CI runs those: tests/test_repo.py)."""

    def commands(name, start, end):
        text = (ROOT / name).read_text(encoding="utf-8")
        return [
            b.strip()
            for b in re.findall(r"```bash\n(.*?)```", text[text.index(start) : text.index(end)], re.S)
        ]

    english = commands("README.md", "## Start here", "### Where the course is tested")
    korean = commands("README.ko.md", "## 시작하기", "## 강의와 노트북의 대응")
    assert len(english) == 2 and korean == english


def test_links_rewrites_both_editions_and_both_readmes(tmp_path, monkeypatch):
    """`build.py --links` after the repository moves: every badge and setup cell of both editions,
    README.md's and README.ko.md's badges point at the new home."""
    import shutil

    here = tmp_path / "notebooks"
    shutil.copytree(NB_DIR / "src", here / "src")
    for name in ("README.md", "README.ko.md"):
        shutil.copy(ROOT / name, tmp_path / name)
    for name, value in {
        "HERE": here,
        "ROOT": tmp_path,
        "SRC": here / "src",
        "SRC_KO": here / "src" / "ko",
    }.items():
        monkeypatch.setattr(build, name, value)
    monkeypatch.setattr(build, "KO", here / "ko")
    moved = {**CFG, "repo": "someone/elsewhere"}
    monkeypatch.setattr(build, "course_config", lambda: moved)
    assert build.main(["--links", "--no-execute", "--jobs", "1", "03"]) == 0
    src = here / "src" / "03_regression_hypothesis.py"
    ko_book = nbformat.read(here / "ko" / "03_regression_hypothesis.ipynb", as_version=4)
    assert build.colab_url(moved, "03_regression_hypothesis.ipynb") in src.read_text()
    assert build.colab_url(moved, "ko/03_regression_hypothesis.ipynb") in ko_book.cells[0].source
    assert (
        build.install_spec(moved) in ko_book.cells[1].source
        and "LECTURE_UTILS_LANGUAGE" in ko_book.cells[1].source
    )
    readme_ko = (tmp_path / "README.ko.md").read_text(encoding="utf-8")
    assert "someone/elsewhere/blob/main/notebooks/ko/03_regression_hypothesis.ipynb" in readme_ko
    assert CFG["repo"] not in readme_ko.replace("README.md", "")
    assert (
        "someone/elsewhere/blob/main/notebooks/03_regression_hypothesis.ipynb"
        in (tmp_path / "README.md").read_text()
    )

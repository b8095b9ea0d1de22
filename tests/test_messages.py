"""The Korean messages (lecture_utils.i18n, a gettext catalogue): complete, well-formed, compiled,
and what a learner of the Korean edition actually reads.

* The catalogue holds exactly the messages marked in the code (Babel's extractor: ``_``, ``N_``,
  ``ngettext``), each translated, not fuzzy, in Hangul (unless its English has fewer than two
  words), with the same set of ``{placeholders}`` as its English (an unknown one would raise
  KeyError in a learner's cell, a missing one would hide a value); the compiled ``.mo`` says what
  the ``.po`` says (``nox -s messages`` makes both).
* Every registered exercise check and prediction, fed the reference and each catalogued mistake in
  Korean, speaks Korean: "정답입니다!" / "아직 아닙니다:", the mistake's own Korean text, and no English
  sentence of the catalogue left untranslated.
* Every bad-input row of tests/test_bad_input.py, in Korean: the error is Korean and still names
  the argument (and None with the ``return`` hint).
* The language is chosen by LECTURE_UTILS_LANGUAGE or lu.set_language, never by the machine's locale.
"""

from __future__ import annotations

import gettext
import re
import string
from pathlib import Path

import _course as C
import numpy as np
import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

import lecture_utils as lu
from lecture_utils import i18n
from lecture_utils.checks import core

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "lecture_utils"
PO = PACKAGE / "locale" / "ko" / "LC_MESSAGES" / "lecture_utils.po"
MO = PO.with_suffix(".mo")
HANGUL = C.HANGUL
#: a few of the commonest English words: a text with three of them is an English sentence


def catalogue():
    with PO.open("rb") as f:
        return read_po(f)


def _ids(message) -> tuple:
    return message.id if isinstance(message.id, tuple) else (message.id,)


def _strings(message) -> tuple:
    return message.string if isinstance(message.string, tuple) else (message.string,)


def fields(text: str) -> list:
    """The ``{placeholders}`` of a str.format template: (name, conversion, spec), sorted."""
    found = []
    for _lit, name, spec, conv in string.Formatter().parse(text):
        if name is not None:
            found.append((name, conv or "", spec or ""))
    return sorted(found)


@pytest.fixture
def korean(monkeypatch):
    monkeypatch.setenv(i18n.ENV, "ko")
    yield
    monkeypatch.delenv(i18n.ENV, raising=False)


# ---- the catalogue -------------------------------------------------------------


def test_the_catalogue_holds_exactly_the_marked_messages():
    marked = {}
    for filename, _line, message, _comments, _context in extract_from_dir(str(PACKAGE)):
        key = message if isinstance(message, str) else tuple(message)
        marked.setdefault(key, filename)
    assert "lang must be one of {choices}; got {got}" in marked, "the extractor found nothing"
    have = {m.id for m in catalogue() if m.id}
    missing = sorted(set(marked) - have, key=str)
    gone = sorted(have - set(marked), key=str)
    assert not missing, f"{len(missing)} messages not in the catalogue (run nox -s messages): {missing[:5]}"
    assert not gone, f"{len(gone)} messages in the catalogue that the code no longer has: {gone[:5]}"


def test_every_message_is_translated_into_korean_with_its_placeholders():
    bad = []
    for m in catalogue():
        if not m.id:
            continue
        english, korean = _ids(m), _strings(m)
        if m.fuzzy or not all(s.strip() for s in korean):
            bad.append(f"untranslated{' (fuzzy)' if m.fuzzy else ''}: {english[0]!r}")
            continue
        words = re.sub(r"\{[^}]*\}", "", english[0])
        if len(re.findall(r"[A-Za-z]{2,}", words)) >= 2 and not all(HANGUL.search(s) for s in korean):
            bad.append(f"not Korean: {english[0]!r} -> {korean[0]!r}")
        for s in korean:
            if set(fields(s)) != set(fields(english[-1])) and set(fields(s)) != set(fields(english[0])):
                bad.append(
                    f"placeholders differ: {english[0]!r} has {fields(english[0])}, {s!r} has {fields(s)}"
                )
    assert not bad, f"{len(bad)} problems, first ones:\n" + "\n".join(bad[:15])


def test_the_compiled_catalogue_says_what_the_po_says():
    with MO.open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    for m in catalogue():
        if not m.id or m.fuzzy:
            continue
        if isinstance(m.id, tuple):
            assert compiled.ngettext(m.id[0], m.id[1], 1) == m.string[0], m.id
        else:
            assert compiled.gettext(m.id) == m.string, f"{MO.name} is stale (run nox -s messages): {m.id!r}"


def test_placeholder_parsing_sees_what_format_sees():
    assert fields("{name} returned {value!r}, {n:,} lines") == [
        ("n", "", ","),
        ("name", "", ""),
        ("value", "r", ""),
    ]


# ---- choosing the language --------------------------------------------------------


def test_english_is_the_default_whatever_the_locale(monkeypatch):
    monkeypatch.delenv(i18n.ENV, raising=False)
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    monkeypatch.setenv("LANGUAGE", "ko")
    assert i18n.language() == "en"
    assert i18n._(core.PASS) == "Correct!"


@pytest.mark.parametrize("value", ["ko", "KO", "ko_KR", "ko-KR.UTF-8", " ko "])
def test_korean_by_the_environment_variable(monkeypatch, value):
    monkeypatch.setenv(i18n.ENV, value)
    assert i18n.language() == "ko"
    assert HANGUL.search(i18n._(core.FAIL))


def test_set_language_switches_at_once_and_back(monkeypatch):
    monkeypatch.delenv(i18n.ENV, raising=False)
    lu.set_language("ko")
    try:
        assert i18n._(core.PASS) == "정답입니다!"
    finally:
        lu.set_language("en")
    assert i18n._(core.PASS) == "Correct!"


# ---- what a learner of the Korean edition reads ----------------------------------------


def english_sentences() -> list[str]:
    """The fixed parts (between placeholders) of every catalogued message that read as English
    sentences: one of them in a Korean output is a message left untranslated."""
    parts = set()
    for m in catalogue():
        for text in _ids(m) if m.id else ():
            for lit, *_rest in string.Formatter().parse(text):
                words = re.findall(r"[a-z]+", lit.lower())
                if len(words) >= 5 and len(C.COMMON_ENGLISH & set(words)) >= 3:
                    parts.add(lit.strip())
    return sorted(parts, key=len, reverse=True)


ENGLISH = english_sentences()


def english_lines(text: str) -> list[str]:
    """Sentences of ``text`` that read as English (five words or more, three of them common English
    words, no Hangul), outside `code`, quoted values and Python's own error texts (``ValueError ...``
    to the end of its line, as Python wrote it): a message nobody marked for translation."""
    text = re.sub(r"`[^`]*`|'[^']*'|\"[^\"]*\"", " ", text)
    text = re.sub(r"\b\w*(Error|Warning|Exception)\b[^\n]*", " ", text)
    return C.english_sentences(text)


def assert_korean(out: str, what: str):
    assert HANGUL.search(out), f"{what}: no Korean in:\n{out}"
    left = [s for s in ENGLISH if s in out] + english_lines(out)
    assert not left, f"{what}: English left untranslated: {left[0]!r} in:\n{out}"


def _takes_a_function(check) -> bool:
    import inspect

    return next(iter(inspect.signature(check).parameters)) == "fn"


CHECKS = sorted(core.REGISTRY)


@pytest.mark.parametrize("name", CHECKS)
def test_every_check_speaks_korean(name, korean, capsys):
    check, reference, mistakes = core.REGISTRY[name]
    if reference is not None:
        assert check(reference)
        out = capsys.readouterr().out
        assert out.startswith("정답입니다!"), out
        assert_korean(out, f"{name}(reference)")
    for mistake in mistakes:
        args = (mistake.fn,) if mistake.fn is not None else mistake.answer
        assert not check(*args)
        out = capsys.readouterr().out
        assert out.startswith("아직 아닙니다:"), out
        assert mistake.says in out and HANGUL.search(mistake.says), out
        assert_korean(out, f"{name} with a catalogued mistake")
    if _takes_a_function(check):
        for wrong in (lambda *a: None, lambda *a: "text", lambda *a: np.array([np.nan])):
            assert not check(wrong)
            assert_korean(capsys.readouterr().out, f"{name} with a wrong return")


@pytest.mark.parametrize("name", sorted(core.PREDICTIONS))
def test_every_prediction_speaks_korean(name, korean, capsys):
    check, mistakes = core.PREDICTIONS[name]
    right = check.right()
    assert check(right)
    out = capsys.readouterr().out
    assert out.startswith("정답입니다!"), out
    assert_korean(out, name)
    for given in [None, "text", *[m.answer[0] for m in mistakes]]:
        assert not check(given)
        out = capsys.readouterr().out
        assert out.startswith("아직 아닙니다:"), out
        assert_korean(out, f"{name}({given!r})")


def _bad_input_rows():
    import test_bad_input as T

    return [pytest.param(r, id=r.id()) for r in T.ALL_ROWS]


@pytest.mark.parametrize("row", _bad_input_rows())
def test_bad_input_is_refused_in_korean(row, korean):
    with pytest.raises(row.raises) as err:
        row.call()
    msg = str(err.value)
    assert re.search(rf"\b{re.escape(row.names)}\b", msg), f"the message does not name {row.names!r}: {msg}"
    if any(v is None for v in list(row.args) + list(row.kwargs.values())):
        assert "None" in msg and "return" in msg, f"None is not named with the return hint: {msg}"
    assert_korean(msg, row.id())


def test_the_no_widgets_hint_speaks_korean(korean):
    assert_korean(i18n._(lu.sliders.NO_WIDGETS_HINT), "the no-widgets hint")
    assert "pip install ipywidgets" in i18n._(lu.sliders.NO_WIDGETS_HINT)


def _labels(widget) -> list[str]:
    """Every description and Play tooltip in a widget tree, depth first."""
    found = [widget.description] if getattr(widget, "description", "") else []
    for child in getattr(widget, "children", ()):
        found += _labels(child)
    return found


@pytest.mark.parametrize("language", ["en", "ko"])
def test_slider_labels_speak_the_notebooks_language(monkeypatch, language):
    """A real explorer of notebook 05 (start W, step, Play): Korean labels in the Korean edition,
    the English ones unchanged in the English edition; code names (W) as they are."""
    monkeypatch.setenv(i18n.ENV, language)
    monkeypatch.setenv("LECTURE_UTILS_STATIC", "0")
    x, y = lu.load_regression_samples()
    labels = _labels(lu.explorers.descent_explorer(x, y).widget())
    if language == "en":
        assert {"start W", "step", "Play"} <= set(labels), labels
    else:
        assert {"시작 W", "단계", "재생"} <= set(labels), labels

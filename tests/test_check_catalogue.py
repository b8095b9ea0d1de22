"""Every registered exercise check (lecture_utils.checks.REGISTRY), fed what a learner may hand it:
the reference passes; each catalogued mistake fails and is named by its own words; a result off by a
relative 1e-3 fails and one off by 1e-8 passes; strings, lists of strings, None, NaN, a wrong shape,
an input changed in place, an endless loop and a flood of printing all get "Not yet:", never a hang,
a traceback or "Correct!"."""

from __future__ import annotations

import inspect
import re

import numpy as np
import pytest

from lecture_utils import checks
from lecture_utils.checks import REGISTRY

#: the notebook modules whose exercises have their catalogue of usual mistakes (at least four each);
#: a notebook module joins when its catalogue is written, and in the end all ten are here
CATALOGUED = ("nb01", "nb02", "nb03", "nb04", "nb05", "nb06", "nb07", "nb08", "nb09", "nb10")

ALL = sorted(REGISTRY)


def _takes_a_function(name) -> bool:
    check = REGISTRY[name][0]
    return next(iter(inspect.signature(check).parameters)) == "fn"


FUNCTION_CHECKS = [n for n in ALL if _takes_a_function(n)]
WITH_REFERENCE = [n for n in FUNCTION_CHECKS if REGISTRY[n][1] is not None]
ANSWER_CHECKS = [n for n in ALL if not _takes_a_function(n)]
MISTAKES = [pytest.param(name, i, id=f"{name}-{i}") for name in ALL for i in range(len(REGISTRY[name][2]))]


def _module(name) -> str:
    return REGISTRY[name][0].__module__.rsplit(".", 1)[-1]


def run(name, *args, capsys, **kwargs):
    result = REGISTRY[name][0](*args, **kwargs)
    out = capsys.readouterr()
    assert out.err == "", out.err
    assert isinstance(result, checks.Feedback)
    return bool(result), out.out


def test_every_notebook_module_registers_its_checks():
    assert {_module(n) for n in ALL} == {f"nb{k:02d}" for k in range(1, 11)}


@pytest.mark.parametrize("name", [n for n in ALL if _module(n) in CATALOGUED])
def test_every_exercise_has_at_least_four_catalogued_mistakes(name):
    mistakes = REGISTRY[name][2]
    assert len(mistakes) >= 4, f"{name} has {len(mistakes)} catalogued mistakes"
    for m in mistakes:
        assert m.says.strip() and (m.fn is None) != (m.answer is None), m


@pytest.mark.parametrize(("name", "i"), MISTAKES)
def test_every_catalogued_mistake_is_named(name, i, capsys):
    mistake = REGISTRY[name][2][i]
    args = (mistake.fn,) if mistake.fn is not None else mistake.answer
    ok, out = run(name, *args, capsys=capsys)
    assert not ok and out.startswith("Not yet:") and "Correct!" not in out, out
    assert mistake.says in out, f"expected {mistake.says!r} in:\n{out}"


@pytest.mark.parametrize("name", WITH_REFERENCE)
def test_the_reference_passes(name, capsys):
    ok, out = run(name, REGISTRY[name][1], capsys=capsys)
    assert ok and out.startswith("Correct!"), out


def _scaled(reference, factor):
    def scale(value):
        if isinstance(value, tuple):
            return tuple(scale(v) for v in value)
        return np.asarray(value, dtype=np.float64) * factor

    def learner(*args):
        return scale(reference(*args))

    return learner


@pytest.mark.parametrize("name", WITH_REFERENCE)
def test_a_relative_error_of_1e3_fails_and_1e8_passes(name, capsys):
    reference = REGISTRY[name][1]
    ok, out = run(name, _scaled(reference, 1 + 1e-3), capsys=capsys)
    assert not ok and out.startswith("Not yet:"), out
    ok, out = run(name, _scaled(reference, 1 + 1e-8), capsys=capsys)
    assert ok and out.startswith("Correct!"), out


def _bad_functions(reference):
    def text(*args):
        value = reference(*args)
        return tuple(str(v) for v in value) if isinstance(value, tuple) else str(value)

    def list_of_text(*args):
        value = reference(*args)
        return [str(v) for v in np.ravel(value[0] if isinstance(value, tuple) else value)]

    def nan(*args):
        return _scaled(reference, np.nan)(*args)

    def wrong_shape(*args):
        value = reference(*args)
        grow = lambda v: np.append(np.ravel(v), 0.0)  # noqa: E731
        return tuple(grow(v) for v in value) if isinstance(value, tuple) else grow(value)

    def in_place(*args):
        value = reference(*args)
        for a in args:
            if isinstance(a, np.ndarray) and a.dtype.kind == "f" and a.size:
                a[...] = a + 1.0
        return value

    def endless(*args):
        n = 0
        while n >= 0:
            n += 1

    def chatty(*args):
        for i in range(5000):
            print("step", i)

    return {
        "text": text,
        "list of text": list_of_text,
        "None": lambda *args: None,
        "NaN": nan,
        "wrong shape": wrong_shape,
        "in place": in_place,
        "endless loop": endless,
        "heavy printing": chatty,
    }


BAD = sorted(_bad_functions(None))


@pytest.mark.parametrize("name", FUNCTION_CHECKS)
@pytest.mark.parametrize("what", BAD)
def test_bad_functions_get_not_yet(name, what, capsys):
    reference = REGISTRY[name][1] or (lambda *args: np.zeros(3))
    fn = _bad_functions(reference)[what]
    ok, out = run(name, fn, capsys=capsys, time_limit=0.3)
    assert not ok and out.startswith("Not yet:") and "Correct!" not in out, out
    assert "Traceback" not in out and "core.py" not in out, out
    if what == "endless loop":
        assert "did not finish within 0.3 seconds" in out and "while n >= 0" in out, out
    if what == "heavy printing":
        assert len(out.splitlines()) < 20 and re.search(r"printed [0-9,]+ lines", out), out
    if what == "in place":
        assert "in place" in out, out


BAD_ANSWERS = {"text": "0.5", "list of text": ["0.5", "2"], "None": None, "NaN": np.nan, "inf": np.inf}


@pytest.mark.parametrize("name", ANSWER_CHECKS)
@pytest.mark.parametrize("what", sorted(BAD_ANSWERS))
def test_bad_answers_get_not_yet(name, what, capsys):
    n = len(inspect.signature(REGISTRY[name][0]).parameters)
    ok, out = run(name, *[BAD_ANSWERS[what]] * n, capsys=capsys)
    assert not ok and out.startswith("Not yet:") and "Correct!" not in out, out

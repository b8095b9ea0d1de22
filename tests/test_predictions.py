"""Prediction checks (lecture_utils.checks.core.check_prediction and the @prediction registry): the
learner writes a number or a choice into a variable before dragging a slider. A right prediction gets
"Correct!" and why; a wrong one gets "Not yet:", what the usual wrong predictions reveal, and the same
why; None (nothing predicted yet), text for a number, NaN and anything else get "Not yet:" and are
never called correct."""

from __future__ import annotations

import contextlib
import inspect
import io

import numpy as np
import pytest

from lecture_utils import checks
from lecture_utils.checks import PREDICTIONS, Mistake, core

WHY = "because the line moves by b everywhere."
SHIFT_MISTAKES = [Mistake("b multiplies nothing.", answer=(4.0,)), Mistake("the sign.", answer=(-1.0,))]


def predict(answer, capsys, **kwargs):
    kwargs = {"right": 1.0, "why": WHY, "mistakes": SHIFT_MISTAKES, **kwargs}
    result = core.check_prediction(answer, **kwargs)
    out = capsys.readouterr()
    assert out.err == "" and isinstance(result, checks.Feedback)
    return bool(result), out.out


@pytest.mark.parametrize("answer", [1.0, 1, np.float64(1.0), 1.01])
def test_a_right_number_is_correct_and_told_why(answer, capsys):
    ok, out = predict(answer, capsys)
    assert ok and out.startswith("Correct!") and WHY in out, out


@pytest.mark.parametrize("answer", [1.5, 0.9, 7.0, 0.0])
def test_a_wrong_number_is_not_yet_and_still_told_why(answer, capsys):
    ok, out = predict(answer, capsys)
    assert not ok and out.startswith("Not yet:") and "Correct!" not in out, out
    assert WHY in out and "it is 1" in out, out


@pytest.mark.parametrize(
    ("answer", "says"), [(4.0, "b multiplies nothing."), (-1.0, "the sign."), (4.02, "b multiplies")]
)
def test_a_usual_wrong_prediction_is_named(answer, says, capsys):
    ok, out = predict(answer, capsys)
    assert not ok and out.startswith("Not yet:") and says in out and WHY in out, out


def test_an_unusual_wrong_prediction_names_no_mistake(capsys):
    ok, out = predict(2.5, capsys)
    assert not ok and not any(m.says in out for m in SHIFT_MISTAKES), out


@pytest.mark.parametrize(
    ("answer", "phrase"),
    [
        (None, "write your prediction into the variable first"),
        ("1", "not the text '1'"),
        (True, "write one number"),
        (np.nan, "not a finite number"),
        (np.inf, "not a finite number"),
        ([1.0], "write one number"),
        (print, "write one number"),
    ],
)
def test_what_is_no_prediction_is_refused(answer, phrase, capsys):
    ok, out = predict(answer, capsys)
    assert not ok and out.startswith("Not yet:") and phrase in out and "Correct!" not in out, out
    assert WHY not in out, "the why comes after a prediction, not before it"


CHOICES = ("left", "right", "neither")


@pytest.mark.parametrize("answer", ["right", " Right ", "RIGHT"])
def test_a_right_choice_is_correct(answer, capsys):
    ok, out = predict(answer, capsys, right="right", choices=CHOICES, mistakes=())
    assert ok and out.startswith("Correct!") and WHY in out, out


def test_a_wrong_choice_is_named(capsys):
    mistakes = [Mistake("left is where the line starts.", answer=("left",))]
    ok, out = predict("Left", capsys, right="right", choices=CHOICES, mistakes=mistakes)
    assert not ok and "left is where the line starts." in out and WHY in out, out
    ok, out = predict("neither", capsys, right="right", choices=CHOICES, mistakes=mistakes)
    assert not ok and "left is where" not in out and WHY in out, out


@pytest.mark.parametrize(
    ("answer", "phrase"), [("up", "not one of the choices"), (1.0, "as text"), (None, "first")]
)
def test_a_choice_outside_the_choices_is_refused(answer, phrase, capsys):
    ok, out = predict(answer, capsys, right="right", choices=CHOICES)
    assert not ok and out.startswith("Not yet:") and phrase in out and WHY not in out, out


def test_the_tolerance_is_relative(capsys):
    assert predict(1000.0, capsys, right=1000.0)[0]
    assert predict(1015.0, capsys, right=1000.0)[0]
    assert not predict(1100.0, capsys, right=1000.0)[0]
    assert not predict(1.1, capsys, right=1.0, rtol=0.05)[0]


# ---------------------------------------------------------------------------
# The registered predictions of the notebooks

NAMES = sorted(PREDICTIONS)
MISTAKES = [pytest.param(n, i, id=f"{n}-{i}") for n in NAMES for i in range(len(PREDICTIONS[n][1]))]


def run(name, answer, capsys):
    result = getattr(checks, name)(answer)
    out = capsys.readouterr()
    assert out.err == "" and isinstance(result, checks.Feedback)
    return bool(result), out.out


def test_the_notebooks_register_predictions():
    assert NAMES and all(n.startswith("check_prediction_") for n in NAMES)
    for name in NAMES:  # lu.checks.<name> is the registered check, taking the prediction only
        assert getattr(checks, name) is PREDICTIONS[name][0]
        assert list(inspect.signature(getattr(checks, name)).parameters) == ["answer"]


@pytest.mark.parametrize("name", NAMES)
def test_the_right_prediction_passes(name, capsys):
    ok, out = run(name, PREDICTIONS[name][0].right(), capsys)
    assert ok and out.startswith("Correct!") and "Why:" in out, out


@pytest.mark.parametrize("name", NAMES)
def test_every_prediction_has_usual_wrong_ones_far_from_the_right_one(name):
    right, mistakes = PREDICTIONS[name][0].right(), PREDICTIONS[name][1]
    assert len(mistakes) >= 3, f"{name}: catalogue at least three usual wrong predictions"
    for m in mistakes:
        assert m.answer is not None and len(m.answer) == 1 and m.says.strip(), m
        assert not np.isclose(m.answer[0], right, rtol=0.05), f"{name}: {m.answer} is the right answer"


@pytest.mark.parametrize(("name", "i"), MISTAKES)
def test_every_usual_wrong_prediction_is_named_with_the_why(name, i, capsys):
    mistake = PREDICTIONS[name][1][i]
    ok, out = run(name, mistake.answer[0], capsys)
    assert not ok and out.startswith("Not yet:") and "Correct!" not in out, out
    assert mistake.says in out and "Why:" in out, out


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("answer", [None, "2", np.nan, np.inf, [1.0, 2.0], {}, print])
def test_no_prediction_is_refused(name, answer, capsys):
    ok, out = run(name, answer, capsys)
    assert not ok and out.startswith("Not yet:") and "Correct!" not in out and "Why:" not in out, out


def test_a_prediction_check_is_named_check_prediction_something():
    with pytest.raises(ValueError, match="check_prediction_"):

        @core.prediction(why=".")
        def guess():
            return 1.0


def test_two_modules_cannot_register_the_same_prediction(monkeypatch):
    monkeypatch.setattr(core, "PREDICTIONS", dict(PREDICTIONS))

    def check_prediction_raise_b():
        return 1.0

    check_prediction_raise_b.__module__ = "somewhere_else"
    with pytest.raises(ValueError, match="two prediction checks"):
        core.prediction(why=".")(check_prediction_raise_b)


def test_03s_predictions_start_where_its_slider_figure_starts():
    """nb03's predictions ask about a move from the explorer's starting W and b: the two must agree."""
    from pathlib import Path

    from lecture_utils.checks import nb03

    src = (Path(__file__).resolve().parents[1] / "notebooks/src/03_regression_hypothesis.py").read_text()
    call = f"lu.explorers.fit_explorer(x, y, w={nb03._START_W}, b={nb03._START_B}, predict_at=5)"
    assert call in src, f"notebook 03 no longer calls {call}: update nb03's predictions"
    assert src.index("check_prediction_raise_b(") < src.index(call)
    assert src.index("check_prediction_raise_w(") < src.index(call)


def test_02s_predictions_use_the_notebooks_own_data(capsys):
    """nb02's predictions recompute the notebook's students and X_dim: running the notebook's own data
    cells gives the same numbers, and the predictions come before the sliders they are about."""
    from pathlib import Path

    from lecture_utils.checks import nb02

    src = (Path(__file__).resolve().parents[1] / "notebooks/src/02_machine_learning_overview.py").read_text()
    cells = src.split("\n# %%\n")
    made = {"np": np}
    for name in ("X_dim", "students"):
        exec(next(c for c in cells if f"\n{name} = " in c), made)
    capsys.readouterr()
    np.testing.assert_array_equal(made["X_dim"], nb02.points_near_a_line())
    hours, score = nb02.students()
    np.testing.assert_array_equal(made["hours"], hours)
    np.testing.assert_array_equal(made["score"], score)
    for check, slider in (
        ("check_prediction_low_pass_mark(", "lu.explorers.pass_mark_explorer("),
        ("check_prediction_best_direction(", "lu.explorers.projection_explorer("),
    ):
        assert src.index(check) < src.index(slider)


def test_a_prediction_says_what_comes_next_as_the_notebook_has_it():
    """A prediction whose next code cell builds no slider figure (the cells below compute the answer,
    or a still figure shows it) must not send the learner to "drag the slider": it has ``then``."""
    import re
    from pathlib import Path

    import nbformat

    slider = re.compile(r"lu\.explorers\.\w+\(|SliderFigure\(")
    root = Path(__file__).resolve().parents[1]
    seen = 0
    for path in sorted((root / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        code = [c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
        for i, source in enumerate(code):
            for name in re.findall(r"lu\.checks\.(check_prediction_\w+)\(", source):
                seen += 1
                later = code[i + 1 : i + 3]  # the next cell, or the one after a second prediction
                slider_next = any(slider.search(s) for s in later[:1]) or (
                    len(later) == 2 and "check_prediction_" in later[0] and slider.search(later[1])
                )
                answer = PREDICTIONS[name][0].right()
                out = io.StringIO()
                with contextlib.redirect_stdout(out):
                    PREDICTIONS[name][0](answer)
                says_drag = "drag the slider" in out.getvalue()
                assert says_drag == bool(slider_next), (
                    f"{path.name}: {name} says {'drag the slider' if says_drag else 'no slider'}, "
                    f"but its next cell {'builds' if slider_next else 'builds no'} slider figure"
                )
    assert seen >= 20

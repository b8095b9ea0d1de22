"""The checks of notebooks 01-03, tried with what a beginner who just read the notebook writes: right
answers written in other ways pass, and the real wrong answers get a message that names them.

(Every catalogued mistake is fed to its check in test_check_catalogue.py; here are the answers that are
not in a catalogue, or that need the notebook's own functions around them.)"""

from __future__ import annotations

import numpy as np
import pytest

from lecture_utils import checks
from lecture_utils.checks import nb01, nb02


def run(check, *args, capsys):
    ok = check(*args)
    out = capsys.readouterr()
    assert out.err == ""
    return bool(ok), out.out


def notebook(source):
    """The functions a learner defines in a notebook cell (they see each other as globals)."""
    namespace = {"np": np}
    exec(source, namespace)
    return namespace


RIGHT_SHAPES = {e: nb01._SHAPES[e] for e in nb01._SHAPE_HINTS}

# ---------------------------------------------------------------------------
# Right answers written differently pass


@pytest.mark.parametrize(
    ("check", "fn"),
    [
        ("check_sum_of_products", lambda x, y: x @ y),
        ("check_sum_of_products", lambda x, y: np.dot(x, y)),
        ("check_sum_of_products", lambda x, y: sum(x * y)),
        ("check_sum_of_products", lambda x, y: float((x * y).sum())),
        ("check_center_columns", lambda X: X - np.mean(X, axis=0, keepdims=True)),
        ("check_split_features_labels", lambda T: [T[:, 0:-1], T[:, T.shape[1] - 1]]),
        ("check_split_features_labels", lambda T: (np.delete(T, -1, axis=1), T[:, -1])),
        ("check_to_class", lambda s, t: (s >= t).astype(int)),  # what notebook 02 itself writes
        ("check_to_class", lambda s, t: np.where(s >= t, 1, 0)),
        ("check_to_class", lambda s, t: [1.0 if v >= t else 0.0 for v in s]),  # no loop ban here
        ("check_hypothesis", lambda W, b, x: x * W + b),
        ("check_hypothesis", lambda W, b, x: np.dot(W, x) + b),
        ("check_residuals", lambda W, b, x, y: np.array([W * v + b - t for v, t in zip(x, y, strict=True)])),
    ],
)
def test_right_answers_written_differently_pass(check, fn, capsys):
    ok, out = run(getattr(checks, check), fn, capsys=capsys)
    assert ok and out.startswith("Correct!"), out


def test_the_notebooks_own_H_may_be_used(capsys):
    ns = notebook(
        "def H(x, W, b):\n    return W * x + b\n"
        "def hypothesis(W, b, x):\n    return H(x, W, b)\n"
        "def residuals(W, b, x, y):\n    return hypothesis(W, b, x) - y\n"
    )
    assert run(checks.check_hypothesis, ns["hypothesis"], capsys=capsys)[0]
    assert run(checks.check_residuals, ns["residuals"], capsys=capsys)[0]


def test_shapes_written_as_lists_numbers_or_text_pass(capsys):
    answers = {**RIGHT_SHAPES, "x * 2": 4, "X.T": [3, 5], "X.sum()": "()", "X @ w": "(5,)"}
    ok, out = run(checks.check_shapes, answers, capsys=capsys)
    assert ok, out


def test_quadrants_in_other_spellings_pass(capsys):
    answers = {p: " " + right.title() + " " for p, (right, _, _) in nb02.ML_PROBLEMS.items()}
    answers["survey map"] = "dimension reduction"
    answers["face photos"] = "Dimensionality_Reduction"
    ok, out = run(checks.check_ml_quadrants, answers, capsys=capsys)
    assert ok, out


@pytest.mark.parametrize(
    ("W", "b", "prediction"),
    [(0.5, 2, 4.5), (1 / 2, 2.0, np.float64(4.5)), (np.array([0.5]), 2.0, np.array([4.5]))],
)
def test_fit_by_hand_takes_a_number_in_any_form(W, b, prediction, capsys):
    ok, out = run(checks.check_fit_by_hand, W, b, prediction, capsys=capsys)
    assert ok and out.startswith("Correct!"), out


# ---------------------------------------------------------------------------
# Wrong answers a beginner writes get a message that names the mistake


def test_a_shape_quiz_answer_of_error_is_told_broadcasting_works(capsys):
    ok, out = run(checks.check_shapes, {**RIGHT_SHAPES, "X + w": "Error!"}, capsys=capsys)
    assert not ok and "X + w works, it is no error" in out, out
    ok, out = run(checks.check_shapes, {**RIGHT_SHAPES, "X + w": "(5 3)"}, capsys=capsys)
    assert not ok and "'(5 3)' is not a shape" in out and "no error" not in out, out


def test_calling_the_loop_version_is_named(capsys):
    ns = notebook(
        "def sum_of_products_loop(x, y):\n"
        "    total = 0.0\n"
        "    for i in range(len(x)):\n"
        "        total = total + x[i] * y[i]\n"
        "    return total\n"
        "def sum_of_products(x, y):\n"
        "    return sum_of_products_loop(x, y)\n"
    )
    ok, out = run(checks.check_sum_of_products, ns["sum_of_products"], capsys=capsys)
    assert not ok and "calls sum_of_products_loop" in out, out


def test_a_loop_is_refused_where_the_hypothesis_exercise_forbids_it(capsys):
    ok, out = run(checks.check_hypothesis, lambda W, b, x: [W * v + b for v in x], capsys=capsys)
    assert not ok and "uses a Python loop" in out, out


def test_the_notebooks_H_called_in_the_wrong_order_is_named(capsys):
    ns = notebook(
        "def H(x, W, b):\n    return W * x + b\n"
        "def hypothesis(W, b, x):\n    return H(W, b, x)\n"
        "def residuals(W, b, x, y):\n    return H(W, b, x) - y\n"
    )
    for check, fn in ((checks.check_hypothesis, ns["hypothesis"]), (checks.check_residuals, ns["residuals"])):
        ok, out = run(check, fn, capsys=capsys)
        assert not ok and "H takes its arguments in the order H(x, W, b)" in out, out


def test_supervised_is_told_to_name_the_box(capsys):
    answers = {p: right for p, (right, _, _) in nb02.ML_PROBLEMS.items()}
    ok, out = run(checks.check_ml_quadrants, {**answers, "spam": "Supervised"}, capsys=capsys)
    assert not ok and "'spam': supervised is half the answer" in out, out
    assert "classification or regression" in out, out


def test_a_renamed_problem_is_named(capsys):
    answers = {p: right for p, (right, _, _) in nb02.ML_PROBLEMS.items()}
    answers["cat/dog"] = answers.pop("cat or dog")
    ok, out = run(checks.check_ml_quadrants, answers, capsys=capsys)
    assert not ok and "no answer yet for 'cat or dog'" in out and "'cat/dog' is not a name" in out, out


def test_a_global_pass_mark_is_not_called_typed_in(capsys):
    ns = notebook(
        "pass_mark = 60\ndef to_class(scores, threshold):\n    return (scores >= pass_mark) * 1.0\n"
    )
    ok, out = run(checks.check_to_class, ns["to_class"], capsys=capsys)
    assert not ok and "the notebook's pass_mark" in out, out


@pytest.mark.parametrize(
    ("W", "b", "prediction", "phrase"),
    [
        (0.5, 2.5, None, "b = 2.5 is the line's height at x = 1"),  # a wrong line, whatever the prediction
        (2.0, 0.5, 4.5, "W and b are swapped"),
        (1.0, 0.0, None, "W = 1, b = 0 is the lecture's line"),
        (0.5, 2.0, 5, "5 is the lecture's answer for its own samples"),
        (0.5, 2.0, 5.5, "H(5) = W * 5 + b is not 5.5"),
        (0.49, 2.0, 4.45, "not steep enough: raise W"),
    ],
)
def test_fit_by_hand_names_the_wrong_line(W, b, prediction, phrase, capsys):
    ok, out = run(checks.check_fit_by_hand, W, b, prediction, capsys=capsys)
    assert not ok and out.startswith("Not yet:") and phrase in out, out

"""lecture_utils.checks: every check passes right answers with "Correct!", gives the specific
feedback for the usual mistakes, and never raises whatever the learner hands it."""

from __future__ import annotations

import inspect

import numpy as np
import pytest

from lecture_utils import checks

# ---------------------------------------------------------------------------
# Right answers, written the way a learner would (independent of the references)


def hypothesis(W, b, x):
    return W * x + b


def mse(h, y):
    return ((h - y) ** 2).sum() / len(y)


def mae(h, y):
    return np.abs(h - y).sum() / len(y)


def cost(W, b, x, y):
    return np.mean((hypothesis(W, b, x) - y) ** 2)


def gradient_w(W, x, y):
    return 2 / len(x) * np.sum((W * x - y) * x)


def gradient_step(W, x, y, lr):
    return W - lr * gradient_w(W, x, y)


def gradients_wb(W, b, x, y):
    r = W * x + b - y
    return 2 * np.mean(r * x), 2 * np.mean(r)


def predict(X, w, b):
    return X.dot(w) + b


def gradients_matrix(X, w, b, y):
    r = X @ w + b - y
    return 2 / len(y) * X.T @ r, 2 / len(y) * r.sum()


def sigmoid(z):
    out = np.empty_like(z, dtype=float)
    pos = z >= 0
    out[pos] = 1 / (1 + np.exp(-z[pos]))
    e = np.exp(z[~pos])
    out[~pos] = e / (1 + e)
    return out


def relu(x):
    return np.where(x > 0, x, 0.0)


def leaky_relu(x):
    return np.where(x > 0, x, 0.1 * x)


def cross_entropy(p, y):
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))


def logistic_gradients(w, b, x, y):
    r = sigmoid(w * x + b) - y
    return np.mean(r * x), np.mean(r)


def softmax(z):
    e = np.exp(z - z.max())
    return e / np.sum(e)


RIGHT = {
    "check_hypothesis": hypothesis,
    "check_mse": mse,
    "check_mae": mae,
    "check_cost": cost,
    "check_gradient_w": gradient_w,
    "check_gradient_step": gradient_step,
    "check_gradients_wb": gradients_wb,
    "check_predict_matrix": predict,
    "check_gradients_matrix": gradients_matrix,
    "check_sigmoid": sigmoid,
    "check_relu": relu,
    "check_leaky_relu": leaky_relu,
    "check_cross_entropy": cross_entropy,
    "check_logistic_gradients": logistic_gradients,
    "check_softmax": softmax,
}

ALL_CHECKS = sorted(n for n, f in vars(checks).items() if n.startswith("check_") and inspect.isfunction(f))
WITH_REFERENCE = [n for n in ALL_CHECKS if hasattr(checks, "ref_" + n[len("check_") :])]


def run(check, fn, capsys):
    ok = check(fn)
    out = capsys.readouterr()
    assert out.err == ""
    assert len(out.out.strip().splitlines()) >= 1
    return ok, out.out


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_right_answers_pass_with_correct(name, capsys):
    ok, out = run(getattr(checks, name), RIGHT[name], capsys)
    assert ok, out
    assert out.startswith(checks.PASS) and "Correct!" in out


@pytest.mark.parametrize("name", WITH_REFERENCE)
def test_every_check_passes_its_reference(name, capsys):
    ref = getattr(checks, "ref_" + name[len("check_") :])
    ok, out = run(getattr(checks, name), ref, capsys)
    assert ok, out
    assert "Correct!" in out


def test_sigmoid_check_passes_the_packages_sigmoid(capsys):
    from lecture_utils.activations import sigmoid as lu_sigmoid

    ok, out = run(checks.check_sigmoid, lu_sigmoid, capsys)
    assert ok and "Correct!" in out


# ---------------------------------------------------------------------------
# The usual mistakes get the specific feedback


def no_return_mse(h, y):
    np.mean((h - y) ** 2)


MISTAKES = [
    ("check_mse", no_return_mse, ["forget `return`"]),
    ("check_mse", lambda h, y: 2 * np.mean((h - y) ** 2), ["factor of 2", "twice"]),
    ("check_mse", lambda h, y: np.mean((h - y) ** 2) / 2, ["factor of 2", "half"]),
    (
        "check_mse",
        lambda h, y: (h - y) ** 2,
        ["returns shape (5,)", "expected a single number", "sum or average"],
    ),
    ("check_mse", lambda h, y: np.sum((h - y) ** 2), ["times the expected"]),
    ("check_mae", lambda h, y: np.mean(h - y), ["returned"]),
    ("check_gradient_w", lambda W, x, y: np.mean((W * x - y) * x), ["factor of 2", "half"]),
    ("check_gradient_w", lambda W, x, y: 2 * np.mean((y - W * x) * x), ["wrong sign"]),
    (
        "check_gradient_w",
        lambda W, x, y: 2 * (W * x - y) * x / len(x),
        ["returns shape (4,)", "sum or average"],
    ),
    ("check_gradient_step", lambda W, x, y, lr: W + lr * gradient_w(W, x, y), ["returned"]),
    ("check_gradients_wb", lambda W, b, x, y: gradient_w(W, x, y), ["should return 2 values"]),
    (
        "check_gradients_wb",
        lambda W, b, x, y: (np.mean((W * x + b - y) * x), np.mean(W * x + b - y)),
        ["value 1 of 2", "factor of 2"],
    ),
    ("check_hypothesis", lambda W, b, x: np.sum(W * x + b), ["returns shape ()", "one value per sample"]),
    ("check_hypothesis", lambda W, b, x: 1 / 0, ["raised ZeroDivisionError"]),
    ("check_hypothesis", lambda W, b, x: x[10], ["raised IndexError"]),
    ("check_hypothesis", lambda W, b, x: "W * x + b", ["expected numbers"]),
    ("check_hypothesis", lambda W, b, x: W * x + b * np.nan, ["NaN or inf"]),
    ("check_predict_matrix", lambda X, w, b: w @ X + b, ["raised ValueError"]),
    ("check_predict_matrix", lambda X, w, b: X @ w, ["returned"]),
    ("check_sigmoid", lambda z: 1 / (1 + np.exp(-z)), ["RuntimeWarning", "overflow", "avoids it"]),
    ("check_sigmoid", lambda z: 1 / (1 + np.exp(z)), ["returned"]),
    ("check_softmax", lambda z: np.exp(z) / np.exp(z).sum(), ["RuntimeWarning", "overflow"]),
    ("check_relu", lambda x: np.maximum(x, 0).sum(), ["returns shape ()"]),
    ("check_leaky_relu", lambda x: np.maximum(0.01 * x, x), ["returned"]),
    ("check_cross_entropy", lambda p, y: -np.mean(y * np.log(p)), ["returned"]),
    ("check_cross_entropy", lambda p, y: np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)), ["wrong sign"]),
    (
        "check_logistic_gradients",
        lambda w, b, x, y: (np.mean((sigmoid(w * x + b) - y) * x),),
        ["should return 2 values"],
    ),
    (
        "check_gradients_matrix",
        lambda X, w, b, y: (2 * X @ (X @ w + b - y) / len(y), 0.0),
        ["raised ValueError"],
    ),
]


@pytest.mark.parametrize(("name", "fn", "phrases"), MISTAKES)
def test_mistakes_get_specific_feedback(name, fn, phrases, capsys):
    ok, out = run(getattr(checks, name), fn, capsys)
    assert not ok
    assert out.startswith(checks.FAIL) and "Correct!" not in out
    for phrase in phrases:
        assert phrase in out, out


def test_changing_the_input_in_place_is_reported(capsys):
    def relu_in_place(x):
        x[x < 0] = 0.0
        return x

    ok, out = run(checks.check_relu, relu_in_place, capsys)
    assert not ok and "in place" in out


def test_passing_something_not_callable_is_reported(capsys):
    ok, out = run(checks.check_mse, 3.0, capsys)
    assert not ok and "pass your function itself" in out
    ok, out = run(checks.check_mse, mse(np.ones(2), np.zeros(2)), capsys)
    assert not ok and "pass your function itself" in out


def test_check_function_with_an_extra_test(capsys):
    cases = [(np.array([1.0, 2.0]),)]
    assert checks.check_function(np.sum, np.sum, cases, name="total")
    assert "total passed all 1 checks" in capsys.readouterr().out
    ok = checks.check_function(np.sum, np.sum, cases, extra=lambda fn: "no builtins please")
    assert not ok and "no builtins please" in capsys.readouterr().out


def test_check_answers(capsys):
    expected = {"spam": "classification", "price": "regression"}
    assert checks.check_answers({"spam": " Classification ", "price": "regression"}, expected)
    assert "Correct!" in capsys.readouterr().out
    assert not checks.check_answers({"spam": "classification"}, expected)
    assert "price" in capsys.readouterr().out
    ok = checks.check_answers(
        {"spam": "regression", "price": "regression"}, expected, explain={"spam": "Labels are categories."}
    )
    out = capsys.readouterr().out
    assert not ok and "1 of 2 wrong" in out and "Labels are categories." in out
    assert not checks.check_answers(["spam"], expected)
    assert "dict" in capsys.readouterr().out


# ---------------------------------------------------------------------------
# A check never raises, whatever it is given


def _raises(*args):
    raise KeyError("oops")


def _warns(*args):
    import warnings

    warnings.warn("careful", UserWarning, stacklevel=1)
    return 0.0


GARBAGE = {
    "None": None,
    "number": 42,
    "string": "mse",
    "dict": {},
    "returns None": lambda *a: None,
    "raises": _raises,
    "warns": _warns,
    "returns text": lambda *a: "text",
    "returns NaN": lambda *a: np.nan,
    "returns a list": lambda *a: [1.0, 2.0],
    "returns a ragged list": lambda *a: [[1.0], [1.0, 2.0]],
    "returns complex": lambda *a: np.array([1j, 2.0]),
    "returns huge": lambda *a: 1e308,
    "returns a dict": lambda *a: {"a": 1},
    "wrong arity": lambda: 0.0,
}


def call_with(name, value):
    """Call a check with ``value`` in every argument the learner supplies."""
    check = getattr(checks, name)
    if name == "check_function":  # the learner's part is the function; the rest is the course's
        return check(value, np.sum, [(np.array([1.0, 2.0]),)])
    if name == "check_answers":
        return check(value, {"spam": "classification"})
    required = [
        p
        for p in inspect.signature(check).parameters.values()
        if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    return check(*[value] * len(required))


@pytest.mark.parametrize("name", ALL_CHECKS)
@pytest.mark.parametrize("what", sorted(GARBAGE))
def test_checks_never_raise(name, what, capsys):
    result = call_with(name, GARBAGE[what])
    out = capsys.readouterr()
    assert isinstance(result, checks.Feedback) and not result
    assert out.out.startswith(checks.FAIL) and out.err == ""


def test_a_check_shows_only_its_message_in_a_notebook(capsys):
    """A check cell shows the printed verdict, not a stray True/False under it."""
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    result = shell.run_cell("import lecture_utils as lu\nlu.checks.check_mse(lambda h, y: None)")
    out = capsys.readouterr().out
    assert out.startswith("Not yet:") and "False" not in out and "Feedback" not in out
    assert isinstance(result.result, checks.Feedback) and not result.result

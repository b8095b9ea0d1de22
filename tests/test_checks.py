"""lecture_utils.checks: every check passes right answers with "Correct!", gives the specific
feedback for the usual mistakes, and never raises whatever the learner hands it."""

from __future__ import annotations

import inspect
import signal
import threading

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


def hypothesis_matrix(W, b, X):
    return X.dot(W) + b


def gradients_features(W, b, X, y):
    r = X @ W + b - y
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


def logistic_descent(W, b, x, y, lr, steps):
    for _ in range(steps):
        dW, db = logistic_gradients(W, b, x, y)
        W, b = W - lr * dW, b - lr * db
    return W, b


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
    "check_gradients": gradients_wb,
    "check_predict_matrix": predict,
    "check_gradients_matrix": gradients_matrix,
    "check_hypothesis_matrix": hypothesis_matrix,
    "check_gradients_features": gradients_features,
    "check_sigmoid": sigmoid,
    "check_relu": relu,
    "check_leaky_relu": leaky_relu,
    "check_cross_entropy": cross_entropy,
    "check_logistic_gradients": logistic_gradients,
    "check_logistic_descent": logistic_descent,
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
# Learner-written mistakes get the specific feedback (the catalogues are tested in test_check_catalogue.py)


def no_return_mse(h, y):
    np.mean((h - y) ** 2)


MISTAKES = [
    (
        "check_mse",
        no_return_mse,
        ["no_return_mse returned None, on every case: it does not return a result yet", "`return`"],
    ),
    (
        "check_mse",
        lambda h, y: 2 * np.mean((h - y) ** 2),
        ["every value is 2 times the expected", "on all 5 cases"],
    ),
    ("check_mse", lambda h, y: np.mean((h - y) ** 2) / 2, ["divides by 2m"]),
    ("check_mse", lambda h, y: (h - y) ** 2, ["one squared residual per sample", "expected a single number"]),
    ("check_mse", lambda h, y: np.sum((h - y) ** 2), ["sum of the squared residuals"]),
    ("check_mse", lambda h, y: np.mean(h - y) ** 2, ["mean of the residuals, squared"]),
    ("check_mae", lambda h, y: np.mean(h - y), ["absolute value is missing"]),
    ("check_gradient_w", lambda W, x, y: np.mean((W * x - y) * x), ["the 2 is missing"]),
    ("check_gradient_w", lambda W, x, y: 2 * np.mean((y - W * x) * x), ["sign is flipped"]),
    ("check_gradient_w", lambda W, x, y: 2 * (W * x - y) * x / len(x), ["one value per sample"]),
    ("check_gradient_step", lambda W, x, y, lr: W + lr * gradient_w(W, x, y), ["uphill"]),
    ("check_gradients_wb", lambda W, b, x, y: gradient_w(W, x, y), ["should return 2 values"]),
    (
        "check_gradients_wb",
        lambda W, b, x, y: (np.mean((W * x + b - y) * x), np.mean(W * x + b - y)),
        ["miss the 2"],
    ),
    ("check_hypothesis", lambda W, b, x: np.sum(W * x + b), ["added up into one number"]),
    ("check_hypothesis", lambda W, b, x: 1 / 0, ["raised ZeroDivisionError", "line "]),
    ("check_hypothesis", lambda W, b, x: x[10], ["raised IndexError"]),
    ("check_hypothesis", lambda W, b, x: "W * x + b", ["returned the text 'W * x + b'"]),
    ("check_hypothesis", lambda W, b, x: W * x + b * np.nan, ["NaN (not a number)"]),
    ("check_predict_matrix", lambda X, w, b: w @ X + b, ["raised ValueError"]),
    ("check_predict_matrix", lambda X, w, b: X @ w, ["returned"]),
    ("check_hypothesis_matrix", lambda W, b, X: W @ X + b, ["W @ X multiplies in the wrong order"]),
    ("check_hypothesis_matrix", lambda W, b, X: X @ W, ["b is missing"]),
    ("check_sigmoid", lambda z: 1 / (1 + np.exp(-z)), ["RuntimeWarning", "overflow", "avoids it"]),
    ("check_sigmoid", lambda z: 1 / (1 + np.exp(z)), ["returned"]),
    ("check_softmax", lambda z: np.exp(z) / np.exp(z).sum(), ["RuntimeWarning", "overflow"]),
    ("check_relu", lambda x: np.maximum(x, 0).sum(), ["returned a single number"]),
    ("check_leaky_relu", lambda x: np.maximum(0.01 * x, x), ["returned"]),
    ("check_cross_entropy", lambda p, y: -np.mean(y * np.log(p)), ["returned"]),
    (
        "check_cross_entropy",
        lambda p, y: np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)),
        ["sign is flipped"],
    ),
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


# ---------------------------------------------------------------------------
# The machinery (lecture_utils.checks.core): a cause is named only where it holds on every case

CASES = [(np.array([1.0, 2.0]),), (np.array([3.0, -1.0, 4.0]),), (np.array([5.0]),)]


def total(x):
    return np.sum(x)


def check_total(fn, **kwargs):
    return checks.check_function(fn, total, CASES, name="total", **kwargs)


def test_a_constant_factor_is_named_only_when_it_holds_on_every_case(capsys):
    assert not check_total(lambda x: 3 * np.sum(x))
    out = capsys.readouterr().out
    assert "every value is 3 times the expected one, on all 3 cases" in out, out
    # the same factor on two cases but not on the third: no claim, the simplest failing case instead
    assert not check_total(lambda x: 3 * np.sum(x) if len(x) > 1 else np.sum(x) + 1)
    out = capsys.readouterr().out
    assert "times" not in out and "factor" not in out, out
    assert out.startswith("Not yet: total(x=[5.]) returned 6; expected 5"), out


def test_a_constant_factor_needs_cases_with_different_expected_values(capsys):
    same = [(np.array([1.0, 2.0]),), (np.array([2.0, 1.0]),)]  # both sum to 3
    assert not checks.check_function(lambda x: 2 * np.sum(x), total, same, name="total")
    out = capsys.readouterr().out
    assert out == "Not yet: total(x=[1. 2.]) returned 6; expected 3\n", out  # no claim of a cause


def test_the_sign_is_named_only_when_every_case_is_negated(capsys):
    assert not check_total(lambda x: -np.sum(x))
    assert "the sign is flipped, on all 3 cases" in capsys.readouterr().out
    assert not check_total(lambda x: -np.sum(x) if len(x) == 2 else np.sum(x) * 0.5)
    out = capsys.readouterr().out
    assert "sign" not in out and "factor" not in out, out


def test_the_mae_without_abs_is_not_sent_to_flip_a_sign(capsys):
    """Issue 10: np.mean(h - y) for the MAE was told "the wrong sign"."""
    assert not checks.check_mae(lambda h, y: np.mean(h - y))
    out = capsys.readouterr().out
    assert "absolute value is missing" in out and "sign is flipped" not in out, out
    # without the catalogue, the machinery alone makes no claim either
    cases = [(np.array([0.0, 1.0]), np.array([1.0, 3.0])), (np.array([2.0, 0.0]), np.array([1.0, 1.0]))]
    assert not checks.check_function(lambda h, y: np.mean(h - y), checks.ref_mae, cases, name="mae")
    out = capsys.readouterr().out
    assert "sign" not in out and "factor" not in out and "returned -1.5; expected 1.5" in out, out


def test_a_result_that_ignores_the_arguments_is_named(capsys):
    assert not check_total(lambda x: 3.0)
    out = capsys.readouterr().out
    assert "returns 3 on all 3 cases, whatever the arguments" in out, out


def test_values_in_the_wrong_order_are_named(capsys):
    cases = [(np.array([1.0, 2.0]),), (np.array([4.0, -1.0, 0.5]),)]
    ok = checks.check_function(
        lambda x: (np.max(x), np.min(x)), lambda x: (np.min(x), np.max(x)), cases, name="span"
    )
    assert not ok and "right but in the wrong order" in capsys.readouterr().out


def test_notebook_variables_read_instead_of_the_arguments_are_named(capsys):
    namespace = {"np": np, "y_train": np.array([1.0, 2.0, 3.0])}
    exec("def mse(h, y):\n    return np.mean((h - y_train) ** 2)\n", namespace)
    cases = [(np.array([1.0, 2.0, 4.0]), np.array([0.0, 2.0, 3.0])), (np.zeros(3), np.ones(3))]
    assert not checks.check_function(namespace["mse"], checks.ref_mse, cases, name="mse")
    assert "reads the notebook's variable y_train" in capsys.readouterr().out


def test_a_catalogued_mistake_is_named_only_when_it_matches_every_case(capsys):
    twice = checks.Mistake("you doubled it", fn=lambda x: 2 * np.sum(x))
    assert not check_total(lambda x: 2 * np.sum(x), mistakes=[twice])
    out = capsys.readouterr().out
    assert out.startswith("Not yet: you doubled it\n  For example: total(x=[5.]) returned 10; expected 5"), (
        out
    )
    assert not check_total(lambda x: 2 * np.sum(x) if len(x) > 1 else np.sum(x) - 1, mistakes=[twice])
    assert "doubled" not in capsys.readouterr().out


def test_the_tolerance_is_tight_enough_to_fail_a_small_error(capsys):
    """A relative error of 1e-4 fails (the pass tolerance is 1e-6), one of 1e-9 passes."""
    assert not check_total(lambda x: np.sum(x) * (1 + 1e-4))
    assert capsys.readouterr().out.startswith("Not yet:")
    assert check_total(lambda x: np.sum(x) * (1 + 1e-9))
    assert capsys.readouterr().out.startswith("Correct!")


# ---------------------------------------------------------------------------
# Safe calls


def test_an_endless_loop_is_stopped_and_its_line_shown(capsys):
    def total(x):
        s = 0.0
        while s >= 0:
            s = s + 1.0
        return s

    handler_before = signal.getsignal(signal.SIGALRM)
    assert not check_total(total, time_limit=0.2)
    out = capsys.readouterr().out
    assert "did not finish within 0.2 seconds" in out and "a loop whose condition never becomes false" in out
    assert "while s >= 0" in out, out
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0  # no alarm left behind
    assert signal.getsignal(signal.SIGALRM) is handler_before


def test_an_endless_loop_that_catches_every_exception_is_stopped_too(capsys):
    def total(x, y):
        while True:
            try:
                while True:
                    pass
            except BaseException:  # noqa: S110 - a learner's catch-all
                pass

    assert not checks.check_sum_of_products(total, time_limit=0.2)
    assert "did not finish within 0.2 seconds" in capsys.readouterr().out


def test_the_time_limit_is_changeable_module_wide(capsys, monkeypatch):
    monkeypatch.setattr(checks.core, "TIME_LIMIT", 0.1)
    assert not check_total(lambda x: [None for _ in iter(int, 1)])
    assert "did not finish within 0.1 seconds" in capsys.readouterr().out
    checks.set_time_limit(0.15)
    assert checks.core.TIME_LIMIT == 0.15


def test_without_an_alarm_the_check_says_so_once_and_runs_unlimited(capsys, monkeypatch):
    monkeypatch.setattr(checks.core, "_told_no_limit", False)
    results = []

    def in_a_thread():
        results.append(bool(check_total(total)))
        results.append(bool(check_total(total)))

    thread = threading.Thread(target=in_a_thread)
    thread.start()
    thread.join()
    out = capsys.readouterr().out
    assert results == [True, True]
    assert out.count("without a time limit") == 1, out


def test_printed_output_is_captured_and_shortened(capsys):
    def total(x):
        for i in range(3000):
            print("i =", i)
        return np.sum(x)

    assert check_total(total)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Correct!")
    assert "printed 9,000 lines" in lines[1]
    assert "i = 0" in lines[2] and "i = 2999" in lines[-1]
    assert any("lines more" in line for line in lines) and len(lines) < 15


def test_non_numbers_are_refused(capsys):
    for fn, phrase in [
        (lambda x: str(np.sum(x)), "returned the text '5.0': return the number itself, not str(...)"),
        (lambda x: [str(v) for v in x], "returned a list of text"),
        (lambda x: np.array([np.sum(x), "a"], dtype=object), "an array of Python objects"),
        (lambda x: np.array([str(np.sum(x))]), "returned an array of text"),
        (lambda x: bool(np.sum(x)), "(a yes/no value)"),
        (lambda x: np.sum(x) > 0, "(a yes/no value)"),
        (lambda x: {"total": np.sum(x)}, "returned a dict"),
    ]:
        assert not check_total(fn)
        out = capsys.readouterr().out
        assert out.startswith("Not yet:") and phrase in out, out


def test_nan_and_inf_are_named(capsys):
    assert not check_total(lambda x: np.sum(x) * np.nan)
    assert "NaN (not a number)" in capsys.readouterr().out
    assert not check_total(lambda x: np.sum(x) / 0.0 if False else np.inf)
    assert "inf (infinity)" in capsys.readouterr().out


def test_every_changed_input_array_is_reported(capsys):
    def add(x, y):
        return x + y

    def add_into_y(x, y):
        y += x
        return y

    cases = [(np.array([1.0, 2.0]), np.array([3.0, 4.0]))]
    assert not checks.check_function(add_into_y, add, cases, name="add")
    out = capsys.readouterr().out
    assert "changed its input y in place" in out, out


def test_an_exception_shows_the_learners_line_not_the_checker(capsys):
    def total(x):
        s = np.sum(x)
        return s / undefined_name  # noqa: F821

    assert not check_total(total)
    out = capsys.readouterr().out
    assert "raised NameError" in out and "return s / undefined_name" in out, out
    assert "core.py" not in out and "Traceback" not in out


def test_a_none_from_an_earlier_exercise_is_named(capsys):
    namespace = {"np": np}
    exec(
        "def gradient_w(W, x, y):\n"
        "    # your code here\n"
        "    return None\n"
        "def gradient_step(W, x, y, lr):\n"
        "    return W - lr * gradient_w(W, x, y)\n",
        namespace,
    )
    stub = namespace["gradient_w"]
    assert not checks.check_gradient_step(namespace["gradient_step"])
    out = capsys.readouterr().out
    assert out.startswith(
        "Not yet: gradient_w returned None: finish the exercise that writes gradient_w first"
    )
    assert namespace["gradient_w"] is stub  # the notebook's function is back in place


# ---------------------------------------------------------------------------
# The loop detector (exercises that ask for numpy operations only)


def test_loops_fail_an_exercise_that_forbids_them(capsys):
    def with_for(x, y):
        total = 0.0
        for i in range(len(x)):
            total += x[i] * y[i]
        return total

    def with_while(x, y):
        i, total = 0, 0.0
        while i < len(x):
            total, i = total + x[i] * y[i], i + 1
        return total

    def with_comprehension(x, y):
        return sum([a * b for a, b in zip(x, y, strict=True)])

    namespace = {}
    exec("def helper(x, y):\n    return [a * b for a, b in zip(x, y)]\n", namespace)
    exec("def via_helper(x, y):\n    return float(sum(helper(x, y)))\n", namespace)

    for fn in (with_for, with_while, with_comprehension, namespace["via_helper"]):
        assert not checks.check_sum_of_products(fn)
        out = capsys.readouterr().out
        assert "uses a Python loop" in out, (fn, out)
    assert checks.check_sum_of_products(lambda x, y: x @ y)
    assert "Correct!" in capsys.readouterr().out


def test_the_readme_states_the_time_limit_the_checks_use():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    assert f"after {checks.core.TIME_LIMIT:g} seconds" in readme
    assert checks.nb04.MSE_MISTAKES[0].says.startswith("that is the mean of the residuals, squared")
    assert '"that is the mean of the residuals,\nsquared: np.mean(h - y) ** 2.' in readme


def test_a_helper_that_returns_none_is_blamed_only_when_it_broke_the_call(capsys):
    """A notebook function that returns None by design (it prints) is not blamed for a wrong number."""
    namespace = {"np": np}
    exec(
        "def show(v):\n"
        "    print(v)\n"
        "def gradient_w(W, x, y):\n"
        "    show(W)\n"
        "    return np.mean((W * x - y) * x)\n",
        namespace,
    )
    assert not checks.check_gradient_w(namespace["gradient_w"])
    out = capsys.readouterr().out
    assert out.startswith("Not yet: the 2 is missing") and "show returned None" not in out, out


@pytest.mark.parametrize(
    ("W", "b", "prediction", "phrase"),
    [
        (np.nan, 2.0, 4.5, "W is NaN"),
        (0.5, np.inf, 4.5, "b is infinite"),
        (0.5, 2.0, np.nan, "prediction is NaN"),
        (0.5, 2.0, -np.inf, "prediction is infinite"),
        ("0.5", 2.0, 4.5, "not the text '0.5'"),
        (True, 2.0, 4.5, "not True"),
    ],
)
def test_fit_by_hand_refuses_what_is_not_a_finite_number(W, b, prediction, phrase, capsys):
    result = checks.check_fit_by_hand(W, b, prediction)
    out = capsys.readouterr().out
    assert not result and out.startswith("Not yet:") and phrase in out, out
    assert checks.check_fit_by_hand(0.5, 2.0, 4.5)


# ---------------------------------------------------------------------------
# Feedback a beginner can read (issue 10, the review of notebooks 01-03's feedback)


def test_a_method_or_function_returned_without_calling_it_is_named(capsys):
    """`return (x * y).sum` was "returned a builtin_function_or_method <built-in method sum of ... at 0x...>"."""
    assert not checks.check_sum_of_products(lambda x, y: (x * y).sum)
    out = capsys.readouterr().out
    assert "returned the method `sum` itself, not its result: add () to call it" in out, out
    assert "`.sum()`" in out and "0x" not in out and "builtin" not in out, out
    assert not checks.check_to_class(lambda s, t: (s >= t).astype)
    out = capsys.readouterr().out
    assert "the method `astype` itself" in out and "`.astype(float)`" in out and "0x" not in out, out

    def hypothesis(W, b, x):
        return W * x + b

    assert not checks.check_hypothesis(lambda W, b, x: hypothesis)
    out = capsys.readouterr().out
    assert "returned the function `hypothesis` itself, not its result" in out, out
    assert "hypothesis(W, b, x)" in out and "0x" not in out, out
    assert not checks.check_sum_of_products(lambda x, y: np.sum)
    out = capsys.readouterr().out
    assert (
        "returned the function `np.sum` itself, not its result: call it with its arguments: np.sum(a)" in out
    )


def test_the_note_on_notebook_variables_follows_every_kind_of_failure(capsys):
    """The note was added to wrong numbers only, not to a wrong shape, an error, a wrong kind of result."""
    namespace = {"np": np, "students": np.arange(120.0).reshape(40, 3), "data": np.array([1.0, 2.0])}
    exec(
        "def split_features_labels(table):\n    return students[:, :-1], students[:, -1]\n"
        "def total(x):\n    return np.sum(x) + data\n"
        "def texty(x):\n    return str(np.sum(data))\n",
        namespace,
    )
    assert not checks.check_split_features_labels(namespace["split_features_labels"])
    out = capsys.readouterr().out
    assert "returned an array of shape (40, 2)" in out, out
    assert "Note: split_features_labels reads the notebook's variable students" in out, out
    for fn, phrase in [(namespace["total"], "returned an array of shape (2,)"), (namespace["texty"], "text")]:
        assert not check_total(fn)
        out = capsys.readouterr().out
        assert phrase in out and "reads the notebook's variable data" in out, out


def test_the_example_under_a_catalogued_mistake_carries_no_generic_advice(capsys):
    """Under the catalogue's advice the example shows the case only: no "Find a form that avoids it."."""
    assert not checks.check_sigmoid(lambda z: 1 / (1 + np.exp(-z)))
    out = capsys.readouterr().out
    example = next(line for line in out.splitlines() if "For example:" in line)
    assert "caused a RuntimeWarning: overflow" in example and "avoids it" not in example, out

    def add_one_in_place(x):
        x += 1.0
        return np.sum(x)

    def text_total(x):
        return str(np.sum(x))

    for fn in (add_one_in_place, text_total):
        mistake = checks.Mistake("the catalogue's advice", fn=fn)
        assert not check_total(fn, mistakes=[mistake])
        out = capsys.readouterr().out
        assert out.startswith(f"Not yet: the catalogue's advice\n  For example: {fn.__name__}(x=[5.]) "), out
        example = out.splitlines()[1]
        assert "x = x - 1" not in example and "not str(" not in example, out
        assert (
            "changed its input x in place" if fn is add_one_in_place else "'5.0'; expected a single number"
        ) in (example), out


def test_the_example_under_a_catalogued_mistake_shows_that_mistakes_effect(capsys):
    """`if scores >= threshold:` is named for its ValueError; the example was a 1-element case that returned
    a number. And where the smallest case cannot tell the mistake from another catalogued one, a case that can."""

    def to_class(scores, threshold):
        if scores >= threshold:
            return 1.0
        return 0.0

    assert not checks.check_to_class(to_class)
    out = capsys.readouterr().out
    assert "ambiguous). Compare the whole array" in out, out  # the catalogue's message
    example = out.splitlines()[1]
    assert "raised ValueError" in example and "ambiguous" in example, out

    # with no error named, the kind of outcome most failing cases share: here a wrong shape, not the
    # smallest case's wrong number
    def shape_mostly(x):
        return np.sum(x) + 1 if len(x) == 1 else x * 0

    mistake = checks.Mistake("you return one value per entry", fn=shape_mostly)
    assert not check_total(shape_mostly, mistakes=[mistake])
    out = capsys.readouterr().out
    assert (
        "For example: shape_mostly(x=[1. 2.]) returned an array of shape (2,); expected a single number"
        in out
    )
    assert "returned 6" not in out, out


def test_values_that_differ_never_print_alike(capsys):
    """ "returned 0.00213893; expected 0.00213893": more digits until the difference shows."""
    assert not checks.check_function(
        lambda x: 0.0021389312 * (1 + 2e-6) * np.sum(x), lambda x: 0.0021389312 * np.sum(x), CASES, name="f"
    )
    out = capsys.readouterr().out
    got, want = out.split(" returned ")[1].split("; expected ")
    assert got.strip() != want.strip(), out
    # suppress_small printed 1e-8 as 0.
    assert checks.core._fmt(np.array([1e-8, 1.0])) != checks.core._fmt(np.array([0.0, 1.0]))
    assert not checks.check_function(lambda x: x + 1e-8, lambda x: x, [(np.array([0.0, 1.0]),)], name="f")
    out = capsys.readouterr().out
    got, want = out.split(" returned ")[1].split("; expected ")
    assert got.strip() != want.strip() and "e-08" in got, out
    # a difference hidden where a long array is shortened with ... is located
    x = np.arange(20.0)
    assert not checks.check_function(
        lambda x: x + (np.arange(20) == 10), lambda x: x, [(x,)], name="f", arg_names=["x"]
    )
    out = capsys.readouterr().out
    assert "they differ at [10]: 11.0 returned, 10.0 expected" in out, out


def test_the_example_under_a_mistake_that_raises_is_a_case_where_it_raises(capsys):
    """The error a catalogued mistake's message names is its effect, even where it raises on one case
    only, and comes before another error."""

    def raises_on_three(x):
        return np.sum(x) + 1 if len(x) < 3 else x[10]

    mistake = checks.Mistake("you index past the end (IndexError)", fn=raises_on_three)
    assert not check_total(raises_on_three, mistakes=[mistake])
    out = capsys.readouterr().out
    assert "For example: raises_on_three(x=[ 3. -1.  4.]) raised IndexError" in out, out

    def two_errors(x):
        if len(x) == 1:
            raise KeyError("one")
        raise ValueError("many")

    mistake = checks.Mistake("numpy refuses it (ValueError)", fn=two_errors)
    assert not check_total(two_errors, mistakes=[mistake])
    out = capsys.readouterr().out
    assert "For example: two_errors(x=[1. 2.]) raised ValueError: many" in out, out


def test_an_array_or_a_list_of_the_right_values_is_accepted_where_a_tuple_is_expected(capsys):
    """`return np.array([dW, db])` unpacks like the tuple (dW, db): its right values pass."""

    def pair(x):
        return np.sum(x), np.max(x)

    for fn in (lambda x: np.array([np.sum(x), np.max(x)]), lambda x: [np.sum(x), np.max(x)]):
        assert checks.check_function(fn, pair, CASES, name="pair"), capsys.readouterr().out
    capsys.readouterr()
    # wrong values in an array are still told apart, value by value
    assert not checks.check_function(lambda x: np.array([np.sum(x), np.min(x)]), pair, CASES, name="pair")
    out = capsys.readouterr().out
    assert "pair(x=[1. 2.]) returned (3, 1); expected (3, 2)" in out, out
    # an array of the wrong length is refused, saying what came back
    assert not checks.check_function(lambda x: np.array([np.sum(x)] * 3), pair, CASES, name="pair")
    assert "should return 2 values (a tuple)" in capsys.readouterr().out


def test_a_tuple_or_a_list_where_one_number_is_expected_is_called_what_it_is(capsys):
    """Not "an array of shape (2,)" nor "not an array of numbers (rows of different lengths?)"."""
    assert not check_total(lambda x: (np.sum(x), np.sum(x)))
    out = capsys.readouterr().out
    assert "returned a tuple of 2 values (" in out and "; expected a single number" in out, out
    assert "shape (2,)" not in out, out
    assert not check_total(lambda x: [np.sum(x)])
    out = capsys.readouterr().out
    assert "returned a list of 1 value [" in out and "expected a single number" in out, out
    assert "shape (1,)" not in out, out
    assert not check_total(lambda x: (x * 2, np.sum(x)))  # (h, cost)
    out = capsys.readouterr().out
    assert (
        "returned a tuple of 2 values (an array of shape (1,) and a number); expected a single number" in out
    )
    assert "rows of different lengths" not in out, out


def test_an_almost_right_value_is_told_as_close_but_not_equal(capsys):
    """A relative difference between the tolerance and 1e-2 on every case is a fact, told as one; no guess
    about how it came about."""
    assert not check_total(lambda x: np.sum(x) * (1 + 3e-4))
    out = capsys.readouterr().out
    assert out.startswith(
        "Not yet: close to the expected value (relative difference 3e-4) but not equal within 1e-6: "
        "the formula must be exact, not approximated or rounded"
    ), out
    assert "For example: " in out and "finite" not in out, out
    # far off on one case: no such statement
    assert not check_total(lambda x: np.sum(x) * (1 + 3e-4) + (len(x) == 1))
    assert "close to the expected" not in capsys.readouterr().out


def test_the_shape_message_says_what_the_elements_are_only_when_the_check_says_it(capsys):
    """dW has one value per feature, not per sample: "(one value per sample)" only where the check says it."""

    def double(x):
        return 2 * x

    assert not checks.check_function(lambda x: np.sum(x), double, CASES, name="double")
    out = capsys.readouterr().out
    assert "expected an array of shape (1,)" in out and "one value per" not in out, out
    assert not checks.check_function(
        lambda x: np.sum(x), double, CASES, name="double", each="one value per sample"
    )
    assert "expected an array of shape (1,) (one value per sample)" in capsys.readouterr().out


def test_a_caret_used_as_a_power_gets_a_plain_note(capsys):
    """numpy's TypeError for `x ^ 2` names bitwise_xor; the note says what ^ is. Other errors get none."""
    assert not check_total(lambda x: np.sum(x ^ 2))
    out = capsys.readouterr().out
    assert (
        "bitwise_xor" in out and "in Python the power is **; ^ is a different operation (bitwise xor)" in out
    )
    assert not check_total(lambda x: np.sum(x + "2"))
    out = capsys.readouterr().out
    assert "raised " in out and "bitwise xor" not in out, out
    assert not check_total(lambda x: float(np.sum(x)) ^ 2)
    assert "bitwise xor" in capsys.readouterr().out


def test_minus_zero_prints_as_zero():
    fmt = checks.core._fmt
    assert fmt(-0.0) == "0" and fmt(np.float64(-0.0)) == "0" and fmt(np.array(-0.0)) == "0"
    assert "-" not in fmt(np.array([-0.0, 1.5])), fmt(np.array([-0.0, 1.5]))
    assert fmt(-1e-300) != "0" and fmt(-2.5) == "-2.5"


def test_a_warning_from_the_learners_code_is_told_as_a_fact_without_advice(capsys):
    """log(1 - y) on y = 1 is a slip; "Find a form that avoids it" would send the learner the wrong way."""

    def log_loss(x):
        return np.sum(np.log(1 - x / x))

    assert not check_total(log_loss)
    out = capsys.readouterr().out
    assert "caused a RuntimeWarning: divide by zero encountered in log (line " in out, out
    assert "np.log(1 - x / x)" in out and "avoid" not in out and "form" not in out, out


def test_a_catalogued_mistake_that_raises_matches_only_the_same_error(capsys):
    """Same exception type is not enough: the message (numbers and addresses aside) must be the same."""

    def wrong_shapes(x):
        return np.sum(x.reshape(len(x) + 1))

    def bad_index(x):
        return x[len(x) + 7]

    mistake = checks.Mistake("you reshape to the wrong length", fn=wrong_shapes)
    assert not check_total(lambda x: np.sum(x @ np.ones((len(x) + 1, 2))), mistakes=[mistake])
    out = capsys.readouterr().out
    assert "raised ValueError" in out and "wrong length" not in out, out
    # the same error with other numbers in it is the mistake
    assert not check_total(lambda x: np.sum(x.reshape(len(x) + 2)), mistakes=[mistake])
    assert capsys.readouterr().out.startswith("Not yet: you reshape to the wrong length")
    mistake = checks.Mistake("you index past the end", fn=bad_index)
    assert not check_total(lambda x: x[len(x)], mistakes=[mistake])
    assert capsys.readouterr().out.startswith("Not yet: you index past the end")


def test_check_function_sends_the_learner_to_a_wrong_earlier_exercise(capsys):
    """earlier={name: (reference, cases, check)}: a function that calls a wrong earlier one is sent there;
    an unfinished one (None) is told by the machinery's own message; a right one is no concern."""
    notebook = {"np": np}
    exec("def inner(x):\n    return np.sum(x) + 1\n\ndef outer(x):\n    return 2 * inner(x)", notebook)
    earlier = {"inner": (total, CASES, "check_inner")}

    def check_outer():
        return checks.check_function(
            notebook["outer"], lambda x: 2 * np.sum(x), CASES, name="outer", earlier=earlier
        )

    assert not check_outer()
    out = capsys.readouterr().out
    assert out.startswith(
        "Not yet: outer calls your inner, which is not right yet. Run lu.checks.check_inner(inner) "
    ), out
    exec("def inner(x):\n    pass", notebook)
    assert not check_outer()
    out = capsys.readouterr().out
    assert "inner returned None: finish the exercise" in out and "not right yet" not in out, out
    exec("def inner(x):\n    return np.sum(x)", notebook)
    assert check_outer()
    exec("def outer(x):\n    return 3 * inner(x)", notebook)
    assert not check_outer()
    out = capsys.readouterr().out
    assert "not right yet" not in out and "1.5 times" in out, out

"""Feedback of the checks of notebooks 04-06 on answers written as a beginner writes them.

Each answer is source code run in a namespace of its own, as a notebook cell would define it (so that a
function can call an earlier exercise's function, or read the notebook's variables). A wrong answer
must get the message that names its real mistake; a right answer written another way must pass."""

from __future__ import annotations

import numpy as np
import pytest

from lecture_utils import checks

#: the notebooks' own variables, which an answer may read by mistake
NOTEBOOK = {
    "04": {"x": np.arange(5.0), "y": np.arange(5.0), "m": 5},
    "05": {"x": np.arange(1.0, 5.0), "y": np.arange(1.0, 5.0), "m": 4, "lr": 0.1},
    "06": {"x": np.arange(1.0, 5.0), "y": np.arange(1.0, 5.0), "m": 4, "lr": 0.5},
}


def define(notebook, source):
    """The functions ``source`` defines, in a fresh notebook-like namespace; returns the namespace."""
    namespace = {"np": np, "__name__": "__main__", **NOTEBOOK[notebook]}
    exec(source, namespace)
    return namespace


def run(check, notebook, source, name, capsys):
    ok = getattr(checks, check)(define(notebook, source)[name])
    out = capsys.readouterr()
    assert out.err == ""
    return bool(ok), out.out


# (check, notebook, function name, source, a phrase the message must contain)
WRONG = [
    ("check_mse", "04", "mse", "def mse(h, y):\n    return np.mean(h - y ** 2)", "only y is squared"),
    ("check_mse", "04", "mse", "def mse(h, y):\n    return np.mean((h - y) * 2)", "The square is ** 2"),
    ("check_mse", "04", "mse", "def mse(h, y):\n    return np.mean(h - y)", "the square is missing"),
    (
        "check_mse",
        "04",
        "mse",
        "def mse(h, y):\n    return np.mean(h**2 - y**2)",
        "squares h and y separately",
    ),
    (
        "check_mse",
        "04",
        "mse",
        "def mse(h, y):\n    return np.mean((h - y) ** 2) / len(h)",
        "divides by m twice",
    ),
    (
        "check_mse",
        "04",
        "mse",
        "def mse(h, y):\n    return sum((h - y) ** 2) / (len(y) - 1)",
        "divides by m - 1",
    ),
    (
        "check_mse",
        "04",
        "mse",
        "def mse(h, y):\n    return np.sum((h - y) ** 2) / m",
        "the m of the notebook",
    ),
    (
        "check_mae",
        "04",
        "mae",
        "def mae(h, y):\n    return np.sqrt(np.mean((h - y) ** 2))",
        "that is the RMSE",
    ),
    (
        "check_mae",
        "04",
        "mae",
        "def mae(h, y):\n    return np.mean(abs(h - y)) / len(y)",
        "divides by m twice",
    ),
    (
        "check_mae",
        "04",
        "mae",
        "def mae(h, y):\n    return np.sum(np.abs(h - y)) / m",
        "the m of the notebook",
    ),
    (
        "check_cost",
        "04",
        "cost",
        "def cost(W, b, x, y):\n    return np.mean(W * x + b - y**2)",
        "only y is squared",
    ),
    (
        "check_cost",
        "04",
        "cost",
        "def cost(W, b, x, y):\n    return np.mean((W * (x + b) - y) ** 2)",
        "W * (x + b)",
    ),
    (
        "check_cost",
        "04",
        "cost",
        "def cost(W, b, x, y):\n    return np.sum((W * x + b - y) ** 2) / m",
        "the m of",
    ),
    (
        "check_cost",
        "04",
        "cost",
        "def mse(h, y):\n    return np.mean(h - y) ** 2\n\ndef cost(W, b, x, y):\n    return mse(W * x + b, y)",
        "cost calls your mse, which is not right yet. Run lu.checks.check_mse(mse)",
    ),
    (
        "check_gradient_w",
        "05",
        "gradient_w",
        "def gradient_w(W, x, y):\n    return 2 * np.mean(W * x - y) * x",
        "outside",
    ),
    (
        "check_gradient_w",
        "05",
        "gradient_w",
        "def gradient_w(W, x, y):\n    return 2 * np.mean((W * x - y) * W)",
        "by W",
    ),
    (
        "check_gradient_w",
        "05",
        "gradient_w",
        "def gradient_w(W, x, y):\n    return 2 * np.mean(W * x - y * x)",
        "multiplies only y by x",
    ),
    (
        "check_gradient_w",
        "05",
        "gradient_w",
        "def gradient_w(W, x, y):\n    return 2 * np.mean((W * x - y) * x) / len(x)",
        "divides by m twice",
    ),
    (
        "check_gradient_step",
        "05",
        "gradient_step",
        "def gradient_w(W, x, y):\n    return np.mean((W * x - y) * x)\n\n"
        "def gradient_step(W, x, y, lr):\n    return W - lr * gradient_w(W, x, y)",
        "gradient_step calls your gradient_w, which is not right yet. Run lu.checks.check_gradient_w(gradient_w)",
    ),
    (
        "check_gradient_step",
        "05",
        "gradient_step",
        "def gradient_w(W, x, y):\n    return 2 * np.mean(W * x - y)\n\n"
        "def gradient_step(W, x, y, lr):\n    return W - lr * gradient_w(W, x, y)",
        "gradient_step calls your gradient_w, which is not right yet",
    ),
    (
        "check_gradient_step",
        "05",
        "gradient_step",
        "def gradient_w(W, x, y):\n    return None\n\n"
        "def gradient_step(W, x, y, lr):\n    return W - lr * gradient_w(W, x, y)",
        "gradient_w returned None: finish the exercise",
    ),
    (
        "check_gradient_step",
        "05",
        "gradient_step",
        "def gradient_step(W, x, y, lr):\n    return (W - lr) * 2 * np.mean((W * x - y) * x)",
        "(W - lr) * dcost/dW",
    ),
    (
        "check_gradients_wb",
        "05",
        "gradients_wb",
        "def gradient_w(W, x, y):\n    return 2 * np.mean((W * x - y) * x)\n\n"
        "def gradients_wb(W, b, x, y):\n    return gradient_w(W, x, y), 2 * np.mean(W * x + b - y)",
        "dcost/dW leaves b out",
    ),
    (
        "check_gradients_wb",
        "05",
        "gradients_wb",
        "def gradients_wb(W, b, x, y):\n    r = W * x + b - y\n    return 2 * np.mean(r * x), 2 * np.sum(r)",
        "dcost/db is a sum",
    ),
    (
        "check_gradient_descent",
        "05",
        "gradient_descent",
        "def gradient_descent(W, b, x, y, lr, steps):\n    r = W * x + b - y\n"
        "    dW, db = 2 * np.mean(r * x), 2 * np.mean(r)\n    for _ in range(steps):\n"
        "        W, b = W - lr * dW, b - lr * db\n    return W, b",
        "computed once, before the loop",
    ),
    (
        "check_gradient_descent",
        "05",
        "gradient_descent",
        "def gradient_step(W, x, y, lr):\n    return W - lr * 2 * np.mean((W * x - y) * x)\n\n"
        "def gradient_descent(W, b, x, y, lr, steps):\n    for _ in range(steps):\n"
        "        db = 2 * np.mean(W * x + b - y)\n        W = gradient_step(W, x, y, lr)\n"
        "        b = b - lr * db\n    return W, b",
        "W's step ignores b",
    ),
    (
        "check_gradient_descent",
        "05",
        "gradient_descent",
        "def gradients_wb(W, b, x, y):\n    r = W * x + b - y\n    return 2 * np.mean(r * x), 2 * np.mean(r)\n\n"
        "def gradient_descent(W, b, x, y, lr, steps):\n    for _ in range(steps):\n"
        "        db, dW = gradients_wb(W, b, x, y)\n        W, b = W - lr * dW, b - lr * db\n    return W, b",
        "dW and db are swapped",
    ),
    (
        "check_gradient_descent",
        "05",
        "gradient_descent",
        "def gradients_wb(W, b, x, y):\n    r = W * x + b - y\n    return 2 * np.mean(r * x), np.mean(r)\n\n"
        "def gradient_descent(W, b, x, y, lr, steps):\n    for _ in range(steps):\n"
        "        dW, db = gradients_wb(W, b, x, y)\n        W, b = W - lr * dW, b - lr * db\n    return W, b",
        "gradient_descent calls your gradients_wb, which is not right yet",
    ),
    (
        "check_gradient_descent",
        "05",
        "gradient_descent",
        "def gradients(W, b, x, y):\n    r = W * x + b - y\n    return 2 * np.mean(r * x), np.mean(r)\n\n"
        "def gradient_descent(W, b, x, y, lr, steps):\n    for _ in range(steps):\n"
        "        dW, db = gradients(W, b, x, y)\n        W, b = W - lr * dW, b - lr * db\n    return W, b",
        "gradient_descent calls your gradients, which is not right yet",
    ),
    (
        "check_gradients",
        "05",
        "gradients",
        "def gradients(W, b, x, y):\n    r = W * x + b - y\n    return 2 * np.mean(r * x), 2 * np.sum(r)",
        "dcost/db is a sum over the samples",
    ),
    (
        "check_stable_lr",
        "06",
        "stable_lr",
        "def stable_lr(x):\n    return 1 / np.mean(x) ** 2",
        "squares the mean of x",
    ),
    (
        "check_stable_lr",
        "06",
        "stable_lr",
        "def stable_lr(x):\n    return 2 / 2 / len(x) * np.sum(x**2)",
        "read from left to right",
    ),
    (
        "check_stable_lr_wb",
        "06",
        "stable_lr_wb",
        "def stable_lr_wb(x):\n    m = len(x)\n    H = 2 / m * np.array([[np.sum(x**2), np.sum(x)], [np.sum(x), m]])\n"
        "    return 2 / np.linalg.eigvalsh(H)",
        "2 / every eigenvalue",
    ),
    (
        "check_stable_lr_wb",
        "06",
        "stable_lr_wb",
        "def stable_lr_wb(x):\n    m = len(x)\n    H = 2 / m * np.array([[np.sum(x**2), np.sum(x)], [np.sum(x), m]])\n"
        "    return 2 / np.linalg.eigh(H)[-1]",
        "eigh returns two things",
    ),
    (
        "check_descend_many",
        "06",
        "descend_many",
        "def descend_many(df, w0, lr, steps):\n    g = df(w0)\n    w = w0\n    for _ in range(steps):\n"
        "        w = w - lr * g\n    return w",
        "the slope at the start",
    ),
    (
        "check_descend_many",
        "06",
        "descend_many",
        "def descend_many(df, w0, lr, steps):\n    w = w0\n    path = [w]\n    for _ in range(steps):\n"
        "        w = w - lr * df(w)\n        path.append(w)\n    return np.array(path)",
        "the whole path",
    ),
    (
        "check_descend_many",
        "06",
        "descend_many",
        "def descend_many(df, w0, lr, steps):\n    w = w0\n    for _ in range(steps):\n        w = lr * df(w)\n    return w",
        "that is the step lr * df(w)",
    ),
    (
        "check_descend_many",
        "06",
        "descend_many",
        "def descend_many(df, w0, lr, steps):\n    out = []\n    for w in w0:\n        for _ in range(steps):\n"
        "            w = w - lr * df(w)\n        out.append(w)\n    return np.array(out)",
        "loops over the starts",
    ),
    (
        "check_descend_many",
        "06",
        "descend_many",
        "def descend_many(df, w0, lr, steps):\n    for _ in range(steps):\n        w0[:] = w0 - lr * df(w0)\n    return w0",
        "changes the caller's w0 in place",
    ),
]


@pytest.mark.parametrize(("check", "notebook", "name", "source", "phrase"), WRONG, ids=lambda v: str(v)[:40])
def test_a_beginners_mistake_is_named(check, notebook, name, source, phrase, capsys):
    ok, out = run(check, notebook, source, name, capsys)
    assert not ok
    assert out.startswith("Not yet:")
    assert phrase in out, out


# (check, notebook, function name, source): right answers, written differently from the solution
RIGHT = [
    ("check_mse", "04", "mse", "def mse(h, y):\n    r = y - h\n    return float(r @ r / len(r))"),
    (
        "check_mse",
        "04",
        "mse",
        "def mse(h, y):\n    total = 0\n    for i in range(len(h)):\n        total += (h[i] - y[i]) ** 2\n"
        "    return total / len(h)",
    ),
    ("check_mae", "04", "mae", "def mae(h, y):\n    return np.mean(np.sqrt((h - y) ** 2))"),
    ("check_mae", "04", "mae", "def mae(h, y):\n    return np.linalg.norm(h - y, 1) / len(h)"),
    (
        "check_cost",
        "04",
        "cost",
        "def mse(h, y):\n    return np.mean((h - y) ** 2)\n\ndef cost(W, b, x, y):\n    return mse(W * x + b, y)",
    ),
    (
        "check_gradient_w",
        "05",
        "gradient_w",
        "def gradient_w(W, x, y):\n    return 2 * np.dot(W * x - y, x) / len(x)",
    ),
    (
        "check_gradient_step",
        "05",
        "gradient_step",
        "def gradient_w(W, x, y):\n    return 2 * np.mean((W * x - y) * x)\n\n"
        "def gradient_step(W, x, y, lr):\n    W -= lr * gradient_w(W, x, y)\n    return W",
    ),
    (
        "check_gradients_wb",
        "05",
        "gradients_wb",
        "def gradients_wb(W, b, x, y):\n    r = W * x + b - y\n    return [2 * np.mean(r * x), 2 * np.mean(r)]",
    ),
    (
        "check_gradient_descent",
        "05",
        "gradient_descent",
        "def gradients_wb(W, b, x, y):\n    r = W * x + b - y\n    return 2 * np.mean(r * x), 2 * np.mean(r)\n\n"
        "def gradient_descent(W, b, x, y, lr, steps):\n    for step in range(steps):\n"
        "        dW, db = gradients_wb(W, b, x, y)\n        W -= lr * dW\n        b -= lr * db\n    return [W, b]",
    ),
    ("check_stable_lr", "06", "stable_lr", "def stable_lr(x):\n    return 1 / np.mean(x**2)"),
    (
        "check_stable_lr_wb",
        "06",
        "stable_lr_wb",
        "def stable_lr_wb(x):\n    H = 2 * np.array([[np.mean(x**2), np.mean(x)], [np.mean(x), 1]])\n"
        "    return 2 / max(np.linalg.eigvals(H))",
    ),
    (
        "check_descend_many",
        "06",
        "descend_many",
        "def descend_many(df, w0, lr, steps):\n    w = w0.copy()\n    for _ in range(steps):\n"
        "        w -= lr * df(w)\n    return w",
    ),
]


@pytest.mark.parametrize(("check", "notebook", "name", "source"), RIGHT, ids=lambda v: str(v)[:40])
def test_a_right_answer_written_differently_passes(check, notebook, name, source, capsys):
    ok, out = run(check, notebook, source, name, capsys)
    assert ok, out
    assert out.startswith("Correct!")


# found in a second round: a return inside the loop, the gradients taken for the new W and b, //
MORE_WRONG = [
    (
        "check_mse",
        "04",
        "mse",
        "def mse(h, y):\n    total = 0\n    for i in range(len(h)):\n        total += (h[i] - y[i]) ** 2\n"
        "        return total / len(h)",
        "the `return` is inside the loop",
    ),
    (
        "check_gradient_descent",
        "05",
        "gradient_descent",
        "def gradients_wb(W, b, x, y):\n    r = W * x + b - y\n    return 2 * np.mean(r * x), 2 * np.mean(r)\n\n"
        "def gradient_descent(W, b, x, y, lr, steps):\n    for _ in range(steps):\n"
        "        W, b = gradients_wb(W, b, x, y)\n    return W, b",
        "set to the gradients themselves",
    ),
    (
        "check_stable_lr",
        "06",
        "stable_lr",
        "def stable_lr(x):\n    return len(x) // np.sum(x**2)",
        "whole-number division",
    ),
]


@pytest.mark.parametrize(
    ("check", "notebook", "name", "source", "phrase"), MORE_WRONG, ids=lambda v: str(v)[:40]
)
def test_more_beginners_mistakes_are_named(check, notebook, name, source, phrase, capsys):
    ok, out = run(check, notebook, source, name, capsys)
    assert not ok
    assert phrase in out, out


def test_a_right_function_is_not_blamed_for_an_unused_wrong_earlier_one(capsys):
    source = (
        "def gradient_w(W, x, y):\n    return np.mean(W * x - y)\n\n"
        "def gradient_step(W, x, y, lr):\n    return W - lr * 2 * np.mean((W * x - y) * x)"
    )
    ok, out = run("check_gradient_step", "05", source, "gradient_step", capsys)
    assert ok, out

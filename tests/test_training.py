"""lecture_utils.training: the trainers against plain numpy loops, closed-form and Newton
optima, finite differences; batches against separate runs; divergence; bad input."""

from __future__ import annotations

import re

import numpy as np
import pytest

import lecture_utils as lu
from lecture_utils import training

RNG = np.random.default_rng(2024)


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


# ---------------------------------------------------------------------------
# Plain numpy reference loops (written here, independent of the package)


def loop_linear(X, y, lr, steps, w0, b0, *, bias=True, loss="mse"):
    """The update as the course writes it: r = X w + b - y; w -= lr (2/m) X^T r; b -= lr (2/m) sum r."""
    m = len(y)
    w = np.array(w0, dtype=float)
    b = float(b0) if bias else 0.0
    ws, bs, costs = [], [], []
    for t in range(steps + 1):
        r = X @ w + b - y if X.ndim == 2 else X * w + b - y
        ws.append(w.copy())
        bs.append(b)
        costs.append(np.mean(r**2) if loss == "mse" else np.mean(np.abs(r)))
        if t == steps:
            break
        s = 2.0 * r / m if loss == "mse" else np.sign(r) / m
        w = w - lr * (X.T @ s if X.ndim == 2 else np.sum(X * s))
        if bias:
            b = b - lr * s.sum()
    return np.array(ws), np.array(bs), np.array(costs)


def loop_logistic(X, y, lr, steps, w0, b0, *, loss="bce"):
    m = len(y)
    w, b = np.array(w0, dtype=float), float(b0)
    ws, bs, costs = [], [], []
    for t in range(steps + 1):
        z = X @ w + b
        p = sigmoid(z)
        ws.append(w.copy())
        bs.append(b)
        if loss == "bce":
            costs.append(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
            dz = (p - y) / m
        else:
            costs.append(np.mean((p - y) ** 2))
            dz = 2 * (p - y) * p * (1 - p) / m
        if t == steps:
            break
        w = w - lr * X.T @ dz
        b = b - lr * dz.sum()
    return np.array(ws), np.array(bs), np.array(costs)


def mlp_cost(x, y, p, activation="tanh", **act_params):
    f = {
        "tanh": np.tanh,
        "sigmoid": sigmoid,
        "relu": lambda a: np.maximum(a, 0),
        "leaky_relu": lambda a: np.where(a > 0, a, act_params.get("slope", 0.1) * a),
        "elu": lambda a: np.where(a > 0, a, np.exp(np.minimum(a, 0)) - 1),
        "identity": lambda a: a,
    }[activation]
    h = f(np.outer(x, p["W1"]) + p["b1"]) @ p["W2"] + p["b2"]
    return np.mean((h - y) ** 2)


def tight(a, b, rtol=1e-10, atol=1e-12):
    np.testing.assert_allclose(a, b, rtol=rtol, atol=atol)


# ---------------------------------------------------------------------------
# Linear regression


def test_linear_descent_reaches_the_minimum_norm_least_squares_solution():
    """OUTLINE: from zeros, gradient descent on the 5-feature table ends at lstsq's answer."""
    X, y = lu.load_multivariable()
    A = np.c_[X, np.ones(5)]
    want = np.linalg.lstsq(A, y, rcond=None)[0]
    lam = 2 / 5 * np.linalg.eigvalsh(A.T @ A)
    lr = 0.025  # below 2 / lambda_max = 0.0257; slowest rate 1 - lr * lambda_min(>0) = 0.9988
    assert lr < 2 / lam.max()
    h = lu.train_linear(X, y, lr=lr, steps=20000)
    got = np.r_[h.w[-1], h.b[-1]]
    np.testing.assert_allclose(got, want, rtol=0, atol=1e-8)
    assert h.cost[-1] < 1e-16
    # other exact fits exist (rank 5 < 6 unknowns): lstsq's is the shortest, and descent found it
    null = np.linalg.svd(A)[2][-1]
    np.testing.assert_allclose(A @ (want + null), y, atol=1e-12)
    assert np.linalg.norm(got) < np.linalg.norm(want + 0.1 * null)
    assert h.diverged_at == -1 and not h.batched


@pytest.mark.parametrize("loss", ["mse", "mae"])
@pytest.mark.parametrize("bias", [True, False])
@pytest.mark.parametrize("ndim", [1, 2])
def test_train_linear_equals_the_plain_numpy_loop_step_by_step(ndim, bias, loss):
    m, steps, lr = 13, 60, 0.03
    X = RNG.uniform(-2, 3, (m, 3)) if ndim == 2 else RNG.uniform(-2, 3, m)
    y = RNG.normal(size=m) + (X @ [1.0, -0.5, 2.0] if ndim == 2 else 1.5 * X)
    w0 = RNG.normal(size=3) if ndim == 2 else 0.3
    b0 = 0.7 if bias else None
    h = lu.train_linear(X, y, lr, steps, w0=w0, b0=b0, bias=bias, loss=loss)
    ws, bs, costs = loop_linear(X, y, lr, steps, w0, b0 or 0.0, bias=bias, loss=loss)
    assert h.w.shape == ws.shape == ((steps + 1, 3) if ndim == 2 else (steps + 1,))
    assert h.cost.shape == (steps + 1,) and h.steps == steps
    tight(h.w, ws)
    tight(h.cost, costs)
    if bias:
        tight(h.b, bs)
        assert h.b.shape == (steps + 1,)
    else:
        assert "b" not in h.params
    assert costs[-1] < costs[0]  # the case is not trivial: it moved


def test_linear_one_step_by_hand_on_the_lectures_samples():
    """x = y = (1, 2, 3, 4), W = 0, b = 0, lr = 0.1: dW = (2/4) sum(-y x) = -15, db = -5."""
    x, y = lu.load_regression_samples()
    h = lu.train_linear(x, y, lr=0.1, steps=1)
    assert h.w[1] == pytest.approx(1.5) and h.b[1] == pytest.approx(0.5)
    assert h.cost[0] == pytest.approx(7.5)
    h = lu.train_linear(x, y, lr=0.01, steps=300, bias=False)
    assert h.w[-1] == pytest.approx(1.0, abs=1e-10)


def test_history_steps_zero_and_start_point():
    X, y = lu.load_multivariable()
    h = lu.train_linear(X, y, 0.01, 0, w0=np.ones(5), b0=2.0)
    assert h.steps == 0 and h.w.shape == (1, 5)
    tight(h.w[0], np.ones(5))
    assert h.b[0] == 2.0
    assert h.cost[0] == pytest.approx(np.mean((X @ np.ones(5) + 2 - y) ** 2))


def test_history_helpers():
    x, y = lu.load_cost_table()
    h = lu.train_linear(x, y, 0.01, 50)
    assert h.final() == h.cost[-1] and h.final("w") == h.w[-1]
    msg = h.message()
    assert "50 steps" in msg and "0.01" in msg and f"{h.cost[-1]:.6g}" in msg
    assert "single run" in repr(h) and "linear" in repr(h)
    hb = lu.train_linear(x, y, [0.01, 0.02], 50)
    assert "batch of 2" in repr(hb)
    tight(hb.final(), hb.cost[-1])
    assert "0.02" in hb.message(1)


def test_predict_linear_and_logistic():
    X, y = lu.load_multivariable()
    w = RNG.normal(size=5)
    tight(lu.predict_linear(X, w, 0.5), X @ w + 0.5)
    x, _ = lu.load_cost_table()
    tight(lu.predict_linear(x, 2.0, -1.0), 2 * x - 1)
    tight(lu.predict_linear(x, 2.0), 2 * x)
    tight(lu.predict_logistic(X, w, 0.5), sigmoid(X @ w + 0.5))


# ---------------------------------------------------------------------------
# Logistic regression


def test_logistic_on_separable_data_drives_the_cost_toward_zero():
    x = np.array([-2.0, -1.0, -0.5, 0.5, 1.0, 2.0])
    y = np.array([0.0, 0.0, 0.0, 1.0, 1.0, 1.0])
    # lr below 1 / L with L = lambda_max(A^T A / m) / 4 bounding the Hessian: cost must fall every step
    A = np.c_[x, np.ones_like(x)]
    lr = 1.0 / (np.linalg.eigvalsh(A.T @ A / 6).max() / 4)
    h = lu.train_logistic(x, y, lr, 3000)
    assert np.all(np.diff(h.cost) < 0)
    assert h.cost[0] == pytest.approx(np.log(2))
    assert h.cost[-1] < 0.01 and h.cost[-1] > 0
    assert np.all(np.diff(h.w) > 0)  # the weight keeps growing: the optimum is at infinity
    assert h.w[-1] > 5
    assert np.all((lu.predict_logistic(x, h.w[-1], h.b[-1]) > 0.5) == (y == 1))
    assert -0.5 < -h.b[-1] / h.w[-1] < 0.5  # the boundary sits in the gap between the classes
    ws, bs, costs = loop_logistic(x[:, None], y, lr, 3000, [0.0], 0.0)
    tight(h.w, ws[:, 0], rtol=1e-9)
    tight(h.cost, costs, rtol=1e-9)


def newton_logistic(A, y, iters=30):
    th = np.zeros(A.shape[1])
    for _ in range(iters):
        p = sigmoid(A @ th)
        g = A.T @ (p - y) / len(y)
        Hs = (A * (p * (1 - p))[:, None]).T @ A / len(y)
        th = th - np.linalg.solve(Hs, g)
    return th, g


@pytest.mark.parametrize("data", ["lecture_binary", "two_class"])
def test_logistic_on_non_separable_data_reaches_newtons_optimum(data):
    if data == "lecture_binary":
        X, y = lu.load_binary()
        A, lr, steps = np.c_[X, np.ones_like(X)], 3.0, 2000
    else:
        X, y = lu.make_two_class(m=60, separation=1.0, seed=1)
        A, lr, steps = np.c_[X, np.ones(len(y))], 4.0, 1500
    th, g = newton_logistic(A, y)
    assert np.linalg.norm(g) < 1e-14
    h = lu.train_logistic(X, y, lr, steps)
    got = np.r_[np.atleast_1d(h.w[-1]), h.b[-1]]
    np.testing.assert_allclose(got, th, rtol=0, atol=1e-8)
    p = sigmoid(A @ got)
    assert np.linalg.norm(A.T @ (p - y) / len(y)) < 1e-9  # gradient ~ 0 there
    assert h.cost[-1] == pytest.approx(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)), rel=1e-12)


@pytest.mark.parametrize("loss", ["bce", "mse"])
@pytest.mark.parametrize("bias", [True, False])
def test_train_logistic_equals_the_plain_numpy_loop(loss, bias):
    X, y = lu.make_two_class(m=30, separation=1.5, seed=3)
    w0 = np.array([0.3, -0.2])
    h = lu.train_logistic(X, y, 0.7, 80, w0=w0, b0=0.1 if bias else None, bias=bias, loss=loss)
    if bias:
        ws, bs, costs = loop_logistic(X, y, 0.7, 80, w0, 0.1, loss=loss)
        tight(h.b, bs)
    else:
        ws, bs, costs = loop_logistic_no_bias(X, y, 0.7, 80, w0, loss)
    tight(h.w, ws)
    tight(h.cost, costs)


def loop_logistic_no_bias(X, y, lr, steps, w0, loss):
    m, w = len(y), np.array(w0, float)
    ws, costs = [], []
    for t in range(steps + 1):
        p = sigmoid(X @ w)
        ws.append(w.copy())
        if loss == "bce":
            costs.append(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
            dz = (p - y) / m
        else:
            costs.append(np.mean((p - y) ** 2))
            dz = 2 * (p - y) * p * (1 - p) / m
        if t < steps:
            w = w - lr * X.T @ dz
    return np.array(ws), None, np.array(costs)


def test_logistic_mse_is_not_convex_on_the_binary_table_but_cross_entropy_is():
    """OUTLINE: H = sigmoid(w x), no bias: MSE flattens to 0.425 (w -> -inf) and 0.525 (w -> +inf);
    descent on MSE ends where it starts, descent on cross entropy ends at one optimum from anywhere."""
    x, y = lu.load_binary()
    h = lu.train_logistic(x, y, [0.1, 0.1], 0, w0=np.array([-1000.0, 1000.0]), bias=False, loss="mse")
    np.testing.assert_allclose(h.cost[0], [(0.25 + 4) / 10, (0.25 + 5) / 10], rtol=1e-12)
    starts = np.array([-2.0, 2.0, 20.0])
    mse = lu.train_logistic(x, y, [1.0] * 3, 3000, w0=starts, bias=False, loss="mse")
    assert mse.w[-1, 0] == pytest.approx(mse.w[-1, 1], abs=1e-6)  # both reach the valley...
    assert mse.w[-1, 2] > 15 and mse.cost[-1, 2] > 0.5  # ...but from w = 20 descent stays on the plateau
    bce = lu.train_logistic(x, y, [1.0] * 3, 3000, w0=starts, bias=False, loss="bce")
    th, _ = newton_logistic(x[:, None], y)
    np.testing.assert_allclose(bce.w[-1], th[0], atol=1e-8)  # every start: the one optimum


# ---------------------------------------------------------------------------
# Batches equal separate runs


def test_linear_batch_of_learning_rates_equals_separate_runs():
    X, y = lu.load_multivariable()
    lrs = np.array([0.001, 0.005, 0.02])
    hb = lu.train_linear(X, y, lrs, 40)
    assert hb.batched and hb.w.shape == (41, 3, 5) and hb.b.shape == (41, 3) and hb.cost.shape == (41, 3)
    np.testing.assert_array_equal(hb.diverged_at, [-1, -1, -1])
    for j, lr in enumerate(lrs):
        h = lu.train_linear(X, y, lr, 40)
        tight(hb.w[:, j], h.w, rtol=1e-12)
        tight(hb.b[:, j], h.b, rtol=1e-12)
        tight(hb.cost[:, j], h.cost, rtol=1e-12)


@pytest.mark.parametrize("loss", ["mse", "mae"])
def test_linear_batch_of_starting_points_equals_separate_runs(loss):
    x, y = lu.make_linear(m=25, seed=2)
    w0 = np.array([-2.0, 0.0, 3.5, 1.0])
    b0 = np.array([1.0, -1.0, 0.0, 2.0])
    hb = lu.train_linear(x, y, 0.02, 30, w0=w0, b0=b0, loss=loss)
    assert hb.w.shape == (31, 4)
    for j in range(4):
        h = lu.train_linear(x, y, 0.02, 30, w0=w0[j], b0=b0[j], loss=loss)
        tight(hb.w[:, j], h.w, rtol=1e-12)
        tight(hb.cost[:, j], h.cost, rtol=1e-12)
    # starting points and learning rates together, 2-D X
    X, yy = lu.load_multivariable()
    W0 = RNG.normal(size=(2, 5))
    hb = lu.train_linear(X, yy, [0.001, 0.01], 20, w0=W0, loss=loss)
    for j, lr in enumerate([0.001, 0.01]):
        h = lu.train_linear(X, yy, lr, 20, w0=W0[j], loss=loss)
        tight(hb.w[:, j], h.w, rtol=1e-12)


def test_logistic_batch_equals_separate_runs():
    X, y = lu.make_two_class(m=40, separation=1.0, seed=4)
    lrs = [0.1, 1.0, 5.0]
    W0 = np.array([[0.0, 0.0], [1.0, -1.0], [-2.0, 0.5]])
    for kwargs in ({"lr": lrs}, {"lr": 0.5, "w0": W0, "b0": [0.0, 1.0, -1.0]}):
        for loss in ("bce", "mse"):
            hb = lu.train_logistic(X, y, steps=25, loss=loss, **kwargs)
            assert hb.w.shape == (26, 3, 2)
            for j in range(3):
                one = {k: (val[j] if np.ndim(val) else val) for k, val in kwargs.items()}
                h = lu.train_logistic(X, y, steps=25, loss=loss, **one)
                tight(hb.w[:, j], h.w, rtol=1e-12)
                tight(hb.b[:, j], h.b, rtol=1e-12)
                tight(hb.cost[:, j], h.cost, rtol=1e-12)


def test_mlp_batch_of_learning_rates_equals_separate_runs():
    x, y = lu.make_curve(m=30, seed=1)
    lrs = np.array([0.01, 0.05, 0.2])
    hb = lu.train_mlp(x, y, lrs, 30, hidden=6, activation="tanh")
    assert hb.params["W1"].shape == (31, 3, 6) and hb.params["b2"].shape == (31, 3)
    for j, lr in enumerate(lrs):
        h = lu.train_mlp(x, y, lr, 30, hidden=6, activation="tanh")
        for k in ("W1", "b1", "W2", "b2"):
            tight(hb.params[k][:, j], h.params[k], rtol=1e-12)
        tight(hb.cost[:, j], h.cost, rtol=1e-12)


def test_mlp_batch_of_starting_points_equals_separate_runs():
    x, y = lu.make_curve(m=30, seed=1)
    starts = [training.init_mlp(5, seed=s) for s in (0, 1, 2)]
    batch = {k: np.stack([p[k] for p in starts]) for k in starts[0]}
    hb = lu.train_mlp(x, y, 0.05, 20, params0=batch, activation="relu")
    assert hb.params["W1"].shape == (21, 3, 5)
    for j, p in enumerate(starts):
        h = lu.train_mlp(x, y, 0.05, 20, params0=p, activation="relu")
        for k in p:
            tight(hb.params[k][:, j], h.params[k], rtol=1e-12)


# ---------------------------------------------------------------------------
# The network: forward pass, gradient, training


def test_mlp_forward_is_the_formula():
    p = training.init_mlp(7, seed=3)
    x = np.linspace(-2, 2, 9)
    want = np.tanh(np.outer(x, p["W1"]) + p["b1"]) @ p["W2"] + p["b2"]
    tight(lu.mlp_forward(x, p), want)
    want = np.maximum(np.outer(x, p["W1"]) + p["b1"], 0.0) @ p["W2"] + p["b2"]
    tight(lu.mlp_forward(x, p, "relu"), want)
    lk = np.outer(x, p["W1"]) + p["b1"]
    tight(lu.mlp_forward(x, p, "leaky_relu", slope=0.3), np.where(lk > 0, lk, 0.3 * lk) @ p["W2"] + p["b2"])


def test_init_mlp_is_seeded_and_spreads_the_units():
    a, b, c = training.init_mlp(8, seed=1), training.init_mlp(8, seed=1), training.init_mlp(8, seed=2)
    for k in a:
        np.testing.assert_array_equal(a[k], b[k])
    assert not np.array_equal(a["W1"], c["W1"])
    assert a["W1"].shape == a["b1"].shape == a["W2"].shape == (8,) and a["b2"].shape == ()
    kinks = -a["b1"] / a["W1"]
    assert np.all((kinks >= -3) & (kinks <= 3))


@pytest.mark.parametrize(
    ("activation", "act_params"),
    [
        ("tanh", {}),
        ("sigmoid", {}),
        ("relu", {}),
        ("leaky_relu", {"slope": 0.2}),
        ("elu", {}),
        ("identity", {}),
    ],
)
def test_mlp_gradient_matches_finite_differences_of_its_cost(activation, act_params):
    x, y = lu.make_curve(m=20, seed=5)
    p0 = training.init_mlp(4, seed=2, x_range=(-3, 3))
    A = np.outer(x, p0["W1"]) + p0["b1"]
    assert np.min(np.abs(A)) > 1e-4  # no sample sits on a kink
    # one step with lr = 1 moves the parameters by exactly minus the gradient
    h = lu.train_mlp(x, y, 1.0, 1, params0=p0, activation=activation, **act_params)
    assert h.cost[0] == pytest.approx(mlp_cost(x, y, p0, activation, **act_params), rel=1e-13)
    eps = 1e-6
    for k in ("W1", "b1", "W2", "b2"):
        grad = h.params[k][0] - h.params[k][1]
        num = np.zeros_like(np.asarray(p0[k], float))
        for i in range(num.size):
            pp = {kk: np.array(vv, float) for kk, vv in p0.items()}
            pm = {kk: np.array(vv, float) for kk, vv in p0.items()}
            pp[k].flat[i] += eps
            pm[k].flat[i] -= eps
            num.flat[i] = (
                mlp_cost(x, y, pp, activation, **act_params) - mlp_cost(x, y, pm, activation, **act_params)
            ) / (2 * eps)
        np.testing.assert_allclose(grad, num, rtol=1e-6, atol=1e-8, err_msg=k)


def test_mlp_training_fits_the_curve():
    x, y = lu.make_curve(m=60, seed=0)
    h = lu.train_mlp(x, y, 0.1, 1500, hidden=16, activation="tanh")
    line = np.polyfit(x, y, 1)
    best_line = np.mean((np.polyval(line, x) - y) ** 2)
    assert h.cost[-1] < 0.25 * best_line  # the network beats every straight line
    final = {k: h.params[k][-1] for k in h.params}
    assert h.cost[-1] == pytest.approx(np.mean((lu.mlp_forward(x, final) - y) ** 2), rel=1e-10)
    assert h.extra["activation"] == "tanh"


# ---------------------------------------------------------------------------
# Divergence


def first_divergent_step(costs):
    limit = training.EXPLODE_FACTOR * (costs[0] + 1.0)
    bad = ~np.isfinite(costs) | (costs > limit)
    return int(np.argmax(bad)) if bad.any() else -1


def reference_costs(x, y, lr, steps):
    with np.errstate(all="ignore"):
        _, _, costs = loop_linear(x, y, lr, steps, 0.0, 0.0)
    return costs


def test_single_run_divergence_raises_naming_the_step():
    x, y = lu.load_cost_table()
    t = first_divergent_step(reference_costs(x, y, 1.0, 40))
    assert t > 1
    with pytest.raises(lu.DivergenceError, match=rf"step {t}\b") as err:
        lu.train_linear(x, y, 1.0, 40)
    assert "smaller learning rate" in str(err.value)
    assert isinstance(err.value, RuntimeError)
    x, y = lu.make_curve(m=20)
    with pytest.raises(lu.DivergenceError, match="smaller learning rate"):
        lu.train_mlp(x, y, 50.0, 200, hidden=4)
    with pytest.raises(lu.DivergenceError, match="smaller learning rate"):
        lu.train_logistic(*lu.load_binary(), 1e12, 5)  # cross entropy grows like |z|


def test_on_divergence_stop_returns_the_history_up_to_that_step():
    x, y = lu.load_cost_table()
    costs = reference_costs(x, y, 1.0, 40)
    t = first_divergent_step(costs)
    h = lu.train_linear(x, y, 1.0, 40, on_divergence="stop")
    assert int(h.diverged_at) == t
    assert h.cost.shape == (t,) and h.w.shape == (t,)
    assert np.all(np.isfinite(h.cost))
    tight(h.cost, costs[:t])
    msg = h.message()
    assert f"diverged at step {t}" in msg and "smaller learning rate" in msg


def test_batch_marks_diverged_members_and_keeps_the_others():
    x, y = lu.load_cost_table()
    lrs = np.array([0.01, 1.0, 0.05])
    t = first_divergent_step(reference_costs(x, y, 1.0, 40))
    hb = lu.train_linear(x, y, lrs, 40)
    np.testing.assert_array_equal(hb.diverged_at, [-1, t, -1])
    assert np.all(np.isnan(hb.cost[t:, 1])) and np.all(np.isnan(hb.w[t:, 1]))
    tight(hb.cost[:t, 1], reference_costs(x, y, 1.0, 40)[:t])
    for j in (0, 2):
        h = lu.train_linear(x, y, lrs[j], 40)
        tight(hb.w[:, j], h.w, rtol=1e-12)
        tight(hb.cost[:, j], h.cost, rtol=1e-12)
    assert hb.final()[1] == hb.cost[t - 1, 1]
    assert "diverged at step" in hb.message(1) and "diverged" not in hb.message(0)
    assert "1 diverged" in repr(hb)
    # when every member diverges the batch still returns
    hb = lu.train_linear(x, y, [1.0, 2.0], 40)
    assert np.all(hb.diverged_at > 0)


def test_divergence_to_nan_and_inf_is_caught_without_warnings():
    x, y = lu.load_cost_table()
    with pytest.raises(lu.DivergenceError):
        lu.train_linear(x, y, 1e200, 5)
    h = lu.train_linear(x, y, 1e200, 5, on_divergence="stop")
    assert h.diverged_at >= 1 and np.all(np.isfinite(h.cost))


# ---------------------------------------------------------------------------
# Bad input

X5, Y5 = lu.load_multivariable()
X1, Y1 = lu.load_cost_table()


@pytest.mark.parametrize(
    ("call", "arg"),
    [
        (lambda: lu.train_linear(np.ones((5, 2, 2)), Y5, 0.1, 3), "X"),
        (lambda: lu.train_linear(np.ones((0, 2)), np.ones(0), 0.1, 3), "X"),
        (lambda: lu.train_linear(X5, Y5[:4], 0.1, 3), "y"),
        (lambda: lu.train_linear(X5, Y5[:, None], 0.1, 3), "y"),
        (lambda: lu.train_linear(np.where(X5 > 2, np.nan, X5), Y5, 0.1, 3), "X"),
        (lambda: lu.train_linear(X5, np.r_[Y5[:4], np.inf], 0.1, 3), "y"),
        (lambda: lu.train_linear(X5, Y5, 0.0, 3), "lr"),
        (lambda: lu.train_linear(X5, Y5, -0.1, 3), "lr"),
        (lambda: lu.train_linear(X5, Y5, np.nan, 3), "lr"),
        (lambda: lu.train_linear(X5, Y5, [0.1, 0.0], 3), "lr"),
        (lambda: lu.train_linear(X5, Y5, [[0.1]], 3), "lr"),
        (lambda: lu.train_linear(X5, Y5, [0.1, 0.2], 3, w0=np.zeros((3, 5))), "lr"),
        (lambda: lu.train_linear(X5, Y5, 0.1, -1), "steps"),
        (lambda: lu.train_linear(X5, Y5, 0.1, 2.5), "steps"),
        (lambda: lu.train_linear(X5, Y5, 0.1, 3, loss="huber"), "loss"),
        (lambda: lu.train_linear(X5, Y5, 0.1, 3, w0=np.zeros((2, 2, 5))), "w0"),
        (lambda: lu.train_linear(X5, Y5, 0.1, 3, w0=np.zeros(4)), "w0"),
        (lambda: lu.train_linear(X5, Y5, 0.1, 3, w0=[np.nan] * 5), "w0"),
        (lambda: lu.train_linear(X5, Y5, 0.1, 3, b0=np.zeros((2, 2))), "b0"),
        (lambda: lu.train_linear(X5, Y5, 0.1, 3, b0=1.0, bias=False), "b0"),
        (lambda: lu.train_linear(X5, Y5, 0.1, 3, on_divergence="ignore"), "on_divergence"),
        (lambda: lu.train_logistic(X1, Y1, 0.1, 3), "y"),
        (lambda: lu.train_logistic(X1, Y1 > 2, 0.1, 3, loss="mae"), "loss"),
        (lambda: lu.train_logistic(X1, Y1 > 2, 0.0, 3), "lr"),
        (lambda: lu.train_logistic(X1, (Y1 > 2)[:3], 0.1, 3), "y"),
        (lambda: lu.train_logistic(X5, Y5 > 1, 0.1, 3, w0=np.zeros(3)), "w0"),
        (lambda: lu.train_mlp(X1, Y1, 0.1, 3, activation="swish"), "activation"),
        (lambda: lu.train_mlp(X5, Y5, 0.1, 3), "x"),
        (lambda: lu.train_mlp(X1, Y1[:2], 0.1, 3), "y"),
        (lambda: lu.train_mlp(X1, Y1, -1.0, 3), "lr"),
        (lambda: lu.train_mlp(X1, Y1, 0.1, 3, hidden=0), "hidden"),
        (lambda: lu.train_mlp(X1, Y1, 0.1, 3, params0={"W1": np.ones(3)}), "params0"),
        (lambda: lu.train_mlp(X1, Y1, 0.1, 3, params0={**training.init_mlp(3), "W2": np.ones(4)}), "params0"),
        (lambda: lu.train_mlp(X1, Y1, 0.1, 3, activation="leaky_relu", slope=3.0), "slope"),
        (lambda: lu.predict_linear(X5, np.ones(4)), "w"),
        (lambda: lu.predict_linear(X5, np.ones(5), [1.0, 2.0]), "b"),
        (lambda: lu.predict_logistic(X5[:, :2], np.ones(3)), "w"),
        (lambda: lu.mlp_forward(X5, training.init_mlp(3)), "x"),
        (lambda: lu.mlp_forward(X1, training.init_mlp(3), "swish"), "activation"),
    ],
)
def test_bad_input_raises_value_error_naming_the_argument(call, arg):
    with pytest.raises(ValueError, match=rf"\b{arg}\b"):
        call()


# ---------------------------------------------------------------------------
# Issue 13: runs that cannot end well are reported; None is named; bias=False answers b


def climbing_step(costs):
    """The trainer's rule for a slow divergence, written out: the first step at which the cost has risen
    at each of the last RISING_STEPS steps and passed GROWTH_FACTOR * (cost at start + 1)."""
    run = 0
    for t in range(1, len(costs)):
        run = run + 1 if costs[t] > costs[t - 1] else 0
        if run >= training.RISING_STEPS and costs[t] > training.GROWTH_FACTOR * (costs[0] + 1):
            return t
    return -1


def test_a_cost_that_climbs_by_orders_of_magnitude_is_divergence():
    """lr = 0.14 is past the edge 2/c = 0.1333 of the lecture's samples (bias=False): each step multiplies
    the cost by (1 - 15 lr)^2 = 1.21, far below the 1e8 explosion limit after 50 steps, yet 13,800-fold."""
    x, y = lu.load_regression_samples()
    with np.errstate(all="ignore"):
        ws, _, costs = loop_linear(x, y, 0.14, 50, 0.0, 0.0, bias=False)
    assert costs[-1] / costs[0] > 1e4 and costs[-1] < training.EXPLODE_FACTOR * costs[0]
    np.testing.assert_allclose(costs[1:] / costs[:-1], 1.21, rtol=1e-9)
    t = climbing_step(costs)
    assert 10 < t < 50
    with pytest.raises(lu.DivergenceError, match=rf"step {t}\b") as err:
        lu.train_linear(x, y, 0.14, 50, bias=False)
    msg = str(err.value)
    assert "7.5" in msg and "0.14" in msg and "smaller learning rate" in msg
    assert f"{costs[t]:.3g}" in msg  # how far the cost climbed
    h = lu.train_linear(x, y, 0.14, 50, bias=False, on_divergence="stop")
    assert int(h.diverged_at) == t and h.cost.shape == (t,)
    tight(h.w, ws[:t])
    # in a batch: the climbing run stops, the converging one (below the edge) goes on to the end
    hb = lu.train_linear(x, y, [0.13, 0.14], 50, bias=False)
    np.testing.assert_array_equal(hb.diverged_at, [-1, t])
    assert np.all(np.diff(hb.cost[:, 0]) < 0) and np.all(np.isnan(hb.cost[t:, 1]))
    # a batch that asks to raise raises, naming the run
    with pytest.raises(lu.DivergenceError, match=r"run 1 of the batch"):
        lu.train_linear(x, y, [0.13, 0.14], 50, bias=False, on_divergence="raise")


def test_a_single_large_step_is_not_a_climb():
    """RISING_STEPS rising steps in a row are needed: one step that raises the cost 3000-fold (a network
    with lr = 1) is a result to look at, not a divergence."""
    x, y = lu.make_curve(m=20, seed=5)
    p0 = training.init_mlp(4, seed=2, x_range=(-3, 3))
    h = lu.train_mlp(x, y, 1.0, 1, params0=p0, activation="identity")
    assert h.cost[1] > training.GROWTH_FACTOR * (h.cost[0] + 1) and int(h.diverged_at) == -1


def test_a_start_that_overflows_blames_the_data_not_the_learning_rate():
    x, y = lu.load_regression_samples()
    for call in (
        lambda: lu.train_linear(x * 1e160, y * 1e160, 0.01, 5),
        lambda: lu.train_linear(x * 1e160, y * 1e160, [0.01, 0.001], 5),
        lambda: lu.train_linear(x * 1e160, y * 1e160, 0.01, 5, on_divergence="stop"),
        lambda: lu.train_mlp(x * 1e160, y * 1e160, 0.01, 5, hidden=3),
    ):
        with pytest.raises(ValueError, match=r"data overflow") as err:
            call()
        assert re.search(r"\bscale (X|x) and y\b", str(err.value))
        assert "try a smaller learning rate" not in str(err.value).lower()
    # data that fit, with a start that overflows: a divergence at step 0 that names the start
    with pytest.raises(lu.DivergenceError, match=r"step 0\b") as err:
        lu.train_linear(x, y, 0.01, 5, w0=1e200)
    assert "start closer to 0" in str(err.value).lower() and "learning rate" not in str(err.value)
    h = lu.train_linear(x, y, [0.01, 0.02], 5, w0=[1.0, 1e200])
    np.testing.assert_array_equal(h.diverged_at, [-1, 0])
    assert "start closer to 0" in h.message(1) and "learning rate" not in h.message(1)
    # data that are large but whose squares fit still train (lr scaled to match)
    h = lu.train_linear(x * 1e100, y * 1e100, 0.01 * 1e-200, 5, bias=False)
    tight(h.w, lu.train_linear(x, y, 0.01, 5, bias=False).w)


def test_work_that_cannot_fit_or_finish_is_refused_up_front():
    x, y = lu.load_regression_samples()
    with pytest.raises(ValueError, match=r"\bsteps\b") as err:
        lu.train_linear(x, y, 0.01, 10**10)
    assert re.search(
        r"\b149\.0 GiB\b|\b223\.5 GiB\b", str(err.value)
    )  # 10^10 + 1 steps x 3 numbers x 8 bytes
    with pytest.raises(ValueError, match=r"\bsteps\b.*1,000,000") as err:
        lu.train_linear(x, y, 0.01, 10**7)
    assert "w0=hist.w[-1]" in str(err.value)  # how to train in parts
    with pytest.raises(ValueError, match=r"\bsteps\b"):
        lu.train_linear(x, y, 0.01, training.MAX_STEPS + 1)
    # within MAX_STEPS a batch can still need too much memory: 64 runs x 7 numbers x 10^6 steps = 3.3 GiB
    X, yy = lu.load_multivariable()
    with pytest.raises(ValueError, match=r"\bsteps\b.*3\.3 GiB"):
        lu.train_linear(X, yy, np.full(64, 0.01), training.MAX_STEPS)
    with pytest.raises(ValueError, match=r"\bsteps\b.*GiB"):
        lu.train_mlp(x, y, 0.01, 10**9, hidden=50)


def test_bias_false_history_answers_b_with_zeros_and_final_lists_its_names():
    x, y = lu.load_regression_samples()
    h = lu.train_linear(x, y, 0.01, 20, bias=False)
    assert "b" not in h.params and h.b.shape == h.cost.shape == (21,)
    np.testing.assert_array_equal(h.b, 0.0)
    assert h.final("b") == 0.0 and h.final("w") == h.w[-1]
    hb = lu.train_logistic(x, (y > 2).astype(float), [0.1, 1e15], 20, bias=False)
    d = int(hb.diverged_at[1])
    assert d > 0 and hb.b.shape == (21, 2)
    np.testing.assert_array_equal(hb.b[:, 0], 0.0)
    assert np.all(hb.b[:d, 1] == 0.0) and np.all(np.isnan(hb.b[d:, 1]))  # a gap, like w
    np.testing.assert_array_equal(hb.final("b"), [0.0, 0.0])
    for hist, names in ((h, ["cost", "w", "b"]), (lu.train_linear(x, y, 0.01, 2), ["cost", "w", "b"])):
        with pytest.raises(ValueError, match=r"\bname\b") as err:
            hist.final("W")
        assert "'W'" in str(err.value) and all(f"'{n}'" in str(err.value) for n in names)
    net = lu.train_mlp(x, y, 0.01, 2, hidden=3)
    with pytest.raises(ValueError, match=r"'W1'.*'b2'|'b2'.*'W1'"):
        net.final("w")
    with pytest.raises(AttributeError, match=r"W1, b1, W2, b2"):
        net.b  # noqa: B018
    with pytest.raises(ValueError, match=r"\bj\b"):
        lu.train_linear(x, y, [0.01, 0.02], 2).message()


def test_logits_of_a_thousand_train_without_overflow():
    """The step's sigmoid and cross entropy are the stable forms of notebooks 09 and 10: no warning
    (warnings are errors here) and the exact values, far out on both sides."""
    x, y = lu.load_binary()
    for loss in ("bce", "mse"):
        h = lu.train_logistic(x, y, 0.1, 3, w0=np.array([-1e4, 1e4]), b0=[0.5, -0.5], loss=loss)
        assert np.all(np.isfinite(h.cost)) and np.all(np.isfinite(h.w))
        z = np.outer(x, h.w[0]) + h.b[0]  # (10, 2) logits at the start, |z| up to 9000
        assert np.abs(z).max() > 1000
        zl, yl = z.astype(np.longdouble), y[:, None]  # e^9000 fits in 80-bit long double
        p = 1 / (1 + np.exp(-zl))
        want = np.mean(np.log1p(np.exp(zl)) - yl * zl, 0) if loss == "bce" else np.mean((p - yl) ** 2, 0)
        tight(h.cost[0], want.astype(float))
        # the step itself, outside the trainer's loop (which silences overflow to catch divergence)
        cost, dw, db = training._logistic_cost_and_gradients(x[:, None], y, h.w[0][:, None], h.b[0], loss)
        dz = (p - yl) / len(y) if loss == "bce" else 2 * (p - yl) * p * (1 - p) / len(y)
        tight(cost, want.astype(float))
        tight(dw[:, 0], (dz.T @ x).astype(float))
        tight(db, dz.sum(0).astype(float))


@pytest.mark.parametrize(
    ("call", "arg"),
    [
        (lambda: lu.train_linear(None, Y5, 0.1, 3), "X"),
        (lambda: lu.train_linear(X5, None, 0.1, 3), "y"),
        (lambda: lu.train_linear(X5, Y5, None, 3), "lr"),
        (lambda: lu.train_linear(X5, Y5, 0.1, None), "steps"),
        (lambda: lu.train_logistic(None, Y5 > 1, 0.1, 3), "X"),
        (lambda: lu.train_logistic(X5, None, 0.1, 3), "y"),
        (lambda: lu.train_logistic(X5, Y5 > 1, None, 3), "lr"),
        (lambda: lu.train_mlp(None, Y1, 0.1, 3), "x"),
        (lambda: lu.train_mlp(X1, None, 0.1, 3), "y"),
        (lambda: lu.train_mlp(X1, Y1, 0.1, None), "steps"),
        (lambda: lu.mlp_forward(X1, None), "params"),
        (lambda: lu.mlp_forward(None, training.init_mlp(3)), "x"),
        (lambda: lu.predict_linear(X5, None), "w"),
        (lambda: lu.predict_linear(X1, 2.0, None), "b"),
        (lambda: lu.predict_logistic(None, 2.0), "X"),
    ],
)
def test_none_is_named_with_the_forgotten_return_hint(call, arg):
    with pytest.raises(ValueError, match=rf"\b{arg}\b") as err:
        call()
    assert "None" in str(err.value) and "return" in str(err.value)


def test_predict_blames_b_for_a_nan_in_b():
    x, _ = lu.load_regression_samples()
    for predict in (lu.predict_linear, lu.predict_logistic):
        with pytest.raises(ValueError, match=r"^b\b"):
            predict(x, 2.0, np.nan)


@pytest.mark.parametrize("train", [lu.train_linear, lu.train_logistic])
def test_a_batch_too_large_for_memory_is_refused_before_any_step(train):
    x, y = np.zeros(10**6), np.zeros(10**6)
    with pytest.raises(ValueError, match=r"1,000 runs on 1,000,000 samples.*GiB.*\blr\b"):
        train(x, y, np.full(1000, 0.1), 3)
    hist = train(x[:1000], y[:1000], np.full(64, 0.1), 3)  # the benchmark's batch size still runs
    assert hist.cost.shape == (4, 64)

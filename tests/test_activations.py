"""lecture_utils.activations: values, derivatives against central finite differences
(away from kinks), conventions at the kinks, extreme inputs, get_activation, bad input."""

from __future__ import annotations

import numpy as np
import pytest

import lecture_utils as lu
from lecture_utils import activations as act

# points away from every kink used below (0 for relu/leaky/elu/|x|, 0.5 for the maxout pieces)
X = np.array([-4.3, -2.2, -1.05, -0.31, -0.07, 0.09, 0.27, 0.61, 1.4, 3.7])

FORMULAS = {
    "identity": (lambda x: x, {}),
    "sigmoid": (lambda x: 1 / (1 + np.exp(-x)), {}),
    "tanh": (lambda x: (np.exp(x) - np.exp(-x)) / (np.exp(x) + np.exp(-x)), {}),
    "relu": (lambda x: np.where(x > 0, x, 0.0), {}),
    "leaky_relu": (lambda x: np.where(x > 0, x, 0.1 * x), {}),
    "elu": (lambda x: np.where(x >= 0, x, np.exp(x) - 1), {}),
    "maxout": (lambda x: np.abs(x), {}),
}

WITH_PARAMS = [
    ("leaky_relu", {"slope": 0.25}, lambda x: np.where(x > 0, x, 0.25 * x)),
    ("leaky_relu", {"slope": 0.0}, lambda x: np.maximum(x, 0.0)),
    ("elu", {"alpha": 2.0}, lambda x: np.where(x >= 0, x, 2.0 * (np.exp(x) - 1))),
    (
        "maxout",
        {"w": [1.0, -1.0, 0.5], "b": [0.0, 0.0, 0.5]},
        lambda x: np.max([x, -x, 0.5 * x + 0.5], axis=0),
    ),
]


def central_diff(f, x, eps=1e-6):
    return (f(x + eps) - f(x - eps)) / (2 * eps)


@pytest.mark.parametrize("name", sorted(FORMULAS))
def test_values_match_the_formula(name):
    formula, params = FORMULAS[name]
    f = getattr(act, name)
    np.testing.assert_allclose(f(X, **params), formula(X), rtol=1e-14, atol=1e-15)


# ids without the formula: a lambda's repr holds its address, which differs from run to run (--lf,
# pytest-xdist's workers compare the ids)
@pytest.mark.parametrize(
    ("name", "params", "formula"), WITH_PARAMS, ids=[f"{name}-{params}" for name, params, _ in WITH_PARAMS]
)
def test_values_with_parameters(name, params, formula):
    np.testing.assert_allclose(getattr(act, name)(X, **params), formula(X), rtol=1e-14)
    f, _ = lu.get_activation(name, **params)
    np.testing.assert_allclose(f(X), formula(X), rtol=1e-14)


CASES = [(name, {}) for name in sorted(FORMULAS)] + [(n, p) for n, p, _ in WITH_PARAMS]


@pytest.mark.parametrize(("name", "params"), CASES, ids=lambda p: str(p))
def test_derivative_matches_central_differences(name, params):
    f, df = act.ACTIVATIONS[name]
    num = central_diff(lambda x: f(x, **params), X)
    np.testing.assert_allclose(df(X, **params), num, rtol=1e-7, atol=1e-9)
    # the unchecked formulas the trainers use agree with the checked ones
    rf, rdf = lu.get_activation(name, raw=True, **params)
    np.testing.assert_allclose(rf(X), f(X, **params), rtol=1e-15)
    np.testing.assert_allclose(rdf(X), df(X, **params), rtol=1e-15)


def test_conventions_at_the_kinks_and_known_values():
    assert act.sigmoid(0.0) == 0.5
    assert act.d_sigmoid(0.0) == 0.25 and np.max(act.d_sigmoid(np.linspace(-5, 5, 1001))) <= 0.25
    assert act.d_tanh(0.0) == 1.0
    assert act.d_relu(0.0) == 0.0  # the left-hand slope
    assert act.d_leaky_relu(0.0) == pytest.approx(0.1)
    assert act.d_leaky_relu(0.0, slope=0.3) == pytest.approx(0.3)
    assert act.d_elu(0.0) == 1.0
    assert act.elu(-50.0) == pytest.approx(-1.0)  # saturates at -alpha
    assert act.elu(-50.0, alpha=3.0) == pytest.approx(-3.0)
    assert act.d_maxout(0.0) == 1.0  # tie: the first piece
    np.testing.assert_array_equal(act.d_maxout(np.array([-2.0, 3.0])), [-1.0, 1.0])
    np.testing.assert_array_equal(act.d_identity(X), np.ones_like(X))


def test_shapes_are_kept_and_identity_copies():
    x2 = X.reshape(2, 5)
    for name in FORMULAS:
        f, df = act.ACTIVATIONS[name]
        assert f(x2).shape == (2, 5) and df(x2).shape == (2, 5)
        assert np.shape(f(1.5)) == () and np.shape(df(1.5)) == ()
        assert f([1.0, -1.0]).shape == (2,)
    out = act.identity(X)
    assert out is not X and not np.shares_memory(out, X)


def test_sigmoid_and_tanh_are_finite_and_silent_for_extreme_inputs():
    z = np.array([-1000.0, -745.0, -40.0, 40.0, 745.0, 1000.0])
    s = lu.sigmoid(z)  # warnings are errors in this suite
    assert np.all(np.isfinite(s)) and np.all((s >= 0) & (s <= 1))
    assert s[0] == 0.0 and s[-1] == 1.0
    np.testing.assert_allclose(s + lu.sigmoid(-z), 1.0, rtol=1e-15)
    assert np.all(np.isfinite(act.d_sigmoid(z)))
    for name in FORMULAS:
        f, df = act.ACTIVATIONS[name]
        assert np.all(np.isfinite(f(z))) and np.all(np.isfinite(df(z)))
    # tiny sigmoid values keep their precision (no 1 - (1 - e) cancellation)
    assert lu.sigmoid(-40.0) == pytest.approx(np.exp(-40.0), rel=1e-12)


def test_get_activation_returns_checked_functions_with_parameters_bound():
    f, df = lu.get_activation("sigmoid")
    assert f is act.sigmoid and df is act.d_sigmoid
    f, df = lu.get_activation("leaky_relu", slope=0.2)
    assert f(-1.0) == pytest.approx(-0.2) and df(-1.0) == pytest.approx(0.2)
    with pytest.raises(ValueError, match=r"\bx\b"):
        f([np.nan])
    rf, rdf = lu.get_activation("relu", raw=True)
    assert rf is act.RAW["relu"][0]
    assert set(act.RAW) == set(act.ACTIVATIONS)


def test_public_names_are_re_exported():
    for name in ("identity", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "maxout"):
        assert getattr(lu, name) is getattr(act, name)


@pytest.mark.parametrize(
    ("call", "arg"),
    [
        (lambda: act.sigmoid([1.0, np.nan]), "x"),
        (lambda: act.relu(np.array([np.inf])), "x"),
        (lambda: act.tanh("abc"), "x"),
        (lambda: act.d_tanh([np.nan]), "x"),
        (lambda: act.leaky_relu(1.0, slope=1.0), "slope"),
        (lambda: act.leaky_relu(1.0, slope=-0.1), "slope"),
        (lambda: act.d_leaky_relu(1.0, slope=[0.1, 0.2]), "slope"),
        (lambda: act.elu(1.0, alpha=0.0), "alpha"),
        (lambda: act.d_elu(1.0, alpha=np.nan), "alpha"),
        (lambda: act.maxout(1.0, w=[1.0], b=[0.0]), "w"),
        (lambda: act.maxout(1.0, w=[1.0, 2.0], b=[0.0]), "b"),
        (lambda: act.d_maxout(1.0, w=[[1.0, 2.0]], b=[0.0, 0.0]), "w"),
        (lambda: lu.get_activation("swish"), "activation"),
        (lambda: lu.get_activation("leaky_relu", slope=2.0), "slope"),
        (lambda: lu.get_activation("relu", slope=0.2), "slope"),
        (lambda: lu.get_activation("elu", beta=1.0), "beta"),
    ],
)
def test_bad_input_raises_value_error_naming_the_argument(call, arg):
    with pytest.raises(ValueError, match=rf"\b{arg}\b"):
        call()

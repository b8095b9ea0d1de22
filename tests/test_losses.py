"""lecture_utils.losses: values against the formulas, gradients against central finite
differences, batches along trailing axes, extreme logits, bad input."""

from __future__ import annotations

import numpy as np
import pytest

import lecture_utils as lu
from lecture_utils import losses

RNG = np.random.default_rng(11)
H = RNG.uniform(-2, 3, 9)
Y = RNG.uniform(-1, 2, 9)
P = RNG.uniform(0.05, 0.95, 9)
LABELS = np.array([0, 1, 1, 0, 1, 0, 0, 1, 1], dtype=float)
Z = RNG.uniform(-4, 4, 9)


def central_diff(f, x, eps=1e-6):
    """d f(x) / d x_i for a scalar-valued f, one coordinate at a time."""
    g = np.zeros_like(x)
    for i in range(x.size):
        xp, xm = x.copy(), x.copy()
        xp.flat[i] += eps
        xm.flat[i] -= eps
        g.flat[i] = (f(xp) - f(xm)) / (2 * eps)
    return g


def test_values_match_the_formulas():
    m = len(Y)
    assert np.isclose(lu.mse(H, Y), sum((h - y) ** 2 for h, y in zip(H, Y, strict=True)) / m, rtol=1e-14)
    assert np.isclose(lu.mae(H, Y), sum(abs(h - y) for h, y in zip(H, Y, strict=True)) / m, rtol=1e-14)
    want = -sum(y * np.log(p) + (1 - y) * np.log(1 - p) for p, y in zip(P, LABELS, strict=True)) / m
    assert np.isclose(lu.bce(P, LABELS), want, rtol=1e-13)
    s = 1 / (1 + np.exp(-Z))
    want = -np.mean(LABELS * np.log(s) + (1 - LABELS) * np.log(1 - s))
    assert np.isclose(lu.bce_with_logits(Z, LABELS), want, rtol=1e-12)
    assert np.isclose(lu.bce_with_logits(Z, LABELS), lu.bce(lu.sigmoid(Z), LABELS), rtol=1e-12)


def test_lecture_cost_table_numbers():
    """cost(W) on x = y = 0..4: W = 1 gives 0; W = 0 gives mean(y^2) = 6; W = 2 gives 6 as well."""
    x, y = lu.load_cost_table()
    assert lu.mse(1.0 * x, y) == 0.0
    assert lu.mse(0.0 * x, y) == pytest.approx(6.0)
    assert lu.mse(2.0 * x, y) == pytest.approx(6.0)
    assert lu.mae(2.0 * x, y) == pytest.approx(2.0)


def test_mean_is_over_samples_with_one_column_per_model():
    Hk = np.stack([H, 2 * H, H - 1], axis=1)  # (m, 3): three models
    for f in (lu.mse, lu.mae):
        got = f(Hk, Y)
        assert got.shape == (3,)
        np.testing.assert_allclose(got, [f(Hk[:, j], Y) for j in range(3)], rtol=1e-14)
    Zk = np.stack([Z, -Z], axis=1)
    np.testing.assert_allclose(
        lu.bce_with_logits(Zk, LABELS), [lu.bce_with_logits(Z, LABELS), lu.bce_with_logits(-Z, LABELS)]
    )
    Pk = np.stack([P, 1 - P], axis=1)
    np.testing.assert_allclose(lu.bce(Pk, LABELS), [lu.bce(P, LABELS), lu.bce(1 - P, LABELS)])
    g = losses.mse_grad(Hk, Y)
    assert g.shape == Hk.shape
    np.testing.assert_allclose(g[:, 1], losses.mse_grad(2 * H, Y))
    H3 = RNG.normal(size=(9, 2, 4))
    assert lu.mse(H3, Y).shape == (2, 4)


@pytest.mark.parametrize(
    ("name", "pred", "y"),
    [
        ("mse", H, Y),
        ("mae", H, Y),  # no h == y here: away from the kink
        ("bce", P, LABELS),
        ("bce", P, RNG.uniform(0, 1, 9)),  # soft labels too
        ("bce_with_logits", Z, LABELS),
        ("bce_with_logits", np.array([-30.0, -3.0, 0.0, 3.0, 30.0]), np.array([1.0, 0.0, 1.0, 0.0, 1.0])),
    ],
)
def test_gradient_matches_central_differences(name, pred, y):
    f, grad = getattr(losses, name), getattr(losses, name + "_grad")
    assert np.min(np.abs(pred - y)) > 1e-3 or name != "mae"
    num = central_diff(lambda q: float(f(q, y)), pred.astype(float))
    np.testing.assert_allclose(grad(pred, y), num, rtol=1e-6, atol=1e-9)


def test_gradients_have_the_courses_factor_two_and_sign():
    h, y = np.array([3.0, 1.0]), np.array([1.0, 2.0])
    np.testing.assert_allclose(losses.mse_grad(h, y), [2 * 2 / 2, 2 * -1 / 2])
    np.testing.assert_allclose(losses.mae_grad(h, y), [0.5, -0.5])
    np.testing.assert_array_equal(losses.mae_grad(y, y), [0.0, 0.0])  # at the kink: 0


def test_losses_table():
    assert set(losses.LOSSES) == {"mse", "mae", "bce"}
    for name, (f, g) in losses.LOSSES.items():
        assert f is getattr(losses, name) and g is getattr(losses, name + "_grad")


def test_cross_entropy_is_finite_and_silent_for_extreme_logits():
    z = np.array([-1000.0, -1000.0, 1000.0, 1000.0, 0.0])
    y = np.array([0.0, 1.0, 0.0, 1.0, 1.0])
    # warnings are errors in this suite (pyproject), so any overflow would fail here
    cost = lu.bce_with_logits(z, y)
    assert np.isfinite(cost)
    assert cost == pytest.approx((0 + 1000 + 1000 + 0 + np.log(2)) / 5)
    g = losses.bce_with_logits_grad(z, y)
    assert np.all(np.isfinite(g))
    np.testing.assert_allclose(g, np.array([0.0, -1.0, 1.0, 0.0, -0.5]) / 5, atol=1e-300)
    s = lu.sigmoid(z)
    np.testing.assert_array_equal(s[:4], [0.0, 0.0, 1.0, 1.0])
    assert np.all(np.isfinite(lu.activations.d_sigmoid(z)))
    # probabilities of exactly 0 and 1 are clipped, not log(0)
    p = np.array([0.0, 1.0, 0.0, 1.0])
    yy = np.array([0.0, 1.0, 1.0, 0.0])
    assert np.isfinite(lu.bce(p, yy)) and lu.bce(p, yy) > 10
    assert np.all(np.isfinite(losses.bce_grad(p, yy)))


@pytest.mark.parametrize(
    ("call", "arg"),
    [
        (lambda: lu.mse(np.ones(3), np.ones(4)), "h"),
        (lambda: lu.mse(np.ones(3), np.ones(4)), "y"),
        (lambda: lu.mse(np.ones((3, 1)), np.ones((3, 1))), "y"),
        (lambda: lu.mse(np.ones((2, 2, 2, 2)), np.ones(2)), "h"),
        (lambda: lu.mse([1.0, np.nan], [1.0, 2.0]), "h"),
        (lambda: lu.mae([1.0, 2.0], [np.inf, 2.0]), "y"),
        (lambda: lu.mae("abc", [1.0]), "h"),
        (lambda: losses.mse_grad(np.ones(2), np.ones(3)), "h"),
        (lambda: losses.mae_grad([np.nan], [1.0]), "h"),
        (lambda: lu.bce([0.5, 0.5], [0.0, 2.0]), "y"),
        (lambda: lu.bce([1.5, 0.5], [0.0, 1.0]), "p"),
        (lambda: lu.bce([-0.1, 0.5], [0.0, 1.0]), "p"),
        (lambda: lu.bce([0.5], [0.0, 1.0]), "p"),
        (lambda: losses.bce_grad([0.5, 2.0], [0.0, 1.0]), "p"),
        (lambda: lu.bce_with_logits([0.0, 1.0], [0.0, -1.0]), "y"),
        (lambda: lu.bce_with_logits([0.0, np.nan], [0.0, 1.0]), "z"),
        (lambda: lu.bce_with_logits([0.0], [0.0, 1.0]), "z"),
        (lambda: losses.bce_with_logits_grad([0.0, 1.0], [0.5]), "z"),
    ],
)
def test_bad_input_raises_value_error_naming_the_argument(call, arg):
    with pytest.raises(ValueError, match=rf"\b{arg}\b"):
        call()


# ---- the shared input checks (lecture_utils._validate) ------------------------


def test_validate_helpers_name_the_argument_and_what_was_given():
    from lecture_utils import _validate as v

    np.testing.assert_array_equal(v.as_array("a", [1, 2]), [1.0, 2.0])
    assert v.as_array("a", [1, 2]).dtype == np.float64
    for value, pattern in [
        ([1.0, np.nan], r"\ba must be finite; got 1 NaN"),
        ("abc", r"\ba must be numbers.*'abc'"),
        (np.array([1j]), r"\ba must be numbers"),
        ([[1.0], [1.0, 2.0]], r"\ba must be numbers"),
    ]:
        with pytest.raises(ValueError, match=pattern):
            v.as_array("a", value)
    with pytest.raises(ValueError, match=r"\ba must be 1-D or 2-D; got 3-D with shape \(1, 1, 1\)"):
        v.as_array("a", np.ones((1, 1, 1)), ndim=(1, 2))
    assert np.isnan(v.as_array("a", [np.nan], finite=False)[0])
    with pytest.raises(ValueError, match=r"\ba and b must have the same number of samples; got 2 and 3"):
        v.same_length("a", np.ones(2), "b", np.ones(3))
    with pytest.raises(ValueError, match=r"\ba and b must have the same shape; got \(2,\) and \(1, 2\)"):
        v.same_shape("a", np.ones(2), "b", np.ones((1, 2)))
    v.same_shape("a", np.ones(2), "b", np.zeros(2))
    assert v.positive("n", 3, integer=True) == 3
    assert v.positive("n", 0, integer=True, allow_zero=True) == 0
    for value, pattern in [(True, "whole number"), (2.0, "whole number"), (0, "> 0"), (-1, "> 0")]:
        with pytest.raises(ValueError, match=rf"\bn must be.*{pattern}"):
            v.positive("n", value, integer=True)
    np.testing.assert_array_equal(v.positive("lr", [0.1, 0.2]), [0.1, 0.2])
    for value, pattern in [(0.0, "positive; got 0"), ([0.1, -2.0], "positive; got -2"), ([], "not be empty")]:
        with pytest.raises(ValueError, match=rf"\blr must.*{pattern}"):
            v.positive("lr", value)
    assert v.positive("s", 0.0, allow_zero=True) == 0.0
    with pytest.raises(ValueError, match=r"\bs must be >= 0; got -1"):
        v.positive("s", -1.0, allow_zero=True)
    v.labels01("y", np.array([0.0, 0.5, 1.0]))
    with pytest.raises(ValueError, match=r"\by must lie in \[0, 1\].*max 2"):
        v.labels01("y", np.array([0.0, 2.0]))
    with pytest.raises(ValueError, match=r"\bloss must be one of \['mae', 'mse'\]; got 'l1'"):
        v.one_of("loss", "l1", {"mse", "mae"})

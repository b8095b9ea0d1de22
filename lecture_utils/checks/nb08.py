"""Notebook 08 (activation functions): sigmoid, ReLU, stacked layers, tanh gradients."""

from __future__ import annotations

import numpy as np

from ..activations import _sigmoid
from ..i18n import N_
from .core import Mistake, check_function, exercise, prediction

_wide = np.array([-1000.0, -30.0, -1.0, 0.0, 0.5, 2.0, 30.0, 1000.0])


def _where_both(x):
    return np.where(x >= 0, 1 / (1 + np.exp(-x)), np.exp(x) / (1 + np.exp(x)))


def _swapped_branches(x):
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, e / (1 + e), 1 / (1 + e))


def _if_on_array(x):
    e = np.exp(-np.abs(x))
    if x >= 0:  # a ValueError for an array of several values
        return 1 / (1 + e)
    return e / (1 + e)


SIGMOID_MISTAKES = [
    Mistake(
        N_(
            "1 / (1 + np.exp(-x)) computes np.exp(1000) for x = -1000, which overflows (inside np.where "
            "too: np.where computes both of its branches for every x, then picks). Exponentiate only numbers "
            "<= 0: e = np.exp(-np.abs(x)), then np.where(x >= 0, 1 / (1 + e), e / (1 + e))."
        ),
        lambda x: 1 / (1 + np.exp(-x)),
    ),
    Mistake(
        N_(
            "that is 1 / (1 + e^x) = sigmoid(-x): the exponent needs its minus sign, 1 / (1 + e^(-x)) "
            "(and for x = 1000, e^x overflows)."
        ),
        lambda x: 1 / (1 + np.exp(x)),
    ),
    Mistake(
        N_(
            "np.where computes both branches for every x before it chooses, so the branch it does not pick "
            "still computes np.exp(1000) and overflows. Compute e = np.exp(-np.abs(x)) once, then "
            "np.where(x >= 0, 1 / (1 + e), e / (1 + e))."
        ),
        _where_both,
    ),
    Mistake(
        N_(
            "e^x / (1 + e^x) computes np.exp(1000) for x = 1000, which overflows (inside np.where too: "
            "np.where computes both of its branches for every x, then picks). Exponentiate only numbers <= 0: "
            "e = np.exp(-np.abs(x)), then np.where(x >= 0, 1 / (1 + e), e / (1 + e))."
        ),
        lambda x: np.exp(x) / (1 + np.exp(x)),
    ),
    Mistake(
        N_(
            "right for x >= 0 but not for x < 0: 1 / (1 + e^(-|x|)) is sigmoid(|x|), never below 0.5. For "
            "x < 0 use e / (1 + e) with e = np.exp(-np.abs(x))."
        ),
        lambda x: 1 / (1 + np.exp(-np.abs(x))),
    ),
    Mistake(
        N_(
            "right for x < 0 but not for x >= 0: e / (1 + e) with e = e^(-|x|) is sigmoid(-|x|), never above "
            "0.5. For x >= 0 use 1 / (1 + e)."
        ),
        lambda x: np.exp(-np.abs(x)) / (1 + np.exp(-np.abs(x))),
    ),
    Mistake(
        N_(
            "the two branches of np.where are swapped, which gives sigmoid(-x) = 1 - sigmoid(x): the first "
            "value is used where the condition is true, so np.where(x >= 0, 1 / (1 + e), e / (1 + e))."
        ),
        _swapped_branches,
    ),
    Mistake(
        N_(
            "`if x >= 0:` asks one yes/no question about the whole array x, which numpy cannot answer when x "
            "has several values (ValueError: the truth value of an array ... is ambiguous). Choose for each "
            "value with np.where(x >= 0, 1 / (1 + e), e / (1 + e)), e = np.exp(-np.abs(x))."
        ),
        _if_on_array,
    ),
]


SIGMOID_CASES = [
    (np.array([0.0]),),
    (np.array([-2.0, -0.5, 0.5, 2.0]),),
    (np.array([-1000.0, -30.0, -1.0]),),  # large negative z: e^(-z) overflows
    (np.array([1.0, 30.0, 1000.0]),),  # large positive z: e^z overflows
    (_wide,),
]


@exercise(reference=_sigmoid, mistakes=SIGMOID_MISTAKES)
def check_sigmoid(fn) -> bool:
    """Notebooks 08-09: ``sigmoid(z)`` = 1 / (1 + e^(-z)), with no overflow warning for z = -1000."""
    return check_function(fn, _sigmoid, SIGMOID_CASES, name="sigmoid", mistakes=SIGMOID_MISTAKES)


def ref_relu(x):
    return np.maximum(0.0, x)


RELU_MISTAKES = [
    Mistake(
        N_(
            "np.max(x, 0) is the largest entry of x (the 0 is an axis); the elementwise maximum of 0 and x "
            "is np.maximum(0, x)."
        ),
        lambda x: np.max(x, 0),
    ),
    Mistake(
        N_("that is ReLU's derivative, 1 where x > 0; ReLU passes x itself where x > 0: np.maximum(0, x)."),
        lambda x: np.where(x > 0, 1.0, 0.0),
    ),
    Mistake(N_("|x| turns negative inputs positive; ReLU sets them to 0: np.maximum(0, x)."), np.abs),
    Mistake(
        N_("np.minimum keeps the smaller of 0 and x; ReLU keeps the larger: np.maximum(0, x)."),
        lambda x: np.minimum(0.0, x),
    ),
]


RELU_CASES = [(np.array([-2.0, -0.1, 0.0, 0.1, 3.0]),), (np.array([5.0]),), (_wide,)]


@exercise(reference=ref_relu, mistakes=RELU_MISTAKES)
def check_relu(fn) -> bool:
    """Notebook 08: ``relu(x)`` = max(0, x), elementwise."""
    return check_function(fn, ref_relu, RELU_CASES, name="relu", mistakes=RELU_MISTAKES)


def ref_leaky_relu(x):
    return np.maximum(0.1 * x, x)


LEAKY_RELU_MISTAKES = [
    Mistake(
        N_("the leak is 0.01; the lecture's Leaky ReLU is max(0.1 x, x)."), lambda x: np.maximum(0.01 * x, x)
    ),
    Mistake(
        N_(
            "that is ReLU: negative inputs should leak through times 0.1, not become 0: np.maximum(0.1 * x, x)."
        ),
        ref_relu,
    ),
    Mistake(
        N_("for x < 0 the output is 0.1 * x, not the constant 0.1: np.maximum(0.1 * x, x)."),
        lambda x: np.where(x > 0, x, 0.1),
    ),
    Mistake(
        N_(
            "np.minimum keeps the smaller of 0.1 x and x; Leaky ReLU keeps the larger: np.maximum(0.1 * x, x)."
        ),
        lambda x: np.minimum(0.1 * x, x),
    ),
]


LEAKY_RELU_CASES = [(np.array([-2.0, -0.1, 0.0, 0.1, 3.0]),), (np.array([-10.0]),), (_wide,)]


@exercise(reference=ref_leaky_relu, mistakes=LEAKY_RELU_MISTAKES)
def check_leaky_relu(fn) -> bool:
    """Notebook 08: ``leaky_relu(x)`` = max(0.1 x, x), elementwise."""
    return check_function(
        fn, ref_leaky_relu, LEAKY_RELU_CASES, name="leaky_relu", mistakes=LEAKY_RELU_MISTAKES
    )


_r08 = np.random.default_rng(8)
#: stacked layers 5 features -> 8 hidden -> 1 output, as in notebook 08
_STACK = (_r08.normal(size=(5, 8)), _r08.normal(size=8), _r08.normal(size=(8, 1)), _r08.normal(size=1))
_STACK_B = (_r08.normal(size=(3, 4)), _r08.normal(size=4), _r08.normal(size=(4, 2)), _r08.normal(size=2))
_STACK_C = (_r08.normal(size=(2, 3)), np.zeros(3), _r08.normal(size=(3, 1)), np.zeros(1))
_rsq = np.random.default_rng(80)
#: square layers (3 -> 3 -> 3): there W1 + W2 and W2 @ W1 run, and give wrong numbers
_STACK_SQ = (_rsq.normal(size=(3, 3)), _rsq.normal(size=3), _rsq.normal(size=(3, 3)), _rsq.normal(size=3))


def ref_collapse(W1, b1, W2, b2):
    return W1 @ W2, b1 @ W2 + b2


COLLAPSE_MISTAKES = [
    Mistake(
        N_(
            "stacked layers combine by the matrix product, not a sum: (X W1 + b1) W2 + b2 = X (W1 W2) + "
            "(b1 W2 + b2), so W = W1 @ W2 and b = b1 @ W2 + b2. (The slide's w + w' adds two models that "
            "run side by side, not one after the other.)"
        ),
        lambda W1, b1, W2, b2: (W1 + W2, b1 + b2),
    ),
    Mistake(
        N_(
            "W is right, but b misses b2: the second layer adds b2 after multiplying by W2, b = b1 @ W2 + b2."
        ),
        lambda W1, b1, W2, b2: (W1 @ W2, b1 @ W2),
    ),
    Mistake(
        N_("W is right, but b1 went missing: it passes through W2 too, so b = b1 @ W2 + b2."),
        lambda W1, b1, W2, b2: (W1 @ W2, b2),
    ),
    Mistake(
        N_(
            "W is right, but b1 passes through the second layer: it is multiplied by W2 before b2 is added, "
            "b = b1 @ W2 + b2."
        ),
        lambda W1, b1, W2, b2: (W1 @ W2, b1 + b2),
    ),
    Mistake(
        N_(
            "the product is in the wrong order: X goes through W1 first, then W2, so W = W1 @ W2 and "
            "b = b1 @ W2 + b2."
        ),
        lambda W1, b1, W2, b2: (W2 @ W1, W2 @ b1 + b2),
    ),
    Mistake(
        N_("W and b are right but swapped: return (W, b)."), lambda W1, b1, W2, b2: (b1 @ W2 + b2, W1 @ W2)
    ),
    Mistake(
        N_(
            "* multiplies entry by entry (and fails when the shapes differ); layers combine by the matrix "
            "product @: W = W1 @ W2 and b = b1 @ W2 + b2."
        ),
        lambda W1, b1, W2, b2: (W1 * W2, b1 * W2 + b2),
    ),
    Mistake(
        N_(
            "W is right, but b1 * W2 multiplies entry by entry, which makes a matrix; b1 goes through W2 like "
            "a row of X does, by the matrix product: b = b1 @ W2 + b2."
        ),
        lambda W1, b1, W2, b2: (W1 @ W2, b1 * W2 + b2),
    ),
    Mistake(
        N_(
            "W is right, but (b1 + b2) @ W2 also multiplies b2 by W2; b2 is added after the second layer's "
            "product: b = b1 @ W2 + b2."
        ),
        lambda W1, b1, W2, b2: (W1 @ W2, (b1 + b2) @ W2),
    ),
]


COLLAPSE_CASES = [_STACK, _STACK_B, _STACK_C, _STACK_SQ]


@exercise(reference=ref_collapse, mistakes=COLLAPSE_MISTAKES)
def check_collapse(fn) -> bool:
    """Notebook 08: ``collapse(W1, b1, W2, b2)`` returns (W, b) of the one linear layer that equals
    the two stacked ones: X @ W + b == (X @ W1 + b1) @ W2 + b2 for every X."""
    return check_function(fn, ref_collapse, COLLAPSE_CASES, name="collapse", mistakes=COLLAPSE_MISTAKES)


def _tanh_net_grads(W1, b1, W2, b2, x, y, slope=None, two=2.0, per_sample=True, w2=True, dw1_x=True):
    """Backprop of MSE through h = tanh(x W1 + b1) @ W2 + b2; ``slope(A, Z)`` is tanh' (1 - Z^2 by
    default). The other keywords leave out a piece of it, as the usual mistakes do."""
    A = x[:, None] * W1 + b1
    Z = np.tanh(A)
    h = Z @ W2 + b2
    dh = two * (h - y) / (len(x) if per_sample else 1)
    dA = dh[:, None] * (W2 if w2 else 1.0) * (1.0 - Z**2 if slope is None else slope(A, Z))
    return (x @ dA if dw1_x else dA.sum(axis=0)), dA.sum(axis=0), Z.T @ dh, dh.sum()


def ref_tanh_gradients(W1, b1, W2, b2, x, y):
    return _tanh_net_grads(W1, b1, W2, b2, x, y)


def _db1_per_sample(W1, b1, W2, b2, x, y):
    dW1, _, dW2, db2 = _tanh_net_grads(W1, b1, W2, b2, x, y)
    Z = np.tanh(x[:, None] * W1 + b1)
    dh = 2.0 * (Z @ W2 + b2 - y) / len(x)
    return dW1, (dh[:, None] * W2 * (1 - Z**2)).sum(axis=1), dW2, db2


def _x_dot_w1(W1, b1, W2, b2, x, y):
    """The forward pass with A = x @ W1 + b1 (a dot product: a ValueError unless there are as many
    samples as hidden units), then the right chain rule."""
    A = x @ W1 + b1
    Z = np.tanh(A)
    h = Z @ W2 + b2
    dh = 2 * (h - y) / len(x)
    dA = dh[:, None] * W2 * (1 - Z**2)
    return x @ dA, dA.sum(axis=0), Z.T @ dh, dh.sum()


TANH_GRADIENTS_MISTAKES = [
    Mistake(
        N_(
            "dW2 and db2 are right, but tanh' is 1 - tanh(a)^2, squared: dA = dh[:, None] * W2 * (1 - Z**2), "
            "not (1 - Z)."
        ),
        lambda *a: _tanh_net_grads(*a, slope=lambda A, Z: 1.0 - Z),
    ),
    Mistake(
        N_(
            "dW2 and db2 are right, but dA multiplies by tanh itself; the chain rule needs its derivative, "
            "tanh'(a) = 1 - tanh(a)^2: dA = dh[:, None] * W2 * (1 - Z**2)."
        ),
        lambda *a: _tanh_net_grads(*a, slope=lambda A, Z: Z),
    ),
    Mistake(
        N_(
            "dW2 and db2 are right, but dA misses the derivative of the activation: "
            "dA = dh[:, None] * W2 * (1 - Z**2), since tanh'(a) = 1 - tanh(a)^2."
        ),
        lambda *a: _tanh_net_grads(*a, slope=lambda A, Z: 1.0 + 0.0 * A),
    ),
    Mistake(
        N_(
            "dW2 and db2 are right, but dA uses ReLU's derivative (A > 0); tanh's is 1 - tanh(a)^2: "
            "dA = dh[:, None] * W2 * (1 - Z**2)."
        ),
        lambda *a: _tanh_net_grads(*a, slope=lambda A, Z: (A > 0) * 1.0),
    ),
    Mistake(
        N_(
            "dW2 and db2 are right, but 1 - A**2 uses the input of tanh; the derivative is 1 - tanh(A)^2 = "
            "1 - Z**2, with Z = np.tanh(A)."
        ),
        lambda *a: _tanh_net_grads(*a, slope=lambda A, Z: 1.0 - A**2),
    ),
    Mistake(
        N_(
            "every gradient is half the expected: dh = 2 (h - y) / m, with the 2 from the square (the slides "
            "drop it)."
        ),
        lambda *a: _tanh_net_grads(*a, two=1.0),
    ),
    Mistake(
        N_("every gradient is m times too big: the cost is a mean, so dh = 2 (h - y) / m."),
        lambda *a: _tanh_net_grads(*a, per_sample=False),
    ),
    Mistake(
        N_(
            "dW2 and db2 are right, but dA misses W2: each hidden unit's share of dh is dh * W2[j], so "
            "dA = dh[:, None] * W2 * (1 - Z**2)."
        ),
        lambda *a: _tanh_net_grads(*a, w2=False),
    ),
    Mistake(
        N_(
            "db1, dW2 and db2 are right, but dW1 forgot x: each hidden unit receives x W1 + b1, so "
            "dW1 = x @ dA (and db1 = dA.sum(axis=0))."
        ),
        lambda *a: _tanh_net_grads(*a, dw1_x=False),
    ),
    Mistake(
        N_(
            "db1 sums over the hidden units (axis=1), one value per sample; sum over the samples instead, "
            "one value per hidden unit: db1 = dA.sum(axis=0)."
        ),
        _db1_per_sample,
    ),
    Mistake(
        N_("the gradients are right but in the wrong order: return (dW1, db1, dW2, db2)."),
        lambda *a: ref_tanh_gradients(*a)[::-1],
    ),
    Mistake(
        N_(
            "x @ W1 is one dot product of x (one value per sample) with W1 (one weight per hidden unit); "
            "every sample needs every weight: A = x[:, None] * W1 + b1 (or np.outer(x, W1) + b1), shape "
            "(samples, hidden units)."
        ),
        _x_dot_w1,
    ),
    Mistake(
        N_("db2 is the sum of dh, not its mean: dh = 2 (h - y) / m already divides by m, so db2 = dh.sum()."),
        lambda *a: (*ref_tanh_gradients(*a)[:3], ref_tanh_gradients(*a)[3] / len(a[4])),
    ),
    Mistake(
        N_(
            "db1 adds up all of dA into one number; it has one value per hidden unit: sum over the samples "
            "only, db1 = dA.sum(axis=0)."
        ),
        lambda *a: (
            ref_tanh_gradients(*a)[0],
            np.sum(ref_tanh_gradients(*a)[1]),
            *ref_tanh_gradients(*a)[2:],
        ),
    ),
    Mistake(
        N_("Z is already tanh(A), so 1 - np.tanh(Z)**2 applies tanh twice: tanh'(A) = 1 - Z**2."),
        lambda *a: _tanh_net_grads(*a, slope=lambda A, Z: 1.0 - np.tanh(Z) ** 2),
    ),
    Mistake(
        N_(
            "every gradient has the wrong sign: the residual is h - y (prediction minus target), "
            "dh = 2 (h - y) / m, not y - h."
        ),
        lambda *a: tuple(-g for g in ref_tanh_gradients(*a)),
    ),
    Mistake(
        N_("the forward pass forgot b2: h = Z @ W2 + b2, and dh = 2 (h - y) / m uses that h."),
        lambda W1, b1, W2, b2, x, y: ref_tanh_gradients(W1, b1, W2, 0.0, x, y),
    ),
]

_x08 = np.linspace(-2.0, 2.0, 7)
_NET = (_x08, np.sin(2 * _x08), _r08.normal(size=3), _r08.normal(size=3), _r08.normal(size=3), 0.3)
_NET_B = (np.linspace(-3.0, 3.0, 12), np.linspace(-1.0, 2.0, 12) ** 2, *_r08.normal(size=(3, 5)), -0.5)
_NET_C = (np.array([0.5]), np.array([1.0]), np.array([1.0, -2.0]), np.zeros(2), np.array([0.5, 1.0]), 0.0)


#: as many samples as hidden units: there x @ W1 runs (and gives wrong numbers)
_NET_D = (np.array([-1.0, 0.5, 2.0]), np.array([0.5, -1.0, 1.0]), *_rsq.normal(size=(3, 3)), 0.2)


def _params_first(case):
    """A case written (x, y, W1, b1, W2, b2), in the course's order: (W1, b1, W2, b2, x, y)."""
    return (*case[2:], *case[:2])


#: (W1, b1, W2, b2, x, y): the parameters first, then the data
TANH_GRADIENTS_CASES = [_params_first(c) for c in (_NET, _NET_B, _NET_C, _NET_D)]


@exercise(reference=ref_tanh_gradients, mistakes=TANH_GRADIENTS_MISTAKES)
def check_tanh_gradients(fn) -> bool:
    """Notebook 08: ``tanh_gradients(W1, b1, W2, b2, x, y)`` returns (dW1, db1, dW2, db2), the gradients
    of the MSE cost of h = tanh(x W1 + b1) @ W2 + b2."""
    return check_function(
        fn, ref_tanh_gradients, TANH_GRADIENTS_CASES, name="tanh_gradients", mistakes=TANH_GRADIENTS_MISTAKES
    )


# ---------------------------------------------------------------------------
# Predictions, asked before each slider figure of the notebook's core


@prediction(
    why=N_(
        "W1 has one weight for each (feature, hidden unit) pair, 5 x 16 = 80; b1 one bias per hidden unit, "
        "16; W2 one weight per hidden unit, 16; b2 one bias for the output, 1: 80 + 16 + 16 + 1 = 113."
    ),
    mistakes=[
        Mistake(
            N_("96 counts the weights W1 and W2 but forgets the biases b1 (16) and b2 (1)."), answer=(96.0,)
        ),
        Mistake(N_("80 is W1 alone (5 x 16); W2, b1 and b2 are learned too."), answer=(80.0,)),
        Mistake(N_("97 forgets b1: every hidden unit has its own bias, 16 more."), answer=(97.0,)),
        Mistake(
            N_("21 = 5 + 16 counts units, not weights: every line in the picture is one weight."),
            answer=(21.0,),
        ),
    ],
    rtol=1e-3,  # a count: 112 or 114 is not 113
)
def check_prediction_parameters():
    """Notebook 08: 5 features -> 16 hidden units -> 1 output; how many weights and biases to learn?"""
    from ..data import load_multivariable

    n = load_multivariable()[0].shape[1]
    W1, b1, W2, b2 = np.zeros((n, 16)), np.zeros(16), np.zeros((16, 1)), np.zeros(1)
    return float(sum(p.size for p in (W1, b1, W2, b2)))


@prediction(
    why=N_(
        "with a leak of 1, Leaky ReLU is max(1 x, x) = x: the same line on both sides, so its slope at "
        "x = -2 is 1, as everywhere. No bend is left, and a network with it is linear again."
    ),
    mistakes=[
        Mistake(N_("0 is ReLU's slope for x < 0 (a leak of 0); the slider's leak is 1."), answer=(0.0,)),
        Mistake(N_("0.1 is the lecture's leak; at a leak of 1 the slope for x < 0 is 1."), answer=(0.1,)),
        Mistake(N_("-2 is the value at x = -2 (x itself), not the slope."), answer=(-2.0,)),
        Mistake(N_("the slope of the line y = x is +1, not -1."), answer=(-1.0,)),
    ],
)
def check_prediction_leak_one():
    """Notebook 08: drag the leak of Leaky ReLU to 1; what is its slope at x = -2?"""
    from ..activations import _d_leaky  # the slider's own formula (a leak of 1 is its right end)

    return float(_d_leaky(np.array([-2.0]), slope=1.0)[0])


@prediction(
    why=N_(
        "max(-x, x) = |x|: at x = -2 the line -x gives 2 and the line x gives -2, and maxout keeps the "
        "larger, 2."
    ),
    mistakes=[
        Mistake(N_("0 is ReLU's value, max(0, x); with w1 = -1 the first line is -x, not 0."), answer=(0.0,)),
        Mistake(N_("-2 is the smaller of the two lines; maxout keeps the larger."), answer=(-2.0,)),
        Mistake(N_("-0.2 is Leaky ReLU's value at -2; here the lines are -x and x."), answer=(-0.2,)),
        Mistake(N_("4 adds the two lines' gap; maxout returns one line's value, the larger."), answer=(4.0,)),
    ],
)
def check_prediction_maxout_abs():
    """Notebook 08: maxout with w1 = -1, b1 = 0, w2 = 1, b2 = 0; its value at x = -2?"""
    from ..activations import get_activation

    f, _ = get_activation("maxout", w=(-1.0, 1.0), b=(0.0, 0.0))
    return float(f(np.array([-2.0]))[0])


@prediction(
    why=N_(
        "for x < 0, ELU is alpha (e^x - 1); at x = -50, e^x is almost 0, so ELU is almost -alpha = -2. "
        "That is the floor it flattens at: it saturates for very negative x."
    ),
    mistakes=[
        Mistake(N_("0 is ReLU's value for x < 0; ELU goes below 0, down to -alpha."), answer=(0.0,)),
        Mistake(N_("-1 is the floor at alpha = 1; the floor is -alpha, here -2."), answer=(-1.0,)),
        Mistake(N_("-100 is alpha x, a straight line; ELU flattens: alpha (e^x - 1)."), answer=(-100.0,)),
        Mistake(N_("-50 is x itself, ELU's value for x >= 0 only."), answer=(-50.0,)),
    ],
)
def check_prediction_elu_floor():
    """Notebook 08: ELU with alpha = 2; its value at x = -50?"""
    from ..activations import get_activation

    f, _ = get_activation("elu", alpha=2.0)
    return float(f(np.array([-50.0]))[0])


@prediction(
    why=N_(
        "with no activation, 16 hidden units still make one straight line (the brackets multiply out), so "
        "training can at best reach the best straight line's cost: the ratio is 1, however many units."
    ),
    mistakes=[
        Mistake(
            N_(
                "0 would be a perfect fit; with no activation the network is a straight line, and no line "
                "goes through a wavy curve."
            ),
            answer=(0.0,),
        ),
        Mistake(
            N_("16 hidden units are not 16 times better: without a bend they add up to one line."),
            answer=(1 / 16,),
        ),
        Mistake(N_("0.5: two layers do not halve the cost; they collapse into one line."), answer=(0.5,)),
        Mistake(
            N_("2: the network is not worse than a line either; it reaches the best line."), answer=(2.0,)
        ),
    ],
    then=N_("Now run the cells below, which compute it."),
)
def check_prediction_no_activation():
    """Notebook 08: 16 hidden units, no activation, 2000 steps; its cost divided by the best line's?"""
    from ..data import make_curve
    from ..training import init_mlp, train_mlp

    x, y = make_curve(m=60, noise=0.05, seed=0)
    start = init_mlp(hidden=16, seed=0, x_range=(x.min(), x.max()))
    cost = train_mlp(x, y, 0.025, 2000, params0=start, activation="identity", hidden=16).cost[-1]
    line = np.polyval(np.polyfit(x, y, 1), x)
    return float(cost / np.mean((line - y) ** 2))

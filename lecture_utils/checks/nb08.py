"""Notebook 08 (activation functions): sigmoid, ReLU, stacked layers, tanh gradients."""

from __future__ import annotations

import numpy as np

from ..activations import _sigmoid
from .core import FAIL, _check_cases, _peek, _same, check_function, exercise

_wide = np.array([-1000.0, -30.0, -1.0, 0.0, 0.5, 2.0, 30.0, 1000.0])


@exercise(reference=_sigmoid)
def check_sigmoid(fn) -> bool:
    """Notebooks 08-09: ``sigmoid(z)`` = 1 / (1 + e^(-z)), with no overflow warning for z = -1000."""
    cases = [(np.array([0.0]),), (np.array([-2.0, -0.5, 0.5, 2.0]),), (_wide,)]
    return check_function(fn, _sigmoid, cases, name="sigmoid")


def ref_relu(x):
    return np.maximum(0.0, x)


@exercise(reference=ref_relu)
def check_relu(fn) -> bool:
    """Notebook 08: ``relu(x)`` = max(0, x), elementwise."""
    cases = [(np.array([-2.0, -0.1, 0.0, 0.1, 3.0]),), (np.array([5.0]),), (_wide,)]
    return check_function(fn, ref_relu, cases, name="relu")


def ref_leaky_relu(x):
    return np.maximum(0.1 * x, x)


@exercise(reference=ref_leaky_relu)
def check_leaky_relu(fn) -> bool:
    """Notebook 08: ``leaky_relu(x)`` = max(0.1 x, x), elementwise."""
    cases = [(np.array([-2.0, -0.1, 0.0, 0.1, 3.0]),), (np.array([-10.0]),), (_wide,)]
    return check_function(fn, ref_leaky_relu, cases, name="leaky_relu")


_r08 = np.random.default_rng(8)
#: stacked layers 5 features -> 8 hidden -> 1 output, as in notebook 08
_STACK = (_r08.normal(size=(5, 8)), _r08.normal(size=8), _r08.normal(size=(8, 1)), _r08.normal(size=1))
_STACK_B = (_r08.normal(size=(3, 4)), _r08.normal(size=4), _r08.normal(size=(4, 2)), _r08.normal(size=2))
_STACK_C = (_r08.normal(size=(2, 3)), np.zeros(3), _r08.normal(size=(3, 1)), np.zeros(1))


def ref_collapse(W1, b1, W2, b2):
    return W1 @ W2, b1 @ W2 + b2


@exercise(reference=ref_collapse)
def check_collapse(fn) -> bool:
    """Notebook 08: ``collapse(W1, b1, W2, b2)`` returns (W, b) of the one linear layer that equals
    the two stacked ones: X @ W + b == (X @ W1 + b1) @ W2 + b2 for every X."""
    W1, b1, W2, b2 = _STACK
    got = _peek(fn, *_STACK)
    if isinstance(got, ValueError) and ("broadcast" in str(got) or "shape" in str(got)):
        print(
            f"{FAIL} collapse raised ValueError: {got}. W1 {W1.shape} and W2 {W2.shape} cannot be added; "
            "stacked layers combine by the matrix product W1 @ W2 (the slide's w + w' adds two models "
            "that run side by side, not one after the other)."
        )
        return False
    if isinstance(got, tuple | list) and len(got) == 2:
        W, b = got
        if _same(W, W1 @ W2) and _same(b, b1 @ W2):
            print(f"{FAIL} W is right, but b misses b2: the second layer adds b2 after multiplying by W2.")
            return False
        if _same(W, W1 @ W2) and _same(b, b2):
            print(f"{FAIL} W is right, but b1 went missing: it passes through W2 too, so b = b1 @ W2 + b2.")
            return False
    cases = [_STACK, _STACK_B, _STACK_C]
    return _check_cases(fn, ref_collapse, cases, "collapse", ("W1", "b1", "W2", "b2"))


def _tanh_net_grads(x, y, W1, b1, W2, b2, slope=None):
    """Backprop of MSE through h = act(x W1 + b1) @ W2 + b2; ``slope(A, Z)`` is act' (tanh by default)."""
    A = x[:, None] * W1 + b1
    Z = np.tanh(A)
    h = Z @ W2 + b2
    dh = 2.0 * (h - y) / len(x)
    dA = dh[:, None] * W2 * (1.0 - Z**2 if slope is None else slope(A, Z))
    return x @ dA, dA.sum(axis=0), Z.T @ dh, dh.sum()


def ref_tanh_gradients(x, y, W1, b1, W2, b2):
    return _tanh_net_grads(x, y, W1, b1, W2, b2)


_x08 = np.linspace(-2.0, 2.0, 7)
_NET = (_x08, np.sin(2 * _x08), _r08.normal(size=3), _r08.normal(size=3), _r08.normal(size=3), 0.3)
_NET_B = (np.linspace(-3.0, 3.0, 12), np.linspace(-1.0, 2.0, 12) ** 2, *_r08.normal(size=(3, 5)), -0.5)
_NET_C = (np.array([0.5]), np.array([1.0]), np.array([1.0, -2.0]), np.zeros(2), np.array([0.5, 1.0]), 0.0)


@exercise(reference=ref_tanh_gradients)
def check_tanh_gradients(fn) -> bool:
    """Notebook 08: ``tanh_gradients(x, y, W1, b1, W2, b2)`` returns (dW1, db1, dW2, db2), the gradients
    of the MSE cost of h = tanh(x W1 + b1) @ W2 + b2."""
    got = _peek(fn, *_NET)
    if isinstance(got, tuple | list) and len(got) == 4:
        rule = "tanh'(a) = 1 - tanh(a)^2"
        wrong = {
            f"ReLU's derivative (A > 0); {rule}": lambda A, Z: (A > 0).astype(float),
            f"tanh itself as its derivative; {rule}": lambda A, Z: Z,
            f"no derivative of the activation; the chain rule needs {rule}": lambda A, Z: 1.0 + 0.0 * A,
        }
        for what, slope in wrong.items():
            want = _tanh_net_grads(*_NET, slope=slope)
            if all(_same(g, w) for g, w in zip(got, want, strict=True)):
                print(f"{FAIL} dW2 and db2 are right, but dW1 and db1 use {what}.")
                return False
        if all(_same(g, w) for g, w in zip(got, ref_tanh_gradients(*_NET)[::-1], strict=True)):
            print(f"{FAIL} the gradients are right but in the wrong order: return (dW1, db1, dW2, db2).")
            return False
    cases = [_NET, _NET_B, _NET_C]
    return _check_cases(fn, ref_tanh_gradients, cases, "tanh_gradients", ("x", "y", "W1", "b1", "W2", "b2"))

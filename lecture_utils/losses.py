"""Cost functions and their gradients.

Convention used throughout the course: every cost is a *mean* over the m
samples (the lecture's 1/m), so the gradient of MSE carries the factor 2:

    mse  = (1/m) sum (h - y)^2        d mse / d h  = (2/m) (h - y)
    mae  = (1/m) sum |h - y|          d mae / d h  = (1/m) sign(h - y)
    bce  = -(1/m) sum [y log p + (1 - y) log(1 - p)]
    bce_with_logits(z) = bce(sigmoid(z)), computed without overflow

Predictions may carry extra trailing axes (one column per model in a batch);
the mean is always over the first axis, the samples.
"""

from __future__ import annotations

import numpy as np

from . import _validate as v
from .activations import sigmoid
from .i18n import _

#: probabilities are clipped to [EPS, 1 - EPS] so that log(0) never happens
EPS = 1e-12


def _pair(pred_name, pred, y, *, labels=False):
    pred = v.as_array(pred_name, pred, ndim=(1, 2, 3))
    y = v.as_array("y", y, ndim=1)
    if pred.shape[0] != y.shape[0]:
        raise ValueError(
            _(
                "{pred_name} and y must have the same number of samples (first axis); got {m_pred} and {m_y}"
            ).format(pred_name=pred_name, m_pred=pred.shape[0], m_y=y.shape[0])
        )
    if y.shape[0] == 0:  # the mean over no samples is not a cost
        raise ValueError(
            _("{pred_name} and y must hold at least one sample; got 0 (empty arrays)").format(
                pred_name=pred_name
            )
        )
    if labels:
        v.labels01("y", y)
    return pred, y.reshape(y.shape + (1,) * (pred.ndim - 1))


def mse(h, y):
    """Mean squared error (1/m) sum (h - y)^2."""
    h, y = _pair("h", h, y)
    return np.mean((h - y) ** 2, axis=0)


def mse_grad(h, y):
    """Gradient of :func:`mse` with respect to the predictions h: (2/m)(h - y)."""
    h, y = _pair("h", h, y)
    return 2.0 * (h - y) / h.shape[0]


def mae(h, y):
    """Mean absolute error (1/m) sum |h - y| (the lecture's "absolute")."""
    h, y = _pair("h", h, y)
    return np.mean(np.abs(h - y), axis=0)


def mae_grad(h, y):
    """Gradient of :func:`mae` with respect to h: (1/m) sign(h - y) (0 where h == y)."""
    h, y = _pair("h", h, y)
    return np.sign(h - y) / h.shape[0]


def bce(p, y):
    """Binary cross entropy of probabilities p against labels y (p clipped to [EPS, 1-EPS])."""
    p, y = _pair("p", p, y, labels=True)
    v.labels01("p", p)
    p = np.clip(p, EPS, 1 - EPS)
    return -np.mean(y * np.log(p) + (1 - y) * np.log1p(-p), axis=0)


def bce_grad(p, y):
    """Gradient of :func:`bce` with respect to p: (1/m) (p - y) / (p (1 - p))."""
    p, y = _pair("p", p, y, labels=True)
    v.labels01("p", p)
    p = np.clip(p, EPS, 1 - EPS)
    return (p - y) / (p * (1 - p)) / p.shape[0]


def bce_with_logits(z, y):
    """Cross entropy of sigmoid(z) against y, exact and finite for any logit z.

    Uses -[y log s(z) + (1-y) log(1-s(z))] = log(1 + e^z) - y z.
    """
    z, y = _pair("z", z, y, labels=True)
    return np.mean(np.logaddexp(0.0, z) - y * z, axis=0)


def bce_with_logits_grad(z, y):
    """Gradient of :func:`bce_with_logits` with respect to z: (1/m)(sigmoid(z) - y)."""
    z, y = _pair("z", z, y, labels=True)
    return (sigmoid(z) - y) / z.shape[0]


LOSSES = {"mse": (mse, mse_grad), "mae": (mae, mae_grad), "bce": (bce, bce_grad)}

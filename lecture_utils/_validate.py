"""Input checks shared by every public function.

Each check raises ``ValueError`` that names the argument, says what was
expected and shows what was given, so a learner can fix the call at once.
"""

from __future__ import annotations

import numbers

import numpy as np


def _describe(value) -> str:
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape}"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def as_array(name: str, value, *, ndim=None, finite=True) -> np.ndarray:
    """Return ``value`` as a float64 array, checking dimensions and finiteness.

    ``ndim`` may be an int or a tuple of allowed ints.
    """
    try:
        if np.iscomplexobj(value):  # casting would warn and drop the imaginary part
            raise TypeError
        arr = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(
            f"{name} must be numbers (an array or a list of numbers); got {_describe(value)}"
        ) from None
    if ndim is not None:
        allowed = (ndim,) if isinstance(ndim, int) else tuple(ndim)
        if arr.ndim not in allowed:
            want = " or ".join(f"{d}-D" for d in allowed)
            raise ValueError(f"{name} must be {want}; got {arr.ndim}-D with shape {arr.shape}")
    if finite and not np.all(np.isfinite(arr)):
        bad = int(np.size(arr) - np.count_nonzero(np.isfinite(arr)))
        raise ValueError(f"{name} must be finite; got {bad} NaN or inf value(s)")
    return arr


def same_length(name_a: str, a: np.ndarray, name_b: str, b: np.ndarray) -> None:
    if len(a) != len(b):
        raise ValueError(
            f"{name_a} and {name_b} must have the same number of samples; got {len(a)} and {len(b)}"
        )


def same_shape(name_a: str, a: np.ndarray, name_b: str, b: np.ndarray) -> None:
    if a.shape != b.shape:
        raise ValueError(f"{name_a} and {name_b} must have the same shape; got {a.shape} and {b.shape}")


def positive(name: str, value, *, integer=False, allow_zero=False):
    """Check a positive number (or array of them) and return it."""
    if integer:
        if isinstance(value, bool) or not isinstance(value, numbers.Integral):
            raise ValueError(f"{name} must be a whole number; got {_describe(value)}")
        value = int(value)
        if value < 0 or (value == 0 and not allow_zero):
            raise ValueError(f"{name} must be {'>= 0' if allow_zero else '> 0'}; got {value}")
        return value
    arr = as_array(name, value, ndim=(0, 1))
    if arr.size == 0:
        raise ValueError(f"{name} must not be empty")
    if np.any(arr < 0) or (not allow_zero and np.any(arr == 0)):
        bad = arr[arr <= 0] if not allow_zero else arr[arr < 0]
        raise ValueError(f"{name} must be {'>= 0' if allow_zero else 'positive'}; got {bad.ravel()[0]:g}")
    return arr


def labels01(name: str, y: np.ndarray) -> None:
    """Check that ``y`` holds probabilities (labels 0/1 or values in [0, 1])."""
    if np.any((y < 0) | (y > 1)):
        raise ValueError(f"{name} must lie in [0, 1] (labels 0 and 1); got min {y.min():g}, max {y.max():g}")


def one_of(name: str, value, options) -> None:
    if value not in options:
        raise ValueError(f"{name} must be one of {sorted(options)}; got {value!r}")


def samples_1d(x, y):
    """Check 1-D ``x`` and ``y`` of one length with at least one sample; return them as arrays."""
    x = as_array("x", x, ndim=1)
    y = as_array("y", y, ndim=1)
    same_length("x", x, "y", y)
    if x.size == 0:
        raise ValueError("x and y must hold at least one sample; got 0")
    return x, y


# ---- added on branch trainers (None and memory checks for the trainers) --------

#: the largest array a helper will make, in bytes (a laptop or Colab has a few GB to spare)
MAX_BYTES = 2 * 2**30

NONE_HINT = "None (a function that ends without `return` gives None: did one forget its `return`?)"


def not_none(name: str, value, want: str) -> None:
    """Refuse None, naming it and the usual cause (a function without ``return``)."""
    if value is None:
        raise ValueError(f"{name} must be {want}; got {NONE_HINT}")


def fits_in_memory(name: str, value, nbytes: float, what: str) -> None:
    """Refuse up front work whose arrays need more than :data:`MAX_BYTES`."""
    if nbytes > MAX_BYTES:
        raise ValueError(
            f"{name} = {value} is too large: {what} would need {nbytes / 2**30:,.1f} GiB of memory, "
            f"more than the {MAX_BYTES / 2**30:g} GiB a helper may use; choose a smaller {name}"
        )

"""Input checks shared by every public function.

Each check raises an error that names the argument, says what was expected and
shows what was given, in a beginner's words, so a learner can fix the call at
once: ``ValueError`` for a wrong value (NaN, a negative size, a label 2, text
where numbers belong, None), ``TypeError`` for a wrong kind of object (an Axes
where a figure belongs, an array where a training History belongs).

None gets a message of its own: it usually comes from a function that forgot
its ``return``.
"""

from __future__ import annotations

import numbers

import numpy as np

#: the largest array a helper will make, in bytes (a laptop or Colab has a few GB to spare)
MAX_BYTES = 2 * 2**30

NONE_HINT = "None (did a function forget its `return`? A function without one gives None)"


def describe(value) -> str:
    """A short description of ``value`` for an error message."""
    if value is None:
        return NONE_HINT
    if isinstance(value, str):
        return f"the text {value!r}" if len(value) <= 40 else f"a text of {len(value)} characters"
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape}"
    kind = type(value).__name__
    if kind in {"Axes", "Axes3D"} or kind.endswith("AxesSubplot"):
        return "an Axes (one panel of a figure)"
    if kind in {"Figure", "SubFigure"}:
        return "a Figure"
    if kind == "History":
        return "a training History"
    if callable(value) and not isinstance(value, type):
        return f"a function ({getattr(value, '__name__', kind)})"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_describe = describe  # the name the modules used first


def not_none(name: str, value, want: str) -> None:
    """Refuse None, naming it and the usual cause (a function without ``return``)."""
    if value is None:
        raise ValueError(f"{name} must be {want}; got {NONE_HINT}")


def as_array(name: str, value, *, ndim=None, finite=True, nonempty=False) -> np.ndarray:
    """Return ``value`` as a float64 array, checking dimensions and finiteness.

    ``ndim`` may be an int or a tuple of allowed ints. Text, None and complex
    numbers are refused (numpy would turn the text "2" into the number 2).
    ``nonempty=True`` refuses an array with no numbers.
    """
    not_none(name, value, "numbers (an array or a list of numbers)")
    try:
        raw = np.asarray(value)
        if raw.dtype.kind in "USc":  # text, or complex numbers (casting would drop the imaginary part)
            raise TypeError
        arr = np.asarray(raw if raw.dtype.kind != "O" else value, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(
            f"{name} must be numbers (an array or a list of numbers); got {describe(value)}"
        ) from None
    if ndim is not None:
        allowed = (ndim,) if isinstance(ndim, int) else tuple(ndim)
        if arr.ndim not in allowed:
            want = " or ".join(f"{d}-D" for d in allowed)
            raise ValueError(f"{name} must be {want}; got {arr.ndim}-D with shape {arr.shape}")
    if nonempty and arr.size == 0:
        raise ValueError(f"{name} must hold at least one number; got an empty array of shape {arr.shape}")
    if finite and not np.all(np.isfinite(arr)):
        bad = int(np.size(arr) - np.count_nonzero(np.isfinite(arr)))
        raise ValueError(f"{name} must be finite; got {bad} NaN or inf value(s)")
    return arr


def number(name: str, value, *, finite=True) -> float:
    """One number (a parameter such as w or b), returned as a float.

    An array of several numbers is refused with a hint: it is usually the
    parameters of a whole batch of runs, where one run's were meant.
    """
    not_none(name, value, "one number")
    if isinstance(value, str):
        raise ValueError(f"{name} must be one number, not text; got {describe(value)}")
    arr = as_array(name, value, finite=False)
    if arr.size != 1:
        raise ValueError(
            f"{name} must be one number; got {describe(np.asarray(value))}. "
            "(Several numbers are often one per run of a batch: pick one, e.g. hist.final('w')[0].)"
        )
    out = float(arr.reshape(()))
    if finite and not np.isfinite(out):
        raise ValueError(f"{name} must be a finite number; got {out}")
    return out


def optional_number(name: str, value):
    """None, or one finite number."""
    return None if value is None else number(name, value)


def interval(name: str, value) -> tuple[float, float]:
    """A pair (low, high) of finite numbers with low < high."""
    not_none(name, value, "(low, high), two numbers")
    arr = as_array(name, value, ndim=1)
    if arr.size != 2:
        raise ValueError(f"{name} must be (low, high), two numbers; got {describe(value)}")
    lo, hi = float(arr[0]), float(arr[1])
    if not lo < hi:
        raise ValueError(f"{name} must be (low, high) with low < high; got {value!r}")
    return lo, hi


def whole(name: str, value, *, minimum=0) -> int:
    """A whole number >= ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ValueError(f"{name} must be a whole number (>= {minimum}); got {describe(value)}")
    value = int(value)
    if value < minimum:
        raise ValueError(f"{name} must be a whole number >= {minimum}; got {value}")
    return value


def seed(name: str, value):
    """A random seed: None or a whole number >= 0 (the same seed gives the same data)."""
    if value is None:
        return None
    return whole(name, value, minimum=0)


def text(name: str, value, *, optional=False, identifier=False) -> str | None:
    """A piece of text (``optional``: or None)."""
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{name} must be text (a str); got {describe(value)}")
    if identifier and not value.isidentifier():
        raise ValueError(
            f"{name} must be a name usable as a Python variable, e.g. 'w' or 'lr'; got {value!r}"
        )
    return value


def function(name: str, value) -> None:
    """A function (anything callable)."""
    if not callable(value):
        raise TypeError(f"{name} must be a function; got {describe(value)}")


def fits_in_memory(name: str, value, nbytes: float, what: str) -> None:
    """Refuse up front work whose arrays need more than :data:`MAX_BYTES`."""
    if nbytes > MAX_BYTES:
        shown = f"{value:,}" if isinstance(value, numbers.Integral) else value
        raise ValueError(
            f"{name} = {shown} is too large: {what} would need {nbytes / 2**30:,.1f} GiB of memory, "
            f"more than the {MAX_BYTES / 2**30:g} GiB a helper may use; choose a smaller {name}"
        )


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
            raise ValueError(f"{name} must be a whole number; got {describe(value)}")
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


def labels(name: str, y: np.ndarray) -> None:
    """Check class labels: every value exactly 0 or 1 (not -1/1, not 1/2)."""
    other = np.unique(y[(y != 0) & (y != 1)])
    if other.size:
        shown = ", ".join(f"{t:g}" for t in other[:5]) + (", ..." if other.size > 5 else "")
        raise ValueError(
            f"{name} must be class labels 0 and 1; got also {shown}. "
            "(Labels -1/1 become 0/1 with (y + 1) / 2; labels 1/2 with y - 1.)"
        )


def one_of(name: str, value, options) -> None:
    try:
        ok = value in options
    except TypeError:  # an unhashable value (a list) is not one of the options either
        ok = False
    if not ok:
        got = NONE_HINT if value is None else repr(value)
        raise ValueError(f"{name} must be one of {sorted(options)}; got {got}")


def samples_1d(x, y):
    """Check 1-D ``x`` and ``y`` of one length with at least one sample; return them as arrays."""
    x = as_array("x", x, ndim=1)
    y = as_array("y", y, ndim=1)
    same_length("x", x, "y", y)
    if x.size == 0:
        raise ValueError("x and y must hold at least one sample; got 0")
    return x, y


# ---- matplotlib objects and training results ---------------------------------


def _is_axes(value) -> bool:
    from matplotlib.axes import Axes

    return isinstance(value, Axes)


def axes(name: str, value) -> None:
    """One panel of a figure (``fig, ax = lu.figure()``)."""
    if not _is_axes(value):
        raise TypeError(
            f"{name} must be an Axes, one panel of a figure (fig, {name} = lu.figure()); got {describe(value)}"
        )


def figure(name: str, value) -> None:
    """A whole matplotlib figure; an Axes or a slider figure is refused with the fix."""
    from matplotlib.figure import FigureBase

    if isinstance(value, FigureBase):
        return
    if _is_axes(value):
        raise TypeError(
            f"{name} must be a Figure, the whole picture; got an Axes (one panel of it). "
            "Pass the figure: ax.figure, or keep both from fig, ax = lu.figure() and pass fig"
        )
    if type(value).__name__ == "SliderFigure":
        raise TypeError(
            f"{name} must be a Figure; got a slider figure: make it the last line of a cell to show it, "
            f"or pass its .fig"
        )
    raise TypeError(f"{name} must be a Figure (fig, ax = lu.figure()); got {describe(value)}")


def history(name: str, value) -> None:
    """A training History (what lu.train_linear and friends return)."""
    if hasattr(value, "cost"):
        return
    hint = ""
    if isinstance(value, (np.ndarray, list, tuple)):
        hint = f" (pass the History itself, e.g. {name}=hist, not hist.cost)"
    raise TypeError(
        f"{name} must be a training History (what lu.train_linear returns){hint}; got {describe(value)}"
    )


def positive_number(name: str, value, *, allow_zero=False) -> float:
    """One finite number > 0 (``allow_zero``: >= 0), such as a learning rate."""
    out = number(name, value)
    if out < 0 or (out == 0 and not allow_zero):
        raise ValueError(f"{name} must be {'>= 0' if allow_zero else 'positive (> 0)'}; got {out:g}")
    return out

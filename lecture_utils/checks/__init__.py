"""Instant feedback on a learner's exercise code.

``check_xxx(your_function)`` calls your function on several inputs (edge cases included), compares
with the course's reference and prints what is wrong, as specifically as it can. It never raises on
a wrong answer: it prints, and returns a :class:`Feedback` that is true when every case passes.

The machinery is in :mod:`.core`; each notebook's references, cases, catalogues of usual mistakes
and ``check_*`` functions are in :mod:`.nb01` ... :mod:`.nb10`. Adding an exercise touches one of
those files: write its reference, its cases and its :class:`Mistake` list, and decorate its check
with :func:`exercise`.
"""

from __future__ import annotations

from . import core, nb01, nb02, nb03, nb04, nb05, nb06, nb07, nb08, nb09, nb10
from .core import (
    FAIL,
    PASS,
    PREDICTIONS,
    REGISTRY,
    Feedback,
    Mistake,
    check_answers,
    check_function,
    exercise,
    prediction,
    set_time_limit,
)

_NOTEBOOKS = (nb01, nb02, nb03, nb04, nb05, nb06, nb07, nb08, nb09, nb10)

# every public name of the notebook modules (check_*, ref_*, the quizzes' tables) is lu.checks.<name>
for _module in _NOTEBOOKS:
    for _name, _value in vars(_module).items():
        if not _name.startswith("_") and getattr(_value, "__module__", _module.__name__) == _module.__name__:
            globals()[_name] = _value
del _module, _name, _value

__all__ = [
    "FAIL",
    "PASS",
    "PREDICTIONS",
    "REGISTRY",
    "Feedback",
    "Mistake",
    "check_answers",
    "check_function",
    "core",
    "exercise",
    "prediction",
    "set_time_limit",
    *sorted(n for n in REGISTRY),
    *sorted(n for n in PREDICTIONS),
]

"""Slider figures for notebooks 09-10: the sigmoid hypothesis, MSE vs cross entropy, logistic regression.

Re-exported from ``lecture_utils.explorers``: list every builder in ``__all__``.
"""

from __future__ import annotations

__all__: list[str] = []

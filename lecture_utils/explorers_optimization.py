"""Slider figures for notebooks 06-07: the learning rate, local and global minima, many features.

Re-exported from ``lecture_utils.explorers``: list every builder in ``__all__``.
"""

from __future__ import annotations

__all__: list[str] = []

"""Slider figures for notebook 08: activation functions and a one-hidden-layer network.

Re-exported from ``lecture_utils.explorers``: list every builder in ``__all__``.
"""

from __future__ import annotations

__all__: list[str] = []

"""Where the course runs: Colab or not, and where its data lives."""

from __future__ import annotations

import sys

from .data import data_dir


def in_colab() -> bool:
    """True inside Google Colab (its ``google.colab`` module is loaded)."""
    return "google.colab" in sys.modules


def describe() -> str:
    """One line naming the environment and the versions a bug report needs."""
    import matplotlib
    import numpy

    try:
        import ipywidgets

        widgets = ipywidgets.__version__
    except ImportError:
        widgets = "not installed (figures are shown without sliders)"
    where = "Google Colab" if in_colab() else "local Jupyter"
    py = ".".join(map(str, sys.version_info[:3]))
    return (
        f"{where}: Python {py}, numpy {numpy.__version__}, matplotlib {matplotlib.__version__}, "
        f"ipywidgets {widgets}; data in {data_dir().name}/"
    )

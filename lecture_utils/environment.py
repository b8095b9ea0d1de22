"""Where the course runs: Colab or not, and where its data lives."""

from __future__ import annotations

import sys

from .data import data_dir
from .i18n import _


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
        widgets = _("not installed (figures are shown without sliders)")
    where = "Google Colab" if in_colab() else _("local Jupyter")
    py = ".".join(map(str, sys.version_info[:3]))
    return _(
        "{where}: Python {python}, numpy {numpy}, matplotlib {matplotlib}, ipywidgets {widgets}; data in {data}/"
    ).format(
        where=where,
        python=py,
        numpy=numpy.__version__,
        matplotlib=matplotlib.__version__,
        widgets=widgets,
        data=data_dir().name,
    )

"""Test groups and the closing summary of the notebook-running tests.

Some tests need an environment of their own, made by their nox session (``noxfile.py``):
``browser`` (Chromium and JupyterLab: ``nox -s browser``), ``colab`` (Colab's pins on Colab's
Python: ``nox -s colab``), ``nowidgets`` (no ipywidgets: ``nox -s nowidgets``) and ``pinned`` (the
pinned build environment: ``nox -s outputs``). A plain ``python -m pytest`` leaves them out; an
explicit ``-m`` decides (each session passes its own). ``nox`` runs every group.
"""

import _course as C

GROUPS = {
    "browser": "needs Chromium and JupyterLab; run with `nox -s browser`",
    "colab": "needs Colab's pins on Colab's Python; run with `nox -s colab`",
    "nowidgets": "needs an environment without ipywidgets; run with `nox -s nowidgets`",
    "pinned": "needs the pinned build environment; run with `nox -s outputs`",
}


def pytest_configure(config):
    for name, why in GROUPS.items():
        config.addinivalue_line("markers", f"{name}: {why}")


def pytest_collection_modifyitems(config, items):
    if config.getoption("markexpr"):
        return  # an explicit -m decides
    grouped = [it for it in items if any(it.get_closest_marker(g) for g in GROUPS)]
    if grouped:
        config.hook.pytest_deselected(items=grouped)
        items[:] = [it for it in items if it not in grouped]


def pytest_terminal_summary(terminalreporter):
    if not (C.TIMINGS or C.NOTES):
        return
    terminalreporter.section("course environments")
    for line in C.NOTES:
        terminalreporter.write_line(line)
    for phase, seconds in C.TIMINGS.items():
        terminalreporter.write_line(f"{phase}: {seconds:.1f} s")

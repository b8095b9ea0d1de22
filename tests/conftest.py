"""Test groups and the closing summary of the environment tests.

The browser tests (``tests/test_browser.py``, marked ``browser``) need Chromium, so they form a
group of their own: ``python -m pytest`` leaves them out, ``python -m pytest -m browser`` runs
them (and fails, never skips, when Chromium is missing). ``.ci/run`` runs both.
"""

import _course as C


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: needs Chromium; run with `python -m pytest -m browser`")


def pytest_collection_modifyitems(config, items):
    if config.getoption("markexpr"):
        return  # an explicit -m decides
    browser = [it for it in items if it.get_closest_marker("browser")]
    if browser:
        config.hook.pytest_deselected(items=browser)
        items[:] = [it for it in items if not it.get_closest_marker("browser")]


def pytest_terminal_summary(terminalreporter):
    if not (C.TIMINGS or C.NOTES):
        return
    terminalreporter.section("course environments")
    for line in C.NOTES:
        terminalreporter.write_line(line)
    for phase, seconds in C.TIMINGS.items():
        terminalreporter.write_line(f"{phase}: {seconds:.1f} s")

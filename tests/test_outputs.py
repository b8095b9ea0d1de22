"""The committed notebooks are what their sources build in the pinned build environment.

``notebooks/build-constraints.txt`` pins the exact versions the committed outputs are built with
(``nox -s build``); ``notebooks/build.py`` records them in each notebook's metadata.

* Every notebook's metadata names the pins (cheap: runs everywhere).
* Every notebook, rebuilt (marked ``pinned``, run by ``nox -s outputs``): its text outputs are the
  committed ones (sanitized as nbval sanitizes them) and every committed image equals the rebuilt
  one within ``build.IMAGE_TOL`` under ``matplotlib.testing.compare.compare_images``. Images are
  compared only where the running versions are the pins (another matplotlib draws other pixels);
  elsewhere that part skips and says why, except where COURSE_PINNED=1 (the outputs session), where
  a version that differs from the pins fails.
"""

from __future__ import annotations

import os

import _course as C
import nbformat
import pytest

build = C.build
NOTEBOOKS = C.both_editions()


def fresh_build(path):
    """A fresh build of the notebook at ``path`` (either edition), as `nox -s build` makes it."""
    src = build.SRC / (path.stem + ".py")
    if C.edition(path) == "ko":
        return build.execute(build.to_korean(src), cwd=build.KO)
    return build.execute(build.to_notebook(src))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=C.nb_id)
def test_notebook_was_built_with_the_pinned_versions(path):
    have = nbformat.read(path, as_version=4).metadata.get("course_build")
    want = build.pins()
    assert have == want, (
        f"{path.name} was built with {have}, not the pinned build environment {want} "
        f"({build.PINS.relative_to(C.ROOT)}): rebuild it with `nox -s build -- {path.name[:2]}`"
    )


def test_build_pins_name_every_recorded_package_and_the_python():
    pins = build.pins()
    assert all(pins.values()), f"{build.PINS.name} lacks a pin: {pins}"


@pytest.mark.pinned
@pytest.mark.parametrize("path", NOTEBOOKS, ids=C.nb_id)
def test_rebuilding_gives_the_committed_outputs(path):
    committed = nbformat.read(path, as_version=4)
    fresh = fresh_build(path)
    assert build.text_outputs(fresh) == build.text_outputs(committed), (
        f"{path.name}: rebuilding changes text outputs: run `nox -s build -- {path.name[:2]}`"
    )
    have, want = build.built_with(), build.pins()
    if have != want:
        reason = f"images not compared: this environment {have} is not the pinned one {want}"
        if os.environ.get("COURSE_PINNED") == "1":
            pytest.fail(reason + " (COURSE_PINNED=1: the outputs session must compare them)")
        print(reason)
        pytest.skip(reason)
    bad = build.image_differences(committed, fresh)
    assert not bad, f"{path.name}: committed images differ from a rebuild:\n" + "\n".join(bad)

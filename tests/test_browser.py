"""Sliders in JupyterLab 4, in a real browser (headless Chromium driven by Playwright).

One JupyterLab server (127.0.0.1, a free port, a random token, a temporary root holding copies of
the notebooks, sliders live) serves every notebook that has sliders. For each notebook the test
runs all cells, then for every slider figure and every slider in it: focuses the slider's handle,
presses an arrow key, waits for the figure's image to change, and checks that the readout beside
the slider shows the value the kernel now holds (one step away from before). On a step slider it
presses Play and checks that the figure advances. Nowhere may an error output, text on stderr,
"Error displaying widget" or a slider figure's "Error: ..." status appear. A screenshot per
notebook and the key-press-to-new-image times go to ``tests/artifacts/browser/``.

Needs Chromium (Debian: ``apt-get install chromium``; elsewhere set COURSE_CHROMIUM to its path)
and the ``playwright`` package (no browser download). Run with ``nox -s browser`` (or
``python -m pytest -m browser`` in an environment holding requirements-dev.txt).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import _course as C
import pytest

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("COURSE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
#: the Korean edition's notebook opened too: its prose must render in Hangul (no tofu boxes), its
#: sliders (with Korean labels) and Play button must work as the English ones do
KOREAN = [p for p in C.korean_notebooks() if p.name.startswith("05_")]
NOTEBOOKS = C.slider_notebooks() + KOREAN
OUT = C.ARTIFACTS / "browser"
#: font families that hold Hangul (Debian's fonts-noto-cjk: "Noto Sans CJK KR", ...; macOS, Windows)
HANGUL_FONTS = ("CJK", "Nanum", "Apple SD Gothic", "Malgun", "Gulim", "Dotum", "Batang", "Baekmuk", "UnDotum")
LATENCIES: list[dict] = []

# ---------------------------------------------------------------------------
# JavaScript run in the page (JupyterLab exposes itself as window.jupyterapp with expose_app_in_browser)

JS_READY = """() => {
  const app = window.jupyterapp; const p = app && app.shell.currentWidget;
  const s = p && p.sessionContext && p.sessionContext.session;
  return !!(s && s.kernel && s.kernel.status === 'idle' && p.content && p.content.model);
}"""

JS_APP = """() => {
  const app = window.jupyterapp;
  return !!(app && app.commands.hasCommand('docmanager:open') && app.commands.hasCommand('notebook:run-all-cells'));
}"""

# open a notebook in the running JupyterLab (as a double click in the file browser does)
JS_OPEN = """async (path) => {
  const app = window.jupyterapp;
  const w = await app.commands.execute('docmanager:open', {path: path, factory: 'Notebook'});
  await w.context.ready;
  app.shell.activateById(w.id);
  return w.id;
}"""

JS_ALL_RUN = """() => {
  const p = window.jupyterapp.shell.currentWidget; const cells = p.content.model.cells;
  let pending = 0, error = false;
  for (let i = 0; i < cells.length; i++) {
    const c = cells.get(i);
    if (c.type !== 'code') continue;
    if (c.executionCount === null || c.executionState === 'running') pending++;
    for (let j = 0; j < c.outputs.length; j++) if (c.outputs.get(j).type === 'error') error = true;
  }
  const k = p.sessionContext.session.kernel;
  return (pending === 0 || error) && k.status === 'idle';
}"""

# every code cell's outputs, without image data; tags each widget output's node with its model id
JS_OUTPUTS = """() => {
  const p = window.jupyterapp.shell.currentWidget; const cells = p.content.model.cells; const res = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells.get(i);
    if (c.type !== 'code') continue;
    const outs = [];
    for (let j = 0; j < c.outputs.length; j++) {
      const o = c.outputs.get(j).toJSON();
      const view = o.data && o.data['application/vnd.jupyter.widget-view+json'];
      if (view) p.content.widgets[i].outputArea.widgets[j].node.setAttribute('data-course-view', view.model_id);
      outs.push({type: o.output_type, name: o.name || null, text: [].concat(o.text || []).join(''),
                 ename: o.ename || null, evalue: o.evalue || null, mimes: Object.keys(o.data || {}),
                 view: view ? view.model_id : null});
    }
    res.push({cell: i, count: c.executionCount, outputs: outs});
  }
  return res;
}"""

# run code in the notebook's kernel (no history, no cell output); returns its stdout and any error
JS_KERNEL = """async (code) => {
  const k = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
  const f = k.requestExecute({code: code, silent: false, store_history: false});
  let text = '', err = null;
  f.onIOPub = (msg) => {
    const t = msg.header.msg_type;
    if (t === 'stream') text += msg.content.text;
    if (t === 'error') err = msg.content.ename + ': ' + msg.content.evalue;
  };
  await f.done;
  return {text: text, err: err};
}"""

# shut the notebook's kernel down and close its tab without saving (the copy is scratch)
JS_TOP = """async () => {
  const content = window.jupyterapp.shell.currentWidget.content;
  content.activeCellIndex = 0;
  if (content.scrollToItem) await content.scrollToItem(0, 'start');
  else content.node.scrollTop = 0;
}"""

JS_TITLE_SHOWN = """() => {
  const h = document.querySelector('.jp-MarkdownOutput h1');
  return !!h && h.innerText.trim().length > 0;
}"""

JS_CLOSE = """async () => {
  const app = window.jupyterapp;
  for (const w of Array.from(app.shell.widgets('main'))) {
    if (w.sessionContext) await w.sessionContext.shutdown();
    if (w.context) w.context.model.dirty = false;
    w.dispose();
  }
}"""


# ---------------------------------------------------------------------------
# The server and the browser


def rel(path: Path) -> str:
    """The notebook's path under JupyterLab's root: ko/NN_name.ipynb for the Korean edition."""
    return ("ko/" if C.edition(path) == "ko" else "") + path.name


def platform_fonts(page, selector: str) -> list[dict]:
    """The fonts Chromium actually drew the text of the first ``selector`` with (DevTools protocol
    CSS.getPlatformFontsForNode: family names and glyph counts): where a glyph is missing, no font
    that holds it appears, whatever CSS asked for."""
    cdp = page.context.new_cdp_session(page)
    try:
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument", {"depth": -1, "pierce": True})["root"]["nodeId"]
        node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        assert node, f"nothing on the page matches {selector}"
        fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        return fonts
    finally:
        cdp.detach()


def assert_hangul_renders(page, path: Path):
    """The Korean prose is drawn with a font that holds Hangul, glyph for glyph (no tofu)."""
    # the notebook is scrolled to its end by now, and JupyterLab renders only the cells in view: back
    # to the first cell, and wait for its title to be drawn
    page.evaluate(JS_TOP)
    page.wait_for_function(JS_TITLE_SHOWN, timeout=30_000, polling=100)
    text = page.locator(".jp-MarkdownOutput h1").first.inner_text()
    hangul = sum(1 for ch in text if "\uac00" <= ch <= "\ud7a3")
    assert hangul, f"{path.name}: the title has no Hangul: {text!r}"
    fonts = platform_fonts(page, ".jp-MarkdownOutput h1")
    korean = sum(f["glyphCount"] for f in fonts if any(k in f["familyName"] for k in HANGUL_FONTS))
    assert korean >= hangul, (
        f"{path.name}: {hangul} Hangul letters in the title, {korean} drawn with a Hangul font "
        f"(the others are boxes): fonts used {fonts}. Install a CJK font (Debian: fonts-noto-cjk)."
    )
    C.NOTES.append(f"browser {C.nb_id(path)}: title drawn with " + ", ".join(f["familyName"] for f in fonts))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab():
    """JupyterLab on 127.0.0.1:<free port> with a random token; shut down in every outcome."""
    if not NOTEBOOKS:
        pytest.fail("no notebook with sliders found in notebooks/")
    tmp = Path(tempfile.mkdtemp(prefix="course-lab-"))
    root, home = tmp / "notebooks", tmp / "jupyter"
    root.mkdir()
    for path in NOTEBOOKS:
        (root / rel(path)).parent.mkdir(exist_ok=True)
        shutil.copy(path, root / rel(path))
    settings = home / "lab-settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    # no "get notified about Jupyter news?" toast over the notebook, no update check (no network)
    (settings / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False})
    )
    env = C.learner_env(
        {
            "JUPYTERLAB_SETTINGS_DIR": str(home / "lab-settings"),
            "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
        },
        jupyter_home=home,
    )
    port, token = free_port(), secrets.token_hex(24)
    cmd = [
        sys.executable,
        "-m",
        "jupyter",
        "lab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--LabApp.expose_app_in_browser=True",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--ServerApp.allow_root=True")
    log_path = tmp / "jupyterlab.log"
    log = log_path.open("w")
    server = subprocess.Popen(
        cmd, env=env, cwd=root, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    base = f"http://127.0.0.1:{port}"
    try:
        with C.timed("browser: JupyterLab start"):
            deadline = time.monotonic() + 90
            while True:
                if server.poll() is not None:
                    pytest.fail(
                        f"JupyterLab exited with {server.returncode}:\n{log_path.read_text()[-3000:]}"
                    )
                try:
                    with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as r:
                        if r.status == 200:
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    pytest.fail(f"JupyterLab did not answer within 90 s:\n{log_path.read_text()[-3000:]}")
                time.sleep(0.25)
        yield {"base": base, "token": token, "root": root, "log": log_path}
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)  # the server and the kernels it started
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait(timeout=10)
        log.close()
        OUT.mkdir(parents=True, exist_ok=True)
        shutil.copy(log_path, OUT / "jupyterlab.log")
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="module")
def lab_page(lab):
    """One Chromium page with JupyterLab loaded; each test opens its notebook there."""
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}. Install it (Debian/Ubuntu: "
            "`sudo apt-get install chromium`; .ci/run does this) or set COURSE_CHROMIUM to a "
            "Chromium/Chrome binary. The browser tests never skip."
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the playwright package is missing: pip install -r requirements-dev.txt")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = b.new_page(viewport={"width": 1400, "height": 1000})
            page.course_errors = []
            page.on("pageerror", lambda exc: page.course_errors.append(str(exc)))
            with C.timed("browser: JupyterLab page load"):
                page.goto(f"{lab['base']}/lab/workspaces/course?reset&token={lab['token']}")
                page.wait_for_function(JS_APP, timeout=120_000)
            yield page
        finally:
            b.close()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "latency.json").write_text(json.dumps(LATENCIES, indent=1))
    if LATENCIES:
        secs = sorted(x["seconds"] for x in LATENCIES)
        C.NOTES.append(
            f"browser: key press -> new image over {len(secs)} slider moves: median "
            f"{statistics.median(secs):.2f} s, slowest {secs[-1]:.2f} s"
        )


# ---------------------------------------------------------------------------
# Helpers


def kernel(page, code):
    res = page.evaluate(JS_KERNEL, code)
    assert res["err"] is None, f"kernel probe failed: {res['err']}"
    return res["text"]


def live_figures(page) -> dict:
    """{VBox model id: facts about the SliderFigure it shows}, asked of the kernel."""
    text = kernel(page, "__course_probe()")
    return json.loads(text.strip().splitlines()[-1])


def readout_number(text: str) -> tuple[float, float]:
    """The readout as a number and the precision its text shows."""
    text = text.strip().replace("\u2212", "-")
    value = float(text)
    if "e" in text.lower():
        return value, abs(value) * 5e-3
    decimals = len(text.split(".")[1]) if "." in text else 0
    return value, 0.5 * 10.0**-decimals + 1e-9


def expected_after(control, before, direction):
    step = control["step"]
    if control["kind"] == "log":  # a log slider's handle moves the exponent by one step
        import math

        return 10 ** (math.log10(before) + direction * step)
    return before + direction * step


def wait_src_change(page, img, before, timeout=15_000):
    page.wait_for_function(
        "([el, before]) => el.src && el.src !== before",
        arg=[img.element_handle(), before],
        timeout=timeout,
        polling="raf",
    )


def move_slider(page, view, row, control, facts_before, nb):
    """Arrow key on the row's handle: the image changes, the readout shows the kernel's new value."""
    name = control["name"]
    before = facts_before["values"][name]
    img = view.locator("img.widget-image")
    src_before = img.get_attribute("src")
    if control["kind"] == "choice":
        select = row.locator("select")
        index = (select.evaluate("s => s.selectedIndex") + 1) % len(control["options"])
        target = control["options"][index]
        t0 = time.perf_counter()
        select.select_option(index=index)
    else:
        handle = row.locator(".noUi-handle")
        handle.scroll_into_view_if_needed()
        at_max = before >= control["max"] - 1e-12
        key, direction = ("ArrowLeft", -1) if at_max else ("ArrowRight", 1)
        handle.focus()
        t0 = time.perf_counter()
        page.keyboard.press(key)
    wait_src_change(page, img, src_before)
    seconds = time.perf_counter() - t0
    LATENCIES.append(
        {"notebook": nb, "figure": facts_before["title"], "slider": name, "seconds": round(seconds, 3)}
    )
    after = _settled(page, view)
    value = after["values"][name]
    shown = None if control["kind"] == "choice" else row.locator(".widget-readout").inner_text()
    if control["kind"] == "choice":
        label = select.evaluate("s => s.options[s.selectedIndex].text")
        assert value == target and label == after["labels"][name], (name, value, target, label)
    else:
        want = expected_after(control, before, direction)
        assert abs(value - want) <= 1e-6 * max(1.0, abs(want)), f"{name}: kernel has {value}, expected {want}"
        num, tol = readout_number(shown)
        assert abs(num - value) <= tol, f"{name}: the readout shows {shown!r} but the kernel has {value}"
    assert "Error" not in after["status"], after["status"]
    return after


def _settled(page, view, *, repeat=False, timeout=15.0):
    """The figure's facts once the kernel is idle (``repeat``: and two probes in a row agree, for
    Play, whose last value changes may still be on their way)."""
    mid = view.get_attribute("data-course-view")
    deadline = time.monotonic() + timeout
    last = None
    while True:
        page.wait_for_function(JS_READY, timeout=int(timeout * 1000), polling=50)
        facts = live_figures(page)[mid]
        if not repeat or facts == last or time.monotonic() > deadline:
            return facts
        last = facts
        time.sleep(0.3)


def press_play(page, view, row, control, facts, nb):
    """Play on a step slider: the step advances and the image follows."""
    img = view.locator("img.widget-image")
    handle = row.locator(".noUi-handle")
    start = facts["values"][control["name"]]
    if start >= control["max"] - 2 * control["step"]:  # leave room to advance: back to the first step
        handle.focus()
        page.keyboard.press("Home")
        facts = _settled(page, view)
        start = facts["values"][control["name"]]
    page.evaluate(
        "(el) => { window.__courseSrcs = new Set([el.src]); new MutationObserver(() => "
        "window.__courseSrcs.add(el.src)).observe(el, {attributes: true, attributeFilter: ['src']}); }",
        img.element_handle(),
    )
    play = view.locator(".widget-play button").first
    play.scroll_into_view_if_needed()
    play.click()
    page.wait_for_function("() => window.__courseSrcs.size >= 4", timeout=20_000)
    play.click()  # pause
    after = _settled(page, view, repeat=True)
    value = after["values"][control["name"]]
    assert value >= start + 2 * control["step"], f"Play did not advance the step: {start} -> {value}"
    shown = row.locator(".widget-readout").inner_text()
    assert readout_number(shown)[0] == value, f"step readout {shown!r} but the kernel has {value}"
    assert "Error" not in after["status"], after["status"]


# ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", NOTEBOOKS, ids=C.nb_id)
def test_sliders_move_the_figure_in_jupyterlab(lab, lab_page, path):
    page = lab_page
    page.course_errors.clear()
    nb = C.nb_id(path)
    log_start = lab["log"].stat().st_size
    try:
        t_load = time.perf_counter()
        page.evaluate(JS_OPEN, rel(path))
        page.wait_for_function(JS_READY, timeout=120_000, polling=50)
        t0 = time.perf_counter()
        t_load = t0 - t_load
        page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
        page.wait_for_function(JS_ALL_RUN, timeout=180_000, polling=250)
        run_all = time.perf_counter() - t0
        cells = page.evaluate(JS_OUTPUTS)
        bad = [
            f"cell {c['cell']}: {o['ename']}: {o['evalue']}"
            for c in cells
            for o in c["outputs"]
            if o["type"] == "error"
        ]
        bad += [
            f"cell {c['cell']} wrote to stderr: {o['text'][:300]}"
            for c in cells
            for o in c["outputs"]
            if o["type"] == "stream" and o["name"] == "stderr"
        ]
        assert not bad, "running all cells in JupyterLab:\n" + "\n".join(bad)
        unrun = [c["cell"] for c in cells if c["count"] is None]
        assert not unrun, f"cells never ran: {unrun}"

        kernel(page, C.KERNEL_LIVE_FIGURES)
        figures = live_figures(page)
        views = page.locator("[data-course-view]")
        slider_views = [
            views.nth(i)
            for i in range(views.count())
            if views.nth(i).get_attribute("data-course-view") in figures
        ]
        assert slider_views, f"{path.name}: no live slider figure on the page (widgets not live?)"
        played = 0
        for view in slider_views:
            view.scroll_into_view_if_needed()
            facts = figures[view.get_attribute("data-course-view")]
            rows = view.locator(".widget-slider, .widget-dropdown")
            assert rows.count() == len(facts["controls"]), f"{facts['title']}: sliders shown != controls"
            assert view.locator("img.widget-image").count() == 1
            for k, control in enumerate(facts["controls"]):
                facts = move_slider(page, view, rows.nth(k), control, facts, nb)
            for k, control in enumerate(facts["controls"]):
                if control["play"]:
                    press_play(page, view, rows.nth(k), control, facts, nb)
                    played += 1
                    facts = _settled(page, view, repeat=True)
        if "gradient_descent" in path.name:  # its step slider has a Play button
            assert played, f"{path.name}: no step slider with Play was found"
        if C.edition(path) == "ko":
            assert_hangul_renders(page, path)

        shown = "\n".join(page.locator(".jp-Notebook .jp-OutputArea").all_inner_texts())  # outputs, not prose
        assert "Error displaying widget" not in shown
        statuses = [
            t
            for t in page.locator(".widget-html-content").all_inner_texts()
            if t.startswith(("Error", "오류"))
        ]
        assert not statuses, statuses
        assert not page.course_errors, f"JavaScript errors in the page: {page.course_errors}"
        # the kernel writes what no output shows (an exception in a widget callback) to the server's log
        server_log = lab["log"].read_bytes()[log_start:].decode(errors="replace")
        assert "Traceback" not in server_log, f"the kernel or server logged an error:\n{server_log[-3000:]}"
        C.NOTES.append(
            f"browser {nb}: {len(slider_views)} slider figure(s): open {t_load:.1f} s, run all "
            f"{run_all:.1f} s, sliders {time.perf_counter() - t0 - run_all:.1f} s"
        )
    finally:
        OUT.mkdir(parents=True, exist_ok=True)
        try:
            first = page.locator("[data-course-view]").first
            if first.count():
                first.scroll_into_view_if_needed(timeout=5_000)
                first.locator("img.widget-image").wait_for(state="visible", timeout=5_000)
                page.wait_for_timeout(500)  # cells scrolled into view are painted on the next frames
            page.screenshot(path=str(OUT / f"{C.nb_id(path)}{path.stem[2:]}.png"))
        except Exception as exc:  # the screenshot is evidence, not the test
            print(f"screenshot of {path.name} failed: {exc}")
        page.evaluate(JS_CLOSE)

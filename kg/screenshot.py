"""Open the graph page in headless Chromium, offline, to check it or take its picture."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
from rdflib import Graph

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


@dataclass
class PageLog:
    """What a page did besides drawing: requests it tried, errors, dialogs."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@contextmanager
def chromium(executable: str = CHROMIUM) -> Iterator[Browser]:
    """Launch the system's headless Chromium through Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=executable, headless=True, args=list(CHROMIUM_ARGS)
        )
        try:
            yield browser
        finally:
            browser.close()


def open_offline(
    browser: Browser, path: Path, *, width: int = 1200, height: int = 800
) -> tuple[Page, PageLog]:
    """Open a local page with every network request blocked and recorded."""
    context = browser.new_context(
        viewport={"width": width, "height": height}, service_workers="block", offline=True
    )
    log = PageLog()
    url = path.resolve().as_uri()

    def block(route: Any) -> None:
        if route.request.url == url:
            route.continue_()
        else:
            route.abort()

    context.route("**/*", block)
    page = context.new_page()
    page.on("request", lambda r: log.requests.append(r.url) if r.url != url else None)
    page.on("pageerror", lambda e: log.errors.append(str(e)))
    page.on(
        "console",
        lambda m: log.console_errors.append(m.text) if m.type in ("error", "warning") else None,
    )

    def on_dialog(dialog: Any) -> None:
        log.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(url, wait_until="load")
    return page, log


def wait_until_drawn(page: Page, *, timeout_s: float = 60.0, settled: bool = True) -> float:
    """Wait for the network's first drawing (and, if asked, for physics to stop); return its ms."""
    # Pass functions, not expressions: Playwright evals expressions, which the CSP forbids.
    page.wait_for_function("() => window.kgGraph && window.kgGraph.ready", timeout=timeout_s * 1000)
    if settled:
        page.wait_for_function(
            "() => !document.getElementById('kg-physics').checked", timeout=timeout_s * 1000
        )
    return float(page.evaluate("window.kgGraph.firstDrawMs"))


def _page_html(source: str | Graph | nx.Graph) -> str:
    """Return the page HTML for an HTML string, an RDF graph or a projection."""
    from kg.projection import to_networkx
    from kg.render import render_html

    if isinstance(source, str):
        return source
    if isinstance(source, Graph):
        source = to_networkx(source)
    return render_html(source)


def render_png(
    source: str | Graph | nx.Graph,
    *,
    width: int = 1200,
    height: int = 800,
    timeout_s: float = 60.0,
    browser: Browser | None = None,
    executable: str = CHROMIUM,
) -> bytes:
    """Return a PNG of the graph page (from a Dataset, a projection or page HTML) once laid out.

    browser: an already launched one (Playwright's sync API allows one per thread), else
    the system Chromium at `executable` is launched for this picture.
    """
    html = _page_html(source)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.html"
        path.write_text(html, encoding="utf-8")
        if browser is not None:
            return _screenshot(browser, path, width, height, timeout_s)
        with chromium(executable) as launched:
            return _screenshot(launched, path, width, height, timeout_s)


def _screenshot(browser: Browser, path: Path, width: int, height: int, timeout_s: float) -> bytes:
    """Open the page offline, wait until it is laid out, and capture the viewport."""
    page, log = open_offline(browser, path, width=width, height=height)
    try:
        wait_until_drawn(page, timeout_s=timeout_s)
        page.wait_for_timeout(300)  # let the frame drawn after physics stops reach the screen
        png = page.screenshot(type="png", full_page=False)
    finally:
        page.context.close()
    if log.errors or log.requests:
        raise RuntimeError(f"the graph page misbehaved in the browser: {log}")
    return png

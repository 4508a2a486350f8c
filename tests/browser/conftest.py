"""Browser fixtures: the built site served under a sub-path, one headless Chromium, and a
recorder of every request the pages make (anything for another host is aborted and recorded).

The DOM hooks the tests rely on are collected here (HOOKS), so a theme change is one edit.
"""
from __future__ import annotations

import contextlib
import functools
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pytest

from build_scripts.core import paths
from devtools import preview

HOOKS = {
    "search_input": "input.md-search__input",
    "search_result": ".md-search-result__item",
    "lang_link": ".md-select a[hreflang]",
    # A chart is a figure vega-embed draws into; drawn = an SVG (or canvas) with data marks in it.
    "chart": "figure.ipc-chart",
}
CHART_MARKUP = re.compile(r'<figure class="ipc-chart[" ]')
LANGS = ("zh", "en")
VIEWPORT = {"width": 1280, "height": 900}


class _HtmlLang(HTMLParser):
    lang = ""

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.lang = dict(attrs).get("lang") or ""


@functools.lru_cache(maxsize=None)
def page_lang(html_file: Path) -> str:
    """'zh' or 'en' from <html lang> (zh-Hans, zh-CN, en-US ... count as their language)."""
    p = _HtmlLang()
    p.feed(html_file.read_text(encoding="utf-8", errors="replace"))
    return p.lang.split("-")[0].lower()


def site_pages(site_dir: Path) -> list[str]:
    """Every HTML page of the site, as URL paths relative to the site root ('' for the home page)."""
    out = []
    for f in sorted(site_dir.rglob("*.html")):
        rel = f.relative_to(site_dir).as_posix()
        if rel.startswith("."):
            continue
        out.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return out


def page_key(rel: str) -> str:
    """A page's path with its language folder removed: a page and its twin share it."""
    first, sep, rest = rel.partition("/")
    return rest if sep and first in LANGS else rel


def url_file(site_dir: Path, rel: str) -> Path:
    return site_dir / (rel + "index.html" if rel == "" or rel.endswith("/") else rel)


def representative(pages: list[str], limit: int = 150) -> list[str]:
    """All pages, or, past `limit`, an even spread over page kinds (first folders of the key)."""
    if len(pages) <= limit:
        return pages
    kinds: dict[str, list[str]] = {}
    for rel in pages:
        kinds.setdefault("/".join(page_key(rel).split("/")[:2]), []).append(rel)
    picked, i = [], 0
    while len(picked) < limit:
        for group in kinds.values():
            if i < len(group) and len(picked) < limit:
                picked.append(group[i])
        i += 1
    return sorted(picked)


def pytest_generate_tests(metafunc):
    """`site_page`: one test per page of the built site (or a spread of kinds if there are hundreds)."""
    if "site_page" in metafunc.fixturenames:
        built = (paths.SITE_DIR / "index.html").is_file()
        pages = representative(site_pages(paths.SITE_DIR)) if built else []
        metafunc.parametrize("site_page", pages or [pytest.param("", marks=pytest.mark.skip(
            reason="site/ is not built: run `make site` first"))])


CHARTS_DRAWN_JS = """(sel) => Array.from(document.querySelectorAll(sel)).map(el => {
  const svg = el.querySelector('svg.marks');
  if (svg) return svg.querySelectorAll('.role-mark > *').length;
  const c = el.querySelector('canvas');
  if (!c || !c.width || !c.height) return 0;
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++;
  return n;
})"""


REACH_CHARTS_JS = """(sel) => {
  document.querySelectorAll('details').forEach(d => { if (d.querySelector(sel)) d.open = true; });
  document.querySelectorAll(sel).forEach(f => f.dispatchEvent(new PointerEvent('pointerenter')));
}"""


@dataclass
class Site:
    """The built site being served: where its pages are and what they are."""
    dir: Path
    url: str  # base URL, ending in '/'
    hooks: ClassVar[dict] = HOOKS

    def pages(self) -> list[str]:
        return site_pages(self.dir)

    def file(self, rel: str) -> Path:
        return url_file(self.dir, rel)

    def lang(self, rel: str) -> str:
        return page_lang(self.file(rel))

    @staticmethod
    def key(rel: str) -> str:
        return page_key(rel)

    def html(self, rel: str) -> str:
        return self.file(rel).read_text(encoding="utf-8")

    def rel(self, url: str) -> str:
        """The site-relative path of a URL of this site."""
        assert url.startswith(self.url), f"{url} is not under {self.url}"
        return url[len(self.url):].split("#", 1)[0].split("?", 1)[0]

    def find(self, lang: str, pattern: str) -> list[str]:
        """Pages in `lang` whose language-free path matches the regex `pattern`."""
        return [r for r in self.pages() if re.search(pattern, page_key(r)) and self.lang(r) == lang]

    def has_charts(self, rel: str) -> bool:
        return bool(CHART_MARKUP.search(self.html(rel)))

    @staticmethod
    def charts_drawn(page) -> list[int]:
        """For each chart container on the page, how many marks (SVG elements or painted pixels) it has."""
        return page.evaluate(CHARTS_DRAWN_JS, HOOKS["chart"])

    @staticmethod
    def reach_charts(page) -> None:
        """Do what a reader does to have the charts drawn (charts.js draws one when the reader
        reaches for it or, after a scroll, when it comes into view): open the folded blocks of
        charts and point at every chart."""
        page.evaluate(REACH_CHARTS_JS, HOOKS["chart"])

    def wait_for_charts(self, page, timeout: int = 15_000) -> list[int]:
        """Reach for every chart, then wait until every chart container has marks; the counts
        (zeros for charts that never drew)."""
        self.reach_charts(page)
        try:
            page.wait_for_function(f"(sel) => ({CHARTS_DRAWN_JS})(sel).every(n => n > 0)",
                                   arg=HOOKS["chart"], timeout=timeout)
        except Exception:  # noqa: BLE001 - the caller asserts on the counts
            pass
        return self.charts_drawn(page)


@dataclass
class Traffic:
    """Every URL requested through the context; foreign ones are aborted and kept apart."""
    origin: str
    urls: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)

    def route(self, route) -> None:
        url = route.request.url
        self.urls.append(url)
        if url.startswith(self.origin + "/") or url.split(":", 1)[0] in ("data", "blob", "about"):
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort("blockedbyclient")


@dataclass
class PageLog:
    """What went wrong while a page was open: console errors, page errors, failed requests."""
    traffic: Traffic
    problems: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    pending: set = field(default_factory=set)

    def attach(self, page) -> "PageLog":
        page.on("console", lambda m: m.type == "error" and self.problems.append(f"console error: {m.text}"))
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        page.on("request", self._started)
        page.on("requestfinished", lambda r: self.pending.discard(r))
        page.on("requestfailed", self._failed)
        page.on("response", lambda r: r.status >= 400 and self.problems.append(f"HTTP {r.status}: {r.url}"))
        self.page = page
        return self

    def settle(self, quiet_ms: int = 150, timeout_ms: int = 10_000) -> None:
        """Wait until no request has been in flight for `quiet_ms` (a faster networkidle)."""
        quiet = waited = 0
        while quiet < quiet_ms and waited < timeout_ms:
            self.page.wait_for_timeout(50)
            waited += 50
            quiet = quiet + 50 if not self.pending else 0

    def _started(self, request) -> None:
        self.requests.append(request.url)
        self.pending.add(request)

    def _failed(self, request) -> None:
        self.pending.discard(request)
        # ERR_ABORTED: the reader navigated on while the request ran, not a broken resource.
        # ERR_BLOCKED_BY_CLIENT: a request for another host, which we stopped; foreign() lists it.
        if not any(e in (request.failure or "") for e in ("ERR_ABORTED", "ERR_BLOCKED_BY_CLIENT")):
            self.problems.append(f"request failed: {request.url} ({request.failure})")

    def foreign(self) -> list[str]:
        return [u for u in self.requests if u in self.traffic.foreign]


@pytest.fixture(scope="session")
def site_dir() -> Path:
    if not (paths.SITE_DIR / "index.html").is_file():
        pytest.skip("site/ is not built: run `make site` first (`make test` builds it before the tests)")
    return paths.SITE_DIR


@pytest.fixture(scope="session")
def base_url(site_dir):
    with preview.serve(site_dir, preview.site_prefix()) as url:
        yield url


@pytest.fixture(scope="session")
def site(site_dir, base_url) -> Site:
    return Site(site_dir, base_url)


@pytest.fixture(scope="session")
def browser():
    if not Path(preview.CHROMIUM).exists():
        pytest.skip(f"{preview.CHROMIUM} not installed: run `make chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = preview.launch(pw)
        yield b
        b.close()


def open_context(browser, base_url: str, **options):
    """A browser context whose every request is recorded (`context.traffic`) and kept on 127.0.0.1;
    `options` go to Playwright's new_context (e.g. java_script_enabled=False)."""
    origin = base_url.split("/", 3)
    traffic = Traffic(origin="/".join(origin[:3]))
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True, **options)
    context.route("**/*", traffic.route)
    context.set_default_timeout(20_000)
    context.traffic = traffic
    return context


@pytest.fixture(scope="session")
def context(browser, base_url):
    ctx = open_context(browser, base_url)
    yield ctx
    ctx.close()


@pytest.fixture
def open_site(browser):
    """Serve another built site (e.g. one built from fixture seeds): returns (Site, page)."""
    with contextlib.ExitStack() as stack:
        def _open(site_dir: Path):
            url = stack.enter_context(preview.serve(site_dir, preview.site_prefix()))
            ctx = open_context(browser, url)
            stack.callback(ctx.close)
            return Site(Path(site_dir), url), new_page(ctx)
        yield _open


def new_page(context):
    """A page of the context with a PageLog attached as `page.log`."""
    p = context.new_page()
    p.log = PageLog(context.traffic).attach(p)
    return p


@pytest.fixture
def page(context):
    p = new_page(context)
    yield p
    p.close()


@pytest.fixture
def no_js_page(browser, base_url):
    """A page of a context with JavaScript turned off (what a reader without it gets)."""
    ctx = open_context(browser, base_url, java_script_enabled=False)
    yield new_page(ctx)
    ctx.close()

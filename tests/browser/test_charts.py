"""Charts as a reader sees them, at 1280 and 390 px, in both languages, on the built site: text no
smaller than 11 px (1280) or 10 px (390) as drawn, in the static SVG and in the Vega view; a region
page's first chart on its first screen; province and city pages no taller than 12 screens; nothing
wider than the window; the Vega runtime fetched only once the reader reaches for a chart."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
LANGS = ("zh", "en")
CHART = "figure.ipc-chart"          # conftest.HOOKS["chart"]
WIDTHS = {1280: 11.0, 390: 10.0}     # window width -> smallest chart text allowed (px, as drawn)
SCREEN = 900
MAX_SCREENS = 12
REGION = r"^regions/[^/]+/$"
PROVINCE = r"^regions/\d\d0000/$"

# Every chart text in the Vega views: font size x drawn width / viewBox width (as look.py does).
VIEW_TEXT_JS = """(sel) => [...document.querySelectorAll(sel + ' .ipc-chart__view svg')].map(svg => {
  const box = svg.getBoundingClientRect(), vb = svg.viewBox && svg.viewBox.baseVal;
  const k = box.width / (vb && vb.width || box.width);
  let least = null;
  svg.querySelectorAll('text').forEach(t => {
    if (!t.textContent.trim() || !t.getBoundingClientRect().width) return;
    const px = parseFloat(getComputedStyle(t).fontSize) * k;
    if (least === null || px < least) least = px;
  });
  return [svg.closest('figure').id, least];
})"""
# The static SVGs laid out on the page: their URL and drawn width.
STATIC_JS = """(sel) => [...document.querySelectorAll(sel + ' img.ipc-chart__fallback')]
  .filter(i => i.getBoundingClientRect().width > 0).map(i => [i.currentSrc || i.src, i.getBoundingClientRect().width])"""


@lru_cache(maxsize=None)
def svg_text_sizes(path: Path) -> tuple[float, list[float]]:
    """(viewBox width, font sizes of its texts) of a static chart SVG."""
    text = path.read_text(encoding="utf-8")
    head = text.split(">", 1)[0]
    box = re.search(r'viewBox="[\d.]+ [\d.]+ ([\d.]+)', head) or re.search(r'width="([\d.]+)"', head)
    sizes = [float(x) for x in re.findall(r'<text[^>]*font-size="([\d.]+)(?:px)?"', text)]
    return float(box.group(1)), sizes


def pages_of(site, lang: str, pattern: str) -> list[str]:
    return sorted(r for r in site.find(lang, pattern) if site.has_charts(r))


def sample(site, lang: str) -> list[str]:
    """The province and the city with most charts, and the topic with most."""
    def most(pattern):
        pages = pages_of(site, lang, pattern)
        return [max(pages, key=lambda r: site.html(r).count('class="ipc-chart '))] if pages else []
    return most(PROVINCE) + most(r"^regions/\d\d(?!00)\d\d00/$") + most(r"^topics/[^/]+/$")


@pytest.fixture
def window(page, request):
    """The test's page, in a window `request.param` px wide."""
    page.set_viewport_size({"width": request.param, "height": SCREEN})
    return page


@pytest.mark.parametrize("window", list(WIDTHS), indirect=True, ids=lambda w: f"{w}px")
@pytest.mark.parametrize("lang", LANGS)
def test_chart_text_is_readable_as_drawn(site, window, lang):
    least = WIDTHS[window.viewport_size["width"]]
    pages = sample(site, lang)
    assert pages, f"no chart page in {lang}"
    for rel in pages:
        window.goto(site.url + rel, wait_until="load")
        site.reach_charts(window)       # folded charts unfolded: every static SVG laid out
        small = []
        for url, drawn in window.evaluate(STATIC_JS, CHART):
            box, sizes = svg_text_sizes(site.file(site.rel(url)))
            assert sizes, f"{url}: no text"
            if min(sizes) * drawn / box < least:
                small.append((url.rsplit("/", 1)[-1], round(min(sizes) * drawn / box, 1)))
        assert not small, f"{rel}: static chart text under {least} px: {small}"
        drawn = site.wait_for_charts(window)
        assert drawn and all(drawn), f"{rel}: charts not drawn {drawn}"
        views = window.evaluate(VIEW_TEXT_JS, CHART)
        assert len(views) == len(drawn)
        small = [(fid, round(px, 1)) for fid, px in views if px is None or px < least]
        assert not small, f"{rel}: Vega chart text under {least} px: {small}"


@pytest.mark.parametrize("window", list(WIDTHS), indirect=True, ids=lambda w: f"{w}px")
@pytest.mark.parametrize("lang", LANGS)
def test_region_pages_open_with_a_chart_stay_short_and_never_scroll_sideways(site, window, lang):
    width = window.viewport_size["width"]
    pages = sorted(site.find(lang, REGION))
    assert pages
    problems = []
    for rel in pages:
        window.goto(site.url + rel, wait_until="load")
        fig = window.evaluate("""(sel) => {
          const f = document.querySelector(sel), d = document.documentElement;
          return {top: f ? f.getBoundingClientRect().top + scrollY : null, height: d.scrollHeight,
                  wide: d.scrollWidth > innerWidth + 1};
        }""", CHART)
        if site.has_charts(rel) and fig["top"] >= SCREEN:
            problems.append(f"{rel}: first chart at {fig['top']:.0f} px, below the first screen")
        if fig["height"] / SCREEN > MAX_SCREENS:
            problems.append(f"{rel}: {fig['height'] / SCREEN:.1f} screens tall")
        if fig["wide"]:
            problems.append(f"{rel}: wider than the {width} px window")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("window", list(WIDTHS), indirect=True, ids=lambda w: f"{w}px")
@pytest.mark.parametrize("lang", LANGS)
def test_topic_pages_never_scroll_sideways(site, window, lang):
    for rel in pages_of(site, lang, r"^topics/[^/]+/$"):
        window.goto(site.url + rel, wait_until="load")
        assert not window.evaluate("() => document.documentElement.scrollWidth > innerWidth + 1"), rel


def vega_requests(page) -> list[str]:
    return [u for u in page.log.requests if "vega" in u.rsplit("/", 1)[-1].lower()]


@pytest.mark.parametrize("window", list(WIDTHS), indirect=True, ids=lambda w: f"{w}px")
@pytest.mark.parametrize("lang", LANGS)
def test_static_charts_first_vega_when_the_reader_comes(site, window, lang):
    """On load every chart shows its static SVG and no Vega is fetched; pointing at a chart fetches
    Vega and draws that chart; scrolling draws the charts that come into view."""
    rel = pages_of(site, lang, PROVINCE)[0]
    page = window
    page.goto(site.url + rel, wait_until="load")
    page.log.settle(quiet_ms=500)
    assert not vega_requests(page), f"{rel}: Vega fetched before the reader came to a chart"
    first = page.locator(f"{CHART} img.ipc-chart__fallback").first
    assert first.evaluate("i => i.complete && i.naturalWidth > 0 && i.getBoundingClientRect().width > 0")
    assert page.locator(f"{CHART}.ipc-chart--drawn").count() == 0
    page.locator(CHART).first.hover()
    page.wait_for_selector(f"{CHART}.ipc-chart--drawn", timeout=15_000)
    assert len(vega_requests(page)) == 1
    last = page.locator(f"{CHART}:not(details {CHART})").last
    last.scroll_into_view_if_needed()
    page.wait_for_function("(el) => el.classList.contains('ipc-chart--drawn')", arg=last.element_handle(), timeout=15_000)
    assert not page.locator(f"{CHART}.ipc-chart--failed").count()
    assert not page.log.problems, "\n".join(page.log.problems)

"""Every page loads cleanly under the sub-path; charts draw when the reader comes to them, after
a load and after in-site navigation, in both languages; nothing is fetched from another host;
pages without charts load no Vega."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_page_loads_cleanly(site_page, site, page):
    page.goto(site.url + site_page, wait_until="load")
    charts = site.has_charts(site_page)
    if charts:
        drawn = site.wait_for_charts(page)
        assert drawn and all(drawn), f"charts not drawn on {site_page}: marks per chart {drawn}"
    page.log.settle()
    assert not page.log.problems, "\n".join(page.log.problems)
    assert not page.log.foreign(), f"requests to other hosts: {page.log.foreign()}"
    if not charts:
        vega = [u for u in page.log.requests if "vega" in u.rsplit("/", 1)[-1].lower()]
        assert not vega, f"{site_page} has no chart but loads {vega}"


def chart_pages(site, lang: str) -> list[str]:
    return [r for r in site.pages() if site.lang(r) == lang and site.has_charts(r)]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_site_has_charts(site, lang):
    assert chart_pages(site, lang), f"no page in {lang} has a chart"


def first_chart_link(page, site, exclude: str) -> str | None:
    """The first link on the open page that leads to another page with charts."""
    for href in page.eval_on_selector_all("a[href]", "els => els.map(a => a.href)"):
        if not href.startswith(site.url):
            continue
        rel = site.rel(href)
        if rel != exclude and site.file(rel).is_file() and site.has_charts(rel):
            return href
    return None


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_charts_draw_after_in_site_navigation(site, page, lang):
    """Load the home page, then follow links from page to page as a reader does: each chart page
    reached draws all its charts, and so does one reached with the browser's back button."""
    homes = [r for r in site.pages() if site.lang(r) == lang and r.count("/") <= 1 and "404" not in r]
    start = min(homes, key=len)
    page.goto(site.url + start)
    visited = [start]
    for _ in range(3):
        href = first_chart_link(page, site, exclude=visited[-1])
        assert href, f"no link to a chart page from {visited[-1]}"
        with page.expect_navigation():
            page.evaluate("h => [...document.querySelectorAll('a[href]')].find(a => a.href === h).click()", href)
        rel = site.rel(page.url)
        drawn = site.wait_for_charts(page)
        assert drawn and all(drawn), f"after navigating {' -> '.join(visited)} -> {rel}: marks per chart {drawn}"
        visited.append(rel)
    page.go_back()
    page.wait_for_load_state("load")
    drawn = site.wait_for_charts(page)
    assert drawn and all(drawn), f"after going back to {site.rel(page.url)}: marks per chart {drawn}"
    assert not page.log.problems, "\n".join(page.log.problems)


def test_no_request_left_the_site(context, site, page):
    """Summed over every page the session opened: every URL was on 127.0.0.1."""
    page.goto(site.url)
    assert context.traffic.urls, "no request was recorded"
    assert not context.traffic.foreign, f"requests to other hosts: {sorted(set(context.traffic.foreign))}"


FALLBACKS_SHOWN_JS = """() => [...document.querySelectorAll('img.ipc-chart__fallback')].map(i =>
  [i.getAttribute('src'), i.complete && i.naturalWidth > 0, i.getBoundingClientRect().width > 0])"""


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_without_javascript_every_chart_shows_its_static_svg(no_js_page, site, lang):
    """Readers without JavaScript see each chart's SVG (drawn while mkdocs built, added to the
    site after it): every fallback image loads as an image and is laid out, no request fails."""
    rel = max(chart_pages(site, lang), key=lambda r: site.html(r).count("ipc-chart__fallback"))
    page = no_js_page
    page.goto(site.url + rel, wait_until="load")
    images = page.locator("img.ipc-chart__fallback")
    assert images.count() == site.html(rel).count('class="ipc-chart__fallback"') > 0
    page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")   # folded charts
    for i in range(images.count()):      # loading=lazy: each loads when scrolled to
        images.nth(i).scroll_into_view_if_needed()
    try:
        page.wait_for_function(f"() => ({FALLBACKS_SHOWN_JS})().every(([, loaded]) => loaded)", timeout=10_000)
    except Exception:  # noqa: BLE001 - the assertion below names the images that did not load
        pass
    shown = page.evaluate(FALLBACKS_SHOWN_JS)
    assert all(loaded and laid_out for _, loaded, laid_out in shown), \
        f"{rel}: images not shown {[src for src, loaded, laid_out in shown if not (loaded and laid_out)]}"
    page.log.settle()
    assert not page.log.problems, "\n".join(page.log.problems)

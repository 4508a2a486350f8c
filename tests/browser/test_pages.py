"""Every page loads cleanly under the sub-path; charts draw after a load and after in-site
navigation, in both languages; nothing is fetched from another host; pages without charts
load no Vega."""
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

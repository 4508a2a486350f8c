"""Search: a zh query finds the zh page it names, an en query the en page, and the results stay
in the language of the page searched from."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

# (language searched in, query, regex on the expected page's language-free path)
QUERIES = [
    ("zh", "发明专利", r"topics?/patents?/$"),
    ("zh", "南京市", r"(320100|nanjing)/$"),
    ("en", "invention patents", r"topics?/patents?/$"),
    ("en", "Nanjing", r"(320100|nanjing)/$"),
]


def search(page, site, home: str, query: str) -> list[str]:
    """Type the query into the site's search box; the site-relative paths of the results."""
    page.goto(site.url + home)
    box = page.locator(site.hooks["search_input"])
    box.click()
    box.fill(query)
    box.press("End")  # Material searches on keyup; fill() alone types no key
    page.locator(site.hooks["search_result"]).first.wait_for(timeout=15_000)
    hrefs = page.eval_on_selector_all(f'{site.hooks["search_result"]} a[href]', "els => els.map(a => a.href)")
    return [site.rel(h) for h in hrefs]


@pytest.mark.parametrize("lang,query,expected", QUERIES, ids=[q for _, q, _ in QUERIES])
def test_search_finds_the_page(site, page, lang, query, expected):
    wanted = site.find(lang, expected)
    assert wanted, f"the site has no {lang} page matching {expected!r}"
    home = min((r for r in site.pages() if site.lang(r) == lang and r.count("/") <= 1), key=len)
    results = search(page, site, home, query)
    assert set(results) & set(wanted), f"{query!r} did not find {wanted}; results: {results}"
    other = [r for r in results if site.file(r).is_file() and site.lang(r) != lang]
    assert not other, f"{query!r} searched from the {lang} site also lists pages in another language: {other}"

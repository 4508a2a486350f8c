"""The language switcher lands on the same page in the other language, for every page kind."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser
OTHER = {"zh": "en", "en": "zh"}


def one_per_kind(site, lang: str) -> list[str]:
    """A page of each kind (first folder of the language-free path) in `lang`."""
    seen: dict[str, str] = {}
    for rel in site.pages():
        if site.lang(rel) == lang and not rel.endswith("404.html"):
            seen.setdefault(site.key(rel).split("/")[0], rel)
    return sorted(seen.values())


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_language_switch_lands_on_twin(site, page, lang):
    other = OTHER[lang]
    pages = one_per_kind(site, lang)
    assert pages, f"no page in {lang}"
    for rel in pages:
        page.goto(site.url + rel)
        link = page.locator(f'{site.hooks["lang_link"]}[hreflang^="{other}"]').first
        assert link.count(), f"{rel}: no language link to {other}"
        with page.expect_navigation():
            link.evaluate("a => a.click()")
        landed = site.rel(page.url)
        assert site.file(landed).is_file(), f"{rel} -> {landed}: no such page"
        assert site.lang(landed) == other, f"{rel} -> {landed} is not in {other}"
        assert site.key(landed) == site.key(rel), f"{rel} -> {landed} is not its twin"
    assert not page.log.problems, "\n".join(page.log.problems)

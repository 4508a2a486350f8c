"""axe-core on one page of each kind, in both languages: no serious or critical violation."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser
KINDS = {  # page kind -> regex on the language-free path
    "home": r"^$",
    "province": r"^regions/\d\d0000/$",
    "city": r"^regions/\d\d(?!00)\d\d00/$",
    "topic": r"^topics/[^/]+/$",
    "dataset": r"^datasets/[^/]+/$",
    "report": r"^reports/[^/]+/$",
}
BLOCKING = ("serious", "critical")


@pytest.fixture(scope="module")
def axe():
    return Axe()


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_no_serious_accessibility_violation(site, page, axe, kind, lang):
    pages = sorted(site.find(lang, KINDS[kind]))
    assert pages, f"no {kind} page in {lang}"
    rel = pages[0]
    page.goto(site.url + rel)
    page.log.settle()
    if site.has_charts(rel):
        site.wait_for_charts(page)
    results = axe.run(page).response
    bad = [v for v in results["violations"] if v.get("impact") in BLOCKING]
    report = [f"{v['impact']}: {v['id']} ({v['help']}) at "
              + ", ".join(" ".join(n["target"]) if isinstance(n["target"], list) else str(n["target"])
                          for n in v["nodes"][:5])
              for v in bad]
    assert not bad, f"{rel}:\n" + "\n".join(report)

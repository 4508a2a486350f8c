"""The Jiangsu province page's maps, in both languages: the first map draws every prefecture of
Jiangsu (one shape each, as the gazetteer lists them), a unit without a value is "no data" in the
legend and the table, text is readable at 1280 and 390 px, and the TopoJSON comes from the site
itself, small."""
from __future__ import annotations

import pytest

from build_scripts.site import maps

pytestmark = pytest.mark.browser

PROVINCE = "320000"
TOPO_BYTES = 60_000
NO_DATA = {"zh": "无数据", "en": "no data"}

MAP_JS = """(fig) => {
  const svg = fig.querySelector('.ipc-chart__view svg');
  if (!svg) return null;
  const shapes = [...svg.querySelectorAll('g.mark-shape.role-mark')];
  const texts = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim() && t.getBoundingClientRect().width);
  const scale = svg.getBoundingClientRect().width / (svg.viewBox.baseVal && svg.viewBox.baseVal.width || svg.getBoundingClientRect().width);
  return {
    paths: shapes.reduce((n, g) => n + g.querySelectorAll('path').length, 0),
    texts: texts.map(t => t.textContent),
    minFont: Math.min(...texts.map(t => parseFloat(getComputedStyle(t).fontSize) * scale)),
    rows: [...fig.querySelectorAll('details.ipc-chart__data tbody tr')].map(tr => [...tr.cells].map(td => td.textContent.trim())),
  };
}"""


def prefectures() -> set[str]:
    return {r.code for r in maps.gazetteer().values() if r.parent_code == PROVINCE and r.level == "prefecture"}


def draw_first_map(page, site, rel: str) -> dict:
    page.goto(site.url + rel, wait_until="load")
    figure = page.locator("figure.ipc-chart--map").first
    figure.scroll_into_view_if_needed()
    figure.hover()                   # charts.js draws a chart the reader reaches for
    page.wait_for_function("() => document.querySelector('figure.ipc-chart--map.ipc-chart--drawn')", timeout=20_000)
    return figure.evaluate(MAP_JS)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_jiangsu_map_draws_every_prefecture(site, page, lang):
    (rel,) = site.find(lang, rf"^regions/{PROVINCE}/$")
    drawn = draw_first_map(page, site, rel)
    assert len(prefectures()) == 13
    assert drawn["paths"] == 13, drawn
    assert len(drawn["rows"]) == 13 and all(len(r) == 4 for r in drawn["rows"])
    without = [r for r in drawn["rows"] if r[1] == NO_DATA[lang]]
    # a unit without a value is "no data" in the table and in the legend, never a value
    assert (NO_DATA[lang] in drawn["texts"]) == bool(without)
    assert drawn["minFont"] >= 11, drawn["minFont"]
    page.log.settle()
    assert not page.log.problems, "\n".join(page.log.problems)
    assert not page.log.foreign(), f"requests to other hosts: {page.log.foreign()}"
    topo = [u for u in page.log.requests if u.endswith(f"charts/topo--{PROVINCE}--prefecture.json")]
    assert topo and all(u.startswith(site.url) for u in topo)
    served = site.dir / site.rel(topo[0])
    assert served.stat().st_size < TOPO_BYTES


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_map_text_is_readable_on_a_phone(site, page, lang):
    page.set_viewport_size({"width": 390, "height": 844})
    (rel,) = site.find(lang, rf"^regions/{PROVINCE}/$")
    drawn = draw_first_map(page, site, rel)
    assert drawn["paths"] == 13 and drawn["minFont"] >= 10, drawn
    width = page.evaluate("() => document.querySelector('figure.ipc-chart--map').getBoundingClientRect().width")
    assert width <= 390 and not page.evaluate("() => document.documentElement.scrollWidth > innerWidth + 1")

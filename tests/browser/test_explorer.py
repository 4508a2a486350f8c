"""The Explorer page, in both languages, against datapackage/data/observations.csv: a query string
restores the selection; the table holds exactly the package's rows for it, with names and numbers
as the page's language writes them; the CSV download is those rows, exact; changing a control
changes the address; at 1280 and 390 px the page does not scroll sideways, the chart's text is
readable and the controls are large enough to tap; axe finds nothing serious."""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from build_scripts.core import paths
from build_scripts.site.ui import format_value, load_ui

pytestmark = pytest.mark.browser
OBSERVATIONS = paths.DATAPACKAGE_DIR / "data" / "observations.csv"
READY = "#ipc-explorer[data-state=ready]"
# (query, the canonical query the page writes back, the selection as (indicator, regions, periods))
CASES = [
    ("?indicator=patents.granted&regions=320000,440000&periods=2022",
     "?indicator=patents.granted&regions=320000,440000&periods=2022",
     ("patents.granted", ["320000", "440000"], ["2022"])),
    # bare years name a stock's year-end periods; two reports state Nanjing's 2022 value
    ("?indicator=patents.valid.invention&regions=320500,320100&periods=2020,2022",
     "?indicator=patents.valid.invention&regions=320100,320500&periods=2020-12-31,2022-12-31",
     ("patents.valid.invention", ["320100", "320500"], ["2020-12-31", "2022-12-31"])),
]
STATE_JS = """() => {
  const root = document.getElementById('ipc-explorer');
  const checked = name => [...root.querySelectorAll(`fieldset[data-name=${name}] input:checked`)].map(i => i.value);
  const csv = root.querySelector('a.ipc-explorer__csv');
  return {
    search: location.search,
    indicator: root.querySelector('#ipc-explorer-indicator').value,
    regions: checked('regions'), periods: checked('periods'),
    status: root.querySelector('.ipc-explorer__status').textContent,
    rows: [...root.querySelectorAll('.ipc-explorer__table tbody tr')].map(tr => ({
      region: tr.getAttribute('data-region'),
      cells: [...tr.cells].map(td => td.textContent),
      value: tr.cells[2].getAttribute('data-value'),
      title: tr.cells[2].getAttribute('title') || '',
      href: tr.cells[3].querySelector('a').href,
    })),
    bars: root.querySelectorAll('.ipc-explorer__bars .ipc-explorer__row').length,
    csv: {href: csv.getAttribute('href') || '', download: csv.getAttribute('download') || ''},
  };
}"""


@pytest.fixture(scope="module")
def package() -> dict:
    text = OBSERVATIONS.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    regions = {r["region_code"]: r for r in csv.DictReader((paths.DATAPACKAGE_DIR / "data" / "regions.csv").open(encoding="utf-8"))}
    return {"header": text.split("\n", 1)[0].split(","), "rows": rows, "regions": regions}


def explorer(site, lang: str) -> str:
    pages = site.find(lang, r"^explorer/$")
    assert len(pages) == 1, f"{lang}: explorer pages {pages}"
    return pages[0]


def expected(package, selection) -> list[dict]:
    indicator, regions, periods = selection
    return [r for r in package["rows"]
            if r["indicator_id"] == indicator and r["region_code"] in regions and r["period"] in periods]


def as_csv(header: list[str], rows: list[dict]) -> str:
    """The rows as the package writes observations.csv (csv module, '\\n' line ends)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([r[h] for h in header] for r in rows)
    return out.getvalue()


def open_explorer(site, page, lang: str, query: str = "") -> dict:
    page.goto(site.url + explorer(site, lang) + query)
    page.wait_for_selector(READY)
    return page.evaluate(STATE_JS)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_explorer_is_in_the_nav(site, lang):
    home = min((r for r in site.pages() if site.lang(r) == lang and r.count("/") <= 1 and "404" not in r), key=len)
    assert re.search(r'<a href="[^"]*explorer/"[^>]*class="md-nav__link"', site.html(home)), f"{home}: no nav link to the explorer"


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("case", range(len(CASES)))
def test_query_restores_the_selection_table_and_csv(site, page, package, lang, case):
    query, canonical, selection = CASES[case]
    want = expected(package, selection)
    assert want, f"the package has no rows for {selection}"
    state = open_explorer(site, page, lang, query)

    assert (state["indicator"], state["regions"], state["periods"]) == selection
    assert state["search"] == canonical

    # the table: exactly those rows, names and numbers as the page's language writes them
    ui = load_ui()
    shown = sorted((r["region"], r["cells"][0], r["cells"][1], r["value"], r["cells"][2], r["href"].split("/reports/")[1].split("/")[0])
                   for r in state["rows"])
    name = "name_zh" if lang == "zh" else "name_en"
    assert shown == sorted((o["region_code"], package["regions"][o["region_code"]][name], o["period"], o["value"],
                            format_value(o["value"], lang, o["unit"], o["qualifier"] or "exact", ui), o["report_id"])
                           for o in want)
    assert state["bars"] == len(want)

    # every row links to its report page, at the row itself where report pages mark their rows
    for r in state["rows"]:
        target, _, anchor = r["href"].partition("#")
        report = site.html(site.rel(target))
        assert 'id="obs-' not in report or f'id="{anchor}"' in report, f"{r['href']}: no such row"

    # the CSV: observations.csv's header and exactly those rows, byte for byte
    assert state["csv"]["href"].startswith("blob:") and state["csv"]["download"].endswith(".csv")
    with page.expect_download() as got:
        page.click("a.ipc-explorer__csv")
    text = Path(got.value.path()).read_text(encoding="utf-8")
    assert text == as_csv(package["header"], want)
    assert list(csv.DictReader(io.StringIO(text))) == want
    assert not page.log.problems, "\n".join(page.log.problems)


def test_the_cases_cover_scaled_numbers_and_quoted_csv(package):
    """Not vacuous: a value the page writes with a scale word (its CSV value is the exact one)
    and a row whose CSV cells need quoting."""
    rows = [o for _, _, sel in CASES for o in expected(package, sel)]
    ui = load_ui()
    assert any(format_value(o["value"], "zh", o["unit"], "exact", ui).endswith(("万", "亿")) for o in rows)
    assert any(re.search(r'[",\n]', v) for o in rows for v in o.values())


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_changing_a_control_changes_the_address(site, page, package, lang):
    open_explorer(site, page, lang, CASES[0][0])
    page.uncheck("fieldset[data-name=regions] input[value='440000']")
    state = page.evaluate(STATE_JS)
    assert state["search"] == "?indicator=patents.granted&regions=320000&periods=2022"
    assert [r["region"] for r in state["rows"]] == ["320000"]

    page.click("fieldset[data-name=periods] .ipc-explorer__all")
    state = page.evaluate(STATE_JS)
    periods = sorted({o["period"] for o in package["rows"] if o["indicator_id"] == "patents.granted"})
    assert state["search"] == "?indicator=patents.granted&regions=320000&periods=" + ",".join(periods)
    assert len(state["rows"]) == len(expected(package, ("patents.granted", ["320000"], periods)))

    page.select_option("#ipc-explorer-indicator", "patents.valid.invention")
    state = page.evaluate(STATE_JS)
    assert state["search"].startswith("?indicator=patents.valid.invention&regions=320000&periods=")
    assert state["periods"] and all(p.endswith("-12-31") for p in state["periods"])   # the same years, as year ends
    assert len(state["rows"]) == len(expected(package, ("patents.valid.invention", state["regions"], state["periods"])))

    page.click("fieldset[data-name=regions] .ipc-explorer__none")
    state = page.evaluate(STATE_JS)
    assert "regions=&" in state["search"] and not state["rows"] and not state["csv"]["href"]

    page.reload()                       # the address alone restores what was chosen
    page.wait_for_selector(READY)
    again = page.evaluate(STATE_JS)
    assert (again["indicator"], again["regions"], again["periods"]) == (state["indicator"], [], state["periods"])
    assert not page.log.problems, "\n".join(page.log.problems)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_unknown_choices_are_named_and_left_out(site, page, lang):
    state = open_explorer(site, page, lang, "?indicator=patents.granted&regions=320000,999999&periods=1999")
    assert state["regions"] == ["320000"] and state["periods"]          # 1999: none there, the latest instead
    assert "999999" in state["status"] and "1999" in state["status"]
    state = open_explorer(site, page, lang, "?indicator=no.such.indicator")
    assert state["indicator"] and "no.such.indicator" in state["status"] and state["rows"]


LAYOUT_JS = """() => {
  const root = document.getElementById('ipc-explorer');
  const texts = [...root.querySelectorAll('.ipc-explorer__chart *')].filter(el =>
    [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()) && el.getClientRects().length);
  const taps = [...root.querySelectorAll('select, .ipc-explorer__option, button, a.ipc-explorer__csv')].map(el => {
    const r = el.getBoundingClientRect(); return {h: r.height, w: r.width, left: r.left, right: r.right}; });
  const box = root.querySelector('.ipc-explorer__table').getBoundingClientRect();
  return {
    scroll: document.documentElement.scrollWidth, view: innerWidth,
    fonts: texts.map(el => parseFloat(getComputedStyle(el).fontSize)),
    taps, table: {left: box.left, right: box.right},
  };
}"""


@pytest.mark.parametrize("width,smallest", [(1280, 11), (390, 10)])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_readable_at_1280_and_390(browser, site, lang, width, smallest):
    ctx = browser.new_context(viewport={"width": width, "height": 900})
    page = ctx.new_page()
    try:
        for query in ("", CASES[1][0]):          # the default (many regions) and a grouped chart
            page.goto(site.url + explorer(site, lang) + query)
            page.wait_for_selector(READY)
            m = page.evaluate(LAYOUT_JS)
            assert m["scroll"] <= m["view"], f"{query or 'default'}: page {m['scroll']}px wide in {m['view']}px"
            assert m["fonts"] and min(m["fonts"]) >= smallest, f"{query or 'default'}: chart text {min(m['fonts'])}px"
            assert all(t["h"] >= 24 for t in m["taps"]), f"controls lower than 24 px: {[t for t in m['taps'] if t['h'] < 24]}"
            assert all(t["left"] >= 0 and t["right"] <= m["view"] for t in m["taps"]), "a control reaches outside the window"
            assert m["table"]["right"] <= m["view"] + 0.5
    finally:
        ctx.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_serious_accessibility_violation(site, page, lang):
    from axe_playwright_python.sync_playwright import Axe

    open_explorer(site, page, lang, CASES[1][0])
    results = Axe().run(page).response
    bad = [f"{v['impact']}: {v['id']} ({v['help']})" for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    assert not bad, "\n".join(bad)

"""Dataset pages at 1280 and 390 px in both languages: every table column is at least as wide as
its header text, the page itself never scrolls sideways, and a grid too wide for the screen
scrolls inside its own wrapper (which takes keyboard focus)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser
WIDTHS = (1280, 390)

MEASURE = """() => {
  const text = el => { const r = document.createRange(); r.selectNodeContents(el); return r.getBoundingClientRect().width; };
  const pad = el => { const s = getComputedStyle(el); return parseFloat(s.paddingLeft) + parseFloat(s.paddingRight); };
  const tables = Array.from(document.querySelectorAll('article table'));
  return {
    page: {scroll: document.documentElement.scrollWidth, view: window.innerWidth},
    columns: tables.flatMap((t, i) => Array.from(t.querySelectorAll('thead th')).map(th => ({
      table: i, header: th.innerText.trim(), width: th.getBoundingClientRect().width - pad(th), text: text(th),
      lines: Math.round(th.getBoundingClientRect().height / parseFloat(getComputedStyle(th).lineHeight || 16)) }))),
    grids: Array.from(document.querySelectorAll('.ipc-grid')).map(g => {
      const r = g.getBoundingClientRect(), before = g.scrollLeft;
      g.scrollLeft = 60; const moved = g.scrollLeft > before; g.scrollLeft = before;
      return {cls: g.className, left: r.left, right: r.right, client: g.clientWidth, scroll: g.scrollWidth, moved,
              focusable: g.tabIndex === 0, role: g.getAttribute('role'), label: g.getAttribute('aria-label') || '',
              table: (g.querySelector('table') || {}).offsetWidth || 0};
    }),
  };
}"""


def dataset_pages(site, lang: str) -> list[str]:
    return site.find(lang, r"^datasets/[^/]+/$")


@pytest.fixture(scope="module")
def measured(browser, site):
    """For each width, language and dataset page: the figures of MEASURE."""
    out = {}
    for width in WIDTHS:
        ctx = browser.new_context(viewport={"width": width, "height": 900})
        page = ctx.new_page()
        for lang in ("zh", "en"):
            for rel in dataset_pages(site, lang):
                page.goto(site.url + rel, wait_until="load")
                out[(width, lang, rel)] = page.evaluate(MEASURE)
        ctx.close()
    return out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_resource_has_a_dataset_page(site, lang):
    assert len(dataset_pages(site, lang)) >= 4


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_column_is_narrower_than_its_header(measured, width, lang):
    narrow = [f"{rel} table {c['table']}: {c['header']!r} column {c['width']:.1f}px < header text {c['text']:.1f}px"
              for (w, lg, rel), m in measured.items() if (w, lg) == (width, lang)
              for c in m["columns"] if c["width"] + 0.5 < c["text"]]
    assert not narrow, "\n".join(narrow[:20])


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_grids_scroll_inside_and_the_page_does_not(measured, width, lang):
    problems = []
    for (w, lg, rel), m in measured.items():
        if (w, lg) != (width, lang):
            continue
        if m["page"]["scroll"] > m["page"]["view"]:
            problems.append(f"{rel}: the page is {m['page']['scroll']}px wide in a {m['page']['view']}px window")
        grids = m["grids"]
        if not any("ipc-preview" in g["cls"] for g in grids):
            problems.append(f"{rel}: no preview grid")
        for g in grids:
            if g["right"] > m["page"]["view"] + 0.5 or g["left"] < -0.5:
                problems.append(f"{rel}: a grid reaches outside the window ({g['left']:.0f}..{g['right']:.0f})")
            if not (g["focusable"] and g["role"] == "region" and g["label"]):
                problems.append(f"{rel}: a grid is not a labelled, focusable region")
            if g["table"] > g["client"] + 1 and not g["moved"]:
                problems.append(f"{rel}: a {g['table']}px table in a {g['client']}px grid that does not scroll")
    assert not problems, "\n".join(problems[:20])


def test_narrow_screens_scroll_the_preview_grid(measured):
    """At 390 px the observations preview (15+ columns) is wider than its wrapper and scrolls."""
    previews = [g for (w, _, rel), m in measured.items() if w == 390 and "observations" in rel
                for g in m["grids"] if "ipc-preview" in g["cls"]]
    assert previews and all(g["scroll"] > g["client"] and g["moved"] for g in previews)


WIDEN_PERIODS = """() => {
  // a region with many years of figures: thirty more year columns in its table of values by year
  const t = document.querySelector('.ipc-periods table');
  if (!t) return null;
  for (const tr of t.querySelectorAll('tr')) {
    for (let k = 0; k < 30; k++) {
      const c = document.createElement(tr.parentElement.tagName === 'THEAD' ? 'th' : 'td');
      c.textContent = tr.parentElement.tagName === 'THEAD' ? String(1990 + k) : '1,234,567';
      tr.appendChild(c);
    }
  }
  const wrap = t.closest('.ipc-periods'), name = t.querySelector('tbody th');
  const lh = parseFloat(getComputedStyle(name).lineHeight) || 16;
  return {page: document.documentElement.scrollWidth, view: innerWidth, scrolls: wrap.scrollWidth > wrap.clientWidth,
          nameLines: Math.round(name.getBoundingClientRect().height / lh)};
}"""


def test_a_region_with_many_years_scrolls_its_table_not_the_page(browser, site):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    page = ctx.new_page()
    page.goto(site.url + "regions/320000/", wait_until="load")
    m = page.evaluate(WIDEN_PERIODS)
    ctx.close()
    assert m is not None, "no table of values by year on the Jiangsu page"
    assert m["page"] <= m["view"] + 1 and m["scrolls"], m
    assert m["nameLines"] <= 4, m          # the indicator's name is not squeezed a character a line

"""The Explorer page's data: one compact JSON per language (`explorer/data.json` beside the page),
made from the written package at build time.

The page (templates/explorer.md.j2, overrides/assets/javascripts/explorer.js) lets a reader pick
an indicator, regions and periods and shows a bar chart, a table and a CSV of exactly the
package's rows for that selection. Everything the script shows comes from here or from ui.yaml:

- `columns`: the header of observations.csv, in its order; `rows`: its rows, in its order, each
  holding the package's own strings for those columns (values exact, quotes included), so the CSV
  the script writes is those rows of observations.csv; each row is followed by `extra` (the
  value as this language's pages write it, the exact value where that uses a scale word, the
  row's line in this language);
- `codes`: the distinct values of each column that repeats a lot (indicator, region, period,
  report, unit ...); rows hold their index into this list instead of the string;
- `indicators`, `topics`, `regions`: labels and names in the page's language, in the site's
  order (topic, then catalog order; provinces, each followed by its cities and areas);
- `default`: the indicator the page shows without a query string (the one stated for the most
  regions);
- `words`: the messages the script writes (ui.yaml `explorer_*`).
"""
from __future__ import annotations

import json
from collections import defaultdict

from build_scripts.core.numfmt import grouped
from build_scripts.site.ui import format_number, format_value, to_decimal

PAGE = "explorer/index.md"
DATA = "explorer/data.json"
LEVELS = ("province", "prefecture", "county", "subregion", "unclassified")
EXTRA = ("text", "exact", "line")
# the messages the script writes itself; the page's labels and buttons are in the template
WORDS = ("explorer_empty", "explorer_no_rows", "explorer_unknown", "explorer_shown", "explorer_unit",
         "explorer_value_in", "explorer_copied", "explorer_copy_failed", "line_ref")
def _region_order(site, codes: set[str]) -> list[str]:
    """Provinces by code, each followed by its areas by level and code; areas without a province last."""
    def key(code: str) -> tuple:
        province = site.province_of(code)
        level = site.regions[code]["level"]
        return (province or "~", code != province, LEVELS.index(level) if level in LEVELS else 9, code)
    return sorted(codes, key=key)


def _region_names(p, codes: list[str]) -> dict[str, str]:
    """Each region's name; a name that two of them share gets its province (泰州市（江苏省）)."""
    names = {c: p.region_name(c) for c in codes}
    seen: dict[str, int] = defaultdict(int)
    for name in names.values():
        seen[name] += 1
    for code, name in names.items():
        province = p.site.province_of(code)
        if seen[name] > 1 and province and province != code:
            names[code] = p.t("explorer_region_in", name=name, province=p.region_name(province))
    return names


def _extra(p, o: dict) -> list[str]:
    ui, lang = p.ui, p.lang
    text = format_value(o["value"], lang, o.get("unit", ""), o.get("qualifier") or "exact", ui)
    d = to_decimal(o["value"])
    exact = ""
    if d is not None and format_number(o["value"], lang, o.get("unit", ""), ui) != grouped(d):
        exact = p.t("explorer_exact", value=grouped(d))
    return [text, exact, str(p.quote(o)[0])]


def _default(rows_by_ind: dict[str, list[dict]]) -> str:
    """The indicator stated for the most regions (ties: the first in the site's order). The
    script shows it for its latest period and every region with a value in that period."""
    def reach(item):
        return len({o["region_code"] for o in item[1]})
    return max(rows_by_ind.items(), key=reach)[0] if rows_by_ind else ""   # max keeps the first of equals


def _coded(columns: list[str], rows: list[list[str]]) -> tuple[dict[str, list[str]], list[list]]:
    """Columns with at most one distinct value in four rows, as an index into their values."""
    codes: dict[str, list[str]] = {}
    for i, name in enumerate(columns):
        values = list(dict.fromkeys(r[i] for r in rows))
        if len(values) * 4 <= len(rows):
            codes[name] = values
            index = {v: n for n, v in enumerate(values)}
            for r in rows:
                r[i] = index[r[i]]
    return codes, rows


def data(p) -> dict:
    """The Explorer's data for the language of `p` (a pages.Pages)."""
    site = p.site
    package_rows = site.pkg.rows("observations")
    resource = next(r for r in site.pkg.resources if r["name"] == "observations")
    columns = [f["name"] for f in resource["schema"]["fields"]]     # the CSV's header, in order
    order = {iid: n for n, iid in enumerate(dict.fromkeys(o["indicator_id"] for o in site.observations))}
    rows_by_ind: dict[str, list[dict]] = defaultdict(list)
    for o in package_rows:
        rows_by_ind[o["indicator_id"]].append(o)
    rows_by_ind = dict(sorted(rows_by_ind.items(), key=lambda kv: order.get(kv[0], len(order))))
    codes, rows = _coded(columns, [[o.get(c, "") for c in columns] for o in package_rows])
    topics = list(dict.fromkeys(site.indicators[iid]["topic"] for iid in rows_by_ind))
    places = _region_order(site, {o["region_code"] for o in package_rows})
    names = _region_names(p, places)
    return {
        "columns": columns,
        "extra": list(EXTRA),
        "topics": [[t, p.topic_label(t)] for t in topics],
        "indicators": [[iid, p.ind_label(iid), site.indicators[iid]["topic"], p.unit_label(site.indicators[iid]["unit"])]
                       for iid in rows_by_ind],
        "regions": [[c, names[c], site.regions[c]["level"]] for c in places],
        "codes": codes,
        "rows": [r + _extra(p, o) for r, o in zip(rows, package_rows)],
        "default": _default(rows_by_ind),
        "words": {key: p.t(key) for key in WORDS},
    }


def data_json(p) -> str:
    """`data` as compact JSON (no spaces; `</` escaped so it can never end a script element)."""
    return json.dumps(data(p), ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/") + "\n"


def context(p) -> dict:
    """What the template needs besides the words: the way from the page to the site's assets
    (the page is explorer/ below its language's root, which is below the site root for `en/`)."""
    prefix = p.ui.language(p.lang).prefix
    return {"site_root": "../" * (PAGE.count("/") + prefix.count("/"))}


def files(p) -> dict[str, str]:
    """The page and its data, keyed by their path below docs/<lang>/."""
    p.render("explorer.md.j2", PAGE, **context(p))
    return {PAGE: p.files[PAGE], DATA: data_json(p)}

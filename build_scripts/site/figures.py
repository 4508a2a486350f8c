"""One language's charts as the pages show them: the rows each chart draws, its two specs (the
page's, as wide as its column, and the static SVG's, `charts.STATIC_WIDTH` wide), its CSV, the
words around it (a short title above, one source line below: publisher and year, linked to the
report page) and which charts a page shows, in what order.

`p` is the language's `pages.Pages` (its words, names and number formats)."""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from build_scripts.core.numfmt import grouped
from build_scripts.site import charts
from build_scripts.site.model import ChartRef
from build_scripts.site.ui import to_decimal

KIND_ORDER = ("bars", "lines", "parts")
LEVEL_ORDER = ("province", "prefecture", "county", "subregion", "unclassified")


def cite(p, rid: str) -> str:
    """A report as a source: its publisher and year."""
    rep = p.site.reports.get(rid)
    return p.t("report_cite", publisher=p.pick(rep, "publisher"), year=rep["year"]) if rep else rid


def sources(p, c: ChartRef) -> list[tuple[str, str]]:
    """(report id, its citation) of each report the chart draws from."""
    return [(r, cite(p, r)) for r in sorted({o["report_id"] for o in c.rows})]


def title(p, c: ChartRef) -> tuple[str, str]:
    """(the indicator, what the chart shows of it: areas, place, periods)."""
    if len(c.regions) == 1:
        scope = p.region_name(next(iter(c.regions)))
    elif c.province:
        scope = p.t("chart_scope_areas", province=p.region_name(c.province), level=p.t(f"level_{c.level}"))
    else:
        scope = p.t("chart_scope_provinces")
    if c.kind == "lines":
        years = sorted({o["year"] for o in c.rows})
        return p.ind_label(c.indicator), p.t("chart_lines", scope=scope, first=years[0], last=years[-1])
    return p.ind_label(c.indicator), p.t(f"chart_{c.kind}", scope=scope, year=c.year)


def part_label(p, part: str, whole: str) -> str:
    """A part's label without the words it shares with its whole's (企业有效发明专利量 -> 企业;
    Valid invention patents held by enterprises -> Held by enterprises)."""
    label, base = p.ind_label(part), p.ind_label(whole)
    if label.lower().startswith(base.lower()) and len(label) > len(base):
        rest = label[len(base):].strip(" ,，:：")
    elif label.endswith(base) and len(label) > len(base):
        rest = label[: -len(base)].strip(" ,，:：")
    else:
        return label
    return rest[:1].upper() + rest[1:]


def rows(p, c: ChartRef) -> list[dict]:
    """The chart's data: one dict per observation drawn (see charts.py)."""
    out = []
    obs = sorted(c.rows, key=lambda o: (o["year"], o["region_code"], o["indicator_id"]))
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for o in obs:
        totals[o["region_code"]] += to_decimal(o["value"])
    for o in obs:
        value = to_decimal(o["value"])
        row = {"region": p.region_name(o["region_code"]), "year": o["year"], "period": p.period_label(o),
               "value": float(value), "value_label": p.num_text(o), "source": cite(p, o["report_id"]),
               "bar_label": grouped(value) + ("%" if o["unit"] == "percent" else "")}
        if c.kind == "parts":
            total = totals[o["region_code"]]
            row["part"] = part_label(p, o["indicator_id"], c.indicator)
            row["part_order"] = c.parts.index(o["indicator_id"]) if o["indicator_id"] in c.parts else len(c.parts)
            row["share_label"] = f"{float(to_decimal(o['value']) / total * 100):.1f}%" if total else ""
        out.append(row)
    return out


def assets(p) -> None:
    """Each chart's files: <id>.vl.json (drawn by vega-embed at its column's width), <id>.csv (its
    data, with the page language's column titles) and, in `p.specs`, the spec of its <id>.svg."""
    header = [p.t(k) for k in ("col_region", "col_indicator", "col_year", "col_value", "col_unit", "col_report", "col_line")]
    for c in p.site.charts.values():
        data = rows(p, c)
        build = charts.KINDS[c.kind]
        p.specs[f"charts/{c.id}.svg"] = build([dict(r) for r in data], p.lang, p.ui, charts.STATIC_WIDTH)
        p.files[f"charts/{c.id}.vl.json"] = charts.spec_json(build(data, p.lang, p.ui))
        obs = sorted(c.rows, key=lambda o: (o["year"], o["region_code"], o["indicator_id"]))
        p.files[f"charts/{c.id}.csv"] = charts.data_csv(header, [
            [p.region_name(o["region_code"]), p.ind_label(o["indicator_id"]), o["year"], o["value"],
             p.unit_label(o["unit"]), o["report_id"], p.quote(o)[0]] for o in obs])


def size(c: ChartRef) -> tuple[int, int]:
    """(width, height) of the chart's static SVG, about."""
    return charts.STATIC_WIDTH, charts.static_height(c.kind, len({o["region_code"] for o in c.rows}), len(c.parts))


def _without_shown_parts(picked: list[ChartRef]) -> list[ChartRef]:
    """The charts but those of a part whose whole's parts chart is among them (same areas)."""
    shown = {(part, c.province, c.level) for c in picked for part in c.parts}
    return [c for c in picked if (c.indicator, c.province, c.level) not in shown]


def _order(site, place: dict[str, int], areas_first: bool = False):
    """Sort key: headline indicators first (in their order), then in catalog order, an indicator's
    bars before its lines before its parts. `areas_first` (region pages): by level first, the
    provinces last, so a page opens with its own areas compared."""
    def key(c: ChartRef) -> tuple:
        level = LEVEL_ORDER.index(c.level) if c.level in LEVEL_ORDER else len(LEVEL_ORDER)
        rest = (site.headline_rank(c.indicator), place.get(c.indicator, len(place)), KIND_ORDER.index(c.kind), c.id)
        return ((not c.province, level) if areas_first else ()) + rest[:2] + (level,) + rest[2:]
    return key


def for_topic(site, indicators: list[str]) -> list[ChartRef]:
    """A topic's charts: every chart of its indicators and the parts charts of their wholes (a
    part's own charts left out where its whole's parts chart is shown)."""
    wanted = set(indicators)
    place = {iid: n for n, iid in enumerate(site.catalog.indicators)}
    picked = [c for c in site.charts.values() if c.indicator in wanted or set(c.parts) & wanted]
    return sorted(_without_shown_parts(picked), key=_order(site, place))


def for_region(site, code: str) -> list[ChartRef]:
    """A region's charts, the most telling first: a province's compare its areas (and, for its
    headline indicators, the provinces); a city's are those it is drawn in (parts as for topics)."""
    province = site.regions[code]["level"] == "province"
    picked = [c for c in site.charts.values()
              if c.province == code or (code in c.regions and (not province or site.headline_rank(c.indicator) < 99))]
    place = {iid: n for n, iid in enumerate(site.catalog.indicators)}
    return sorted(_without_shown_parts(picked), key=_order(site, place, areas_first=True))

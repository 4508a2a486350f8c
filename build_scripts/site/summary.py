"""What a region page says first: its key figures (the catalog's headline indicators the region
states, each with its latest value, period, the stated change and the quote it comes from) and
one table of every indicator by year, an indicator's stated change (the catalog's `measure:
change` indicator based on it, e.g. its `.yoy_pct`) in the same cell as its value.

Where two reports state the same indicator of a region for the same period (a province's white
paper and the city's own report), the region's own report is shown, else the latest report.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from build_scripts.catalog import base_id

KEY_FIGURES = 6            # at most: two rows at 1280 px, three on a phone, above the first chart
_ANCHOR = re.compile(r"[^A-Za-z0-9._-]+")


def anchor(o: dict) -> str:
    """The id of an observation's row on its report page (report.md.j2)."""
    return _ANCHOR.sub("-", f"obs-{o['indicator_id']}-{o['region_code']}-{o['period']}")


def _preference(site, o: dict) -> tuple:
    """Larger is preferred: the region's own report, then the later report."""
    rep = site.reports.get(o["report_id"], {})
    return (rep.get("region_code") == o["region_code"], rep.get("year", ""), o["report_id"])


def by_indicator_year(site, code: str) -> dict[str, dict[str, dict]]:
    """indicator -> year -> the observation shown for it (see the module's note)."""
    out: dict[str, dict[str, dict]] = defaultdict(dict)
    for o in site.by_region[code]:
        cell = out[o["indicator_id"]]
        if o["year"] not in cell or _preference(site, o) > _preference(site, cell[o["year"]]):
            cell[o["year"]] = o
    return out


def changes(site) -> dict[str, str]:
    """indicator -> the indicator that states its change on the year before (catalog `measure:
    change` based on it): its change in percent (`.yoy_pct`) where there is one."""
    out: dict[str, str] = {}
    for ind in site.catalog.indicators.values():
        base = base_id(ind)
        if ind.measure == "change" and base != ind.id:
            if base not in out or (ind.unit == "percent" and site.catalog.indicators[out[base]].unit != "percent"):
                out[base] = ind.id
    return out


@dataclass
class KeyFigure:
    indicator: str
    obs: dict                       # the latest observation
    change: dict | None = None      # the `.yoy_pct` observation of the same period, if stated
    rank: tuple | None = None       # (rank, of how many) among the province's areas of its level,
                                    # from any report that states the areas' values side by side


def key_figures(site, code: str) -> list[KeyFigure]:
    """The first KEY_FIGURES headline indicators that the region states, latest period each."""
    cells, change_of = by_indicator_year(site, code), changes(site)
    out = []
    for ind in site.headlines:
        if ind.id not in cells:
            continue
        year = max(cells[ind.id])
        o = cells[ind.id][year]
        change = cells.get(change_of.get(ind.id, ""), {}).get(year)
        ranked = (site.rank(x) for x in site.by_region[code] if x["indicator_id"] == ind.id and x["period"] == o["period"])
        out.append(KeyFigure(ind.id, o, change, site.rank(o) or next((r for r in ranked if r), None)))
        if len(out) == KEY_FIGURES:
            break
    return out


@dataclass
class PeriodRow:
    indicator: str
    cells: dict[str, dict]                                   # year -> observation
    changes: dict[str, dict] = field(default_factory=dict)   # year -> its stated change


@dataclass
class PeriodTable:
    years: list[str]
    rows: list[PeriodRow]


def period_table(site, code: str) -> PeriodTable:
    """One row per indicator (by topic, as the observations are sorted), one column per year the
    region has a value for; a change whose indicator has a row is in that row's cells."""
    cells, change_of = by_indicator_year(site, code), changes(site)
    folded = {change_of[iid] for iid in cells if change_of.get(iid) in cells}
    rows = [PeriodRow(iid, year_obs, cells.get(change_of.get(iid, ""), {}) if change_of.get(iid) in folded else {})
            for iid, year_obs in cells.items() if iid not in folded]
    return PeriodTable(sorted({y for cell in cells.values() for y in cell}), rows)

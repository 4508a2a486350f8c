"""The site's view of the written data package: its resources loaded once (`Package`), grouped by
region, report and indicator (`Site`), and the charts the pages will show (`ChartRef`)."""
from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from build_scripts.catalog import Catalog
from build_scripts.core.errors import BuildError
from build_scripts.site.ui import UI, to_decimal

_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
CORE = ("reports", "regions", "indicators", "observations")


@dataclass
class Package:
    folder: Path
    descriptor: dict
    tables: dict[str, list[dict]]

    def rows(self, name: str) -> list[dict]:
        return self.tables.get(name, [])

    @property
    def resources(self) -> list[dict]:
        return self.descriptor.get("resources", [])


def load_package(folder: str | Path) -> Package:
    folder = Path(folder)
    path = folder / "datapackage.json"
    if not path.is_file():
        raise BuildError(path, "data package missing: run `make data` first / 数据包不存在，请先运行 make data")
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BuildError(path, f"not valid UTF-8 JSON: {exc} / 不是有效的 JSON") from None
    tables = {}
    for res in descriptor.get("resources", []):
        name = res.get("name", "")
        if not _SLUG.match(name) or not isinstance(res.get("path"), str):
            raise BuildError(path, f"resource {name!r} needs an ASCII name and a path / 资源须有 ASCII 名称和路径", key="resources")
        csv_path = folder / res["path"]
        try:
            with csv_path.open(encoding="utf-8", newline="") as f:
                tables[name] = list(csv.DictReader(f))
        except (OSError, UnicodeDecodeError) as exc:
            raise BuildError(csv_path, f"cannot read: {exc} / 无法读取") from None
    missing = [n for n in CORE if n not in tables]
    if missing:
        raise BuildError(path, f"missing resources {', '.join(missing)} / 缺少资源", key="resources")
    return Package(folder, descriptor, tables)


def slug(name: str) -> str:
    if not _SLUG.match(name):
        raise BuildError("datapackage/", f"{name!r} cannot be part of a URL / 不能用于网址", key=name)
    return name


@dataclass
class ChartRef:
    """A chart of one indicator over the areas of one level in a province (`province` empty: the
    provinces). `kind`: "bars", the areas compared in the latest period (`year`); "lines", the
    indicator over periods, a line per area with two or more; "parts", the catalog's `sum_of`
    parts of the indicator (`parts`) in the latest period, as shares of each area's bar."""
    id: str
    kind: str
    indicator: str
    province: str
    level: str
    rows: list[dict]                       # observations drawn
    regions: set = field(default_factory=set)
    parts: tuple = ()
    year: str = ""


def _group(rows: list[dict], key: str) -> defaultdict[str, list[dict]]:
    """Rows by their `key`, each list in the rows' order."""
    out: defaultdict[str, list[dict]] = defaultdict(list)
    for row in rows:
        out[row.get(key, "")].append(row)
    return out


class Site:
    """Indexes over the package that every page kind needs."""

    def __init__(self, pkg: Package, catalog: Catalog, ui: UI):
        self.pkg, self.catalog, self.ui = pkg, catalog, ui
        self.regions = {r["region_code"]: r for r in pkg.rows("regions")}
        self.indicators = {r["indicator_id"]: r for r in pkg.rows("indicators")}
        self.reports = {r["report_id"]: r for r in pkg.rows("reports")}
        topic_order = {t: i for i, t in enumerate(catalog.topics)}
        ind_order = {i: n for n, i in enumerate(self.indicators)}
        self.observations = sorted(pkg.rows("observations"), key=lambda o: (
            topic_order.get(self.indicators.get(o["indicator_id"], {}).get("topic"), len(topic_order)),
            ind_order.get(o["indicator_id"], len(ind_order)), o["region_code"], o["period"], o["report_id"]))
        for o in self.observations:
            for key, known in (("region_code", self.regions), ("indicator_id", self.indicators), ("report_id", self.reports)):
                if o[key] not in known:
                    raise BuildError(self.pkg.folder / "data/observations.csv",
                                     f"{key} {o[key]!r} is not in its resource / 不在对应资源中", key=key)
        self.discrepancies = pkg.rows("discrepancies")
        self.facts = pkg.rows("facts")
        # rows by region / report, so no page scans every row (the corpus benchmark has 10,000s)
        self.by_region = _group(self.observations, "region_code")
        self.by_report = _group(self.observations, "report_id")
        self.facts_by_report = _group(self.facts, "report_id")
        self.findings_by_report = _group(self.discrepancies, "report_id")
        self.paged = ({o["region_code"] for o in self.observations}          # regions that get a page
                      | {c for c in self.regions if self.regions[c]["level"] == "province"})
        # the catalog's headline indicators (`headline: n`), in order n: a region page's key figures
        self.headlines = sorted((i for i in catalog.indicators.values() if i.extra.get("headline") and i.id in self.indicators),
                                key=lambda i: i.extra["headline"])
        self._headline_rank = {ind.id: n for n, ind in enumerate(self.headlines)}
        self.charts = self._charts()
        self.ranks = self._ranks()

    def province_of(self, code: str) -> str:
        seen = set()
        while code in self.regions and code not in seen:
            seen.add(code)
            if self.regions[code]["level"] == "province":
                return code
            code = self.regions[code].get("parent_code", "")
        return ""

    def children(self, province: str) -> list[str]:
        levels = ("prefecture", "county", "subregion", "unclassified")
        kids = [c for c in self.paged if c != province and self.province_of(c) == province]
        return sorted(kids, key=lambda c: (levels.index(self.regions[c]["level"]) if self.regions[c]["level"] in levels else 9, c))

    def headline_rank(self, indicator: str) -> int:
        """Its place among the headline indicators; 99 for any other indicator."""
        return self._headline_rank.get(indicator, 99)

    def comparable(self, o: dict) -> bool:
        return o["unit"] != "rank" and to_decimal(o["value"]) is not None

    def _charts(self) -> dict[tuple, ChartRef]:
        """Every chart, keyed (indicator, province, level, kind): bars when two or more areas
        have the latest period, lines when an area has two or more periods, parts as above."""
        groups: dict[tuple, dict] = defaultdict(dict)
        for o in self.observations:
            province = self.province_of(o["region_code"])
            if not province or not self.comparable(o):
                continue
            key = (o["indicator_id"], "" if province == o["region_code"] else province, self.regions[o["region_code"]]["level"])
            groups[key].setdefault((o["region_code"], o["year"]), o)
        out = {}
        for key, cells in groups.items():
            name = "--".join(filter(None, key))
            year = max(y for _, y in cells)
            latest = [o for (_, y), o in cells.items() if y == year]
            if len(latest) > 1:
                out[key + ("bars",)] = ChartRef(slug(name), "bars", *key, rows=latest,
                                                regions={o["region_code"] for o in latest}, year=year)
            periods = defaultdict(int)
            for code, _ in cells:
                periods[code] += 1
            over_time = [o for (code, _), o in cells.items() if periods[code] > 1]
            if over_time:
                out[key + ("lines",)] = ChartRef(slug(f"{name}--periods"), "lines", *key, rows=over_time,
                                                 regions={o["region_code"] for o in over_time})
        for ind in self.catalog.indicators.values():
            parts = tuple(p for p in ind.extra.get("sum_of") or [] if p in self.indicators)
            for province, level in sorted({k[1:] for k in groups if k[0] in parts and k[1] and ind.id in self.indicators}):
                cells = [(cell, o) for p in parts for cell, o in groups.get((p, province, level), {}).items()]
                year = max(y for (_, y), _ in cells)
                rows = [o for (_, y), o in cells if y == year]
                regions = {o["region_code"] for o in rows}
                if len(regions) > 1:
                    key = (ind.id, province, level, "parts")
                    out[key] = ChartRef(slug("--".join(key)), "parts", ind.id, province, level, rows, regions, parts, year)
        return out

    def _ranks(self) -> dict[int, tuple[int, int]]:
        """Rank of each observation of a prefecture- or county-level area among the same-level
        areas of its province (same indicator, period and report), by value, largest first."""
        peers: dict[tuple, list[dict]] = defaultdict(list)
        for o in self.observations:
            level = self.regions[o["region_code"]]["level"]
            province = self.province_of(o["region_code"])
            if level in ("prefecture", "county") and province and self.comparable(o):
                peers[(o["indicator_id"], o["period"], o["report_id"], province, level)].append(o)
        ranks = {}
        for group in peers.values():
            if len(group) > 1:
                for o in group:
                    mine = to_decimal(o["value"])
                    ranks[id(o)] = (1 + sum(1 for p in group if to_decimal(p["value"]) > mine), len(group))
        return ranks

    def rank(self, o: dict) -> tuple[int, int] | None:
        return self.ranks.get(id(o))

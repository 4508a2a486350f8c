"""Stage 4, check: one zh/en table pair against itself, its twin, the catalog and the gazetteer
(layout defects, labels, totals, ratios, ranks, changes, twin cells). Read-only."""
from __future__ import annotations

from collections import Counter
from decimal import Decimal

from build_scripts.catalog import ADDITIVE_UNITS, Catalog
from build_scripts.check import LAYOUT_PIPED, LAYOUT_STACKED, LAYOUT_TAB, Both, runs, wording
from build_scripts.core.numfmt import canonical
from build_scripts.core.records import CheckRun, Discrepancy
from build_scripts.normalize.gazetteer import Gazetteer
from build_scripts.normalize.tables import NormalizedPair, scale_of
from build_scripts.parse.tables import load_vocab


def half_ulp(cell: str) -> Decimal:
    digits = cell.rstrip("%").split(".")
    return Decimal(1).scaleb(-len(digits[1]) if len(digits) == 2 else 0) / 2


def number(cell: str) -> Decimal | None:
    try:
        return Decimal(cell.rstrip("%").replace(",", ""))
    except Exception:  # noqa: BLE001 - "/" and other marks of "not given"
        return None


class Finder:
    """Builds discrepancy rows for one zh/en table pair."""

    def __init__(self, pair, catalog: Catalog, gazetteer: Gazetteer):
        self.pair, self.catalog, self.gaz = pair, catalog, gazetteer
        self.report_id = pair.main.report.id
        self.found: list[Discrepancy] = []
        self.compared: Counter = Counter()   # check -> comparisons made (passed or not)

    def twin_row(self, code: str, lang: str):
        table = self.pair.zh if lang == "zh" else self.pair.en
        return next((r for r in table.rows if r.code == code), None) if table else None

    def cell(self, row, ind_id: str, year=None) -> str:
        if row is None:
            return ""
        table = self.pair.zh if row in (self.pair.zh.rows if self.pair.zh else []) else self.pair.en
        col = next((c for c in table.columns[1:] if c.indicator_id == ind_id and c.year == year), None)
        return row.cells[col.index] if col else ""

    def add(self, kind: str, check: str, code: str, ind_id: str, resolution: tuple[str, str],
            year=None, line: dict | None = None, value: dict | None = None) -> None:
        """A finding about the cell (region `code`, indicator `ind_id`) in both twins."""
        rows = {lg: self.twin_row(code, lg) for lg in ("zh", "en")}
        lines = {lg: (line or {}).get(lg) or (rows[lg].line.number if rows[lg] else None) for lg in ("zh", "en")}
        report = self.pair.main.report
        texts = {lg: report.line(n).text.strip() if n else "" for lg, n in lines.items()}
        values = {lg: (value or {}).get(lg, self.cell(rows[lg], ind_id, year) if ind_id else "") for lg in ("zh", "en")}
        self.found.append(Discrepancy(
            report_id=self.report_id, kind=kind, check=check, line_zh=lines["zh"], line_en=lines["en"],
            text_zh=texts["zh"], text_en=texts["en"], value_zh=values["zh"], value_en=values["en"],
            resolution=resolution[0], resolution_zh=resolution[1], indicator_id=ind_id, region_code=code))

    # --- the checks -----------------------------------------------------------------------

    def layout(self) -> None:
        for table in self.pair.tables:
            # each table is read for every layout defect of its kind (tab-separated, a cell a line)
            kinds = LAYOUT_STACKED if table.stacked else LAYOUT_PIPED if table.piped else LAYOUT_TAB
            if any(row.year is not None for row in table.rows):      # a row a year: a row of no year is said
                kinds = tuple(dict.fromkeys(kinds + ("layout.unknown_row",)))
            self.compared.update(list(kinds))
            by_check: dict[str, list] = {}
            for f in table.findings:
                by_check.setdefault(f.check, []).append(f)
            for check, fs in sorted(by_check.items()):
                lines = ", ".join(str(f.line) for f in fs)
                detail = ", ".join(f.detail for f in fs)
                en, zh = wording(check, lines=lines, detail=detail)
                report = table.report
                first = fs[0].line
                self.found.append(Discrepancy(
                    report_id=self.report_id, kind="other", check=check,
                    line_zh=first if table.lang == "zh" else None, line_en=first if table.lang == "en" else None,
                    text_zh=report.line(first).text.strip() if table.lang == "zh" else "",
                    text_en=report.line(first).text.strip() if table.lang == "en" else "",
                    value_zh="", value_en="", resolution=en, resolution_zh=zh))

    def header_vs_title(self) -> None:
        for table in self.pair.tables:
            title_ind = self.catalog.indicators.get(table.title_indicator)
            if title_ind is None:
                continue
            for col in table.columns[1:]:
                ind = self.catalog.indicators.get(col.header_indicator_id)
                self.compared["header_vs_title"] += ind is not None
                if ind is None or ind.topic in (title_ind.topic, "general"):
                    continue
                lg = table.lang
                en, zh = wording("header_vs_title", label=col.label, indicator=Both(ind.label_en, ind.label_zh),
                                 indicator_id=ind.id, title_indicator=Both(title_ind.label_en, title_ind.label_zh),
                                 title_indicator_id=title_ind.id)
                self.found.append(Discrepancy(
                    report_id=self.report_id, kind="label", check="header_vs_title",
                    line_zh=col.header_line if lg == "zh" else None, line_en=col.header_line if lg == "en" else None,
                    text_zh=table.title_text if lg == "zh" else "", text_en=table.title_text if lg == "en" else "",
                    value_zh=col.label if lg == "zh" else "", value_en=col.label if lg == "en" else "",
                    resolution=en, resolution_zh=zh, indicator_id=title_ind.id))

    def region_labels(self) -> None:
        for table in self.pair.tables:
            for row in table.rows:
                self.compared["region_label"] += 1
                if not self.gaz.is_mistranslation(row.label):
                    continue
                region = self.gaz.regions[row.code]
                twin = self.twin_row(row.code, "zh" if table.lang == "en" else "en")
                self.add("label", "region_label", row.code, "", value={
                    table.lang: row.label, ("zh" if table.lang == "en" else "en"): twin.label if twin else ""},
                    resolution=wording("region_label", label=row.label, name_zh=region.name_zh,
                                       name_en=region.name_en, code=region.code))

    def values(self, ind_id: str, year=None) -> dict[str, tuple[Decimal, str]]:
        """code -> (printed number, cell) for one column of the main table."""
        table = self.pair.main
        col = next((c for c in table.columns[1:] if c.indicator_id == ind_id and c.year == year), None)
        if col is None:
            return {}
        out = {}
        for row in table.rows:
            v = number(row.cells[col.index])
            if v is not None:
                out[row.code] = (v, row.cells[col.index])
        return out

    @staticmethod
    def mismatch(code: str, parts: list[str], col: dict) -> Decimal | None:
        """The sum of the parts when it differs from the printed value beyond the printed precision
        (integers exactly; rounded decimals by half a unit in the last place of each cell)."""
        if not Finder.comparable(code, parts, col):
            return None
        total = col[code][0]
        computed = sum(col[p][0] for p in parts)
        tolerance = Decimal(0)
        if any("." in col[p][1] for p in [code, *parts]):
            tolerance = sum(half_ulp(col[p][1]) for p in [code, *parts])
        return computed if abs(computed - total) > tolerance else None

    @staticmethod
    def comparable(code: str, parts: list[str], col: dict) -> bool:
        return code in col and bool(parts) and all(p in col for p in parts)

    def sum_check(self, check: str, code: str, ind_id: str, parts: list[str], col: dict, year=None) -> None:
        self.compared[check] += self.comparable(code, parts, col)
        computed = self.mismatch(code, parts, col)
        if computed is None:
            return
        self.add("arithmetic", check, code, ind_id, year=year, resolution=wording(
            check, cell=col[code][1], computed=canonical(computed), diff=canonical(col[code][0] - computed)))

    def totals(self) -> None:
        table = self.pair.main
        levels = {r.code: self.gaz.regions[r.code].level for r in table.rows}
        by_level = {lv: [c for c, x in levels.items() if x == lv] for lv in set(levels.values())}
        provinces, prefectures, groupings, counties = (by_level.get(k, []) for k in
                                                       ("province", "prefecture", "subregion", "county"))
        for col in table.columns[1:]:
            ind = self.catalog.indicators.get(col.indicator_id)
            if ind is None:
                continue
            values = self.values(ind.id, col.year)
            rest = [u for u in by_level.get("unclassified", []) if u in values]
            if ind.unit in ADDITIVE_UNITS and ind.measure in ("stock", "flow"):
                for prov in provinces:
                    if prefectures and counties and self.mismatch(prov, prefectures + rest, values) is not None \
                            and self.mismatch(prov, prefectures + rest + counties, values) is None \
                            and all(c in values for c in counties):
                        self.counties_separate(prov, ind, counties, col.year)
                    elif prefectures:
                        self.sum_check("column_sum.prefectures", prov, ind.id, prefectures + rest, values, col.year)
                    if groupings:
                        self.sum_check("column_sum.groupings", prov, ind.id, groupings + rest, values, col.year)
                for g in groupings:
                    self.sum_check("column_sum.members", g, ind.id, list(self.gaz.regions[g].members), values, col.year)
            parts = ind.extra.get("sum_of") or []
            if parts:
                part_values = {p: self.values(p, col.year) for p in parts}
                for code in values:
                    merged = {code: values[code], **{p: part_values[p][code] for p in parts if code in part_values[p]}}
                    self.sum_check("row_sum", code, ind.id, list(parts), merged, col.year)

    def counties_separate(self, prov: str, ind, counties: list[str], year) -> None:
        self.compared["column_sum.counties_separate"] += 1
        names_en = ", ".join(self.gaz.regions[c].name_en for c in counties)
        names_zh = "、".join(self.gaz.regions[c].name_zh for c in counties)
        self.add("other", "column_sum.counties_separate", prov, ind.id, year=year, resolution=wording(
            "column_sum.counties_separate", counties=Both(names_en, names_zh)))

    def ratios(self) -> None:
        for ind in self.catalog.indicators.values():
            spec = ind.extra.get("ratio_of")
            if not spec:
                continue
            printed = self.values(ind.id)
            num, den = self.values(spec["numerator"]), self.values(spec["denominator"])
            if not printed or not num or not den:
                continue
            table = self.pair.main
            den_col = next(c for c in table.columns[1:] if c.indicator_id == spec["denominator"])
            den_scale = scale_of(den_col.unit_text, load_vocab()) if den_col.unit_text else table.scale
            per = Decimal(str(spec.get("per", 1)))
            for code, (value, cell) in printed.items():
                if code not in num or code not in den:
                    continue
                n = num[code][0]
                d_lo = (den[code][0] - half_ulp(den[code][1])) * den_scale / per
                d_hi = (den[code][0] + half_ulp(den[code][1])) * den_scale / per
                if d_lo <= 0:
                    continue
                self.compared["ratio"] += 1
                lo, hi = n / d_hi, n / d_lo
                if value + half_ulp(cell) >= lo and value - half_ulp(cell) <= hi:
                    continue
                recomputed = (n / (den[code][0] * den_scale / per)).quantize(half_ulp(cell) * 2)
                self.add("arithmetic", "ratio", code, ind.id, resolution=wording(
                    "ratio", indicator=Both(ind.label_en, ind.label_zh), cell=cell, numerator=spec["numerator"],
                    denominator=spec["denominator"], per=per, recomputed=canonical(recomputed)))

    def ranks(self) -> None:
        for ind in self.catalog.indicators.values():
            of = ind.extra.get("rank_of")
            printed = self.values(ind.id) if of else {}
            basis = self.values(of) if of else {}
            ranked = {c: basis[c][0] for c in printed if c in basis}
            if not ranked:
                continue
            for code, (rank, cell) in printed.items():
                if code not in ranked:
                    continue
                self.compared["rank"] += 1
                recomputed = 1 + sum(1 for v in ranked.values() if v > ranked[code])
                if recomputed != rank:
                    self.add("arithmetic", "rank", code, ind.id, resolution=wording(
                        "rank", cell=cell, count=len(ranked), basis=of, recomputed=recomputed))

    def changes(self) -> None:
        table = self.pair.main
        for ind in self.catalog.indicators.values():
            of = ind.extra.get("change_of")
            printed = self.values(ind.id) if of else {}
            years = sorted(c.year for c in table.columns[1:] if c.indicator_id == of and c.year is not None)
            if not printed or len(years) < 2 or years[-2] != years[-1] - 1:
                continue
            cur, prev = self.values(of, years[-1]), self.values(of, years[-2])
            for code, (value, cell) in printed.items():
                if code not in cur or code not in prev or prev[code][0] == 0:
                    continue
                self.compared["change"] += 1
                recomputed = (cur[code][0] - prev[code][0]) / prev[code][0] * 100
                if abs(recomputed - value) <= half_ulp(cell):
                    continue
                self.add("arithmetic", "change", code, ind.id, resolution=wording(
                    "change", cell=cell, year=years[-1], previous_year=years[-2],
                    recomputed=canonical(recomputed.quantize(half_ulp(cell) * 2))))


def check_pair(pair, catalog: Catalog, gazetteer: Gazetteer) -> tuple[list[Discrepancy], Counter]:
    """All checks on one table (with its twin), and how many comparisons each made. Relabels
    contradicted columns first."""
    f = Finder(pair, catalog, gazetteer)
    f.layout()
    f.header_vs_title()
    f.region_labels()
    f.totals()
    f.ratios()
    f.ranks()
    f.changes()
    return f.found, f.compared


def twin_disagreement(pair, zh_side: tuple, en_side: tuple) -> Discrepancy:
    """A zh cell and its en twin that do not say the same thing; the zh value is published."""
    zi, zr, zc, zv, _, zp = zh_side
    ei, er, ec, ev, _, ep = en_side
    en, zh = wording("twin_cell", value_zh=zr.cells[zc.index], indicator_zh=zi.id, region_zh=zr.code, period_zh=zp,
                     value_en=er.cells[ec.index], indicator_en=ei.id, region_en=er.code, period_en=ep)
    return Discrepancy(
        report_id=pair.main.report.id, kind="translation", check="twin_cell", line_zh=zr.line.number,
        line_en=er.line.number, text_zh=zr.line.text.strip(), text_en=er.line.text.strip(),
        value_zh=zr.cells[zc.index], value_en=er.cells[ec.index],
        resolution=en, resolution_zh=zh, indicator_id=zi.id, region_code=zr.code)


def check_tables(report_id: str, pairs: list[NormalizedPair], catalog: Catalog,
                 gazetteer: Gazetteer) -> tuple[list[Discrepancy], list[CheckRun]]:
    """Every check on every table pair of a report: the findings, and one run per check and table."""
    found_all: list[Discrepancy] = []
    out_runs: list[CheckRun] = []
    for np_ in pairs:
        found, compared = check_pair(np_.pair, catalog, gazetteer)
        disagreements = [twin_disagreement(np_.pair, zs, es) for zs, es in np_.twins]
        compared["twin_cell"] += sum(1 for o in np_.observations if o.agreement in ("agree", "disagree"))
        found_all += found + disagreements
        out_runs += runs(report_id, np_.pair.name, +compared, found + disagreements)
    return found_all, out_runs

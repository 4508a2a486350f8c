"""The stages in order: read -> parse -> normalize -> check -> package -> pages -> site.

Each stage is a plain function of the previous stage's output. `extract()` runs everything up
to the records in memory; `build_data()` also writes `datapackage/` (atomically).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Callable

from build_scripts import check as checks
from build_scripts.catalog import Catalog, load_catalog
from build_scripts.check.report import former_code, merge_conflict, unread_rows
from build_scripts.check.tables import check_tables
from build_scripts.check.twins import twins_run
from build_scripts.core import paths
from build_scripts.core.errors import BuildError
from build_scripts.core.records import CheckRun, Discrepancy, Fact, Observation, PublishedTable
from build_scripts.normalize.gazetteer import Gazetteer, load_gazetteer
from build_scripts.normalize.tables import TablePair, cell_count, normalize_tables
from build_scripts.normalize.text import extract_text
from build_scripts.package import write_package
from build_scripts.package.published import published
from build_scripts.parse.tables import load_vocab
from build_scripts.read import Report, load_reports


@dataclass
class BuildResult:
    reports: list[Report]
    catalog: object = None
    gazetteer: object = None
    tables: list[PublishedTable] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    checks: list[CheckRun] = field(default_factory=list)
    summary: dict = field(default_factory=dict)


@dataclass
class TablesResult:
    """One report's tables through normalize, check and package."""
    pairs: list[TablePair]
    tables: list[PublishedTable]
    observations: list[Observation]
    discrepancies: list[Discrepancy]
    runs: list[CheckRun]
    lines: set[int]
    cells: int


def extract_tables(report: Report, catalog: Catalog, gazetteer: Gazetteer,
                   used_names: set[str] | None = None) -> TablesResult:
    """The tables of one report: parsed and normalized (observations), checked (findings and
    check runs) and shaped as published resources."""
    pairs = normalize_tables(report, catalog, gazetteer, used_names)
    found, runs = check_tables(report.id, pairs, catalog, gazetteer)
    vocab = load_vocab()
    return TablesResult(
        pairs=[p.pair for p in pairs], tables=[published(p.pair, catalog, vocab) for p in pairs],
        observations=[o for p in pairs for o in p.observations], discrepancies=found, runs=runs,
        lines={n for p in pairs for t in p.pair.tables for n in t.lines},
        cells=sum(cell_count(p.pair) for p in pairs))


def merge_observations(result: BuildResult, index: dict, observations: list[Observation],
                       compared: Counter) -> list[Discrepancy]:
    """Add one report's observations, keyed (indicator, region, period, report) in `index` (the
    report's, kept by the caller): the first one kept; a later one with another value becomes a
    discrepancy (the earlier, table value is published). Counts each comparison of two
    statements in `compared`; returns the conflicts."""
    conflicts = []
    for o in observations:
        kept = index.get(o.key)
        if kept is None:
            index[o.key] = o
            result.observations.append(o)
            continue
        compared[f"{kept.source}_vs_{o.source}"] += 1
        if Decimal(str(kept.value)) != Decimal(str(o.value)) or kept.qualifier != o.qualifier:
            conflicts.append(merge_conflict(kept, o))
    result.discrepancies += conflicts
    return conflicts


def extract(seeds_dir: str | Path = paths.SEEDS_DIR) -> BuildResult:
    """Read every report and turn it into records (nothing written)."""
    reports = load_reports(seeds_dir)
    result = BuildResult(reports=reports, catalog=load_catalog(), gazetteer=load_gazetteer())
    renamed: dict[str, list[Discrepancy]] = {}
    for report in reports:
        if (found := former_code(report, result.gazetteer)) is not None:     # (a former code: its successor's)
            report.meta = replace(report.meta, region_code=found.region_code)
            renamed[report.id] = [found]
    for report in reports:
        if report.meta.region_code not in result.gazetteer.regions:
            raise BuildError(report.meta.yaml_path, f"region_code {report.meta.region_code!r} is no unit of the "
                             f"gazetteer (GB/T 2260) / 区划代码不在地区名录中", line=report.meta.region_code_line,
                             key="region_code")
    names: set[str] = set()
    blocks = cells = 0
    vocab = load_vocab()
    for report in reports:
        tables = extract_tables(report, result.catalog, result.gazetteer, names)
        result.tables += tables.tables
        result.discrepancies += tables.discrepancies
        result.checks += tables.runs
        compared: Counter = Counter()
        index: dict = {}        # keys hold the report id: observations meet only their own report's
        conflicts = merge_observations(result, index, tables.observations, compared)
        blocks += sum(len(p.tables) for p in tables.pairs)
        cells += tables.cells
        text = extract_text(report, result.catalog, result.gazetteer, tables.lines)
        result.facts += text.facts
        result.discrepancies += text.discrepancies
        unread, compared["layout.unread_table"] = unread_rows(report, text.facts, tables.lines, vocab)
        result.discrepancies += unread + renamed.get(report.id, [])
        result.checks += checks.text_runs(report.meta.id, text.observations, text.discrepancies)
        result.checks += twins_run(report.meta.id, text.facts, text.observations, text.discrepancies)
        conflicts += merge_observations(result, index, text.observations, compared)
        result.checks += checks.runs(report.meta.id, "report", +compared, conflicts + unread + renamed.get(report.id, []))
    by_source = Counter(o.source for o in result.observations)
    result.summary = {
        "tables": f"{len(result.tables)} ({blocks} printed blocks, {cells} cells)",
        "observations": f"{len(result.observations)} (" + ", ".join(f"{k} {v}" for k, v in sorted(by_source.items())) + ")",
        "facts": f"{len(result.facts)} ({sum(1 for f in result.facts if not f.indicator_id)} not mapped to an indicator)",
        "discrepancies": f"{len(result.discrepancies)} (" + ", ".join(
            f"{k} {v}" for k, v in sorted(Counter(d.kind for d in result.discrepancies).items())) + ")",
    }
    result.summary["checks"] = (f"{len(result.checks)} runs, {sum(c.comparisons for c in result.checks)} comparisons, "
                                f"{sum(c.passed for c in result.checks)} passed")
    if result.gazetteer.ambiguous:
        result.summary["ambiguous region names (left without a region)"] = "; ".join(
            f"{label} in {ctx or 'China'} x{n}: {', '.join(result.gazetteer.candidates(label, ctx or None))}"
            for (label, ctx), n in sorted(result.gazetteer.ambiguous.items()))
    for key, n in checks.summary(result.discrepancies).items():
        result.summary[f"  {key}"] = n
    return result


def build_data(seeds_dir: str | Path = paths.SEEDS_DIR, out_dir: str | Path = paths.DATAPACKAGE_DIR) -> BuildResult:
    result = extract(seeds_dir)
    write_package(result, out_dir)
    return result


def summary_lines(result: BuildResult) -> list[str]:
    """What the build prints at the end of `data`: counts and findings by kind and check."""
    lines = [f"reports: {len(result.reports)}"]
    for key, value in result.summary.items():
        lines.append(f"{key}: {value}")
    return lines


def build_pages(datapackage_dir: str | Path = paths.DATAPACKAGE_DIR, docs_dir: str | Path = paths.DOCS_DIR,
                renderer=None) -> Callable[[], dict[str, str]] | None:
    """Generate the zh/en Markdown pages from the written data package (site/pages.py). With a
    `render.Renderer`, return `finish` (the chart SVGs are still being drawn); else finish here."""
    from build_scripts.site import pages

    if renderer is None:
        return pages.generate(Path(datapackage_dir), Path(docs_dir))
    return pages.start(Path(datapackage_dir), Path(docs_dir), renderer)


def build_site(config: str | Path = paths.MKDOCS_YML, site_dir: str | Path = paths.SITE_DIR,
               renderer=None, svgs=None) -> None:
    """Run `mkdocs build --strict` into site/, replacing it only on success (site/build.py). `svgs`:
    build_pages' `finish`; the SVGs, drawn while mkdocs ran, go into the new site."""
    from build_scripts.site.build import build

    build(Path(config), Path(site_dir), renderer, svgs)

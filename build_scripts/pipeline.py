"""The stages in order: read -> parse -> normalize -> check -> package -> pages -> site.

Each stage is a plain function of the previous stage's output. `extract()` runs everything up
to the records in memory; `build_data()` also writes `datapackage/` (atomically).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import paths
from .read import Report, load_reports
from .records import Discrepancy, Fact, Observation, PublishedTable


@dataclass
class BuildResult:
    reports: list[Report]
    catalog: object = None
    gazetteer: object = None
    tables: list[PublishedTable] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    summary: dict = field(default_factory=dict)


def extract(seeds_dir: str | Path = paths.SEEDS_DIR) -> BuildResult:
    """Read every report and turn it into records (nothing written)."""
    reports = load_reports(seeds_dir)
    return BuildResult(reports=reports)


def build_data(seeds_dir: str | Path = paths.SEEDS_DIR, out_dir: str | Path = paths.DATAPACKAGE_DIR) -> BuildResult:
    result = extract(seeds_dir)
    return result


def summary_lines(result: BuildResult) -> list[str]:
    """What the build prints at the end of `data`: counts and findings per report."""
    lines = [f"reports: {len(result.reports)}"]
    for key, value in result.summary.items():
        lines.append(f"{key}: {value}")
    return lines


def build_pages(datapackage_dir: str | Path = paths.DATAPACKAGE_DIR, docs_dir: str | Path = paths.DOCS_DIR) -> None:
    """Generate the zh/en Markdown pages from the committed data package (pages.py)."""
    from .pages import generate

    generate(Path(datapackage_dir), Path(docs_dir))


def build_site(config: str | Path = paths.MKDOCS_YML, site_dir: str | Path = paths.SITE_DIR) -> None:
    """Run `mkdocs build --strict` into site/, replacing it only on success (site.py)."""
    from .site import build

    build(Path(config), Path(site_dir))

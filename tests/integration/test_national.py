"""All of China: reports from five regions outside the seeds' provinces (a municipality with a
district table, a county-level city, an English-only city text, a partial-year provincial bulletin
whose text never names its year, a province in web-page punctuation) are added with their text
and a reports.yaml entry only, and build a package that passes frictionless validate, with
every region code and its ancestors in the regions resource and names that repeat across China
resolved inside the report's own region. The fixtures are invented (tests/fixtures/national/)."""
from __future__ import annotations

import csv
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from build_scripts.core import paths

pytestmark = pytest.mark.slow
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "national"
NATIONAL = paths.CATALOG_DIR / "gazetteer.csv"


def rows(folder: Path, name: str) -> list[dict]:
    with (folder / "data" / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    if not NATIONAL.is_file():
        pytest.fail("build_scripts/catalog/gazetteer.csv is missing: run python -m devtools.make_gazetteer")
    out = tmp_path_factory.mktemp("national") / "datapackage"
    proc = subprocess.run([sys.executable, "-m", "build_scripts", "data", "--seeds", str(FIXTURES),
                           "--datapackage", str(out)], capture_output=True, text=True, cwd=paths.ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out, proc.stdout


def test_the_package_is_valid_and_names_only_known_regions(package):
    out, _ = package
    from frictionless import validate

    assert validate(str(out / "datapackage.json")).valid
    regions = {r["region_code"]: r for r in rows(out, "regions")}
    for name in ("observations", "facts", "reports", "discrepancies"):
        for r in rows(out, name):
            code = r.get("region_code")
            assert not code or code in regions, (name, code)
    for r in regions.values():        # ancestors are there too
        assert not r["parent_code"] or r["parent_code"] in regions


def test_repeated_names_resolve_inside_the_report_region(package):
    out, _ = package
    obs = rows(out, "observations")
    beijing = {o["region_code"] for o in obs if o["report_id"] == "beijing-2023"}
    assert {"110105", "110112", "110108"} <= beijing          # 朝阳区, 通州区, 海淀区 of Beijing
    assert not beijing & {"220104", "320612"}                  # not Changchun's or Nantong's
    hubei = {o["region_code"] for o in obs if o["report_id"] == "hubei-2024h1"}
    assert {"420100", "420500", "420600"} <= hubei             # 武汉, 宜昌, 襄阳 rows of the table
    names = {r["region_code"]: r for r in rows(out, "regions")}
    assert names["110105"]["name_zh"] == "朝阳区" and names["110105"]["parent_code"] == "110000"


def test_the_period_of_a_partial_year_comes_from_the_entry(package):
    out, _ = package
    obs = [o for o in rows(out, "observations") if o["report_id"] == "hubei-2024h1"]
    assert obs and all(o["period"] in ("2024-01/2024-06", "2024-06-30") or o["period"].startswith("2024-06")
                       for o in obs)


def test_published_values_have_the_expected_region(package):
    """Every expected value that is published has its region, period and value right; recall is
    reported (the extractor's coverage is measured by devtools.corpusbench on real texts)."""
    out, _ = package
    expected = yaml.safe_load((FIXTURES / "expected.yaml").read_text(encoding="utf-8"))["values"]
    obs = {(o["report_id"], o["indicator_id"], o["region_code"], o["period"]): o for o in rows(out, "observations")}
    catalog = [e for e in expected if not e.get("new")]
    found = wrong = 0
    for e in catalog:
        o = obs.get((e["report"], e["indicator"], e["region_code"], str(e["period"])))
        if o is not None:
            found += 1
            wrong += Decimal(o["value"]) != Decimal(str(e["value"]))
    assert wrong == 0
    assert found >= 0.6 * len(catalog), f"{found} of {len(catalog)} expected values published"


def test_the_site_groups_regions_by_province_and_keeps_the_nav_nested(package, tmp_path):
    """Pages for every region with a value; the regions index has a section per province; the
    nav's Regions entry lists provinces, their cities inside them (navigation.prune renders only
    the open branch, so each page carries the provinces and one province's cities)."""
    from build_scripts.site import pages

    out, _ = package
    pages.generate(out, tmp_path / "docs")
    regions = {r["region_code"]: r for r in rows(out, "regions")}
    provinces = sorted(c for c, r in regions.items() if r["level"] == "province")
    for lang in ("zh", "en"):
        index = (tmp_path / "docs" / lang / "regions" / "index.md").read_text(encoding="utf-8")
        headings = [line[3:].strip() for line in index.splitlines() if line.startswith("## ")]
        assert len(headings) == len(provinces) >= 4
        nav = yaml.safe_load((tmp_path / "docs" / lang / ".nav.yml").read_text(encoding="utf-8"))
        section = next(list(e.values())[0] for e in nav if isinstance(e, dict) and "regions/index.md" in list(e.values())[0])
        assert len([e for e in section if isinstance(e, dict)]) == len(provinces)   # one nested entry per province
    paged = {p.stem for p in (tmp_path / "docs" / "en" / "regions").glob("*.md")} - {"index"}
    valued = {o["region_code"] for o in rows(out, "observations")}
    assert valued <= paged

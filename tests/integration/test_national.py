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


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """40 invented bulletins over the first eight provinces (devtools/synthetic.py), built."""
    from devtools import synthetic

    root = tmp_path_factory.mktemp("many")
    seeds, entries = root / "seeds", []
    seeds.mkdir()
    for i, code in enumerate(synthetic.provinces(8) * 5):
        year = 2024 - i // 8
        text, entry = synthetic.report(code, year, seed=i)
        rid = f"p{code}-{year}"
        (seeds / f"{rid}.txt").write_text(text, encoding="utf-8")
        entries.append({**entry, "id": rid, "file": f"{rid}.txt"})
    (seeds / "reports.yaml").write_text(yaml.safe_dump({"reports": entries}, allow_unicode=True), encoding="utf-8")
    out = root / "datapackage"
    proc = subprocess.run([sys.executable, "-m", "build_scripts", "data", "--seeds", str(seeds), "--datapackage", str(out)],
                          capture_output=True, text=True, cwd=paths.ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out


def test_a_national_site_keeps_every_page_short(many, tmp_path, monkeypatch):
    """With reports from many provinces: the home page gives the provinces' headline figures as one
    table and the latest reports; the nav lists reports and tables by province; a topic page
    compares the provinces and links each province's own charts; a list longer than a page holds
    points to the Explorer and the downloads; a table's dataset page cites its own report only."""
    from build_scripts.site import pages

    monkeypatch.setattr(pages, "LONG_LIST", 60)
    pages.generate(many, tmp_path / "docs")
    for lang in ("zh", "en"):
        docs = tmp_path / "docs" / lang
        nav = yaml.safe_load((docs / ".nav.yml").read_text(encoding="utf-8"))
        sections = {list(e)[0]: list(e.values())[0] for e in nav if isinstance(e, dict) and isinstance(list(e.values())[0], list)}
        reports = next(v for v in sections.values() if "reports/index.md" in v)
        groups = [e for e in reports if isinstance(e, dict)]
        assert len(groups) == 8 and all(len(list(g.values())[0]) == 5 for g in groups)
        datasets = next(v for v in sections.values() if "datasets/index.md" in v)
        assert all(isinstance(list(e.values())[0], list) for e in datasets[-8:])          # tables by province
        topic = (docs / "topics" / "patents.md").read_text(encoding="utf-8")
        assert "--prefecture" not in topic and topic.count("regions/") >= 8            # links, not 8 provinces' charts
        assert "explorer/index.md" in topic and "downloads/observations.csv" in topic   # the list is pointed to
        assert ("另有 " if lang == "zh" else "more reports") in topic                      # a chart names a few sources
        quality = (docs / "quality.md").read_text(encoding="utf-8")
        assert ("按省级地区和类型统计" if lang == "zh" else "By province and kind") in quality
        summary = quality.split("\n## ")[1]
        assert summary.count("](reports/") == 0 and summary.count("](regions/") == 8   # a row per province
        home = (docs / "index.md").read_text(encoding="utf-8")
        headlines = home.split("\n## ")[1]
        assert len([ln for ln in headlines.splitlines() if ln.startswith("| [")]) == 8    # one table, a row per province
        assert "ipc-num" in headlines or "|" in headlines
        latest = home.split("\n## ")[2]
        assert latest.count("](reports/") == 12 + 1                                     # the latest twelve, and the index
        assert ("另有 28 份报告" if lang == "zh" else "28 more reports") in latest
        table = next(p for p in (docs / "datasets").glob("p*-*.md"))
        text = table.read_text(encoding="utf-8")
        assert text.count('"@type": "Organization"') <= 2                             # the portal and the report's publisher
        cited = text.split("application/ld+json")[0].rsplit("\n> ", 1)[1]
        sources = cited.split("来源：" if lang == "zh" else "Sources:")[1]
        assert sources.strip() and "; " not in sources                                # its own report only

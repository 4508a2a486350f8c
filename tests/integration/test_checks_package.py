"""The `checks` resource and the field units on the real seeds: every check run is published
(passed or not), agrees with the findings in `discrepancies`, and the Data quality page lists
every check in both languages; the as-published tables' value fields carry their unit."""
from __future__ import annotations

import csv
import json
from collections import Counter

import pytest
from frictionless import validate

from build_scripts import check as checks
from build_scripts.site import pages
from build_scripts.core import paths
from build_scripts.core.records import restated
from build_scripts import pipeline
from build_scripts.catalog import load_catalog


def read_csv(path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("checks") / "datapackage"
    pipeline.build_data(paths.SEEDS_DIR, folder)
    return folder


def test_package_with_checks_and_units_is_valid(out):
    report = validate(out / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:20]


def test_checks_agree_with_the_findings(out):
    runs = read_csv(out / "data" / "checks.csv")
    found = Counter((d["report_id"], d["check"]) for d in read_csv(out / "data" / "discrepancies.csv"))
    published = Counter()
    for r in runs:
        n, passed, f = int(r["comparisons"]), int(r["passed"]), int(r["findings"])
        assert n >= 1 and passed == n - f >= 0, r
        published[(r["report_id"], r["check"])] += f
    assert +published == found                        # every finding belongs to exactly one run
    assert sum(int(r["passed"]) for r in runs) > sum(found.values())   # passed checks are listed too


def test_every_table_and_every_bilingual_text_has_its_runs(out):
    runs = read_csv(out / "data" / "checks.csv")
    tables = {t["resource"] for t in read_csv(out / "data" / "tables.csv")}
    scopes = {(r["scope"], r["check"]) for r in runs}
    for table in tables:
        assert {(table, c) for c in checks.LAYOUT_TAB} <= scopes    # the seeds' tables are tab-separated and (table, "region_label") in scopes
    bilingual = {r["report_id"] for r in read_csv(out / "data" / "reports.csv") if r["languages"] == "zh,en"}
    assert {r["report_id"] for r in runs if r["check"] == "text_translation"} == bilingual
    specs = checks.load_checks()
    for r in runs:
        spec = specs[r["check"]]
        assert (r["kind"], r["compares_zh"], r["description_en"]) == (spec.kind, spec.compares_zh, spec.description_en)


def test_quality_page_lists_every_check_in_both_languages(out):
    files = pages.render_all(out)
    runs = read_csv(out / "data" / "checks.csv")
    for lang in ("zh", "en"):
        text = files[f"{lang}/quality.md"]
        for r in runs:
            assert f"| `{r['check']}` |" in text and pages.md_escape(r[f"description_{lang}"]) in text, (lang, r["check"])
            assert f"| {r['comparisons']} | {r['passed']} | {r['findings']} |" in text


def test_value_fields_of_published_tables_have_units(out):
    desc = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    units = load_catalog().units
    tables = {t["resource"] for t in read_csv(out / "data" / "tables.csv")}
    for res in desc["resources"]:
        for f in res["schema"]["fields"]:
            if res["name"] in tables and f["type"] in ("integer", "number") and not f["name"].startswith("line_"):
                assert f["unit"] in units and units[f["unit"]].label_en in f["description"], (res["name"], f["name"])
                assert units[f["unit"]].label_zh in f["description_zh"]
            if f["name"] == "value":
                assert f["unit_field"] == "unit" and "unit column" in f["description"]
    population = next(f for r in desc["resources"] if r["name"] == "jiangsu-2022-patents"
                      for f in r["schema"]["fields"] if f["name"] == "population_total")
    assert (population["unit"], population["unit_multiplier"]) == ("persons", 10000) and "万人" in population["description_zh"]


# The twins (text_numbers) on the real seeds: the findings are the three disagreements judged real
# against the seed texts (each English number differs from the Chinese one in the same sentence).
TWIN_FINDINGS = {
    ("jiangsu-2022", "224", "494", "21", "22"),     # 创新主体总数达21家 / 22 innovation-based entities
    ("nanjing-2022", "34", "199", "32", "33"),      # 种子持证企业 32 家 / 33 licensed crop seed enterprises
    ("nanjing-2022", "60", "231", "80", "108"),     # 金陵海关办理知识产权案件 80 起 / handled 108 IPR cases
}


def test_twin_findings_are_the_ones_judged_real(out):
    found = [d for d in read_csv(out / "data" / "discrepancies.csv") if d["check"] == "text_numbers"]
    assert {(d["report_id"], d["line_zh"], d["line_en"], d["value_zh"], d["value_en"]) for d in found} == TWIN_FINDINGS
    assert len(found) == 3 and {d["kind"] for d in found} == {"translation"}
    assert all("the numbers differ" in d["resolution"] and "数值不同" in d["resolution_zh"] for d in found)


def test_twins_are_mutual_and_counted(out):
    facts = read_csv(out / "data" / "facts.csv")
    by_id = {f["fact_id"]: f for f in facts}
    bilingual = {r["report_id"] for r in read_csv(out / "data" / "reports.csv") if r["languages"] == "zh,en"}
    for f in facts:
        if f["twin_fact_id"]:
            twin = by_id[f["twin_fact_id"]]
            assert twin["twin_fact_id"] == f["fact_id"] and twin["lang"] != f["lang"] and twin["report_id"] in bilingual
    runs = {r["report_id"]: r for r in read_csv(out / "data" / "checks.csv") if r["check"] == "text_numbers"}
    assert set(runs) == bilingual
    for rid, run in runs.items():
        # a restated fact (<fact>.2: one rank said of several statements) has no number of its own
        alone = [f for f in facts if f["report_id"] == rid and not f["twin_fact_id"] and not restated(f["fact_id"])]
        assert int(run["unmatched"]) == len(alone) < 0.1 * sum(1 for f in facts if f["report_id"] == rid)
        assert all(not f["twin_fact_id"] for f in facts if f["report_id"] == rid and restated(f["fact_id"]))
    assert all(r["unmatched"] == "" for r in read_csv(out / "data" / "checks.csv") if r["check"] != "text_numbers")

"""The table pipeline on the real seeds and on a fixture report: the package is valid, complete
(every cell of every table is published), traceable (every quote is in its line) and it finds
every table defect the seeds' README warns of."""
from __future__ import annotations

import csv
import filecmp
import json
import shutil
from pathlib import Path

import pytest
from frictionless import validate

from build_scripts.core import paths
from build_scripts import pipeline
from build_scripts.parse.tables import NUMBER_RE
from build_scripts.pipeline import extract_tables

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "tables"


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build") / "datapackage"
    result = pipeline.build_data(paths.SEEDS_DIR, out)
    pairs = {r.id: extract_tables(r, result.catalog, result.gazetteer).pairs for r in result.reports}
    return result, out, pairs


def findings(out: Path, report_id: str, check: str) -> list[dict]:
    return [d for d in read_csv(out / "data" / "discrepancies.csv") if d["report_id"] == report_id and d["check"] == check]


def test_package_is_valid_frictionless(built):
    _, out, _ = built
    report = validate(out / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:20]


def test_descriptor_metadata(built):
    _, out, _ = built
    desc = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    for key in ("name", "title", "title_zh", "description", "description_zh", "licenses", "sources", "contributors",
                "version", "created"):
        assert desc[key], key
    assert {s["report_id"] for s in desc["sources"]} == {"jiangsu-2022", "jiangsu-2020", "nanjing-2022", "guangdong-2022"}
    for res in desc["resources"]:
        assert res["encoding"] == "utf-8" and res["title"] and res["title_zh"] and res["description_zh"]
        for f in res["schema"]["fields"]:
            assert f["title"] and f["title_zh"] and f["description"] and f["description_zh"], (res["name"], f["name"])


def test_nine_blocks_six_tables_each_zh_with_its_en_twin(built):
    _, out, pairs = built
    assert sum(len(p.tables) for ps in pairs.values() for p in ps) == 9
    assert [(p.name, bool(p.zh), bool(p.en)) for p in pairs["jiangsu-2022"]] == [
        ("jiangsu-2022-patents", True, True), ("jiangsu-2022-geographical-indications", True, True),
        ("jiangsu-2022-ic-layout-designs", True, True)]
    assert [(p.name, bool(p.zh), bool(p.en)) for p in pairs["jiangsu-2020"]] == [
        ("jiangsu-2020-patents", False, True), ("jiangsu-2020-geographical-indications", False, True),
        ("jiangsu-2020-copyright", False, True)]
    tables = read_csv(out / "data" / "tables.csv")
    assert sorted(t["resource"] for t in tables) == sorted(p.name for ps in pairs.values() for p in ps)
    assert all((out / "data" / f"{t['resource']}.csv").is_file() for t in tables)


def test_every_cell_of_every_table_is_in_its_published_resource(built):
    _, out, pairs = built
    desc = {r["name"]: r for r in json.loads((out / "datapackage.json").read_text(encoding="utf-8"))["resources"]}
    disc = read_csv(out / "data" / "discrepancies.csv")
    checked = 0
    for pair in (p for ps in pairs.values() for p in ps):
        rows = read_csv(out / "data" / f"{pair.name}.csv")
        fields = desc[pair.name]["schema"]["fields"][-(pair.main.width - 1) - 2:-2]
        for table in pair.tables:
            lang = table.lang
            titles = [f["title_zh" if lang == "zh" else "title"] for f in fields]
            for col in table.columns[1:]:
                assert any(col.label in t for t in titles), (pair.name, col.label)
            for row in table.rows:
                printed = next(r for r in rows if r[f"line_{lang}"] == str(row.line.number))
                assert printed["region" if lang == "zh" else "region_en"] == row.label
                for col, f in zip(table.columns[1:], fields):
                    cell = row.cells[col.index]
                    checked += 1
                    if printed[f["name"]] != cell:  # only an en cell that disagrees with its zh twin
                        assert any(d["check"] == "twin_cell" and d["line_en"] == str(row.line.number)
                                   and d["value_en"] == cell for d in disc), (pair.name, row.line.number, cell)
    assert checked == 679  # 2022: (18x8 + 14x4 + 14x1) x 2 languages; 2020: 18x8 + 14x4 + 17x3


def test_every_numeric_cell_is_an_observation_with_its_quote(built):
    _, out, pairs = built
    obs = read_csv(out / "data" / "observations.csv")
    by_quote = {(o["report_id"], lang, o[f"line_{lang}"], o["indicator_id"], o[f"quote_{lang}"])
                for o in obs for lang in ("zh", "en") if o[f"line_{lang}"]}
    n = 0
    for rid, ps in pairs.items():
        for pair in ps:
            for table in pair.tables:
                for row in table.rows:
                    for col in table.columns[1:]:
                        cell = row.cells[col.index]
                        if NUMBER_RE.match(cell):
                            n += 1
                            assert (rid, table.lang, str(row.line.number), col.indicator_id, cell) in by_quote
    assert n == 670  # the 679 value cells less 9 printed as "/" (not given)
    table_obs = [o for o in obs if o["source"] == "table"]
    keys = [(o["indicator_id"], o["region_code"], o["period"], o["report_id"]) for o in table_obs]
    assert len(keys) == len(set(keys))
    twins = [o for o in table_obs if o["report_id"] == "jiangsu-2022"]
    assert twins and all(o["line_zh"] and o["line_en"] and o["agreement"] == "agree" for o in twins)
    nanjing = next(o for o in twins if o["indicator_id"] == "population.total" and o["region_code"] == "320100")
    # the population column comes from the Jiangsu Statistical Yearbook 2022 (table note): the end of 2021
    assert (nanjing["value"], nanjing["period"], nanjing["quote_zh"]) == ("9423400", "2021-12-31", "942.34")
    assert "江苏统计年鉴 2022" in nanjing["note_zh"] and "end of 2021" in nanjing["note_en"]
    suzhou = [o for o in obs if o["report_id"] == "jiangsu-2020" and o["region_code"] == "320500"
              and o["indicator_id"] == "copyright.registrations"]
    assert suzhou and all("Kunshan" in o["note_en"] and "昆山市" in o["note_zh"] for o in suzhou)


def test_every_quote_is_an_exact_substring_of_its_seed_line(built):
    result, out, _ = built
    lines = {r.id: r.lines for r in result.reports}
    obs = read_csv(out / "data" / "observations.csv")
    assert obs
    for o in obs:
        for lang in ("zh", "en"):
            if o[f"line_{lang}"]:
                assert o[f"quote_{lang}"] and o[f"quote_{lang}"] in lines[o["report_id"]][int(o[f"line_{lang}"]) - 1].text


# --- the table defects the seeds' README warns of: one test each ---------------------------

def test_defect_multi_row_header(built):
    _, out, _ = built
    desc = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    res = next(r for r in desc["resources"] if r["name"] == "jiangsu-2022-patents")
    f = next(f for f in res["schema"]["fields"] if f["name"] == "patents_valid_invention_owner_university")
    assert (f["title_zh"], f["title"]) == ("专利权人类型：院校", "Patent Owner: Colleges and universities")


def test_defect_blank_lines_inside_tables(built):
    _, out, _ = built
    assert findings(out, "jiangsu-2022", "layout.blank_line") and findings(out, "jiangsu-2020", "layout.blank_line")
    rows = read_csv(out / "data" / "jiangsu-2022-ic-layout-designs.csv")
    assert len(rows) == 14  # the rows after the blank line are in the table


def test_defect_repeated_header(built):
    _, out, _ = built
    [d] = findings(out, "jiangsu-2020", "layout.repeated_header")
    assert d["kind"] == "other" and d["line_en"] == "155"
    assert len(read_csv(out / "data" / "jiangsu-2020-geographical-indications.csv")) == 14


def test_defect_rows_before_their_title(built):
    _, out, _ = built
    [d] = findings(out, "jiangsu-2022", "layout.rows_before_title")
    assert d["line_en"] == "338"
    rows = read_csv(out / "data" / "jiangsu-2022-patents.csv")
    yancheng = next(r for r in rows if r["region_code"] == "320900")
    assert (yancheng["line_zh"], yancheng["line_en"]) == ("92", "338")


def test_defect_html_and_markdown_leftovers(built):
    _, out, _ = built
    assert {d["line_en"] for d in findings(out, "jiangsu-2020", "layout.markup")} == {"137", "165", "192"}
    rows = read_csv(out / "data" / "jiangsu-2020-patents.csv")
    assert next(r for r in rows if r["region_code"] == "320000")["population_total"] == "8070"
    tables = {t["resource"]: t for t in read_csv(out / "data" / "tables.csv")}
    assert "\\*" not in tables["jiangsu-2020-patents"]["notes"] and "CNIPA" in tables["jiangsu-2020-patents"]["notes"]


def test_defect_totals_that_do_not_add_up(built):
    _, out, _ = built
    sums = findings(out, "jiangsu-2022", "column_sum.prefectures")
    assert {(d["indicator_id"], d["value_zh"], d["value_en"]) for d in sums} >= {
        ("ic_layout.registrations", "9141", "9141"), ("patents.valid.invention", "428589", "428589")}
    assert all(d["kind"] == "arithmetic" and "9140" in d["resolution"] for d in sums
               if d["indicator_id"] == "ic_layout.registrations")
    counties = findings(out, "jiangsu-2020", "column_sum.counties_separate")
    assert {d["value_en"] for d in counties} == {"281984", "246607"}


def test_defect_region_label_mistranslated(built):
    _, out, _ = built
    got = {(d["value_zh"], d["value_en"], d["region_code"], d["kind"]) for d in findings(out, "jiangsu-2022", "region_label")}
    assert got == {("苏南", "Southern Suzhou", "X32001", "label"), ("苏中", "Central Suzhou", "X32002", "label"),
                   ("苏北", "Northern Suzhou", "X32003", "label")}


def test_defect_header_contradicting_title(built):
    _, out, _ = built
    [d] = findings(out, "jiangsu-2022", "header_vs_title")
    assert (d["kind"], d["value_zh"], d["line_zh"], d["indicator_id"]) == ("label", "地理标志商标", "151", "ic_layout.registrations")
    obs = read_csv(out / "data" / "observations.csv")
    nj = [o for o in obs if o["report_id"] == "jiangsu-2022" and o["region_code"] == "320100" and o["value"] == "3100"]
    assert [o["indicator_id"] for o in nj] == ["ic_layout.registrations"]


# --- a new report with a table: data with no code change ---------------------------------------

def test_fixture_report_comes_out_as_data(tmp_path):
    seeds = shutil.copytree(FIXTURE, tmp_path / "seeds")
    out = tmp_path / "datapackage"
    result = pipeline.build_data(seeds, out)
    assert validate(out / "datapackage.json").valid
    rows = read_csv(out / "data" / "guangdong-2023-fixture-geographical-indications.csv")
    assert [r["region_code"] for r in rows] == ["440100", "440300", "440500", "440800", "440200",
                                                "X44001", "X44002", "X44003", "X44004", "440000"]
    obs = [o for o in read_csv(out / "data" / "observations.csv") if o["source"] == "table"]
    assert len(obs) == 10 * 3 + 5
    assert all(o["agreement"] == "agree" and o["period"] == "2023-12-31" and o["line_zh"] and o["line_en"] for o in obs)
    checks = {d["check"] for d in read_csv(out / "data" / "discrepancies.csv")}
    assert "layout.rows_before_title" in checks and "layout.markup" in checks
    assert not any(d.kind == "arithmetic" for d in result.discrepancies)


def test_committed_package_equals_a_fresh_build(built):
    _, out, _ = built
    committed = paths.DATAPACKAGE_DIR
    assert (committed / "datapackage.json").is_file(), "run `make data` and commit datapackage/"
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(committed).as_posix() for p in committed.rglob("*") if p.is_file())
    _, mismatch, errors = filecmp.cmpfiles(committed, out, names, shallow=False)
    assert not mismatch and not errors, f"datapackage/ is stale, run `make data`: {mismatch or errors}"

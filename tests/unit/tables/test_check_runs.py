"""The `checks` resource: every check run on a table, passed or not, with its comparisons."""
from __future__ import annotations

from collections import Counter

import pytest

from build_scripts import check as checks
from build_scripts.core.errors import BuildError
from build_scripts.core.records import Discrepancy, Observation

GI = "截至2022年底全省各设区市地理标志统计表\n单位：件\n地区\t地理标志商标\t地理标志产品\t合计\t排名\n"


def by_check(res):
    return {r.check: (r.comparisons, r.passed, r.findings) for r in res.runs}


def test_passing_checks_are_runs_too(run):
    res = run(GI + "南京市\t23\t4\t27\t1\n无锡市\t15\t9\t24\t2\n全省\t38\t13\t51\t/\n")
    runs = by_check(res)
    # three columns summed (the rank column is not additive), a row total per row, two ranks
    assert runs["column_sum.prefectures"] == (3, 3, 0)
    assert runs["row_sum"] == (3, 3, 0)
    assert runs["rank"] == (2, 2, 0)
    assert runs["region_label"] == (3, 3, 0)
    assert runs["layout.blank_line"] == (1, 1, 0)
    assert "ratio" not in runs and "twin_cell" not in runs       # nothing to compare: no run
    assert {r.scope for r in res.runs} == {res.tables[0].name}


def test_findings_are_the_failed_comparisons(run):
    res = run(GI + "南京市\t23\t4\t27\t1\n无锡市\t15\t9\t25\t2\n全省\t39\t13\t52\t/\n")
    runs = by_check(res)
    assert runs["column_sum.prefectures"] == (3, 2, 1)
    assert runs["row_sum"] == (3, 2, 1)
    found = Counter(d.check for d in res.discrepancies)
    assert all(r.findings == found[r.check] and r.passed == r.comparisons - r.findings for r in res.runs)


def test_twin_cells_are_counted(run):
    zh = GI + "南京市\t23\t4\t27\t1\n苏南\t23\t4\t27\t/\n全省\t23\t4\t27\t/\n\n"
    en = ("Number of GIs of Prefecture-Level Cities in Jiangsu as of Late 2022\n\nUnit: piece\n\n"
          "Region\tGI\tGI Product\tTotal\tRanking\nNanjing\t23\t5\t27\t1\nSouthern Suzhou\t23\t4\t27\t/\n"
          "Entire province\t23\t4\t27\t/\n")
    runs = by_check(run(zh + "\n" + en, languages=("zh", "en")))
    assert runs["twin_cell"] == (10, 9, 1)              # 3 rows x 3 columns + the one rank given
    assert runs["region_label"] == (6, 5, 1)            # both tables' rows; Southern Suzhou is a mistranslation
    assert runs["layout.markup"] == (2, 2, 0)           # each table of the pair is read


def test_descriptions_in_both_languages(run):
    res = run(GI + "南京市\t23\t4\t27\t1\n全省\t23\t4\t27\t/\n")
    for r in res.runs:
        assert r.compares and r.compares_zh and r.description_en and r.description_zh
        assert r.kind in ("translation", "arithmetic", "label", "other")


def test_text_runs_count_statements_in_both_languages():
    def obs(agreement):
        return Observation("x", "320000", 2022, "2022", 1, "pieces", "exact", "r", "text", agreement=agreement)
    found = [Discrepancy("r", "translation", "text_translation", 1, 2, "", "", "1", "2", "", indicator_id="x"),
             Discrepancy("r", "translation", "text_translation", 3, 4, "", "", "5", "-5", "")]
    [r] = checks.text_runs("r", [obs("agree"), obs("agree"), obs("disagree"), obs("zh_only")], found)
    assert (r.scope, r.comparisons, r.passed, r.findings) == ("text", 4, 2, 2)
    assert checks.text_runs("r", [obs("en_only")], []) == []


def test_an_undescribed_check_is_a_build_error():
    with pytest.raises(BuildError) as err:
        checks.runs("r", "text", Counter({"no_such_check": 1}), [])
    assert err.value.key == "no_such_check" and err.value.file == checks.CHECKS_YAML


def test_the_catalog_needs_both_languages(tmp_path):
    path = tmp_path / "checks.yaml"
    path.write_text("checks:\n  - {id: rank, kind: arithmetic, scope: table, compares_en: a, compares_zh: b,"
                    " description_en: c}\n", encoding="utf-8")
    with pytest.raises(BuildError) as err:
        checks.load_checks(path)
    assert (err.value.line, err.value.key) == (2, "rank")

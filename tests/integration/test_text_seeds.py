"""The text extractor on the four seeds: quotes are exact substrings of their lines, facts are
all kept and counted, translation disagreements become findings, and the precision and recall
targets hold on the committed gold set."""
from collections import Counter
from decimal import Decimal

import pytest

from build_scripts.catalog import load_catalog
from build_scripts.normalize.gazetteer import load_gazetteer
from build_scripts.core.paths import SEEDS_DIR
from build_scripts.read import load_reports
from build_scripts.pipeline import extract_tables
from build_scripts.normalize.text import extract_text
from devtools.textbench import precision_recall


@pytest.fixture(scope="module")
def results():
    catalog, gazetteer = load_catalog(), load_gazetteer()
    out = {}
    for report in load_reports(SEEDS_DIR):
        lines = extract_tables(report, catalog, gazetteer).lines
        out[report.id] = (report, lines, extract_text(report, catalog, gazetteer, lines))
    return out


def test_every_observation_quote_is_an_exact_substring_of_its_seed_line(results):
    checked = 0
    for report, _, result in results.values():
        for o in result.observations:
            assert o.source == "text" and (o.line_zh or o.line_en)
            for line, quote in ((o.line_zh, o.quote_zh), (o.line_en, o.quote_en)):
                if line:
                    assert quote and quote in report.line(line).text, (report.id, line, quote)
                    checked += 1
                else:
                    assert quote == ""
    assert checked > 300


def test_every_fact_text_is_in_its_line_and_ids_are_unique(results):
    ids = Counter()
    for report, table_lines, result in results.values():
        for f in result.facts:
            ids[f.fact_id] += 1
            assert f.text in report.line(f.line).text and f.clause in report.line(f.line).text
            assert f.line not in table_lines
            assert bool(f.indicator_id) == bool(f.region_code) == bool(f.period)
        counts = result.counts
        assert counts["facts"] == len(result.facts) == counts["mapped"] + counts["unmapped"]
        assert counts["unmapped"] == sum(1 for f in result.facts if not f.indicator_id) > 0
    assert max(ids.values()) == 1


def test_agreement_matches_quotes(results):
    for _, _, result in results.values():
        for o in result.observations:
            expected = {(True, True): {"agree", "disagree"}, (True, False): {"zh_only"}, (False, True): {"en_only"}}
            assert o.agreement in expected[(bool(o.quote_zh), bool(o.quote_en))]


def find(result, indicator, region):
    return [o for o in result.observations if o.indicator_id == indicator and o.region_code == region]


def test_translation_findings_on_the_seeds(results):
    _, _, js = results["jiangsu-2022"]
    (o,) = find(js, "patents.granted.yoy_pct", "320000")      # 同比降低12.61% / "up 12.61% YoY"
    assert (o.value, o.agreement) == (Decimal("-12.61"), "disagree")
    reasons = Counter(d.resolution.split(": ", 1)[1].split(".")[0] for d in js.discrepancies)
    assert reasons["the direction of the change is reversed"] == 1
    assert reasons["a change in percentage points is given as a percent"] >= 4   # 个百分点 vs %
    _, _, nj = results["nanjing-2022"]
    # 金陵海关 / Jinling Customs, one customs house of several in Nanjing: its 80 起 / "108 IPR cases"
    # are that office's, not the city's (they stay facts; the zh/en number check compares them)
    assert not find(nj, "customs.cases", "320100") and not find(nj, "customs.batches", "320100")
    (o,) = find(nj, "finance.pledge.amount", "320100")           # 78.31 亿 / "over RMB 7.831 billion"
    assert (o.value, o.qualifier, o.agreement) == (7831000000, "exact", "disagree")
    assert all(d.kind == "translation" and d.resolution_zh for r in results.values() for d in r[2].discrepancies)


def test_regions_and_periods(results):
    _, _, gd = results["guangdong-2022"]
    assert not find(gd, "courts.cases.accepted", "440100")                      # 广州知识产权法院: one court
    assert not find(gd, "courts.cases.concluded", "440100")
    assert find(gd, "general.ip_protection_satisfaction", "X44001")[0].value == Decimal("81.26")  # 珠三角
    _, _, js = results["jiangsu-2022"]
    assert find(js, "customs.batches", "320000")                               # 南京海关: all Jiangsu
    (o,) = find(js, "general.ip_protection_satisfaction", "320000")             # 在2021年…调查中达83.62分
    assert (o.period, o.year) == ("2021", 2021)
    (o,) = find(js, "trademarks.valid", "320000")
    assert o.period == "2022-12-31"


def test_precision_and_recall_targets_hold_on_the_gold_set():
    r = precision_recall()
    assert r["gold"] >= 150
    assert r["precision"] >= 0.98, r["false_positives"]
    assert r["recall"] >= 0.90, r["false_negatives"]

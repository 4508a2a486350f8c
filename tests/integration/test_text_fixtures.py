"""New reports of the genre (zh+en city for a year and for a half year, zh province for part of a
year, en-only city, zh+en city in the phrasings an independent audit found missed), added
with only their text and reports.yaml entry, yield their headline indicators: no code change.
The fixtures live in tests/fixtures/text_reports/ and are not part of the gold set."""
from decimal import Decimal
from pathlib import Path

import pytest

from build_scripts.catalog import load_catalog
from build_scripts.normalize.gazetteer import load_gazetteer
from build_scripts.read import load_reports
from build_scripts.normalize.text import extract_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "text_reports"

# (indicator, region, period) -> (value, qualifier, agreement), read from the fixture texts
EXPECTED = {
    "suzhou-2023": {
        ("patents.granted", "320500", "2023"): ("98765", "exact", "agree"),
        ("patents.granted.yoy_pct", "320500", "2023"): ("3.21", "exact", "disagree"),   # en says down
        ("patents.granted.invention", "320500", "2023"): ("23456", "exact", "agree"),
        ("patents.valid.invention", "320500", "2023-12-31"): ("123456", "exact", "agree"),  # "123 456 件"
        ("patents.valid.invention.share_province_pct", "320500", "2023-12-31"): ("25.67", "exact", "agree"),
        ("patents.valid.invention.per_10k", "320500", "2023-12-31"): ("95.12", "exact", "agree"),
        ("trademarks.applications.yoy_pct", "320500", "2023"): ("-5.55", "exact", "agree"),
        ("trademarks.valid", "320500", "2023-12-31"): ("543200", "exact", "agree"),
        ("gi.trademarks.new", "320500", "2023"): ("3", "exact", "agree"),
        ("gi.trademarks", "320500", "2023-12-31"): ("25", "exact", "agree"),
        ("enforcement.fines", "320500", "2023"): ("23456000", "exact", "agree"),
        ("courts.cases.concluded", "320500", "2023"): ("8543", "exact", "agree"),
        ("procuratorates.arrests.persons", "320500", "2023"): ("78", "exact", "agree"),
        ("procuratorates.prosecutions.cases", "320500", "2023"): ("90", "exact", "agree"),
        ("police.cases", "320500", "2023"): ("300", "more_than", "agree"),
        ("finance.pledge.amount", "320500", "2023"): ("12000000000", "approx", "agree"),
        ("finance.pledge.enterprises", "320500", "2023"): ("900", "less_than", "zh_only"),
        ("transactions.patent_transfer_license.yoy_pct", "320500", "2023"): ("6.78", "exact", "agree"),
    },
    "guangdong-2024q3": {
        ("patents.granted", "440000", "2024-01/2024-09"): ("512300", "exact", "zh_only"),
        ("patents.granted.yoy_pct", "440000", "2024-01/2024-09"): ("-4.56", "exact", "zh_only"),
        ("patents.valid.invention", "440000", "2024-09-30"): ("654300", "exact", "zh_only"),
        ("patents.pct.applications", "440000", "2024-01/2024-09"): ("18200", "exact", "zh_only"),
        ("trademarks.registrations.rank_national", "440000", "2024-01/2024-09"): ("1", "exact", "zh_only"),
        ("trademarks.madrid.applications.share_national_pct", "440000", "2024-01/2024-09"): ("25.01", "exact", "zh_only"),
        ("trademarks.valid", "440000", "2024-09-30"): ("8123400", "exact", "zh_only"),
        ("courts.cases.accepted", "440000", "2024-01/2024-09"): ("87600", "exact", "zh_only"),
        ("enforcement.case_value", "440000", "2024-01/2024-09"): ("123000000", "exact", "zh_only"),
        ("customs.pieces", "440000", "2024-01/2024-09"): ("12340000", "exact", "zh_only"),
        ("finance.pledge.amount.yoy_pct", "440000", "2024-01/2024-09"): ("45.67", "exact", "zh_only"),
        ("transactions.tech_contracts.amount", "440000", "2024-01/2024-09"): ("345678000000", "exact", "zh_only"),
    },
    "changzhou-2022h1": {      # other phrasings: 授权发明专利, 商标注册申请量, 常州海关, "registered {n} trademarks"
        ("patents.granted.invention", "320400", "2022-01/2022-06"): ("2345", "exact", "agree"),
        ("patents.granted.utility_model.yoy_pct", "320400", "2022-01/2022-06"): ("-3.3", "exact", "agree"),
        ("patents.valid.invention", "320400", "2022-06-30"): ("27100", "exact", "agree"),
        ("patents.valid.invention.per_10k", "320400", "2022-06-30"): ("50.6", "exact", "agree"),
        ("patents.pct.applications", "320400", "2022-01/2022-06"): ("345", "exact", "agree"),
        ("trademarks.applications", "320400", "2022-01/2022-06"): ("23400", "exact", "agree"),
        ("trademarks.registrations", "320400", "2022-01/2022-06"): ("19800", "exact", "agree"),
        ("trademarks.valid", "320400", "2022-06-30"): ("215000", "approx", "agree"),
        ("courts.cases.accepted", "320400", "2022-01/2022-06"): ("1234", "exact", "agree"),
        ("courts.cases.concluded", "320400", "2022-01/2022-06"): ("1100", "exact", "agree"),
        ("enforcement.cases", "320400", "2022-01/2022-06"): ("210", "exact", "agree"),
        ("enforcement.fines", "320400", "2022-01/2022-06"): ("5200000", "approx", "agree"),
        ("customs.batches", "320400", "2022-01/2022-06"): ("56", "exact", "agree"),
        ("customs.pieces", "320400", "2022-01/2022-06"): ("34000", "approx", "agree"),
        ("finance.pledge.amount.yoy_pct", "320400", "2022-01/2022-06"): ("21.4", "exact", "agree"),
    },
    "wuxi-2021": {
        ("trademarks.applications", "320200", "2021"): ("45678", "exact", "en_only"),
        ("trademarks.registrations.yoy_pct", "320200", "2021"): ("-2.22", "exact", "en_only"),
        ("trademarks.valid", "320200", "2021-12-31"): ("298765", "exact", "en_only"),
        ("patents.granted", "320200", "2021"): ("76543", "exact", "en_only"),
        ("patents.granted.invention.yoy_pct", "320200", "2021"): ("33.33", "exact", "en_only"),
        ("patents.valid.invention", "320200", "2021-12-31"): ("40123", "exact", "en_only"),
        ("patents.valid.invention.per_10k", "320200", "2021-12-31"): ("53.64", "exact", "en_only"),
        ("patents.pct.applications", "320200", "2021"): ("1111", "exact", "en_only"),
        ("courts.cases.accepted.yoy_pct", "320200", "2021"): ("4.44", "exact", "en_only"),
        ("customs.batches", "320200", "2021"): ("567", "exact", "en_only"),
        ("finance.pledge.amount", "320200", "2021"): ("8765000000", "exact", "en_only"),
    },
    "foshan-2023": {      # phrasings of the audit's findings: lists, "respectively", terms without 量, courts
        ("patents.granted.invention", "440600", "2023"): ("10200", "exact", "agree"),     # "dropped by 4.6% to 10,200"
        ("patents.granted.invention.yoy_pct", "440600", "2023"): ("-4.6", "exact", "agree"),
        ("patents.pct.applications", "440600", "2023"): ("688", "exact", "agree"),       # PCT国际专利申请 / PCT filings
        ("patents.pct.applications.yoy_pct", "440600", "2023"): ("7.3", "exact", "agree"),
        ("patents.valid.invention.per_10k", "440600", "2023-12-31"): ("45.3", "exact", "agree"),
        ("trademarks.applications", "440600", "2023"): ("81000", "approx", "agree"),
        ("trademarks.registrations", "440600", "2023"): ("54000", "exact", "agree"),     # 、注册量 / "and registrations"
        ("trademarks.applications.yoy_pct", "440600", "2023"): ("-6.2", "exact", "agree"),
        ("trademarks.registrations.yoy_pct", "440600", "2023"): ("-9.8", "exact", "agree"),  # 分别 / respectively
        ("enforcement.cases.patent", "440600", "2023"): ("214", "exact", "agree"),       # 立案查处 / opened ... cases of
        ("courts.cases.accepted", "440600", "2023"): ("13500", "more_than", "agree"),
        ("courts.cases.concluded", "440600", "2023"): ("12900", "exact", "agree"),       # "closed 12,900"
        ("police.cases.investigated", "440600", "2023"): ("132", "exact", "agree"),
        ("police.cases", "440600", "2023"): ("118", "exact", "agree"),
        ("finance.pledge.amount", "440600", "2023"): ("5860000000", "exact", "agree"),
        ("finance.pledge.enterprises", "440600", "2023"): ("640", "exact", "agree"),     # 惠及 / benefiting
        ("transactions.tech_contracts.amount", "440600", "2023"): ("21240000000", "exact", "agree"),  # "worth"
    },
}
# values of one named court or procuratorate: facts, never the region's indicator
NOT_THE_REGION = {"foshan-2023": {2468, 45}, "guangdong-2024q3": {12300}}


@pytest.fixture(scope="module")
def results():
    catalog, gazetteer = load_catalog(), load_gazetteer()
    return {r.id: (r, extract_text(r, catalog, gazetteer, set())) for r in load_reports(FIXTURES)}


@pytest.mark.parametrize("report_id", sorted(EXPECTED))
def test_headline_indicators(results, report_id):
    _, result = results[report_id]
    got = {(o.indicator_id, o.region_code, o.period): (o.value, o.qualifier, o.agreement) for o in result.observations}
    for key, (value, qualifier, agreement) in EXPECTED[report_id].items():
        assert key in got, key
        assert got[key] == (Decimal(value), qualifier, agreement), key


@pytest.mark.parametrize("report_id", sorted(NOT_THE_REGION))
def test_single_court_figures_stay_facts(results, report_id):
    _, result = results[report_id]
    assert not NOT_THE_REGION[report_id] & {o.value for o in result.observations}
    assert NOT_THE_REGION[report_id] <= {f.value for f in result.facts if not f.indicator_id}


def test_fixture_disagreements_carry_both_languages(results):
    for _, result in results.values():
        keyed = {(d.indicator_id, d.region_code) for d in result.discrepancies if d.indicator_id}
        for o in result.observations:
            if (o.indicator_id, o.region_code) in keyed:
                assert o.agreement == "disagree" and o.quote_zh and o.quote_en


def test_fixture_translation_disagreement_is_published_as_finding(results):
    _, result = results["suzhou-2023"]
    (d,) = [d for d in result.discrepancies if d.indicator_id == "patents.granted.yoy_pct"]
    assert (d.kind, d.value_zh, d.value_en) == ("translation", "3.21", "-3.21")
    assert "Chinese value is published" in d.resolution and "中文" in d.resolution_zh


def test_fixture_quotes_are_in_their_lines(results):
    for report, result in results.values():
        for o in result.observations:
            for line, quote in ((o.line_zh, o.quote_zh), (o.line_en, o.quote_en)):
                if line:
                    assert quote and quote in report.line(line).text

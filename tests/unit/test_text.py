"""text.extract_text and align.align on small inline reports: mapping through terms, derived
indicators, units and authorities, regions, periods, alignment and findings."""
from decimal import Decimal

import pytest

from build_scripts.catalog import load_catalog
from build_scripts.normalize.gazetteer import load_gazetteer
from build_scripts.read import load_reports
from build_scripts.normalize.text import extract_text

META = """reports:
  - id: {id}
    file: {id}.txt
    region_code: "{region}"
    year: {year}
    title_zh: 测试
    title_en: Test
    publisher_zh: 测试
    publisher_en: Test
    languages: {languages}
{period}"""


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.fixture
def run(tmp_path, catalog, gazetteer):
    def run(text, region="320000", year=2022, languages="[zh, en]", period=""):
        (tmp_path / "r.txt").write_text(text, encoding="utf-8")
        (tmp_path / "reports.yaml").write_text(META.format(
            id="r", region=region, year=year, languages=languages,
            period=f"    period: {period}\n" if period else ""), encoding="utf-8")
        (report,) = load_reports(tmp_path)
        return extract_text(report, catalog, gazetteer, set())
    return run


def obs(result):
    return {(o.indicator_id, o.region_code, o.period): o for o in result.observations}


def test_term_value_change_and_share(run):
    r = run("2022年，全省商标申请量480272件，同比降低17.61%，马德里商标国际注册申请量 1551件，同比增长 2.51%，占全国总量的 26.62%，居全国首位。\n",
            languages="[zh]")
    o = obs(r)
    assert o[("trademarks.applications", "320000", "2022")].value == 480272
    assert o[("trademarks.applications.yoy_pct", "320000", "2022")].value == Decimal("-17.61")
    assert o[("trademarks.madrid.applications.yoy_pct", "320000", "2022")].value == Decimal("2.51")
    assert o[("trademarks.madrid.applications.share_national_pct", "320000", "2022")].value == Decimal("26.62")
    assert o[("trademarks.madrid.applications.rank_national", "320000", "2022")].value == 1
    assert all(o.agreement == "zh_only" and o.source == "text" for o in r.observations)


def test_measure_words_choose_cases_or_persons(run):
    r = run("2022年，全省检察机关共批捕侵犯知识产权犯罪案件474件698人，起诉1178件2092人。\n", languages="[zh]")
    o = obs(r)
    assert o[("procuratorates.arrests.cases", "320000", "2022")].value == 474
    assert o[("procuratorates.arrests.persons", "320000", "2022")].value == 698
    assert o[("procuratorates.prosecutions.persons", "320000", "2022")].value == 2092


def test_authority_of_the_sentence_decides(run):
    # 审结 by the procuratorate is not a court figure; 审查起诉 is not 起诉
    r = run("全市检察机关受理知识产权犯罪审查起诉案件 56 件 151 人，审结 46 件 105 人。\n", region="320100", languages="[zh]")
    assert r.observations == []
    assert r.counts["unmapped"] == 4 and r.counts["mapped"] == 0


def test_subtotals_of_industries_are_not_the_total(run):
    r = run("2022年，全市知识产权密集型行业企业专利授权量共1.41万件，同比增长22.9%。\n", region="320100", languages="[zh]")
    assert r.observations == [] and len(r.facts) == 2


def test_regions_relative_named_and_compared(run):
    r = run("2022年,全省法院新收知识产权案件11.71万件;其中,广州知识产权法院新收知识产权案件1.40万件,办结1.29万件。\n"
            "全市有效发明专利量达113788件，占全省有效发明专利量的26.55%。\n", region="440000", languages="[zh]")
    o = obs(r)
    assert o[("courts.cases.accepted", "440000", "2022")].value == 117100
    # one named court is not the city (tests/unit/test_text_audit.py): its figures stay facts
    assert not any(k[1] == "440100" for k in o)
    assert {f.value for f in r.facts if not f.indicator_id} >= {14000, 12900}


def test_city_report_share_of_province(run):
    r = run("截至2022年底，全市有效发明专利量达113788件，占全省有效发明专利量的26.55%；万人发明专利拥有量达到120.75件，保持全省第一。\n",
            region="320100", languages="[zh]")
    o = obs(r)
    assert o[("patents.valid.invention", "320100", "2022-12-31")].value == 113788
    assert o[("patents.valid.invention.share_province_pct", "320100", "2022-12-31")].value == Decimal("26.55")
    assert o[("patents.valid.invention.per_10k", "320100", "2022-12-31")].value == Decimal("120.75")


def test_periods_flow_stock_part_year_and_named_year(run):
    r = run("2024年1-9月，全省专利授权量51.23万件。截至2024年9月底，全省有效注册商标量 812.34万件。\n",
            region="440000", year=2024, languages="[zh]", period="2024-01/2024-09")
    o = obs(r)
    assert o[("patents.granted", "440000", "2024-01/2024-09")].year == 2024
    assert o[("trademarks.valid", "440000", "2024-09-30")].value == 8123400
    r = run("截至2022年6月底，全省有效发明专利量 40 万件。\nAs of the end of June 2022, Jiangsu recorded 400,000 valid invention patents.\n")
    assert obs(r)[("patents.valid.invention", "320000", "2022-06-30")].agreement == "agree"
    r = run("在2021年知识产权保护社会满意度调查中达83.62分。\n", languages="[zh]")
    assert obs(r)[("general.ip_protection_satisfaction", "320000", "2021")].year == 2021


def test_cumulative_and_new_pick_their_twins(run):
    r = run("截至 2022 年底,全省累计 PCT 国际专利申请量 25.76 万件。全省新增地理标志商标 33 件，地理标志商标注册总量达 411 件。新建商标品牌指导站 25 家,总数达 148 家。\n",
            languages="[zh]")
    o = obs(r)
    assert o[("patents.pct.applications.cumulative", "320000", "2022-12-31")].value == 257600
    assert o[("gi.trademarks.new", "320000", "2022")].value == 33
    assert o[("gi.trademarks", "320000", "2022-12-31")].value == 411
    assert o[("public_services.tm_brand_stations.new", "320000", "2022")].value == 25
    assert o[("public_services.tm_brand_stations", "320000", "2022-12-31")].value == 148   # 总数达: the stock


def test_money_after_a_count_is_its_amount(run):
    r = run("全省各仲裁机构受理知识产权仲裁案件500余件,标的额约6亿元。\n", region="440000", languages="[zh]")
    o = obs(r)
    assert (o[("arbitration.cases.accepted", "440000", "2022")].qualifier) == "more_than"
    amount = o[("arbitration.cases.accepted.amount", "440000", "2022")]
    assert (amount.value, amount.qualifier, amount.unit) == (600000000, "approx", "yuan")


def test_english_patterns_and_nouns(run):
    r = run("In 2022, procuratorial organs in Guangdong approved the arrest of 698 suspects in 474 IPR infringement cases. "
            "Courts across the province accepted 117,100 IPR cases and concluded 120,400 cases, among which 14,000 cases "
            "were accepted by Guangzhou Intellectual Property Court.\n", region="440000", languages="[en]")
    o = obs(r)
    assert o[("procuratorates.arrests.persons", "440000", "2022")].value == 698
    assert o[("procuratorates.arrests.cases", "440000", "2022")].value == 474
    assert o[("courts.cases.concluded", "440000", "2022")].value == 120400
    assert ("courts.cases.accepted", "440100", "2022") not in o      # one court, not Guangzhou
    assert all(o.agreement == "en_only" for o in r.observations)


def test_alignment_agree_and_findings(run):
    r = run("2022年，全省专利授权量560127件，同比降低12.61%；发明专利授权量89248件，较去年同期增长5.19个百分点。"
            "全年完成知识产权质押融资总额 78.31 亿。\n"
            "In 2022, the number of granted patents stood at 560,127, up 12.61% YoY. Invention patents granted "
            "numbered 89,248, up 5.19% YoY. Jiangsu provided over RMB 7.831 billion in intellectual property pledge financing.\n")
    o = obs(r)
    assert o[("patents.granted", "320000", "2022")].agreement == "agree"
    change = o[("patents.granted.yoy_pct", "320000", "2022")]
    assert (change.value, change.agreement) == (Decimal("-12.61"), "disagree")
    assert change.quote_zh == "同比降低12.61%" and change.quote_en == "up 12.61% YoY"
    pledge = o[("finance.pledge.amount", "320000", "2022")]
    assert (pledge.value, pledge.qualifier, pledge.agreement) == (7831000000, "exact", "disagree")
    reasons = sorted(d.resolution.split(": ", 1)[1].split(".")[0] for d in r.discrepancies)
    assert reasons == ["a change in percentage points is given as a percent", "the direction of the change is reversed",
                       "the qualifier differs (exact in Chinese, more_than in English)"]
    assert all(d.kind == "translation" and "中文" in d.resolution_zh for d in r.discrepancies)


def test_numbers_in_names_dates_and_codes_are_not_facts(run):
    r = run("《知识产权强国建设纲要（2021-2035）》自2022年5月1日起施行，发布《知识产权维权援助工作规范》(DB44/T2362-2022)，"
            "“1+13+N”体系，第二十三届中国专利奖，第 131 届广交会。\n"
            "The 15-year Plan (2021-2035) came into effect on May 1, 2022; DB44/T 2362-2022; the \"1+13+N\" system; "
            "the 23rd China Patent Award; the 131st Canton Fair.\n")
    assert r.facts == [] and r.observations == []


def test_region_name_and_dropped_more_than_are_findings(run):
    r = run("2022年，苏州市法院新收知识产权案件8765件。全省公安机关共破获侵犯知识产权犯罪案件2600余起。\n"
            "In 2022, courts in Wuxi accepted 8,765 IPR cases. Public security organs in the province handled "
            "2,600 cases of IPR infringement crime.\n")
    o = obs(r)
    courts = o[("courts.cases.accepted", "320500", "2022")]        # the zh region is published
    assert (courts.agreement, courts.line_en) == ("disagree", 2)
    assert ("courts.cases.accepted", "320200", "2022") not in o
    police = o[("police.cases", "320000", "2022")]
    assert (police.qualifier, police.agreement) == ("more_than", "disagree")
    reasons = sorted(d.resolution.split(": ", 1)[1].split(".")[0] for d in r.discrepancies)
    assert reasons == ["the qualifier differs (more_than in Chinese, exact in English)", "the region is named differently (320500 in Chinese, 320200 in English)"]


def test_sentences_cut_by_a_page_break_are_read_whole(run):
    r = run("江苏省知识产权运营服务体系进一步完善，专利转化专项计划覆盖全市主要高新园区，全年全市专利转\n\n"
            "让、许可 17669 件次，交易金额 115.45 亿元。\n\n"
            "二、知识产权保护\n\n"
            "In 2022, Nanjing recorded 17,669 transactions in patent transfer and licensing, with a transaction amount of\n\n"
            "RMB 11.545 billion.\n", region="320100")
    o = obs(r)
    deals = o[("transactions.patent_transfer_license", "320100", "2022")]
    assert (deals.value, deals.agreement, deals.line_zh, deals.quote_zh) == (17669, "agree", 3, "让、许可 17669 件次")
    amount = o[("transactions.patent_transfer_license.amount", "320100", "2022")]
    assert (amount.value, amount.line_en, amount.quote_en) == (11545000000, 9, "RMB 11.545 billion")

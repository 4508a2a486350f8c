"""Wordings of city enforcement news, court reports and English briefs, written for these tests: the people's courts
named with no place are the country's (2014年，人民法院共新收…); a case count named by the infringed right
(查处侵犯注册商标专用权案件) is the trademark cases'; the filings at one office (商标受理窗口) are a part of the city's;
a share's noun after the percent (继续保持全区近40%占比); a kind named before a list of family nouns ("Regarding
patents for invention, 110,091 filings and 16,242 grants") or after it ("… grants for invention patents"); a place
printed without 第 in Chinese numerals (位居全国一位); products under GI protection (获得国家地理标志保护的产品)."""
import pytest

from factsets import mapped


@pytest.fixture
def run(text_runner):
    return text_runner("500000")


def test_the_peoples_courts_named_alone_are_the_countrys(run):
    got = mapped(run("2014年，人民法院共新收各类知识产权案件133863件。2014年，全市法院共受理知识产权案件2676件，审结2385件。\n"))
    assert {("courts.cases.accepted", "2676"), ("courts.cases.concluded", "2385")} <= got
    assert not any(v == "133863" for _, v in got)


def test_cases_named_by_the_infringed_right(run):
    got = mapped(run("2022年全市市场监管部门查处侵犯注册商标专用权案件57件。\n", region="610500"))
    assert ("enforcement.cases.trademark", "57") in got
    assert not any(i.startswith("trademarks.") for i, _ in got)


def test_filings_at_one_office_are_no_citys_total(run):
    got = mapped(run("今年上半年，南宁商标受理窗口共受理商标注册申请990件。全市新增注册商标9586件。\n", region="450100"))
    assert ("trademarks.registrations", "9586") in got
    assert not any(v == "990" for _, v in got)


def test_a_shares_noun_after_the_percent(run):
    got = mapped(run("截至2020年6月底，南宁市有效注册商标总量达到102148件，继续保持全区近40%占比。\n", region="450100"))
    assert ("trademarks.valid.share_province_pct", "40") in got


def test_a_kind_named_before_or_after_a_list_of_family_nouns(run):
    got = mapped(run("Patent applications in the province totaled 472,656 in 2012.\n\nRegarding patents for invention, "
                     "110,091 filings and 16,242 grants were recorded.\n", region="320000", languages="[en]"), "en")
    assert {("patents.applications.invention", "110091"), ("patents.granted.invention", "16242")} <= got
    got = mapped(run("Patent applications in the province totaled 472,656 in 2012.\n\nThere were 110,091 filings and "
                     "16,242 grants for invention patents.\n", region="320000", languages="[en]"), "en")
    assert {("patents.applications.invention", "110091"), ("patents.granted.invention", "16242")} <= got
    assert not any(v == "110091" and i != "patents.applications.invention" for i, v in got)


def test_a_bare_place_in_chinese_numerals_and_gi_products_protected(run):
    got = mapped(run("2008年全省专利授权量62031件，连续14年位居全国一位。截至2008年底，全省获得国家地理标志保护的产品共有31项。\n",
                     region="440000"))
    assert {("patents.granted", "62031"), ("patents.granted.rank_national", "1"), ("gi.products", "31")} <= got

"""Wordings of city courts' news, older provincial news and yearbooks, written for these tests: a county's or district's
people's court (or procuratorate) named in its city's report is that county's (its one basic court), not the city's
total and not dropped; 立案审理 is a court's cases accepted; the eleventh five-year plan's period (“十一五”期间) is a span
like the later ones; short items listed before a term that share its tail (驰名、省、市著名商标) are each that term's; figures
printed side by side with spaces (a table row read as prose) are never joined into one number; the places a rank is
among counted before it (在全国31个省(区、市)中排名第26位) are no statistic and leave the rank its statement's; a web
page's breadcrumb (首页 > 淮安新闻 > 楚州新增加5件著名商标) gives the section's place to no figure of the title; a year's
clause, a bound's and then the level (2010年，突破2.5万件，达25971件) is the statement of the year before in another year;
marks recognised after an authority's approval (经…商标局批复和通报，…9件商标被认定为中国驰名商标) or said to be added again
(再添9件中国驰名商标) are the ones added, not the stock; cases ended in a manner (以调解、撤诉方式结案2980件) are a part of
those concluded, not all of them; a court's technology contract disputes (新收技术合同纠纷案件174件; "technology contract
disputes") are neither technology contracts nor all the court's cases."""
import pytest

from factsets import dated, mapped, placed
from build_scripts.parse.numbers import normalize_zh


@pytest.fixture
def run(text_runner):
    return text_runner("350400")


def test_a_county_court_named_in_its_citys_report_is_the_countys(run):
    got = placed(run("2022至2024年全市法院共受理知识产权案件1718件，审结1711件。其中，沙县区人民法院受理知识产权案件706件，"
                     "审结695件；明溪县人民法院受理知识产权案件532件，审结529件。\n", languages="[zh]",
                     meta="    period: 2022-01/2024-12\n"))
    assert {("courts.cases.accepted", "350400", "1718"), ("courts.cases.accepted", "350405", "706"),
            ("courts.cases.concluded", "350405", "695"), ("courts.cases.accepted", "350421", "532"),
            ("courts.cases.concluded", "350421", "529")} <= got
    got = placed(run("2023年，福州市中级人民法院受理知识产权案件900件。\n", languages="[zh]"))
    assert not any(v == "900" and region.startswith("35") for _, region, v in got)     # (another city's one court)


def test_cases_filed_and_heard_are_cases_accepted(run):
    got = dated(run("2024年以来，法院在知识产权审判工作中成绩斐然，立案审理850件，审结902件。\n", region="321302",
                    languages="[zh]", meta="    period: 2024-01/2025-04\n"))
    assert {("courts.cases.accepted", "850", "2024-01/2025-04"), ("courts.cases.concluded", "902", "2024-01/2025-04")} <= got


def test_the_eleventh_plans_period_is_a_span(run):
    got = dated(run("“十一五”期间，我省专利申请量为11480件，授权量达6046件。\n", region="620000", languages="[zh]"))
    assert {("patents.applications", "11480", "2006-01/2010-12"), ("patents.granted", "6046", "2006-01/2010-12")} <= got


def test_items_sharing_a_terms_tail_are_each_that_term(run):
    got = dated(run("截至6月底，全市驰名、省、市著名商标总量分别达到82件、378件和416件。\n", region="370200", languages="[zh]",
                    meta="    period: 2023-01/2023-06\n"))
    assert {("trademarks.well_known", "82", "2023-06-30"), ("trademarks.famous_provincial", "378", "2023-06-30"),
            ("trademarks.famous_municipal", "416", "2023-06-30")} <= got


def test_figures_side_by_side_stay_apart():
    assert normalize_zh("申请授权量合计 1455 2413 6432")[0] == "申请授权量合计1455、2413、6432"
    assert normalize_zh("长沙市 34800 14266 41.46 1")[0] == "长沙市34800、14266、41.46、1"
    assert normalize_zh("共有12 345件")[0] == "共有12345件"       # (thousands set apart by a space: one figure)
    assert normalize_zh("2023 年 5 月")[0] == "2023年5月"


def test_a_rank_among_counted_places_is_its_statements(run):
    got = placed(run("2010年甘肃省专利申请量达3558件，再创历史新高，在全国31个省(区、市)中排名第26位。\n", region="620000",
                     languages="[zh]"))
    assert {("patents.applications", "620000", "3558"), ("patents.applications.rank_national", "620000", "26")} <= got
    got = placed(run("2010年全市专利申请量达3558件，在全省17个城市中排名第二。\n", region="370200", languages="[zh]"))
    assert ("patents.applications.rank_province", "370200", "2") in got


def test_a_breadcrumbs_section_place_is_no_titles_place(run):
    got = placed(run("首页 > 淮安新闻 > 楚州新增加5件著名商标\n\n2010年度楚州区共有5件商标被新认定为江苏省著名商标。\n",
                     region="320803", languages="[zh]"))
    assert ("trademarks.famous_provincial.new", "320803", "5") in got
    assert not any(region == "320800" for _, region, _ in got)


def test_a_year_its_bound_and_its_level_after_a_statement(run):
    got = dated(run("2009年，宁波专利授权量成功突破1万件，达15824件；2010年，突破2.5万件，达25971件；去年突破3.5万件。\n",
                    region="330200", languages="[zh]"))
    assert {("patents.granted", "15824", "2009"), ("patents.granted", "25971", "2010")} <= got
    assert not any(v in ("25000", "25000.0") for _, v, _ in got)


def test_marks_recognised_after_an_approval_or_added_again_are_additions(run):
    got = dated(run("经国家工商总局商标局批复和通报，青岛的“妙府”、“大泽山”等9件商标被认定为中国驰名商标。\n", region="370200",
                    languages="[zh]", meta="    period: 2023-01/2023-06\n"))
    assert ("trademarks.well_known.new", "9", "2023-01/2023-06") in got
    assert not any(i == "trademarks.well_known" for i, _, _ in got)
    got = dated(run("青岛再添9件中国驰名商标\n", region="370200", languages="[zh]", meta="    period: 2023-01/2023-06\n"))
    assert ("trademarks.well_known.new", "9", "2023-01/2023-06") in got


def test_cases_ended_in_a_manner_are_no_total(run):
    got = mapped(run("2024年，全省法院审结知识产权案件3600件。全省知识产权案件以调解、撤诉方式结案共计2980件，调撤率达83.12%。\n",
                     region="230000", languages="[zh]"))
    assert ("courts.cases.concluded", "3600") in got
    assert not any(v == "2980" for _, v in got)


def test_technology_contract_disputes_are_no_contracts_and_no_total(run):
    got = mapped(run("2024年，全市法院新收技术合同纠纷案件174件，审结208件。\n", region="420100", languages="[zh]"))
    assert not any(v in ("174", "208") for _, v in got)
    got = mapped(run("In 2024, the courts of the city accepted 174 technology contract disputes and concluded 208.\n",
                     region="420100", languages="[en]"), "en")
    assert not any(v in ("174", "208") for _, v in got)

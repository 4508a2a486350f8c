"""Wordings of news items, written for these tests: a figure restated without its span (a title and a lead give a
plan's total with no words of its years, the body gives those years and the year's own figure: the year keeps its
own); the count of units on a published list (…名单，本省12件商标榜上有名) are the list's additions, and a sentence that opens
至此 takes up the one before it (至此，…总数达到96件: the 12 were added)."""
import pytest

from factsets import dated_num


@pytest.fixture
def run(text_runner):
    return text_runner("630100")


def test_a_plans_total_restated_without_its_years_gives_way_to_the_years_own(run):
    text = ("本市专利申请量达到7320件 年均增长24.1%\n"
            "记者从市科技局获悉，本市专利申请量达到7320件，年均增长24.1%。\n"
            "“十三五”期间全市专利申请量达到7320件，年均增长24.1%。2020年，全市专利申请量达到2204件，其中发明专利申请611件。\n")
    got = dated_num(run(text, languages="[zh]", meta="    period: '2020'\n"))
    assert {("patents.applications", "2204", "2020"), ("patents.applications", "7320", "2016-01/2020-12")} <= got
    assert ("patents.applications", "7320", "2020") not in got


def test_units_on_a_published_list_and_a_sentence_that_opens_thereby(run):
    text = "4月20日，国家知识产权局公布新认定的一批中国驰名商标名单，青海12件商标榜上有名。至此，青海驰名商标总数达到96件。\n"
    got = dated_num(run(text, region="630000", languages="[zh]", meta="    period: 2023-01/2023-04\n"))
    assert {("trademarks.well_known.new", "12", "2023-01/2023-04"), ("trademarks.well_known", "96", "2023-04-30")} <= got
    assert ("trademarks.well_known", "12", "2023-04-30") not in got


def test_units_that_entered_a_published_list_before_the_stock_to_date(run):
    text = "根据公布的最新一批中国驰名商标名单，西宁3件商标入选。截至目前，西宁全市的中国驰名商标达17件。\n"
    got = dated_num(run(text, languages="[zh]", meta="    period: 2023-01/2023-04\n"))
    assert {("trademarks.well_known.new", "3", "2023-01/2023-04"), ("trademarks.well_known", "17", "2023-04-30")} <= got
    assert ("trademarks.well_known", "3", "2023-04-30") not in got


def test_a_sentence_that_opens_thereby_with_its_total_in_an_earlier_clause(run):
    text = ("“甲”、“乙”等21件商标被国家工商总局商标局认定为中国驰名商标。至此，我省驰名商标总数突破百件，达到104件。\n")
    got = dated_num(run(text, region="530000", languages="[zh]", meta="    period: 2023-01/2023-08\n"))
    assert {("trademarks.well_known.new", "21", "2023-01/2023-08"), ("trademarks.well_known", "104", "2023-08-31")} <= got

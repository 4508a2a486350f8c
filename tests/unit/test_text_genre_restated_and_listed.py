"""Wordings of news items, written for these tests: a figure restated without its span (a title and a lead give a
plan's total with no words of its years, the body gives those years and the year's own figure: the year keeps its
own); a round mark far below the exact figure (突破2万件 against 61200件: a mark of something else, not of it); the
count of units on a published list (…名单，本省12件商标榜上有名) are the list's additions, and a sentence that opens
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


def test_a_round_mark_far_below_the_exact_figure_is_not_its_mark(run):
    text = ("青海去年专利申请突破2万件 提升两个位次\n"
            "本省专利申请量又取得新突破！记者3月2日从省知识产权局获悉，2023年青海专利申请突破2万件大关，发明专利申请在全国提升两个位次。\n"
            "2023年全省专利申请61200件，同比增长12.5%，其中发明专利申请21480件。\n")
    got = dated_num(run(text, region="630000", languages="[zh]"))
    assert {("patents.applications", "61200", "2023"), ("patents.applications.invention", "21480", "2023")} <= got
    assert ("patents.applications", "20000", "2023") not in got


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

"""Wordings of reviews of several years, written for these tests: a span opened by 自/从 and a year with the words of
an event before 以来 (自2019年本市获批建设知识产权强市以来); a running total over a list of terms stated 累计分别 (the cue
before the list's first figure is the list's, not a total of the figure before); a report whose own period spans
several years (a five-year plan's review), where a 累计 flow with no date is the flow over those years; a span of
years in a figure's own clause (全市5年累计授权专利) after a date that opens the sentence."""
import pytest

from factsets import dated_num as dated


@pytest.fixture
def run(text_runner):
    return text_runner("330200")


PLAN_REVIEW = "    period: 2019-01/2023-12\n"


def test_a_span_since_an_event_of_a_year(run):
    got = dated(run("自2019年本市获批建设知识产权强市以来，全市累计申请专利41200件，授权专利26300件。\n", languages="[zh]"))
    assert {("patents.applications", "41200", "2019-01/2023-12"), ("patents.granted", "26300", "2019-01/2023-12")} <= got
    assert not any(i.endswith(".cumulative") for i, _, _ in got)


def test_a_year_with_other_words_before_since_needs_the_opening_preposition(run):
    got = dated(run("2019年本市获批建设知识产权强市，以来全市专利授权量26300件。\n", languages="[zh]"))
    assert not any(p == "2019-01/2023-12" for _, _, p in got)


def test_a_running_total_stated_over_a_list_of_terms(run):
    got = dated(run("全市专利申请、发明专利申请、专利授权、发明专利授权累计分别达41200、9300、26300、3100件。\n", languages="[zh]"))
    assert {("patents.applications.cumulative", "41200", "2023-12-31"),
            ("patents.applications.invention.cumulative", "9300", "2023-12-31"),
            ("patents.granted.cumulative", "26300", "2023-12-31"),
            ("patents.granted.invention.cumulative", "3100", "2023-12-31")} <= got


def test_totals_after_a_list_of_additions_still_pair_with_it(run):
    got = dated(run("2023年，全市新增国家知识产权示范企业3家，国家知识产权优势企业21家，总数分别达到12家和64家。\n", languages="[zh]"))
    assert {("general.ip_demonstration_enterprises", "12", "2023-12-31"),
            ("general.ip_advantage_enterprises", "64", "2023-12-31")} <= got


def test_a_plan_review_reads_an_undated_running_total_as_its_years_flow(run):
    got = dated(run("“十四五”湖南知识产权回顾\n从专利分类看，全市专利授权累计26.3万件，年均增长9.1%。其中，发明专利授权累计3.1万件。\n"
                    "截至2023年底，全市有效发明专利4.2万件。\n", languages="[zh]", meta=PLAN_REVIEW))
    assert {("patents.granted", "263000", "2019-01/2023-12"), ("patents.granted.invention", "31000", "2019-01/2023-12"),
            ("patents.valid.invention", "42000", "2023-12-31")} <= got
    assert not any(i.endswith(".cumulative") for i, _, _ in got)


def test_a_year_reports_running_total_stays_one(run):
    got = dated(run("截至2023年底，全市专利授权累计26.3万件。\n", languages="[zh]"))
    assert ("patents.granted.cumulative", "263000", "2023-12-31") in got


def test_a_span_of_years_in_the_figures_own_clause_after_an_opening_date(run):
    got = dated(run("截至2023年12月底，全市有效发明专利4.2万件，全市5年累计授权专利26.3万件。\n", languages="[zh]"))
    assert {("patents.valid.invention", "42000", "2023-12-31"), ("patents.granted", "263000", "2019-01/2023-12")} <= got


def test_a_year_end_named_by_a_word_after_the_span_dates_the_figure(run):
    got = dated(run("本市自2019年获批国家知识产权示范城市以来，工作成效明显，截至去年底，全市累计有效注册商标62000件，"
                    "作品登记累计31000件。\n", languages="[zh]", meta="    period: '2024'\n"))
    assert not any(p == "2019-01/2024-12" for _, _, p in got)


def test_a_years_figure_is_no_spans_however_long_ago_the_span_began(run):
    got = dated(run("2023年，全市共获授权专利26300件。这是自1985年专利法施行以来，本市首次实现年度专利授权量过两万件。\n",
                    languages="[zh]"))
    assert ("patents.granted", "26300", "2023") in got
    assert not any(p.startswith("1985") for _, _, p in got)

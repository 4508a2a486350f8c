"""Wordings of city press releases published the year after the year they report, written for these tests: 今年
before a part of a year (今年1-2月份, 截至今年2月底) in the report of a whole year that speaks of that year as past is
the year the report was written in, the next; in a report that does not, 今年 stays the report's own year. Pledges
counted by projects and amounts named with the kind of right (专利质押融资83个项目; 专利融资1680万). A rank after a change
is the change's when its level was ranked already (…6671件，居全省第8位，同比增长14.8%，居全省第5位)."""
import pytest

from factsets import dated, mapped


@pytest.fixture
def run(text_runner):
    return text_runner("341800")


def test_this_year_after_a_whole_year_named_as_past(run):
    got = dated(run("据介绍，2023年，全市新增授权发明专利1124件，同比增长42.8%。今年1-2月份，全市新授权发明专利153件。"
                    "截至今年2月底，全市共拥有有效发明专利6671件。\n", languages="[zh]"))
    assert {("patents.granted.invention", "1124", "2023"), ("patents.granted.invention", "153", "2024-01/2024-02"),
            ("patents.valid.invention", "6671", "2024-02-29")} <= got


def test_this_year_in_a_report_that_speaks_of_no_year_as_past(run):
    got = dated(run("今年1-2月份，全市新授权发明专利153件。截至今年2月底，全市共拥有有效发明专利6671件。\n", languages="[zh]"))
    assert {("patents.granted.invention", "153", "2023-01/2023-02"), ("patents.valid.invention", "6671", "2023-02-28")} <= got


def test_this_year_in_a_part_year_report_is_its_own(run):
    got = dated(run("2023年1-2月份，全市新授权发明专利153件。今年1-2月份，全市新授权实用新型专利900件。\n",
                    languages="[zh]", meta="    period: 2023-01/2023-02\n"))
    assert ("patents.granted.utility_model", "900", "2023-01/2023-02") in got


def test_pledges_by_projects_and_by_the_kind_of_right(run):
    got = mapped(run("2023年，全市专利质押融资83个项目，金额9.9亿元；商标质押融资12个项目，金额1.9亿元。\n", languages="[zh]"))
    assert {("finance.pledge.patent.projects", "83"), ("finance.pledge.patent.amount", "990000000.0"),
            ("finance.pledge.trademark.projects", "12"), ("finance.pledge.trademark.amount", "190000000.0")} <= got
    assert not any(i == "finance.pledge.projects" for i, _ in got)
    got = mapped(run("2023年，市场监管局帮助企业完成专利融资1680万。\n", languages="[zh]"))
    assert ("finance.pledge.patent.amount", "16800000") in got


def test_a_rank_after_the_change_of_a_level_ranked_already(run):
    got = mapped(run("截至2月底，全市共拥有有效发明专利6671件，居全省第8位，同比增长14.8%，居全省第5位。"
                     "全市专利授权量8000件，同比增长8.1%，位列全省第七。\n", languages="[zh]"))
    assert {("patents.valid.invention.rank_province", "8"), ("patents.valid.invention.yoy_pct.rank_province", "5"),
            ("patents.granted.rank_province", "7")} <= got
    assert not any(i == "patents.granted.yoy_pct.rank_province" for i, _ in got)

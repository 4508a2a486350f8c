"""Periods a figure's own words state, in statements of the genre written for these tests: a flow counted over the
years just past (三年来累计…, 近五年, "over the past three years") is a window of those years ending at the report's
end, not the report's year (a stock stays dated, a year named after the cue dates what follows it, and the level a
figure rose from over them is the year's before); a court figure dated anew after a part (其中刑事案件52件，近三年收案…)
is all kinds' again; 去年 in a repost dated years later is the report's own year."""
import pytest

from factsets import dated_num


@pytest.fixture
def run(text_runner):
    return text_runner("540000")


def test_a_flow_over_the_years_just_past_is_their_window(run):
    got = dated_num(run("截至2023年9月底，全区注册商标总量达7275件。三年来累计查处商标案件174件，罚没款134.86万元。\n",
                        meta="    period: 2023-01/2023-09\n", languages="[zh]"))
    assert ("enforcement.cases.trademark", "174", "2021-01/2023-09") in got
    assert ("trademarks.valid", "7275", "2023-09-30") in got        # (a stock keeps its date)
    got = dated_num(run("近两年，全区罚没款134.86万元。\n", meta="    period: '2023'\n", languages="[zh]"))
    assert ("enforcement.fines", "1348600", "2022-01/2023-12") in got
    got = dated_num(run("Over the past three years, the region handled 174 trademark cases, with 1.3486 million yuan of fines and confiscations.\n",
                        meta="    period: '2023'\n", languages="[en]"), "en")
    assert ("enforcement.cases.trademark", "174", "2021-01/2023-12") in got


def test_a_year_named_after_the_years_just_past_dates_the_figure(run):
    got = dated_num(run("近三年来，全区专利申请量逐年增长，2023年专利申请量达到2061件。\n", meta="    period: '2023'\n", languages="[zh]"))
    assert ("patents.applications", "2061", "2023") in got
    got = dated_num(run("2023年以来，全区专利申请量达到2061件。\n", meta="    period: '2023'\n", languages="[zh]"))
    assert ("patents.applications", "2061", "2023") in got         # (a year since: not “23年以来”)


def test_a_court_figure_dated_anew_after_a_part_is_all_kinds(run):
    got = dated_num(run("2015年至2023年，区法院共审结知识产权案件7574件，其中刑事案件52件，近三年收案5475件。\n",
                        region="610113", meta="    period: '2023'\n", languages="[zh]"))
    assert {("courts.cases.concluded", "7574", "2015-01/2023-12"), ("courts.criminal_cases.concluded", "52", "2015-01/2023-12"),
            ("courts.cases.accepted", "5475", "2021-01/2023-12")} <= got
    assert not [g for g in got if g[0].startswith("courts.criminal_cases.accepted")]


def test_last_year_in_a_repost_dated_years_later_is_the_reports_year(run):
    got = dated_num(run("去年全省法院共受理各类知识产权案件13696件。\n", region="410000", languages="[zh]",
                        meta="    period: '2020'\n    published: '2024-04-20'\n"))
    assert ("courts.cases.accepted", "13696", "2020") in got
    got = dated_num(run("去年全省法院共受理各类知识产权案件13696件。\n", region="410000", languages="[zh]",
                        meta="    period: 2021-01/2021-06\n    published: '2021-07-20'\n"))
    assert ("courts.cases.accepted", "13696", "2020") in got      # (a half year's report: the year before it)


def test_levels_risen_from_a_running_total_to_the_present(run):
    got = dated_num(run("全区中国驰名商标数量从2008年的累计10件，增长至目前的19件。\n", languages="[zh]",
                        meta="    period: '2023'\n    published: '2024-03-06'\n"))
    assert {("trademarks.well_known", "10", "2008-12-31"), ("trademarks.well_known", "19", "2024-03-06")} <= got

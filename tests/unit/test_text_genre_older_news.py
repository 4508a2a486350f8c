"""Wordings of older city news and English wire copy, written for these tests: marks recognised in one event (近日，…5件
商标被认定为中国驰名商标; 11件商标被认定为福建省著名商标) are the ones added, not the stock; courts' cases named by all
their kinds and instances with a total word (民事、行政和刑事一、二审案件总计3274件) are all the cases, and a second
instance's cases listed after a first's (…一审…277件、二审…20件) no figure of all instances; in English, a place's
appositive (Ningbo, a city of southeast China's Zhejiang Province) leaves the figure Ningbo's, a title with no stop is
no part of the paragraph under it, "a total of N applications were granted" is grants, bare numbers said to be of a
kind ("1,684 were on invention patents") are that kind's, a kind's share "of the total" is of its family, and a year
after a figure compared with another is the other's."""
import pytest

from factsets import dated, mapped, placed


@pytest.fixture
def run(text_runner):
    return text_runner("370800")


def test_marks_recognised_in_one_event_are_added(run):
    got = dated(run("近日，记者获悉，济宁的“金太阳”、“辰欣”等5件商标被认定为中国驰名商标。截至目前，全市共有中国驰名商标22件。\n",
                    languages="[zh]"))
    assert {("trademarks.well_known.new", "5", "2023"), ("trademarks.well_known", "22", "2023-12-31")} <= got
    got = dated(run("日前，集美区有11件商标被认定为福建省著名商标。截至目前，集美区共拥有福建省著名商标51件。\n",
                    region="350211", languages="[zh]"))
    assert {("trademarks.famous_provincial.new", "11", "2023"), ("trademarks.famous_provincial", "51", "2023-12-31")} <= got
    got = mapped(run("截至2023年底，全市共有19家企业被确定为国家知识产权优势企业。\n", languages="[zh]"))
    assert ("general.ip_advantage_enterprises", "19") in got       # a running total, no event


def test_courts_cases_of_all_kinds_and_instances_and_one_instance_listed_after_another(run):
    got = mapped(run("2023年，全市法院共受理知识产权民事、行政和刑事一、二审案件总计3274件，审结3288件。"
                     "审结一审知识产权刑事案件277件、二审知识产权刑事案件20件。\n", region="310000", languages="[zh]"))
    assert {("courts.cases.accepted", "3274"), ("courts.cases.concluded", "3288"),
            ("courts.criminal_cases.first_instance.concluded", "277")} <= got
    assert not any(v == "20" for _, v in got)


NINGBO = ("Zhejiang: Ningbo seeing an optimized patent structure\n\n"
          "In the first half of 2023, the number of patent applications in Ningbo, a city of southeast China's Zhejiang "
          "Province, reached 24,365, up 16.3% year-on-year, in which, 1,684 were on invention patents, 8,206 were associated "
          "with utility models, 14,475 were related to designs, increasing by 25.2%, 65.2% and 19.3% respectively; a total of "
          "13,745 applications were granted, including 780 invention patents, 5,655 utility models and 7,310 design patents.\n\n"
          "The number of invention patent grants hit a record, accounting for 5.67% of the total compared with 4.7% in 2022.\n")


def test_an_english_wire_story_of_a_city_under_its_title(run):
    result = run(NINGBO, region="330200", languages="[en]", meta="    period: 2023-01/2023-06\n")
    got = placed(result)
    assert {("patents.applications", "330200", "24365"), ("patents.applications.invention", "330200", "1684"),
            ("patents.applications.utility_model", "330200", "8206"), ("patents.applications.design.yoy_pct", "330200", "19.3"),
            ("patents.granted", "330200", "13745"), ("patents.granted.invention", "330200", "780")} <= got
    assert not any(region == "330000" for _, region, _ in got)
    assert ("patents.granted.invention.share_granted_pct", "5.67", "2023-01/2023-06") in dated(result, "en")
    assert not any(v == "13745" and i.startswith("patents.applications") for i, _, v in got)


def test_windows_opened_are_no_trademarks_and_their_total_none_either(run):
    got = mapped(run("The number of valid registered trademarks exceeded 1.12 million.\n\nThe city opened 12 new trademark "
                     "business windows at the district and county level, bringing the total to 27.\n",
                     region="510100", languages="[en]"), "en")
    assert ("trademarks.valid", "1120000.00") in got
    assert not any(v in ("12", "27") for _, v in got)


def test_a_share_whose_whole_names_no_total_is_read_without_a_stop(run):
    got = mapped(run("In 2023, invention patent grants rose, accounting for 30% in the province.\n", region="320000",
                     languages="[en]"), "en")
    assert not any(v == "30" for _, v in got)

"""What a count or a change is of, in statements of the genre written for these tests: marks registered as
GI marks (4件商标获准注册为地理标志证明商标: the GI marks added, not trademark registrations); marks recognised
since a year (2014年以来…3件商标被认定为中国驰名商标: added over those years); a count recognised in the year
before the total it brought the stock to (认定…10件，总数达到49件); a change over the time before an event
(较试点前增长); one change said of each of two listed terms with 均; import and export infringement cases,
which only customs stop; (en) a figure whose term stands between it and an aside in brackets before its
rank; the earlier level a figure is compared with; a goal's figures after its word and a colon; and a term
that ends inside a longer one counting another unit (知识产权质押融资项目: projects, not the amount)."""
import pytest

from factsets import dated_num, mapped


@pytest.fixture
def run(text_runner):
    return text_runner("450100")


def test_marks_registered_as_gi_marks_are_gi_marks_added(run):
    got = dated_num(run("2023年，全市又有4件商标获准注册为地理标志证明商标，累计达到12件。\n", languages="[zh]"))
    assert {("gi.trademarks.certification.new", "4", "2023"), ("gi.trademarks.certification", "12", "2023-12-31")} <= got
    assert not [k for k in got if k[0].startswith("trademarks.registrations")]
    got = dated_num(run("2023年，全市有3.5万件商标获准注册，同比增长10%。\n", languages="[zh]"))
    assert ("trademarks.registrations", "35000", "2023") in got     # (registered, as nothing else: registrations)


def test_marks_recognised_since_a_year_are_added_over_those_years(run):
    got = dated_num(run("2021年以来，“甲乙”“丙丁”等3件商标被认定为中国驰名商标。目前，全区拥有中国驰名商标13件。\n",
                        region="540000", languages="[zh]", meta="    period: '2023-01/2023-09'\n"))
    assert ("trademarks.well_known.new", "3", "2021-01/2023-09") in got
    assert ("trademarks.well_known", "13", "2023-09-30") in got
    assert not [k for k in got if k[0] == "trademarks.well_known" and k[1] == "3"]


def test_a_count_before_the_total_it_brought_the_stock_to_is_the_addition(run):
    got = dated_num(run("2023年，国家工商总局认定本省中国驰名商标为历年最多，达10件，总数达到49件。\n", region="140000",
                        languages="[zh]"))
    assert {("trademarks.well_known.new", "10", "2023"), ("trademarks.well_known", "49", "2023-12-31")} <= got
    got = dated_num(run("截至2023年底，全省中国驰名商标49件，有效注册商标总数达到42000件。\n", region="140000", languages="[zh]"))
    assert ("trademarks.well_known", "49", "2023-12-31") in got          # (another stock's total: no addition)


def test_a_change_over_the_time_before_an_event_is_no_years_change(run):
    got = mapped(run("截至2020年底，全区有效发明专利435件，较试点前增长145.76%；有效注册商标总量8017件，比创建前增长67.1%。\n",
                     region="500151", languages="[zh]"))
    assert {("patents.valid.invention", "435"), ("trademarks.valid", "8017")} <= got
    assert not [i for i, _ in got if i.endswith("yoy_pct")]
    got = mapped(run("截至2020年底，全区有效发明专利435件，比上年增长14.5%。\n", region="500151", languages="[zh]"))
    assert ("patents.valid.invention.yoy_pct", "14.5") in got


def test_one_change_of_each_listed_term(run):
    got = mapped(run("2020年，全省法院共受理知识产权案件6262件，结案5540件，收案数和结案数较上一年度同比均上升25%。\n",
                     region="530000", languages="[zh]"))
    assert {("courts.cases.accepted.yoy_pct", "25"), ("courts.cases.concluded.yoy_pct", "25")} <= got


def test_import_and_export_infringement_cases_are_customs(run):
    got = mapped(run("2010年，全市查处进出口侵犯知识产权案件221起，查扣侵权货物706万件。\n", region="120000", languages="[zh]"))
    assert {("customs.cases", "221"), ("customs.pieces", "7060000")} <= got


def test_en_a_rank_after_an_aside_that_follows_the_figures_words(run):
    got = mapped(run("By the end of 2016, Lu'an had 35 registered trademarks of geographical indications (including 34 "
                     "agricultural related trademarks), ranking first in Anhui.\n", region="341500", languages="[en]"), "en")
    assert {("gi.trademarks", "35"), ("gi.trademarks.rank_province", "1")} <= got


def test_the_earlier_level_compared_with_after_a_change_or_opening_the_next_sentence(run):
    got = dated_num(run("2023年全市专利申请量16384件，同比增长27.5%，与2018年5525件相比，涨幅达196.5%。\n", languages="[zh]"))
    assert {("patents.applications", "16384", "2023"), ("patents.applications.yoy_pct", "27.5", "2023"),
            ("patents.applications", "5525", "2018")} <= got
    got = dated_num(run("2023年全市专利授权量为488件。与2022年同期272件相比增长了79.41%。\n", languages="[zh]"))
    assert {("patents.granted", "488", "2023"), ("patents.granted", "272", "2022"),
            ("patents.granted.yoy_pct", "79.41", "2023")} <= got


def test_a_goals_figures_after_its_word_and_a_colon(run):
    got = mapped(run("2023年，省政府制定了商标工作目标：到2025年全省新创驰名商标100件，总数达到179件。截至2023年底，"
                     "全省中国驰名商标189件。\n", region="210000", languages="[zh]"))
    assert ("trademarks.well_known", "189") in got
    assert not [k for k in got if k[1] in ("100", "179")]


def test_a_longer_term_counting_another_unit_takes_over(run):
    got = mapped(run("2023年，全市知识产权质押融资项目156笔，融资金额21.3亿元。\n", languages="[zh]"))
    assert {("finance.pledge.projects", "156"), ("finance.pledge.amount", "2130000000.0")} <= got
    got = mapped(run("2023年，全市高价值发明专利拥有量3.1万件，同比增长18.3%。\n", languages="[zh]"))
    assert ("patents.valid.high_value_invention", "31000.0") in got      # (the same unit: the longer wording stays)

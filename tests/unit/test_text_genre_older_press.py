"""Wordings of older press items and statistics reports, written for these tests: a county's own words (我县) in a
county's report, past a page's source line that names an agency of another city; a web copy's pinyin whose bracket was
lost; a running total's verb-only item (累计申请…件，授权…件); 新增加 (added, no rise); online piracy cases as a part;
a year named inside 截至…月 (that year's flow to date); a group of cities named in the
sentence's first clause and the parts after it; the owners a share comes from (…%的专利申请出自企业); parts listed after a
running total in the sentence before; kinds of an owner's part; a kind's word before 申请 alone; and English: the
owners as a sentence's subject of a share, companies counted with each one's threshold, a head noun alone after
"the number of", "It soared to …", "Last year, …", "with N receiving full authorization", a perfect tense over a list,
and an authority's name that holds the word "Industry"."""
import pytest

from factsets import dated, mapped, placed_num


@pytest.fixture
def run(text_runner):
    return text_runner("330723")


def test_a_countys_own_words_past_a_source_line_naming_another_city(run):
    text = ("某县注册商标总数突破5000大关\n来源:绵阳某某知识产权代理有限公司 发布时间:2023年06月20日 查看次数:1161\n"
            "据统计,今年上半年,我县新增注册商标307件,至此,我县注册商标总数达到5280件。\n")
    got = placed_num(run(text, languages="[zh]"))
    assert ("trademarks.valid", "330723", "5280") in got
    assert not any(code.startswith("5107") for _, code, _ in got)


def test_a_pinyin_gloss_whose_bracket_was_lost(run):
    got = mapped(run("2023年,全省發明專利申請?jiān)龇@著,達到2796件,比上年增長42.1%。\n", region="360000", languages="[zh]"))
    assert {("patents.applications.invention", "2796"), ("patents.applications.invention.yoy_pct", "42.1")} <= got


def test_a_running_totals_verb_only_item_and_an_addition_said_new_added(run):
    got = dated(run("2023年,全省累计申请专利77263件,授权41993件。全省驰名商标新增加9件,有效驰名商标拥有量已达29件。"
                    "全省查处了124件网络侵权盗版案件。\n", region="230000", languages="[zh]"))
    assert {("patents.applications.cumulative", "77263", "2023-12-31"), ("patents.granted.cumulative", "41993", "2023-12-31"),
            ("trademarks.well_known.new", "9", "2023")} <= got
    assert not any(v in ("41993", "124") and not i.endswith(".cumulative") for i, v, _ in got)


def test_a_year_named_inside_an_up_to_date_is_that_years_flow(run):
    got = dated(run("截至11月份,安徽省2023年共申请专利35272件,居全国第7位,同比增长55.1%。\n", region="340000",
                    languages="[zh]", meta="    period: 2023-01/2023-11\n"))
    assert {("patents.applications", "35272", "2023-01/2023-11"), ("patents.applications.rank_national", "7", "2023-01/2023-11"),
            ("patents.applications.yoy_pct", "55.1", "2023-01/2023-11")} <= got


def test_a_group_in_the_first_clause_its_parts_and_the_owners_a_share_comes_from(run):
    got = mapped(run("2023年全省专利申请40000件。合芜蚌三市申请量依然居全省前列,申请专利23552件,同比增长21.2%。"
                     "其中申请发明专利3519件,同比增长38.4%。全省有85.7%的专利申请出自企业。\n", region="340000", languages="[zh]"))
    assert ("patents.applications.enterprise.share_pct", "85.7") in got
    assert not any(v in ("23552", "3519", "21.2", "38.4") for _, v in got)


def test_parts_after_a_running_total_and_kinds_of_an_owners_part(run):
    got = dated(run("截至2023年12月止,湖北省专利申请累计为216678件。其中,发明、实用新型、外观设计专利申请数量分别为48016件、"
                    "99030件和69632件。2023年,湖北省专利申请42510件,其中,发明专利申请为10327件;实用新型申请为17410件;"
                    "外观设计申请为14773件。职务申请中,发明、实用新型、外观设计职务申请分别为7989件、10417件、11163件。\n",
                    region="420000", languages="[zh]"))
    assert {("patents.applications.invention.cumulative", "48016", "2023-12-31"),
            ("patents.applications.utility_model", "17410", "2023"), ("patents.applications.design", "14773", "2023")} <= got
    assert not any(v in ("7989", "10417", "11163") for _, v, _ in got)


def test_english_owners_share_and_units_counted_with_a_threshold(run):
    got = mapped(run("Jiangsu had more than 348,000 patent applications filed in 2023.\nCompanies were the driving force with "
                     "nearly 60 percent of the patents granted in the province last year.\nThe number of companies that each had "
                     "at least 100 patent filings grew to 405 from 20 in 2016.\n", region="320000", languages="[en]"), "en")
    assert {("patents.applications", "348000"), ("patents.granted.enterprise.share_pct", "60")} <= got
    assert not any(v in ("405", "20", "100") for _, v in got)


def test_english_series_of_a_head_noun_alone_and_its_outcome(run):
    text = ("Since 2000, the number of patent applications has kept growing. In 2000, the number of applications was 10,000. "
            "It soared to 20,000 in 2015 and 30,000 in 2016. Last year, the total number of application reached 60,247 with "
            "26,688 receiving full authorization. By the end of 2023, the province had applied for 638 foreign patents and "
            "413 PCT applications.\n")
    got = dated(run(text, region="370000", languages="[en]"), "en")
    assert {("patents.applications", "10000", "2000"), ("patents.applications", "20000", "2015"),
            ("patents.applications", "30000", "2016"), ("patents.applications", "60247", "2023"),
            ("patents.granted", "26688", "2023"), ("patents.pct.applications.cumulative", "413", "2023-12-31")} <= got


def test_english_valid_marks_registered_an_authoritys_name_and_trademark_financing(run):
    text = ("Up To September, The Number Of Valid Trademarks Registered In Guangdong Province Has Reached 1.9 Million\n"
            "By the end of 2023, the total number of well-known trademarks recognized and protected by the State Administration "
            "for Industry and Commerce reached 730. In 2023, the amount of trademark rights financing reached 2 billion yuan.\n")
    got = placed_num(run(text, region="440000", languages="[en]"), "en")
    assert {("trademarks.valid", "440000", "1900000"), ("trademarks.well_known", "440000", "730"),
            ("finance.pledge.trademark.amount", "440000", "2000000000")} <= got


def test_two_kinds_joint_share_is_neithers_and_a_list_of_terms_still_shares_its_rank(run):
    got = mapped(run("2023年，全市专利申请5000件，发明和实用新型申请占所有申请的84%。\n", region="440400", languages="[zh]"))
    assert not any(v == "84" for _, v in got)
    got = mapped(run("2023年，全市发明专利拥有量、发明专利授权量等核心指标均保持全省第一。\n", region="320100", languages="[zh]"))
    assert {("patents.valid.invention.rank_province", "1"), ("patents.granted.invention.rank_province", "1")} <= got

"""Wordings of older trademark news and yearbooks, written for these tests: the members of a published list of
recognitions (公布的…名单中，全省有N件) are the batch's additions, and marks that became a kind of mark (N件注册商标成为
“中国驰名商标”) too; the country's authority as the subject of its act (国家工商总局公布…认定的N件) makes the figure the
country's, not the report's region's, unless a place is named after it; marks held (已拥有各类注册商标N件) are the valid
marks; a rank after a rank among a group of provinces; a yearbook's running text wrapped in the middle of a word
(…全年共签订各类技 / 术交易合同162项)."""
import pytest

from factsets import dated, mapped, placed_num


@pytest.fixture
def run(text_runner):
    return text_runner("370300")


def test_a_published_lists_members_and_marks_that_became_well_known(run):
    text = ("近日,国家工商总局公布2023年认定的98件“中国驰名商标”,本市一家企业名列其中。国家工商总局这次公布的中国驰名商标名单中,"
            "山东省有6件,其中淄博2件、烟台1件。2023年淄博有4件注册商标成为“中国驰名商标”,淄博中国驰名商标拥有量达到19件。\n")
    got = placed_num(run(text, languages="[zh]"))
    assert {("trademarks.well_known.new", "370000", "6"), ("trademarks.well_known.new", "370600", "1"),
            ("trademarks.well_known", "370300", "19")} <= got
    assert not any(v == "98" for _, _, v in got)
    assert not any(i == "trademarks.well_known" and v in ("6", "2", "1", "4") for i, _, v in got)


def test_a_national_authority_cited_as_a_source_or_before_a_place_leaves_the_region(run):
    got = placed_num(run("据国家知识产权局统计,2023年全市发明专利授权量1000件。国家知识产权局公布,2023年我市专利授权量5000件。\n",
                         languages="[zh]"))
    assert {("patents.granted.invention", "370300", "1000"), ("patents.granted", "370300", "5000")} <= got


def test_marks_held_and_a_rank_after_a_rank_among_a_group(run):
    got = dated(run("截至2023年底,全省已拥有各类注册商标5万余件。全省驰名商标拥有量在中西部地区居第一位,在全国居第十位。\n",
                    region="430000", languages="[zh]"))
    assert {("trademarks.valid", "50000", "2023-12-31"), ("trademarks.well_known.rank_national", "10", "2023-12-31")} <= got


def test_running_text_wrapped_inside_a_word(run):
    text = ("全年批准高新技术企业57家,至年末累计批准高新技术企业409家。全年共签订各类技\n"
            "术交易合同162项,比上年增长14.1%;技术交易合同额15253万元,增长10.3%。\n")
    got = mapped(run(text, languages="[zh]"))
    assert {("transactions.tech_contracts", "162"), ("transactions.tech_contracts.yoy_pct", "14.1"),
            ("transactions.tech_contracts.amount", "152530000"), ("transactions.tech_contracts.amount.yoy_pct", "10.3")} <= got


def test_a_short_title_line_is_not_joined_to_the_next(run):
    got = mapped(run("商标工作取得新进展\n全市有效注册商标3000件。\n", languages="[zh]"))
    assert ("trademarks.valid", "3000") in got


def test_so_far_in_all_is_a_running_total(run):
    got = dated(run("目前,我市共授权专利40398件,其中发明3047件。2023年,全市共授权专利4000件,同比增长5%。\n", languages="[zh]",
                    meta="    period: 2023-01/2023-06\n"))
    assert {("patents.granted.cumulative", "40398", "2023-06-30"), ("patents.granted.invention.cumulative", "3047", "2023-06-30"),
            ("patents.granted", "4000", "2023-01/2023-06")} <= got


def test_a_national_authoritys_act_after_a_dateline_and_a_place_it_recognised(run):
    got = placed_num(run("本报淄博1月6日讯(记者 王某)1月5日,国家工商总局公布2023年下半年认定的98件“中国驰名商标”。"
                         "截至2023年底,我省被国家工商行政管理总局认定的中国驰名商标达到119件。\n", languages="[zh]"))
    assert ("trademarks.well_known", "370000", "119") in got
    assert not any(v == "98" for _, _, v in got)


def test_a_capital_by_its_press_short_form(text_runner):
    got = placed_num(text_runner("150200")("据了解,目前呼市拥有驰名商标8件,知名商标20件。包头市已拥有中国驰名商标10件。\n",
                                           languages="[zh]"))
    assert {("trademarks.well_known", "150100", "8"), ("trademarks.famous_municipal", "150100", "20"),
            ("trademarks.well_known", "150200", "10")} <= got


def test_counts_each_given_a_score(run):
    got = mapped(run("2023年,全市以有效注册商标1751件得1751分、驰名商标1件得300分、山东省著名商标25件得2500分。\n",
                     languages="[zh]"))
    assert {("trademarks.well_known", "1"), ("trademarks.famous_provincial", "25")} <= got
    assert not any(i == "trademarks.well_known" and v == "1751" for i, v in got)


def test_additions_listed_with_the_countrys_name_before_each(run):
    got = mapped(run("2023年,全市新增中国驰名商标1件、中国地理标志证明商标2件。\n", languages="[zh]"))
    assert {("trademarks.well_known.new", "1"), ("gi.trademarks.certification.new", "2")} <= got

"""Wordings of city reports and web copies, written for these tests: a place named by a comparing word (是, 高于) whose
own figures stand in the brackets right after its name; a rate after 增长 whose percent sign the page lost (only a
decimal: a count of pieces has none); a kind's share in a sentence that opened with the family it is among
(…专利申请中，发明专利申请所占比重…)."""
import pytest

from factsets import dated, mapped, placed_num


@pytest.fixture
def run(text_runner):
    return text_runner("420100")


def test_places_figures_in_brackets_after_a_comparing_word(run):
    text = ("2023年,我市发明专利授权量为9120件,增长8.5%。在15个副省级城市中,我市发明专利授权量居第6位。"
            "排在我市之前的城市是杭州(18805件,增长21.1%)、广州(15020件,增长9.4%)。"
            "我市每万人发明专利拥有量达45.2件,高于全省(21.3件)。\n")
    got = placed_num(run(text, languages="[zh]"))
    assert {("patents.granted.invention", "330100", "18805"), ("patents.granted.invention.yoy_pct", "330100", "21.1"),
            ("patents.granted.invention", "440100", "15020"), ("patents.granted.invention", "420100", "9120"),
            ("patents.valid.invention.per_10k", "420000", "21.3"), ("patents.valid.invention.per_10k", "420100", "45.2")} <= got
    assert not any(v in ("18805", "21.1") and code == "420100" for _, code, v in got)


def test_a_share_of_a_whole_named_before_the_bracket_stays_unplaced(run):
    got = placed_num(run("2023年,我市专利申请量占全省(71204件)的32.3%。\n", languages="[zh]"))
    assert ("patents.applications", "420000", "71204") in got
    assert not any(v == "32.3" and code == "420000" for _, code, v in got)


def test_a_rate_whose_percent_sign_was_lost(run):
    got = mapped(run("2023年,全市发明专利申请为3,705件,比上年同期的2,827件,增长31.1;实用新型申请为7,168件,"
                     "比上年增长24.8。外观设计申请增加312件。\n", languages="[zh]"))
    assert {("patents.applications.invention.yoy_pct", "31.1"), ("patents.applications.utility_model.yoy_pct", "24.8"),
            ("patents.applications.invention", "2827")} <= got
    assert not any(i.endswith("yoy_pct") and v == "312" for i, v in got)


def test_a_kinds_share_in_a_sentence_opened_with_its_family(run):
    got = mapped(run("2023年专利申请中,发明专利申请所占比重达到26.3%。在全市专利授权中,发明专利授权占比为15.1%。"
                     "在企业中,发明专利申请占比为48.2%。\n", languages="[zh]"))
    assert {("patents.applications.invention.share_applications_pct", "26.3"),
            ("patents.granted.invention.share_granted_pct", "15.1")} <= got
    assert not any(v == "48.2" for _, v in got)


def test_a_kind_spelled_waixing_and_gi_marks_among_registered_marks(run):
    got = mapped(run("2023年三项专利申请受理量35808个,增长20.5%。其中发明专利19198个;外型设计8734个,增长4.1%。"
                     "年末全市注册商标总量达到3209件,其中驰名商标15件、地理标志集体商标5件。\n", languages="[zh]"))
    assert {("patents.applications.design", "8734"), ("patents.applications.design.yoy_pct", "4.1"),
            ("gi.trademarks.collective", "5"), ("trademarks.well_known", "15")} <= got


def test_municipal_famous_marks_their_issuer_and_a_municipalitys_own(run, text_runner):
    got = placed_num(run("截至2023年底,全市有省著名商标84件、武汉市著名商标145件,当年新认定市知名商标16件。\n", languages="[zh]"))
    assert {("trademarks.famous_provincial", "420100", "84"), ("trademarks.famous_municipal", "420100", "145"),
            ("trademarks.famous_municipal.new", "420100", "16")} <= got
    county = placed_num(text_runner("330226")("截至2023年底,全县拥有宁波市知名商标71件。\n", languages="[zh]"))
    assert ("trademarks.famous_municipal", "330226", "71") in county
    city = placed_num(text_runner("120000")("截至2023年底,全市拥有天津市著名商标500件。\n", languages="[zh]"))
    assert ("trademarks.famous_provincial", "120000", "500") in city


def test_applications_for_patents_and_a_verb_alone_in_english(run):
    got = mapped(run("Last year, the province received 34,339 applications for patents and granted 22,760, up 24.4 percent "
                     "and 25 percent, respectively.\n", region="440000", languages="[en]"), "en")
    assert {("patents.applications", "34339"), ("patents.granted", "22760"), ("patents.applications.yoy_pct", "24.4"),
            ("patents.granted.yoy_pct", "25")} <= got


def test_a_head_after_another_owners_full_term_is_the_new_owners(run):
    got = mapped(run("2023年,全市专利申请量23100件。其中企业专利申请量7883件,同比增长30.9%;大专院校申请量2560件,"
                     "同比增长46.7%;科研单位申请量869件。\n", languages="[zh]"))
    assert {("patents.applications.enterprise", "7883"), ("patents.applications.university", "2560"),
            ("patents.applications.university.yoy_pct", "46.7"), ("patents.applications.research", "869")} <= got


def test_a_compared_level_without_its_unit_or_its_year(run):
    got = dated(run("全市每万人口发明专利拥有量为15.21件,比上年底的13.65增长11.4%。全市专利申请3705件,比上年的2827件增长31.1%。\n",
                    languages="[zh]"))
    assert {("patents.valid.invention.per_10k", "13.65", "2022-12-31"), ("patents.valid.invention.per_10k.yoy_pct", "11.4", "2023-12-31"),
            ("patents.applications", "2827", "2022"), ("patents.applications", "3705", "2023"),
            ("patents.applications.yoy_pct", "31.1", "2023")} <= got


def test_the_provinces_figure_of_that_indicator_it_is_compared_with(run):
    got = placed_num(run("目前,我市每万人发明专利拥有量为30.2件,是全省该指标14.3件的2.1倍,是全国该指标9.9件的3倍。\n", languages="[zh]"))
    assert {("patents.valid.invention.per_10k", "420100", "30.2"), ("patents.valid.invention.per_10k", "420000", "14.3")} <= got
    assert not any(v == "9.9" for _, _, v in got)


def test_figures_of_the_province_and_of_compared_places_and_a_change_past_a_goal(run):
    got = placed_num(run("截至2023年12月底,全市每万人口发明专利拥有量34.6件(全省14.7件,全国11.8件)。"
                         "2023年,全市发明专利授权量达9120件,低于杭州的18805件,高于成都的8800件。"
                         "全市专利申请量达31896件,提前超额完成当年30000件的目标任务,同比增长10.5%。\n", languages="[zh]"))
    assert {("patents.valid.invention.per_10k", "420000", "14.7"), ("patents.granted.invention", "330100", "18805"),
            ("patents.granted.invention", "510100", "8800"), ("patents.applications.yoy_pct", "420100", "10.5")} <= got
    assert not any(v in ("11.8", "30000") for _, _, v in got)


def test_places_changes_of_the_statement_before(run):
    got = placed_num(run("2023年,全省专利申请量与上年相比增长了35.4%。其中白银专利申请量增长了254.2%,庆阳增长了211.8%。"
                         "全省专利申请量同比增长11.2%。合肥、池州和阜阳三市增长较快,增幅分别为375.8%、219.4%和211.8%。\n",
                         region="620000", languages="[zh]"))
    assert {("patents.applications.yoy_pct", "620400", "254.2"), ("patents.applications.yoy_pct", "621000", "211.8"),
            ("patents.applications.yoy_pct", "340100", "375.8"), ("patents.applications.yoy_pct", "341700", "219.4")} <= got


def test_places_part_of_another_places_things_and_the_largest_change_named_with_its_place(run):
    got = placed_num(run("2023年,吸纳湖北省技术合同的前三位分别是广东(69.27亿元)、北京(56.61亿元)、陕西(43.88亿元)。"
                         "江苏省专利申请量前两位的城市分别是南京(3.1万件)、苏州(2.9万件)。\n", languages="[zh]"))
    assert not any(code in ("440000", "110000", "610000", "420000") for _, code, _ in got)
    assert ("patents.applications", "320100", "31000") in got
    got = placed_num(run("2023年,全省商标申请量28.4万件。年申请量青岛最高,为54904件;同比增长率东营最高,为114.3%。\n",
                         region="370000", languages="[zh]"))
    assert {("trademarks.applications", "370200", "54904"), ("trademarks.applications.yoy_pct", "370500", "114.3")} <= got


def test_figures_dated_after_the_report_are_goals_still_listed_as_facts(run):
    res = run("截至2023年底,全市有效注册商标3000件。到2026年,力争全市有效注册商标、市著名商标分别达到4000件、150件。\n",
              languages="[zh]")
    assert ("trademarks.valid", "3000") in mapped(res)
    assert not any(v in ("4000", "150") for _, v in mapped(res))
    assert {"4000", "150"} <= {str(f.value) for f in res.facts if not f.indicator_id}

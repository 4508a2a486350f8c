"""Wordings of city reports and web copies, written for these tests: a place named by a comparing word (是, 高于) whose
own figures stand in the brackets right after its name; a rate after 增长 whose percent sign the page lost (only a
decimal: a count of pieces has none); a kind's share in a sentence that opened with the family it is among
(…专利申请中，发明专利申请所占比重…)."""
import pytest

from factsets import placed_num, mapped


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

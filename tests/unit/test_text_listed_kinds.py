"""Lists of kinds and places of a rank, in statements of the genre written for these tests: a patent kind's
share, change or rank listed in order with others before 分别 (发明专利、实用新型和外观设计分别占X%、Y%、Z%), with or
without the total stated before, the family named by the list's head or by the statement before it; and a
district's rank among the whole city (全市首位) in a municipality, which is its province."""
import pytest

from factsets import mapped


@pytest.fixture
def run(text_runner):
    return text_runner("440400")


def test_kinds_listed_before_their_shares_are_each_their_own(run):
    got = mapped(run("2015年，全市专利申请量10336件。其中发明专利、实用新型专利、外观设计专利申请量分别占申请总量的"
                     "35.2%、48.6%和16.2%。\n", languages="[zh]"))
    assert {("patents.applications.invention.share_applications_pct", "35.2"),
            ("patents.applications.utility_model.share_applications_pct", "48.6"),
            ("patents.applications.design.share_applications_pct", "16.2")} <= got
    got = mapped(run("2015年，全市专利授权量5000件，其中发明专利、实用新型和外观设计分别占20.1%、60.2%和19.7%。\n",
                     languages="[zh]"))
    assert {("patents.granted.invention.share_granted_pct", "20.1"),
            ("patents.granted.utility_model.share_granted_pct", "60.2"),
            ("patents.granted.design.share_granted_pct", "19.7")} <= got


def test_kinds_listed_before_their_changes_are_each_their_own(run):
    got = mapped(run("2015年，全市发明专利和实用新型专利授权量分别增长12.5%和8.25%。\n", languages="[zh]"))
    assert {("patents.granted.invention.yoy_pct", "12.5"), ("patents.granted.utility_model.yoy_pct", "8.25")} <= got


def test_a_list_of_kinds_longer_than_the_list_names_none_of_them(run):
    got = mapped(run("2015年，全市专利授权量5000件，其中发明专利、实用新型和外观设计中有两项分别占20.1%和60.2%。\n",
                     languages="[zh]"))
    assert not [i for i, _ in got if i.endswith("_pct")]


def test_a_districts_rank_in_the_whole_city_of_a_municipality_is_its_provinces(run):
    got = mapped(run("2015年，海淀区共提交专利申请59095件，同比增长26.5%，继续稳居全市首位；有效发明专利拥有量65467件，"
                     "位列全市首位。\n", region="110108", languages="[zh]"))
    assert {("patents.applications.rank_province", "1"), ("patents.valid.invention.rank_province", "1")} <= got
    got = mapped(run("2015年，全区专利申请量5909件，位列全市第三。\n", region="330109", languages="[zh]"))
    assert not [i for i, _ in got if ".rank_" in i]       # a district of a prefecture city: among the city's, no province rank


def test_a_kind_named_before_its_share_after_the_total(run):
    got = mapped(run("2015年，全市专利授权量6138件，其中发明专利占比30.56%，外观设计专利占比19.14%。\n", languages="[zh]"))
    assert {("patents.granted.invention.share_granted_pct", "30.56"),
            ("patents.granted.design.share_granted_pct", "19.14")} <= got
    got = mapped(run("2015年，全市专利授权量6138件，占全省的30.56%。\n", languages="[zh]"))
    assert not [i for i, _ in got if ".invention" in i or ".design" in i]

"""Shares of one kind of owner and of a province or the country, written for these tests: an owner's share after the
total it is part of (其中企业专利申请量占45.1%, 其中企业占45.1%; "patent applications from companies accounted for 45.1
percent of the total") is the owner's share; a qualified owner ("from small companies") is a part the catalog does not
name; the shares of a province's or the country's total the genre states for technology contracts, PCT filings, marks
and pledges have their own ids."""
import pytest

from factsets import mapped


@pytest.fixture
def run(text_runner):
    return text_runner("340000")


def test_an_owners_term_after_the_total_gives_its_share(run):
    got = mapped(run("2021年全省专利申请量98765件，其中企业专利申请量占45.1%。\n"))
    assert {("patents.applications", "98765"), ("patents.applications.enterprise.share_pct", "45.1")} <= got


def test_an_owner_alone_after_the_total_gives_its_share(run):
    got = mapped(run("2021年全省专利授权量54321件，其中企业占61.2%。\n"))
    assert ("patents.granted.enterprise.share_pct", "61.2") in got


def test_a_kind_after_the_total_is_still_the_kinds_share(run):
    got = mapped(run("2021年全省专利授权量54321件，其中发明专利占比12.4%。\n"))
    assert ("patents.granted.invention.share_granted_pct", "12.4") in got
    assert not any(i.endswith("enterprise.share_pct") for i, _ in got)


def test_an_owner_after_the_term_in_english(run):
    got = mapped(run("In 2021, patent applications from companies accounted for 45.1 percent of the total. Patent "
                     "applications from small companies accounted for 12.3 percent of the total.\n",
                     languages="[en]"), "en")
    assert ("patents.applications.enterprise.share_pct", "45.1") in got
    assert not any(v == "12.3" for _, v in got)


def test_shares_of_the_province_and_the_country(run):
    got = mapped(run("2021年全市技术合同成交额40.53亿元，占全省的49%。\n", region="340100"))
    assert ("transactions.tech_contracts.amount.share_province_pct", "49") in got
    got = mapped(run("2021年全省PCT国际专利申请1200件，占全国的5.2%。\n"))
    assert ("patents.pct.applications.share_national_pct", "5.2") in got


def test_an_owners_share_of_another_whole_is_not_its_share_of_the_total(run):
    got = mapped(run("截至2021年底，全市有效发明专利中，职务发明1839件，非职务发明175件。职务发明中企业1292件，"
                     "占全市职务发明专利70.25%。\n", region="340100"))
    assert not any(v == "70.25" for _, v in got)
    got = mapped(run("Local companies in the district filed 6,558 patent applications in 2021, accounting for 30 percent "
                     "of Hefei's total number.\n", region="340104", languages="[en]"), "en")
    assert ("patents.applications.enterprise", "6558") in got
    assert not any(v == "30" for _, v in got)


def test_the_next_owners_share_is_not_the_last_owners(run):
    got = mapped(run("2021年底，全市有效发明专利24343件。企业占比53.1%，拥有量为12934件；高校占比29.2%，拥有量为7117件。\n",
                     region="340100"))
    assert {("patents.valid.invention.owner.enterprise", "12934"), ("patents.valid.invention.owner.university", "7117")} <= got
    assert not any(v == "29.2" and "enterprise" in i for i, v in got)


def test_an_owners_shares_from_one_level_to_another_do_not_stop_the_build(run):
    got = mapped(run("全市发明专利授权量6442件，同比增长12.0%；企业发明专利授权量占全市发明专利总量比重，由去年同期的54.3%"
                     "增长至59.9%。\n", region="440100", languages="[zh]", meta="    period: 2023-01/2023-03\n"))
    assert ("patents.granted.invention", "6442") in got

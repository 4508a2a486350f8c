"""Whose a figure is and over which span, on snippets written for these tests in the genre's wordings:
a part (其中) of one owner's figure and a clause that leaves the owner unsaid are that owner's; a term
right after an owner names the owner's figure; 年 inside a term (发明专利年申请量) is the year's; an
average yearly change (年均增长) after a five-year plan's total leaves it the plan's."""
import pytest

from factsets import dated, mapped


@pytest.fixture
def run(text_runner):
    return text_runner("650000")


def test_a_part_of_an_owners_figure_is_the_owners(run):
    # (the catalog has no enterprises' invention grants: no figure rather than the region's)
    got = mapped(run("2023年，全区企业专利授权量为5709件，同比增长34.17%，其中，发明专利授权量为842件，同比增长86.28%。"
                     "全区专利授权量为18942件。\n", languages="[zh]"))
    assert ("patents.granted.invention", "842") not in got
    assert ("patents.granted.enterprise", "5709") in got and ("patents.granted", "18942") in got


def test_a_clause_that_leaves_its_owner_unsaid_keeps_the_one_before(run):
    got = mapped(run("2023年，全区企业申请专利21013件，授权专利13850件。\n", languages="[zh]"))
    assert got == {("patents.applications.enterprise", "21013"), ("patents.granted.enterprise", "13850")}


def test_a_term_right_after_an_owner_names_the_owners_figure_not_the_wholes(run):
    got = mapped(run("2023年，全区共申请专利42464件，授权专利25079件。其中企业申请专利21013件。\n", languages="[zh]"))
    assert ("patents.applications.enterprise", "21013") in got
    assert ("patents.granted.enterprise", "21013") not in got


def test_a_years_figure_with_year_inside_its_term(run):
    got = mapped(run("2023年，全区发明专利年申请量达到2626件，同比增长20.3%；发明专利年授权量442件。\n", languages="[zh]"))
    assert got == {("patents.applications.invention", "2626"), ("patents.applications.invention.yoy_pct", "20.3"),
                   ("patents.granted.invention", "442")}


def test_an_average_yearly_change_leaves_a_plans_total_the_plans(run):
    got = dated(run("“十三五”期间，全区共申请专利14216件，年均增长12%以上。\n", languages="[zh]"))
    assert ("patents.applications", "14216", "2016-01/2020-12") in got
    got = dated(run("“十三五”期间，全区每年申请专利3000件以上。\n", languages="[zh]"))
    assert not [g for g in got if g[0] == "patents.applications"]


def test_an_owners_figure_lends_its_owner_to_no_statement_of_another_topic_or_past_a_semicolon(run):
    got = mapped(run("2023年，全区企业获得专利授权16671件；技术合同成交额达到1437亿元。\n", languages="[zh]"))
    assert ("transactions.tech_contracts.amount", "143700000000") in got
    got = mapped(run("2023年，获得贴息扶持的31家企业新增专利申请238项。\n", languages="[zh]"))
    assert ("patents.applications.enterprise", "238") not in got


def test_data_ip_pledges_are_a_part_of_the_pledges_the_catalog_does_not_name(run):
    got = mapped(run("2023年，全区知识产权质押融资100亿元，其中数据知识产权质押融资22亿元。统计数据显示，全区专利授权量5万件。\n",
                     languages="[zh]"))
    assert got == {("finance.pledge.amount", "10000000000"), ("patents.granted", "50000")}
    got = mapped(run("截至2023年底，全区已有64家企业完成数据知识产权质押融资22.04亿元。\n", languages="[zh]"))
    assert not got

"""Ranks a text gives by the order of a list (分别位居全省前三; 排名前5位的市州依次为…), on snippets written
for these tests in the genre's wordings: the places listed are ranked 1 to n as printed, by the figure their
own numbers state, else by what the term before the cue names; nothing when the list and n disagree."""
import pytest

from factsets import placed_num


@pytest.fixture
def run(text_runner):
    return text_runner("420000")


def ranks(result):
    return {f for f in placed_num(result, "zh") if ".rank_" in f[0]}


def test_places_with_figures_ranked_by_the_cue_after_them(run):
    got = ranks(run("2023年，全省专利质押融资金额80亿元，其中武汉市47亿元、荆州市11亿元、宜昌市4.8亿元，分别位居全省前三。\n",
                    languages="[zh]"))
    assert got == {("finance.pledge.patent.amount.rank_province", "420100", "1"),
                   ("finance.pledge.patent.amount.rank_province", "421000", "2"),
                   ("finance.pledge.patent.amount.rank_province", "420500", "3")}


def test_places_listed_after_the_cue_ranked_by_the_term_before_it(run):
    got = ranks(run("2023年，全省商标注册量排名前3位的市州依次为武汉市、宜昌市、襄阳市。\n", languages="[zh]"))
    assert got == {("trademarks.registrations.rank_province", "420100", "1"),
                   ("trademarks.registrations.rank_province", "420500", "2"),
                   ("trademarks.registrations.rank_province", "420600", "3")}


def test_a_growth_word_before_the_cue_ranks_the_change(run):
    got = ranks(run("2023年，全省技术合同成交额增速前2名分别是荆州市和宜昌市。\n", languages="[zh]"))
    assert got == {("transactions.tech_contracts.amount.yoy_pct.rank_province", "421000", "1"),
                   ("transactions.tech_contracts.amount.yoy_pct.rank_province", "420500", "2")}


def test_no_ranks_when_the_list_does_not_hold_n_places_or_the_cue_is_a_span_of_time(run):
    assert not ranks(run("2023年，武汉市、宜昌市商标注册量位居全省前三。\n", languages="[zh]"))
    assert not ranks(run("前三季度，武汉市、荆州市、宜昌市商标注册量增长较快。\n", languages="[zh]"))


def test_no_ranks_for_places_listed_in_no_order_or_ranked_inside_a_city(run):
    assert not ranks(run("2023年，武汉市、荆州市和宜昌市专利授权量位居全省前三。\n", languages="[zh]"))
    assert not ranks(run("2023年，江岸区、江汉区、硚口区专利授权量分别位居全市前三。\n", region="420100", languages="[zh]"))


def test_respectively_between_the_list_and_the_cue_orders_it(run):
    got = ranks(run("2023年，全省商标申请量59.7万件，其中，武汉、宜昌分别以22.2万件、7万件位居前二；商标注册量36.7万件。\n",
                    languages="[zh]"))
    assert got == {("trademarks.applications.rank_province", "420100", "1"),
                   ("trademarks.applications.rank_province", "420500", "2")}

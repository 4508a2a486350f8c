"""English news briefs of a province's patents and marks, written for these tests: a second statement joined by "and"
whose figure a participle or a family noun names ("… totaled 52,110 and 20,413 were granted", "and approvals
numbered 20,413"); one subject with two predicates ("Local firms made 9,120 filings and received 4,071 patents"), with
changes listed after both levels in order even when the first level is unnamed; "being granted"; owners the catalog
names in other words ("scientific institutions", "colleges and universities"); "surpassing N" after a term; "The
number grew N percent" opening the next paragraph; applications "were for invention patents"; applications that "were
granted" (grants, registrations of marks); titles won ("secured status as well-known trademarks") and a possessive's
total ("bringing Hebei's total to 95"); a sum in billions with no currency word after a money term; terms listed
before one rank ("patent applications and patent grants both ranked first") each take it."""
from decimal import Decimal

import pytest

from factsets import mapped


@pytest.fixture
def run(text_runner):
    return text_runner("130000")


def en(run, text, region="130000"):
    return mapped(run(text, region=region, languages="[en]"), "en")


def test_a_second_figure_named_by_its_participle(run):
    got = en(run, "Patent applications in the province totaled 52,110 and 20,413 were granted in 2012.\n")
    assert {("patents.applications", "52110"), ("patents.granted", "20413")} <= got


def test_a_second_figure_named_by_a_family_noun_and_its_verb(run):
    got = en(run, "Patent applications in the province totaled 52,110 and approvals numbered 20,413 in 2012.\n")
    assert {("patents.applications", "52110"), ("patents.granted", "20413")} <= got


def test_one_subject_with_two_predicates_and_changes_in_order(run):
    got = en(run, "Patent applications in the province totaled 52,110 in 2012.\n\n"
                  "Local firms made 9,120 filings and received 4,071 patents, up by 12.5 percent and 30.2 percent.\n")
    assert {("patents.applications.enterprise", "9120"), ("patents.granted.enterprise", "4071"),
            ("patents.applications.enterprise.yoy_pct", "12.5"), ("patents.granted.enterprise.yoy_pct", "30.2")} <= got
    assert not any(i in ("patents.granted", "patents.applications") and v in ("9120", "4071") for i, v in got)


def test_a_change_of_an_unnamed_level_in_a_list_is_not_the_next_ones(run):
    got = en(run, "Local firms made 9,120 submissions and received 4,071 patents in 2012, up by 12.5 percent and "
                  "30.2 percent.\n")
    assert ("patents.granted.enterprise.yoy_pct", "30.2") in got
    assert not any(v == "12.5" for _, v in got)


def test_a_second_subject_after_and_is_not_the_first_ones_owner(run):
    got = en(run, "Universities filed 2,208 patent applications and the province received 20,413 patents in 2012.\n")
    assert {("patents.applications.university", "2208"), ("patents.granted", "20413")} <= got


def test_patents_being_granted(run):
    got = en(run, "Patent applications in the province reached 52,110 in 2012, up 18.2 percent, with 20,413 patents "
                  "being granted during the year.\n")
    assert ("patents.granted", "20413") in got


def test_owners_in_other_words(run):
    got = en(run, "In 2012, companies filed 30,150 patent applications; scientific institutions handed in 812 "
                  "applications; colleges and universities filed 2,208 patent applications.\n")
    assert {("patents.applications.enterprise", "30150"), ("patents.applications.research", "812"),
            ("patents.applications.university", "2208")} <= got
    assert not any(i == "patents.applications" for i, _ in got)
    got = en(run, "In 2012, companies filed 30,150 patent applications, up 12 percent; universities submitted 2,208, "
                  "up 20 percent.\n")
    assert {("patents.applications.university", "2208"), ("patents.applications.university.yoy_pct", "20")} <= got


def test_surpassing_after_a_term(run):
    got = en(run, "Patent applications hit a record high in Tangshan in 2012, surpassing 8,000.\n", region="130200")
    assert ("patents.applications", "8000") in got


def test_the_number_opening_the_next_paragraph(run):
    got = en(run, "Patent applications in Tangshan reached 8,150 in 2012.\n\nThe number grew 25 percent over the "
                  "previous year.\n", region="130200")
    assert {("patents.applications", "8150"), ("patents.applications.yoy_pct", "25")} <= got


def test_applications_that_were_for_a_kind(run):
    got = en(run, "Patent applications in Tangshan reached 8,150 in 2012.\n\nAbout 1,900 applications were for "
                  "invention patents, an increase of 41 percent.\n", region="130200")
    assert {("patents.applications.invention", "1900"), ("patents.applications.invention.yoy_pct", "41")} <= got


def test_applications_that_were_granted_are_grants(run):
    got = en(run, "More than 61,000 trademark applications were granted in 2012. About 3,000 invention patent "
                  "applications were granted. Some 9,000 patent applications were filed by individuals.\n")
    assert {("trademarks.registrations", "61000"), ("patents.granted.invention", "3000"),
            ("patents.applications.individual", "9000")} <= got
    assert not any(i == "trademarks.applications" for i, _ in got)


def test_a_title_won_and_a_possessives_total(run):
    got = en(run, "In 2012, 12 local brands secured status as well-known trademarks, bringing Hebei's total to 95.\n")
    assert {("trademarks.well_known.new", "12"), ("trademarks.well_known", "95")} <= got


def test_a_sum_in_billions_after_a_money_term(run):
    got = en(run, "In 2012, the technology contract transaction value of the province reached 3.25 billion, an "
                  "increase of 17%. The province filed 1.2 million patent applications.\n")
    values = {(i, Decimal(v)) for i, v in got}
    assert {("transactions.tech_contracts.amount", Decimal(3250000000)), ("transactions.tech_contracts.amount.yoy_pct", 17),
            ("patents.applications", 1200000)} <= values


def test_terms_listed_before_one_rank_each_take_it(run):
    got = en(run, "In 2012, the city's patent applications and patent grants both ranked first in the province. The "
                  "county filed 900 trademark applications and patent grants ranked third in the province.\n",
             region="130200")
    assert {("patents.applications.rank_province", "1"), ("patents.granted.rank_province", "1")} <= got
    assert ("trademarks.applications.rank_province", "3") not in got

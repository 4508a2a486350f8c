"""Parts whose kind is named after their number, written for these tests: a count said to be of a kind (其中1200件为发明专利;
在1476件案件中，有56件是刑事案件) is that kind's part of the level stated before it, in its sentence or, in a sentence with
none, the one before (also after a neutral verb: 其中审理刑事案件49件 under cases accepted); a kind's words that do not end the clause (3000件为高价值发明专利) name a part the kind does not. In
English, a list of terms each after its article ("the X and the Y were A and B respectively") pairs in order, and
"separately" after such a list is "respectively"; as many kinds as figures with only a copula between ("Grants on
inventions and designs were 6,100 and 9,800") pair in order without it."""
import pytest

from factsets import dated, mapped


@pytest.fixture
def run(text_runner):
    return text_runner("320100")


def test_patents_of_a_kind_named_after_the_count(run):
    got = mapped(run("2023年，全市共授权专利5000件，其中1200件为发明专利，3000件为实用新型，800件是外观设计。\n", languages="[zh]"))
    assert {("patents.granted", "5000"), ("patents.granted.invention", "1200"), ("patents.granted.utility_model", "3000"),
            ("patents.granted.design", "800")} <= got


def test_a_kind_of_cases_named_after_the_count_also_in_the_next_sentence(run):
    got = dated(run("2023年，全市法院共受理知识产权案件1476件。在1476件案件中，有56件是刑事案件，有1302件是民事案件。\n",
                    languages="[zh]"))
    assert {("courts.cases.accepted", "1476", "2023"), ("courts.criminal_cases.accepted", "56", "2023"),
            ("courts.civil_cases.accepted", "1302", "2023")} <= got
    got = mapped(run("2023年，全市法院共受理知识产权案件1476件，审结1510件。在1476件案件中，有56件是刑事案件。\n",
                     languages="[zh]"))
    assert ("courts.criminal_cases.accepted", "56") in got      # (the whole named again by its figure, not the last)
    got = mapped(run("2023年，全市法院审结知识产权案件1300件，其中48件为刑事案件。\n", languages="[zh]"))
    assert ("courts.criminal_cases.concluded", "48") in got
    got = mapped(run("2023年，全市法院共受理知识产权案件1476件，其中审理刑事案件49件，民事案件1302件。\n", languages="[zh]"))
    assert {("courts.criminal_cases.accepted", "49"), ("courts.civil_cases.accepted", "1302")} <= got
    got = mapped(run("2023年，全市法院共受理知识产权案件1476件，审理刑事案件49件。\n", languages="[zh]"))
    assert not any(v == "49" for _, v in got)      # (heard, not under 其中: no measure of the catalog)


def test_a_narrower_noun_after_the_kind_is_no_part_of_that_kind(run):
    got = mapped(run("截至2023年底，全市有效发明专利12000件，其中3000件为高价值发明专利，500件为发明专利许可。\n", languages="[zh]"))
    assert ("patents.valid.invention", "12000") in got
    assert not any(i == "patents.valid.invention" and v in ("3000", "500") for i, v in got)


@pytest.mark.parametrize("cue", ["respectively", "separately"])
def test_english_terms_each_after_its_article_pair_in_order(run, cue):
    got = mapped(run(f"In 2023, the invention patents granted and the trademarks registered in the city were 3,200 and 45,000 "
                     f"{cue}, up 12.5% and 8.1% {cue}.\n", languages="[en]"), "en")
    assert {("patents.granted.invention", "3200"), ("trademarks.registrations", "45000"),
            ("patents.granted.invention.yoy_pct", "12.5"), ("trademarks.registrations.yoy_pct", "8.1")} <= got
    assert ("trademarks.registrations", "3200") not in got


def test_english_kinds_listed_before_a_copula_pair_in_order(run):
    got = mapped(run("In 2023, the city granted 42,000 patents. Grants on inventions and designs were 6,100 and 9,800.\n"
                     "Patent applications reached 98,000; applications for inventions, utility models and designs were 21,000, "
                     "52,000 and 25,000.\n", languages="[en]"), "en")
    assert {("patents.granted", "42000"), ("patents.granted.invention", "6100"), ("patents.granted.design", "9800"),
            ("patents.applications.invention", "21000"), ("patents.applications.utility_model", "52000"),
            ("patents.applications.design", "25000")} <= got

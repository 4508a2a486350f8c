"""Wordings of the genre beyond the seeds, on inline snippets written for these tests: the verb
before its object, totals, acronyms in brackets, a headline's spaces, lists of kinds, and
`respectively` for levels."""
import pytest


@pytest.fixture
def run(text_runner):
    return text_runner("500000")


def mapped(result, lang="zh"):
    return {(f.indicator_id, str(f.value)) for f in result.facts if f.lang == lang and f.indicator_id}


def test_the_verb_before_its_object_and_totals(run):
    res = run("2023年，全市授权专利5.41万件，专利申请总量为9.03万件。\n", languages="[zh]")
    assert ("patents.granted", "54100.00") in mapped(res)
    assert ("patents.applications", "90300.00") in mapped(res)


def test_a_latin_acronym_in_brackets_is_part_of_the_name(run):
    res = run("国际专利(PCT)申请528件,同比增长17.07%。\n", languages="[zh]")
    assert {("patents.pct.applications", "528"), ("patents.pct.applications.yoy_pct", "17.07")} <= mapped(res)


def test_a_headline_space_after_a_quantity_ends_the_clause(run):
    res = run("全年授权专利5.41万件 每万人口发明专利拥有量达19.98件\n", languages="[zh]")
    got = mapped(res)
    assert ("patents.granted", "54100.00") in got
    assert ("patents.valid.invention.per_10k", "19.98") in got
    assert ("patents.valid.invention.per_10k", "54100.00") not in got


def test_a_list_of_kinds_is_the_kinds_of_the_statement_before(run):
    res = run("全年授权专利5.41万件,其中发明专利1.36万件、实用新型专利3.41万件、外观设计0.64万件。\n", languages="[zh]")
    assert {("patents.granted.invention", "13600.00"), ("patents.granted.utility_model", "34100.00"),
            ("patents.granted.design", "6400.00")} <= mapped(res)
    res = run("全市专利授权量27138件,同比下降0.53%。其中发明专利4967件,同比下降0.14%。\n", languages="[zh]")
    assert {("patents.granted.invention", "4967"), ("patents.granted.invention.yoy_pct", "-0.14")} <= mapped(res)


def test_respectively_gives_the_nth_number_to_the_nth_kind(run):
    res = run("In 2023, Chongqing granted 54,100 patents. The numbers of utility model patents and design patents "
              "granted were 34,100 and 6,400, respectively. Of the patents granted, 13,600 were invention patents.\n",
              languages="[en]")
    got = mapped(res, "en")
    assert {("patents.granted.utility_model", "34100"), ("patents.granted.design", "6400"),
            ("patents.granted.invention", "13600")} <= got
    assert ("patents.granted.design", "34100") not in got

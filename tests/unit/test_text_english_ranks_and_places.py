"""English statements of the genre written for these tests: first place said by its verb ("topping the country",
"leading the nation"), a rank after "placing it", "the nation" as the whole a rank is among, a place named before
"in <the place it lies in>" ("Wuhan police in Hubei"), a passive count with a modifier ("115 related cases have been
cracked"), and the courts' new cases preferred over a total with the cases pending."""
import pytest

from factsets import dated, mapped, placed


@pytest.fixture
def run(text_runner):
    return text_runner("330000")


def test_first_place_said_by_its_verb_and_a_rank_in_the_nation(run):
    got = mapped(run("In 2023, the number of PCT applications was 700, topping the country. In 2023, the province had 800 GI "
                     "trademarks, leading the nation. In 2023, invention patents granted reached 3,000, placing it fourth in "
                     "China. In 2023, the number of trademark registrations was 6,000, ranking second in the nation.\n",
                     languages="[en]"), "en")
    assert {("patents.pct.applications.rank_national", "1"), ("gi.trademarks.rank_national", "1"),
            ("patents.granted.invention.rank_national", "4"), ("trademarks.registrations.rank_national", "2")} <= got
    got = mapped(run("The bureau led the province's IP work in 2023. Patents granted reached 5,000.\n", languages="[en]"), "en")
    assert not any(i.endswith(".rank_province") for i, _ in got)     # (the province's work: no rank)


def test_a_place_before_in_the_place_it_lies_in_is_the_figures(run):
    got = placed(run("In 2017, Wuhan police in Hubei cracked 115 counterfeiting cases.\n", region="420100", languages="[en]"))
    assert ("police.cases", "420100", "115") in got
    got = placed(run("In 2017, the police in Wuhan kept up the crackdown. For the whole year, 115 related cases have been "
                     "cracked and 146 suspects have been captured.\n", region="420100", languages="[en]"))
    assert {("police.cases", "420100", "115"), ("police.suspects", "420100", "146")} <= got


def test_the_courts_new_cases_are_the_cases_accepted(run):
    got = mapped(run("In 2023, courts across the province accepted a total of 37,445 intellectual property cases, a year-on-year "
                     "decrease of 3.98%. Newly accepted intellectual property cases totaled 32,302, a year-on-year decrease "
                     "of 6.38%.\n", languages="[en]"), "en")
    assert {("courts.cases.accepted", "32302"), ("courts.cases.accepted.yoy_pct", "-6.38")} <= got
    assert not any(v in ("37445", "-3.98") for _, v in got), got
    got = mapped(run("2023年，全省法院共受理各类知识产权案件37445件（含旧存），同比下降3.98%；新收知识产权案件32302件，"
                     "同比下降6.38%。\n", languages="[zh]"))
    assert {("courts.cases.accepted", "32302"), ("courts.cases.accepted.yoy_pct", "-6.38")} <= got


def test_an_authority_the_catalog_counts_nothing_of_names_no_enforcement_figure(run):
    got = mapped(run("In 2023, the city's cultural authorities handled 2,700 cases, up 55 percent.\n", region="110000",
                     languages="[en]"), "en")
    assert not got
    got = mapped(run("2023年，全市文化市场综合执法机构查办侵权盗版案件35件。\n", region="110000", languages="[zh]"))
    assert ("enforcement.copyright.cases", "35") in got       # (their piracy cases are copyright enforcement's)


def test_added_covers_the_list_it_opens(run):
    got = dated(run("In 2023, the province added 12 national IP demonstration enterprises and 45 national IP advantage "
                    "enterprises. In 2023, the province added 3 GI products, and had 60 national IP advantage enterprises.\n",
                    languages="[en]"), "en")
    assert {("general.ip_demonstration_enterprises.new", "12", "2023"),
            ("general.ip_advantage_enterprises.new", "45", "2023")} <= got
    assert not any(i == "general.ip_advantage_enterprises.new" and v == "60" for i, v, _ in got)    # (had: the stock)


def test_a_rank_stated_with_its_own_figure_and_one_among_a_part_of_the_country(run):
    got = mapped(run("The province owned 99,000 high-value invention patents, ranking top in the nation with 136.95 high-value "
                     "invention patents per 10,000 people. The province was granted 6,142 invention patents in 2023, topping "
                     "all provinces in the central part of China.\n", languages="[en]"), "en")
    assert ("patents.valid.high_value_invention", "99000") in got
    assert not any(i.endswith((".rank_national", ".rank_province")) for i, _ in got)

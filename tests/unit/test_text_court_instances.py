"""Court figures of the first instance, in statements of the genre written for these tests: all kinds' (民事、行政、刑事
一审案件; "first instance cases") or one kind's (新收一审知识产权民事案件; "civil cases of first instance") are the catalog's
first-instance figures, with their changes; both instances named together stay all the cases, another instance alone
names none. A province named right before 全省 is that province, in another region's report; an ASCII comma after a
title (《…》,2015年全国…) opens a clause, so the country named there is no report's region."""
import pytest

from factsets import mapped, placed_num


@pytest.fixture
def run(text_runner):
    return text_runner("230000")


def test_first_instance_figures_of_all_kinds_and_of_one(run):
    got = mapped(run("2021年，全省法院共受理知识产权民事、行政、刑事一审案件2367件，审结案件2207件。一审新收案件总数同比增长44.24%。\n",
                     languages="[zh]"))
    assert {("courts.cases.first_instance.accepted", "2367"), ("courts.cases.first_instance.concluded", "2207"),
            ("courts.cases.first_instance.accepted.yoy_pct", "44.24")} <= got
    got = mapped(run("2021年，全省法院新收一审知识产权民事案件13939件，同比增长24.1%；审结11858件。\n", languages="[zh]"))
    assert {("courts.civil_cases.first_instance.accepted", "13939"), ("courts.civil_cases.first_instance.accepted.yoy_pct", "24.1"),
            ("courts.civil_cases.first_instance.concluded", "11858")} <= got
    got = mapped(run("In 2021, courts of the province accepted 19,983 IP-related first instance cases and 1,200 civil cases of "
                     "first instance.\n", languages="[en]"), "en")
    assert {("courts.cases.first_instance.accepted", "19983"), ("courts.civil_cases.first_instance.accepted", "1200")} <= got


def test_both_instances_are_all_the_cases_and_another_alone_none(run):
    got = mapped(run("2021年，全省法院共受理一、二审知识产权案件5000件。\n", languages="[zh]"))
    assert ("courts.cases.accepted", "5000") in got
    got = mapped(run("2021年，全省法院共受理二审知识产权案件300件。\n", languages="[zh]"))
    assert not got


def test_a_province_named_before_its_whole_and_a_title_before_the_country(text_runner):
    run = text_runner("110000")
    got = placed_num(run("2015年，北京法院共审结知识产权案件2.46万件；广东全省审结各类知识产权一审案件26858件。\n", languages="[zh]"))
    assert ("courts.cases.first_instance.concluded", "440000", "26858") in got
    text = ("由此可见(根据最高人民法院公布的《2015中国法院知识产权司法保护白皮书》,2015年全国各级法院共新收知识产权民事、行政和"
            "刑事一审案件130200件,比2014年上升11.73%)。\n")
    got = placed_num(run(text, languages="[zh]"))
    assert not [g for g in got if g[2] in ("130200", "11.73")]

"""Statements of cities' and provinces' press conferences written for these tests: arrests approved and decided
together (批准和决定逮捕…件…人) over a span of years; patents entered for the China Patent Award (…项专利申报获得第N届中国专利奖)."""
import pytest

from factsets import dated_num, mapped


@pytest.fixture
def run(text_runner):
    return text_runner("410000")


def test_arrests_approved_and_decided_over_a_span_of_years(run):
    got = dated_num(run("2020年至2022年，全省检察机关共受理审查逮捕案件905件1712人，批准和决定逮捕611件1034人。\n",
                        languages="[zh]"))
    assert {("procuratorates.arrests.cases", "611", "2020-01/2022-12"),
            ("procuratorates.arrests.persons", "1034", "2020-01/2022-12")} <= got
    assert not any(v in ("905", "1712") for _, v, _ in got)     # cases received for review: not arrests


def test_patents_entered_for_the_award(run):
    got = mapped(run("2023年，市知识产权局指导8项专利申报获得第24届中国专利奖。\n", region="330200", languages="[zh]"))
    assert ("patents.china_patent_award.awards", "8") in got

"""Statements of the genre written for these tests: a Madrid filing worded with 国际 before 商标 (马德里国际商标注册申请量),
which is no count of all trademark applications, and an administrative enforcement sentence that says how many cases
it passed on to the judiciary (移送司法机关), which is the regulators' own statement, not a joint one of several
authorities."""
import pytest

from factsets import mapped


@pytest.fixture
def run(text_runner):
    return text_runner("340100")


def test_a_madrid_filing_in_another_word_order_is_madrids(run):
    got = mapped(run("2023年，全市马德里国际商标注册申请量58件，商标注册申请量3.2万件。\n", languages="[zh]"))
    assert {("trademarks.madrid.applications", "58"), ("trademarks.applications", "32000.0")} <= got
    assert ("trademarks.applications", "58") not in got


def test_cases_passed_on_to_the_judiciary_leave_the_sentence_the_regulators(run):
    got = mapped(run("2023年，全市查处商标侵权假冒案件152件，罚没款320万元，移送司法机关7件。\n", languages="[zh]"))
    assert {("enforcement.cases.trademark", "152"), ("enforcement.cases.transferred", "7")} <= got

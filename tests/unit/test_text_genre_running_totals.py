"""Totals a flow brings, written for these tests: 授权专利…件，总数达到…件 and "bringing the total to N" after a flow
are the flow's running total (the catalog's `.cumulative`), after the additions of registered marks the marks held;
an English sentence of no other figure whose verb names the family ("More than half of the applications were
granted, bringing the province's total to N") takes the family of its verb or of what the last statement's part
became ("were approved" after trademark applications)."""
import pytest

from factsets import mapped


@pytest.fixture
def run(text_runner):
    return text_runner("230000")


def en(run, text):
    return mapped(run(text, languages="[en]"), "en")


def test_a_flows_total_in_chinese_is_its_running_total(run):
    got = mapped(run("2021年全省授权专利12345件，总数达到66090件。\n"))
    assert {("patents.granted", "12345"), ("patents.granted.cumulative", "66090")} <= got


def test_added_marks_bring_the_marks_held_not_a_running_total(run):
    got = mapped(run("2021年新增商标注册量28607件，总量达到260410件。\n"))
    assert {("trademarks.registrations", "28607"), ("trademarks.valid", "260410")} <= got


def test_bringing_the_total_to_after_a_flow(run):
    got = en(run, "The province granted 12,345 patents in 2021, bringing the total to 66,090.\n")
    assert {("patents.granted", "12345"), ("patents.granted.cumulative", "66090")} <= got


def test_bringing_the_provinces_total_after_a_verb_alone(run):
    got = en(run, "Patent applications in the province rose 28 percent to 23,000 in 2021.\n\n"
                  "Over half of the applications were granted, bringing the province's total to 66,090.\n")
    assert ("patents.granted.cumulative", "66090") in got
    assert not any(v == "66090" and i.startswith("patents.applications") for i, v in got)


def test_what_trademark_applications_became_brings_the_marks_held(run):
    got = en(run, "Trademark applications in the province rose 10 percent to 23,000 in 2021.\n\n"
                  "Most were approved, bringing its total to 66,090.\n")
    assert ("trademarks.valid", "66090") in got


def test_a_total_of_another_topic_than_the_verbs_is_not_read(run):
    got = en(run, "Trademark applications in the province rose 10 percent to 23,000 in 2021.\n\n"
                  "A new fair was held, bringing the total to 66.\n")
    assert not any(v == "66" for _, v in got)


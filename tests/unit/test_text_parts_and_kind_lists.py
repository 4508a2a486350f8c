"""Parts and lists in statements of the genre written for these tests: a part named after 其中 without
the kind of right its whole names (专利行政执法案件…，其中侵权纠纷案件: the patent disputes); a noun that restates the end of
the term before it (专利质押融资额…，融资项目: the patent pledge projects); lists of kinds of IP that
include kinds which join a list only after a joiner (专利、商标和地理标志违法案件: all the enforcement
cases), and police cases opened (共立…刑事案件)."""
import pytest

from factsets import mapped


@pytest.fixture
def run(text_runner):
    return text_runner("450100")


def test_a_part_after_qizhong_takes_the_kind_of_its_whole(run):
    got = mapped(run("2023年，全市共办理专利行政执法案件320件，其中侵权纠纷案件268件，假冒专利案件52件。\n", languages="[zh]"))
    assert {("enforcement.cases.patent", "320"), ("enforcement.patent_disputes.handled", "268"),
            ("enforcement.cases.patent_counterfeiting", "52")} <= got
    got = mapped(run("2023年，全市专利申请量5000件，其中企业3100件。\n", languages="[zh]"))
    assert ("patents.applications.enterprise", "3100") in got        # (an owner, no kind: read as before)
    got = mapped(run("2023年，全市共查处案件320件，其中侵权纠纷案件268件。\n", languages="[zh]"))
    assert not [i for i, v in got if v == "268"]                      # (no kind in the whole: none for the part)


def test_a_noun_restating_the_end_of_the_term_before(run):
    got = mapped(run("2023年，全市专利质押融资额达8.7亿元，融资项目107项，较上年分别增长63.3%和22.5%。\n", languages="[zh]"))
    assert {("finance.pledge.patent.amount", "870000000.0"), ("finance.pledge.patent.projects", "107"),
            ("finance.pledge.patent.amount.yoy_pct", "63.3"), ("finance.pledge.patent.projects.yoy_pct", "22.5")} <= got


def test_lists_of_kinds_with_kinds_that_join_only_after_a_joiner(run):
    got = mapped(run("2023年，全市市场监管部门查办专利、商标和地理标志违法案件105件，案值达260余万元。\n", languages="[zh]"))
    assert ("enforcement.cases", "105") in got
    got = mapped(run("2023年，全市市场监管部门共查办商标、商业秘密、专利相关违法案件51起。\n", languages="[zh]"))
    assert ("enforcement.cases", "51") in got
    got = mapped(run("2023年，全市地理标志商标质押融资3亿元。\n", languages="[zh]"))
    assert not [i for i, v in got if v == "300000000" and i.startswith("finance.pledge.amount")]    # (a compound: never a list)


def test_police_cases_opened(run):
    got = mapped(run("2023年，全市公安机关共立侵权假冒刑事案件204件，破获150件。\n", languages="[zh]"))
    assert {("police.cases.investigated", "204"), ("police.cases", "150")} <= got

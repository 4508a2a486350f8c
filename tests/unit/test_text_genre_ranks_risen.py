"""Ranks that rose or fell from another, written for these tests: the place left (由全国第9位…, "from ninth place") has no
date of its own and is not published; the one reached (上升至第6位, "to sixth in the whole country") is the rank, with the
scope named before the place left (全国排名由…, 从全国…)."""
import pytest

from factsets import dated, mapped


@pytest.fixture
def run(text_runner):
    return text_runner("130000")


def test_a_rank_risen_from_another_in_chinese_is_the_one_reached(run):
    got = dated(run("2021年全省发明专利申请21400件，排名从全国第9位上升至第6位；有效发明专利8000件，全国排名由第21位上升到第15位。\n"))
    assert {("patents.applications.invention.rank_national", "6", "2021"),
            ("patents.valid.invention.rank_national", "15", "2021-12-31")} <= got
    assert not any(v in ("9", "21") for _, v, _ in got)      # the ranks left have no date of their own


def test_a_rank_risen_from_another_is_the_one_reached(run):
    got = mapped(run("The province's 21,400 invention patent applications rose 32 percent in 2012, lifting Hebei from "
                     "ninth place to sixth in the whole country. Its valid invention patents rose to 8,000, moving it "
                     "from 21st to 15th in the country.\n", languages="[en]"), "en")
    assert {("patents.applications.invention.rank_national", "6"), ("patents.valid.invention.rank_national", "15")} <= got
    assert not any(v in ("9", "21") for _, v in got)

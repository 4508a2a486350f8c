"""One rule dates values for tables and text (normalize/periods.py)."""
import pytest

from build_scripts.catalog import load_catalog
from datetime import date

from build_scripts.normalize.periods import dated, day_window, first_day, month_end, period_end, period_start


@pytest.mark.parametrize("iid,expected", [
    ("trademarks.valid", True), ("trademarks.valid.rank_national", True), ("trademarks.valid.yoy_pct", True),
    ("trademarks.registrations", False), ("trademarks.registrations.rank_national", False),
    ("patents.valid.invention.per_10k", True), ("trademarks.valid.per_10k_entities", True),
    ("patents.granted.yoy_pct", False), ("population.total", True),
])
def test_a_value_is_dated_as_what_it_measures(iid, expected):
    cat = load_catalog()
    assert dated(cat.indicators[iid], cat) is expected


def test_period_ends():
    assert period_end("2022") == (2022, 12) and period_end("2024-01/2024-06") == (2024, 6)
    assert month_end(2024, 2) == "2024-02-29"
    assert period_start("2020-12-16/2021-06-15") == (2020, 12) and period_end("2020-12-16/2021-06-15") == (2021, 6)
    assert first_day("2020-12-16/2021-06-15") == date(2020, 12, 16) and first_day("2021") == date(2021, 1, 1)


def test_a_window_of_days_is_months_when_it_holds_whole_months():
    assert day_window(date(2021, 1, 1), date(2021, 12, 6)) == "2021-01-01/2021-12-06"
    assert day_window(date(2020, 12, 16), date(2021, 6, 15)) == "2020-12-16/2021-06-15"
    assert day_window(date(2024, 1, 1), date(2024, 6, 30)) == "2024-01/2024-06"
    assert day_window(date(2021, 1, 1), date(2021, 12, 31)) == "2021"


def test_tables_and_text_share_the_rule():
    import inspect

    from build_scripts.normalize import tables, text
    assert "dated(" in inspect.getsource(tables.period_of) and "dated(" in inspect.getsource(text.period_of)


def flows(result):
    return {(f.indicator_id, str(f.value), f.period) for f in result.facts if f.indicator_id}


NEWS_ITEM = "    period: '2023'\n    published: '2023-12-06'\n"


def test_a_flow_so_far_in_a_news_item_ends_on_its_day(text_runner):
    """今年以来 / 2023年以来 / no date in a news item of 6 December: the year to that day, not the whole year
    (its last three weeks not yet counted); a year the clause names (2023年全市…) is kept as printed."""
    run = text_runner("330100")
    got = flows(run("今年以来，全市专利授权量12000件，同比增长5.2%。\n", languages="[zh]", meta=NEWS_ITEM))
    assert {("patents.granted", "12000", "2023-01-01/2023-12-06"), ("patents.granted.yoy_pct", "5.2", "2023-01-01/2023-12-06")} <= got
    got = flows(run("2023年以来，全市立案查处侵权假冒案件220件；公安机关破获案件91件。\n", languages="[zh]", meta=NEWS_ITEM))
    assert {("enforcement.cases", "220", "2023-01-01/2023-12-06"), ("police.cases", "91", "2023-01-01/2023-12-06")} <= got
    got = flows(run("2023年全市新增商标申请量15920件。\n", languages="[zh]", meta=NEWS_ITEM))
    assert ("trademarks.applications", "15920", "2023") in got
    got = flows(run("今年以来，全市专利授权量12000件。\n", languages="[zh]", meta="    period: '2023'\n    published: '2024-03-06'\n"))
    assert ("patents.granted", "12000", "2023") in got          # (a report published after its year: the year)


def test_a_window_of_days_named_in_the_sentence(text_runner):
    run = text_runner("150000")
    got = flows(run("2022年12月16日至2023年6月15日，全区商标申请量36933件，同比增长14.84%。\n", languages="[zh]",
                    meta="    period: 2023-01/2023-06\n"))
    assert {("trademarks.applications", "36933", "2022-12-16/2023-06-15"),
            ("trademarks.applications.yoy_pct", "14.84", "2022-12-16/2023-06-15")} <= got
    got = flows(run("从元月1日到2023年9月15日，全区商标申请量共计133365件。\n", languages="[zh]",
                    meta="    period: 2023-01/2023-09\n    published: '2023-09-24'\n"))
    assert ("trademarks.applications", "133365", "2023-01-01/2023-09-15") in got
    got = flows(run("截至6月30日，全区新增商标注册4262件。\n", languages="[zh]", meta="    period: 2023-01/2023-07\n"))
    assert ("trademarks.registrations", "4262", "2023-01/2023-06") in got

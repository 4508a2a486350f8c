"""A city science bureau's summary table printed one cell a line, as web pages give it (written for these tests):
numbered rows, a category column spanned over its rows, an indicators' column with units in brackets, years one
after another across, the last year's change and a rank among some cities; estimates in square brackets. Read
turned, a row a year of the report's own region; the rank among some cities and the estimates are said, not read.
A word where a figure should be stops no build: the table is said, not read."""
from __future__ import annotations

from decimal import Decimal

CELLS = ["序号", "类别", "指标", "2016", "2017", "2018", "2018年同比增长率", "10城市排序",
         "1", "科技产出指标", "专利申请量(件)", "30100", "33200", "40500", "21.99%", "4",
         "2", "    其中:发明专利申请量(件)", "12000", "13800", "16100", "16.67%", "3",
         "3", "技术合同成交额(亿元)", "300.5", "350.25", "[400]", "14.20%", "2",
         "4", "创新资源指标", "专利授权量(件)", "18000", "19900", "24100", "21.11%", "5"]
TABLE = "科技统计简表(2016-2018年)\n\n" + "\n\n".join(CELLS) + "\n"


def obs(result) -> dict:
    return {(o.indicator_id, o.region_code, o.period): o.value for o in result.observations}


def test_indicator_rows_over_years_are_read_a_row_a_year(run):
    result = run(TABLE, region="420100", year=2018)
    got = obs(result)
    assert got[("patents.applications", "420100", "2016")] == 30100
    assert got[("patents.applications", "420100", "2018")] == 40500
    assert got[("patents.applications.invention", "420100", "2017")] == 13800
    assert got[("patents.granted", "420100", "2018")] == 24100        # a row whose category cell was spanned
    assert got[("transactions.tech_contracts.amount", "420100", "2017")] == 35025000000
    assert got[("patents.applications.yoy_pct", "420100", "2018")] == Decimal("21.99")
    assert ("patents.applications.yoy_pct", "420100", "2017") not in got


def test_estimates_and_a_rank_among_some_cities_are_said_not_read(run):
    result = run(TABLE, region="420100", year=2018)
    got = obs(result)
    assert ("transactions.tech_contracts.amount", "420100", "2018") not in got
    assert not any(i.endswith(("rank_national", "rank_province")) for i, _, _ in got)
    found = {d.check for d in result.discrepancies}
    assert {"layout.estimated_cells", "layout.unnamed_columns"} <= found


def test_a_word_among_the_figures_stops_no_build(run):
    broken = TABLE.replace("\n\n30100\n\n", "\n\n见附表\n\n")
    result = run(broken, region="420100", year=2018)
    assert not [o for o in result.observations if o.value == 33200]

"""Tables whose rows are indicators of the report's own region, as statistics bulletins and yearbooks print them
(written for these tests): tab-separated (项目 | 2020 | 2021; 指标 | 数量 | 同比增长), printed with spaces between the
cells, and a bilingual yearbook's table whose Chinese labels are glossed in English on the same lines. Read
turned, a row a year or the report's period; a row the catalog cannot name is said, not read; a tab-separated
table whose first column names neither regions nor indicators still stops the build, naming file and line."""
from __future__ import annotations

from decimal import Decimal

import pytest

from build_scripts.core.errors import BuildError


def obs(result) -> dict:
    return {(o.indicator_id, o.region_code, o.period): o.value for o in result.observations}


BY_YEAR_TABS = ("科技主要指标\n\n项目\t2020\t2021\n专利授权量（件）\t155835\t189516\n技术合同成交额（亿元）\t1000.5\t1200.3\n"
                "科研机构数（个）\t12\t13\n")


def test_a_tab_table_of_indicators_over_years(run):
    result = run(BY_YEAR_TABS, region="440100", year=2021)
    got = obs(result)
    assert got[("patents.granted", "440100", "2020")] == 155835
    assert got[("patents.granted", "440100", "2021")] == 189516
    assert got[("transactions.tech_contracts.amount", "440100", "2021")] == Decimal("120030000000")
    unnamed = [d for d in result.discrepancies if d.check == "layout.unnamed_rows"]
    assert unnamed and "科研机构数" in unnamed[0].text_zh        # said, not read
    assert not any(v in (12, 13) for v in got.values())


def test_a_tab_table_of_indicators_with_their_change(run):
    text = "2023年1-10月专利统计\n\n指标\t数量（件）\t同比增长（%）\n专利授权量\t34439\t9.2\n发明专利授权量\t4500\t-3.1\n"
    got = obs(run(text, region="440100", year=2023, period="2023-01/2023-10"))
    assert got[("patents.granted", "440100", "2023-01/2023-10")] == 34439
    assert got[("patents.granted.yoy_pct", "440100", "2023-01/2023-10")] == Decimal("9.2")
    assert got[("patents.granted.invention.yoy_pct", "440100", "2023-01/2023-10")] == Decimal("-3.1")


def test_a_tab_table_of_neither_regions_nor_indicators_stops_the_build(run):
    text = "获奖名单\n\n单位名称\t项目数\t金额\n某某研究院\t3\t120\n某某大学\t2\t80\n"
    with pytest.raises(BuildError) as exc:
        run(text, region="440100", year=2021)
    assert exc.value.line == 3 and "单位名称" in str(exc.value)


def test_a_space_separated_table_of_indicators(run):
    text = "主要指标\n项 目 2020 2021\n专利授权量 (件) 155835 189516\n有效发明专利 (件) 60000 70000\n"
    got = obs(run(text, region="440100", year=2021))
    assert got[("patents.granted", "440100", "2020")] == 155835
    assert got[("patents.valid.invention", "440100", "2021-12-31")] == 70000


YEARBOOK = ("17-1 科技主要指标\nMain Indicators of Science and Technology\n"
            "项     目     Item     2020 2021\n"
            "专利授权量     (件)   Number of Patents Granted            155835 189516\n"
            "                     in the Year                    (piece)      \n"
            "技术市场合同成交金额年增长率   (%)   Annual Growth Rates of Contract Value           77.21 6.94\n"
            "                     in Technical Market                                 (%)      \n"
            "每万人口发明专利拥有量   (件/万人)   Invention Patents Owned per 10 000 Persons   40.2 44.1\n")


def test_a_bilingual_yearbook_table_glossed_in_english(run):
    result = run(YEARBOOK, languages=("zh", "en"), region="440100", year=2021)
    got = obs(result)
    assert got[("patents.granted", "440100", "2021")] == 189516
    assert got[("transactions.tech_contracts.amount.yoy_pct", "440100", "2020")] == Decimal("77.21")
    assert got[("patents.valid.invention.per_10k", "440100", "2021-12-31")] == Decimal("44.1")
    assert not any(v in (10000, 10, 1) for v in got.values())     # (a gloss's figures are no cells)
    assert not [d for d in result.discrepancies if d.check == "layout.blank_line"]


@pytest.mark.parametrize("table", [
    "指标 本月 本年累计 累计同比增长(%)\n专利授权量 3400 34439 9.2\n发明专利授权量 450 4500 12.1\n",
    "| 指标 | 当月 | 累计 | 同比增长 |\n|---|---|---|---|\n| 专利授权量 | 3400 | 34439 | 9.2 |\n| 发明专利授权量 | 450 | 4500 | 12.1 |\n",
])
def test_a_months_figure_and_the_year_so_far_each_keep_their_period(run, table):
    got = obs(run("2023年10月专利统计快报\n" + table, region="440100", year=2023, period="2023-01/2023-10"))
    assert got[("patents.granted", "440100", "2023-10/2023-10")] == 3400       # the month's, not the ten months'
    assert got[("patents.granted", "440100", "2023-01/2023-10")] == 34439
    assert got[("patents.granted.invention.yoy_pct", "440100", "2023-01/2023-10")] == Decimal("12.1")

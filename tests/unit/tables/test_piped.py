"""Tables printed with pipes between cells, as web pages give them (invented reports in the
layouts of the genre): spanned cells printed once, a row-number column, a column of kinds, a
table whose rows are indicators, and prose with a stray pipe."""
from __future__ import annotations

from decimal import Decimal


def obs(result) -> dict:
    return {(o.indicator_id, o.region_code, o.period): (o.value, o.line_zh) for o in result.observations}


def checks(result) -> set:
    return {d.check for d in result.discrepancies}


KINDS = """2023年1月全省专利授权数据表
序号 | 地区 | 专利类型 | 职务发明 | 非职务发明 | 合计 (件) |
1 | 合肥市 | 发明 | 60 | 2 | 62 |
实用新型 | 300 | 50 | 350 | ||
外观设计 | 40 | 10 | 50 | ||
合计 | 400 | 62 | 462 | ||
2 | 芜湖市 | 发明 | 20 | 1 | 21 |
实用新型 | 100 | 20 | 120 | ||
外观设计 | 9 | 1 | 10 | ||
合计 | 129 | 22 | 151 | ||
3 | 蚌埠市 | 发明 """


def test_rows_of_kinds_under_spanned_regions(run):
    r = run(KINDS, region="340000", year=2023, period="2023-01/2023-01")
    got = obs(r)
    assert got[("patents.granted.invention", "340100", "2023-01/2023-01")] == (Decimal(62), 3)
    assert got[("patents.granted.utility_model", "340100", "2023-01/2023-01")] == (Decimal(350), 4)
    assert got[("patents.granted", "340200", "2023-01/2023-01")] == (Decimal(151), 10)
    # the service/non-service split names no catalog indicator: not published under another one
    assert not [k for k in got if k[0] == "patents.granted" and got[k][0] in (Decimal(400), Decimal(129))]
    assert "layout.carried_cells" in checks(r)
    assert not [k for k in got if k[1] == "340300"]          # the text ends at its label: nothing read


INDICATOR_ROWS = """宁国市知识产权主要指标
主要指标 | 1-6月 | 同比±% |
授权专利数(件) | 5000 | 9.2 |
#发明 | 700 | 59.0 |
实用新型 | 3300 | 3.7 |
外观设计 | 1000 | -2.1 |
"""


def test_a_table_of_indicator_rows_is_the_report_regions(run):
    got = obs(run(INDICATOR_ROWS, region="341881", year=2024, period="2024-01/2024-06"))
    h1 = "2024-01/2024-06"
    assert got[("patents.granted", "341881", h1)] == (Decimal(5000), 3)
    assert got[("patents.granted.yoy_pct", "341881", h1)][0] == Decimal("9.2")
    assert got[("patents.granted.invention", "341881", h1)] == (Decimal(700), 4)
    assert got[("patents.granted.design.yoy_pct", "341881", h1)][0] == Decimal("-2.1")


def test_a_piped_table_of_other_figures_is_said_not_read(run):
    text = "规模以上企业研发情况 | 1-6月 | 同比±% |\n研发费用(亿元) | 31.6 | 10.5 |\n新产品产值(亿元) | 397.1 | 7.6 |\n"
    r = run(text, region="341881", year=2024, period="2024-01/2024-06")
    assert not r.observations and "layout.no_regions" in checks(r)


def test_prose_with_a_stray_pipe_is_prose(run):
    text = "2022年，全省商标申请量480272件 | 表格 | 注入 | 全省知识产权创造、运用、保护、管理和服务水平持续提升，知识产权强省建设取得新的重要进展。\n"
    assert not run(text, region="320000").observations


SPANNED = """2023年一季度全市县(市、区)商标情况表
单位:件
序号 | 县(市、区) | 商标申请量 | 商标注册量 | 有效商标注册量 | ||
完成值 | 同比增长 | 完成值 | 同比增长 | |||
1 | 雁塔区 | 240 | 18.50% | 300 | 13.20% | 8000 |
2 | 碑林区 | 290 | -20.40% | 320 | 27.30% | 8300 |
3 | 高新区·长安区 | 120 | 52.50% | 40 | -2.20% | 2800 |
全市合计 | 650 | 8.50% | 660 | 16.30% | 19100 |
"""


def test_a_two_row_header_whose_spans_a_page_dropped(run):
    got = obs(run(SPANNED, region="610100", year=2023, period="2023-01/2023-03"))
    q1 = "2023-01/2023-03"
    assert got[("trademarks.applications", "610113", q1)] == (Decimal(240), 5)
    assert got[("trademarks.applications.yoy_pct", "610103", q1)][0] == Decimal("-20.40")
    assert got[("trademarks.registrations", "610103", q1)] == (Decimal(320), 6)
    assert got[("trademarks.valid", "610113", "2023-03-31")] == (Decimal(8000), 5)
    assert got[("trademarks.applications", "610100", q1)] == (Decimal(650), 8)
    # a zone printed with a unit (高新区·长安区): their figures together, no unit's
    assert not [k for k in got if k[1] == "610116"]


LEAGUES = """2024年第一季度各盟市专利授权统计表
各盟市 | 发明(件数) | 实用新型(件数) | 外观设计(件数) | 总计 |
呼和浩特市 | 391 | 1014 | 137 | 1542 |
包头市 | 235 | 744 | 40 | 1019 |
自治区(总计) | 626 | 1758 | 177 | 2561 |
"""


def test_a_total_row_named_with_its_total_word_and_a_statistics_title(run):
    got = obs(run(LEAGUES, region="150000", year=2024, period="2024-01/2024-03"))
    assert got[("patents.granted.invention", "150100", "2024-01/2024-03")][0] == Decimal(391)
    assert got[("patents.granted", "150200", "2024-01/2024-03")][0] == Decimal(1019)
    assert got[("patents.granted", "150000", "2024-01/2024-03")][0] == Decimal(2561)


WIDE = """2025年7月有效发明专利统计表 | ||||
地 区 | 有效发明 专利量 |
职 务 | 非职务 |
大专院校 | 科研单位 | 职务总计 | 个人 | |||
长沙市 | 81989 | 30783 | 1713 | 80761 | 1228 |
株洲市 | 13694 | 603 | 881 | 13566 | 128 |
"""


def test_rows_wider_than_a_header_printed_over_lines_are_a_finding_not_a_stop(run):
    # read again cell by cell (tests/unit/tables/test_density.py), its figures fit two readings of
    # the header (职务 or 有效发明专利量 spanning the first pair): a finding, nothing guessed
    r = run(WIDE, region="430000", year=2025, period="2025-07/2025-07")
    assert checks(r) & {"layout.piped_width", "layout.stacked_header"}
    assert not [o for o in r.observations if o.region_code in ("430100", "430200")]


UNEVEN = """2024年3月全省专利授权数据表
序号 | 地区 | 专利类型 | 职务发明 | 非职务发明 | 合计 (件) | |||
企业 | 大专 院校 | 科研 机构 | 机关 团体 | 个人 | ||||
1 | 合肥市 | 发明 | 30 | 12 | 3 | 1 | 2 | 48 |
实用新型 | 200 | 40 | 10 | 5 | 25 | 280 | ||
合计 | 230 | 52 | 13 | 6 | 27 | 328 | ||
2 | 芜湖市 | 发明 | 15 | 2 | 1 | 0 | 1 | 19 |
实用新型 | 90 | 9 | 3 | 1 | 12 | 115 | ||
合计 | 105 | 11 | 4 | 1 | 13 | 134 | ||
"""


def test_sub_labels_that_do_not_divide_evenly_among_their_groups(run):
    # five sub-labels under two groups: the totals column (the sum of the others) and the label
    # columns are read; the columns whose group the figures cannot tell are a finding, unpublished
    r = run(UNEVEN, region="340000", year=2024, period="2024-03/2024-03")
    got = obs(r)
    m = "2024-03/2024-03"
    assert got[("patents.granted.invention", "340100", m)] == (Decimal(48), 4)
    assert got[("patents.granted", "340100", m)] == (Decimal(328), 6)
    assert got[("patents.granted.utility_model", "340200", m)] == (Decimal(115), 8)
    assert "layout.spanned_columns" in checks(r)
    assert not [k for k in got if got[k][0] in (Decimal(30), Decimal(200), Decimal(230), Decimal(12))]


def test_a_markdown_rule_under_the_header_is_no_header_row(run):
    # | --- | :---: | under a Markdown table's header is a rule: the header stays one row, so its
    # labels name the columns (they once took "---" as a second header row and named nothing)
    text = "各市专利授权情况如下。\n| 地区 | 专利授权量 | 有效发明专利 |\n| --- | :---: | ---: |\n| 苏州市 | 1000 | 500 |\n| 无锡市 | 1200 | 600 |\n"
    got = obs(run(text, region="320000", year=2022))
    assert got[("patents.granted", "320500", "2022")] == (Decimal(1000), 4)
    assert got[("patents.valid.invention", "320200", "2022-12-31")] == (Decimal(600), 5)
    years = "| 年份 | 专利授权量 |\n|---|---|\n| 2021年 | 1700 |\n| 2022年 | 1650 |\n"
    got = obs(run(years, region="320500", year=2022))
    assert got == {("patents.granted", "320500", "2021"): (Decimal(1700), 3), ("patents.granted", "320500", "2022"): (Decimal(1650), 4)}


SHIFTED = """2023年上半年各市吸纳技术合同情况 | |||||
序号 | 地区 | 合同数 | 成交额(亿元) | 成交额 | 成交额 |
同比增长率 | 排名 | ||||
1 | 合肥市 | 2100 | 120.5 | 0.214 | 1 |
2 | 芜湖市 | 480 | 15.25 | 1.305 | 3 |
3 | 蚌埠市 | 300 | 18.75 | -0.126 | 2 |
合计 | 2880 | 154.5 | 0.277 | / |
"""


def test_a_lower_header_row_whose_leading_empty_cells_were_dropped(run):
    # 同比增长率 | 排名 sit under the last two 成交额 columns, not under 序号 and 地区; the columns name
    # measures of the title's noun (吸纳技术合同 + 成交额); the rates are fractions (0.214 = 21.4 %); the
    # rank after a change ranks the figure; the total row (合计, spanning 序号 and 地区) is the province's
    result = run(SHIFTED, region="340000", year=2023, period="2023-01/2023-06")
    got = obs(result)
    h1 = "2023-01/2023-06"
    assert got[("transactions.tech_contracts.absorbed", "340100", h1)] == (Decimal(2100), 4)
    assert got[("transactions.tech_contracts.absorbed.amount", "340200", h1)][0] == Decimal("1525000000")
    assert got[("transactions.tech_contracts.absorbed.amount.yoy_pct", "340200", h1)][0] == Decimal("130.5")
    assert got[("transactions.tech_contracts.absorbed.amount.yoy_pct", "340300", h1)][0] == Decimal("-12.6")
    assert got[("transactions.tech_contracts.absorbed.amount.rank_province", "340300", h1)][0] == Decimal(2)
    assert got[("transactions.tech_contracts.absorbed", "340000", h1)] == (Decimal(2880), 7)
    assert got[("transactions.tech_contracts.absorbed.amount.yoy_pct", "340000", h1)][0] == Decimal("27.7")
    notes = {o.note_en for o in result.observations if o.indicator_id.endswith("yoy_pct")}
    assert notes == {"The table prints this rate as a fraction (such as 0.371); shown here in percent"}


PERCENT_RATES = """2023年各市专利授权情况表
地区 | 授权量 | 同比增长率 |
合肥市 | 2100 | 12.5 |
芜湖市 | 480 | 0.125 |
"""


def test_rates_printed_to_one_or_two_decimals_are_percentages(run):
    got = obs(run(PERCENT_RATES, region="340000", year=2023))
    assert got[("patents.granted.yoy_pct", "340100", "2023")][0] == Decimal("12.5")
    assert got[("patents.granted.yoy_pct", "340200", "2023")][0] == Decimal("0.125")


SCATTERED = """2023年各地专利授权情况表
地区 | 授权量 |
合肥市 | 2100 |
南京市 | 480 |
合计 | 2580 |
"""


def test_a_total_row_of_regions_with_no_one_parent_is_left_unread(run):
    result = run(SCATTERED, region="340000", year=2023)
    got = obs(result)
    assert got[("patents.granted", "340100", "2023")][0] == Decimal(2100)
    assert not [k for k in got if k[1] == "340000"]


def test_a_numbered_row_cut_off_by_the_text_carries_no_cells_down(run):
    text = ("2024年一季度全市县(市、区)专利授权情况表\n单位:件\n序号 | 县(市、区) | 专利授权总量 | 发明专利授权量 | 有效发明专利拥有量 |\n"
            "1 | 大冶市 | 459 | 25 | 520 |\n2 | 阳新县 | 168 |")
    result = run(text, region="420200", year=2024, period="2024-01/2024-03")
    got = obs(result)
    assert got[("patents.granted", "420281", "2024-01/2024-03")][0] == 459
    assert got[("patents.granted", "420222", "2024-01/2024-03")][0] == 168
    assert "layout.row_cut_off" in checks(result)

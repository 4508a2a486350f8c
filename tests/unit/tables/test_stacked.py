"""Tables printed one cell a line (as HTML and PDF tools give them): read back by their shape.
The reports are invented here, in the layouts the genre's web pages and PDFs produce."""
from __future__ import annotations

from decimal import Decimal

from build_scripts.parse.tables import header_layouts, join_words, sum_spans
from build_scripts.pipeline import extract


def cells(*rows: str) -> str:
    """One cell a line with a blank line between cells (the HTML-to-text layout)."""
    return "\n\n".join(c for row in rows for c in row.split()) + "\n"


def obs(result) -> dict:
    return {(o.indicator_id, o.region_code, o.period): (o.value, o.line_zh, o.quote_zh) for o in result.observations}


def line_of(text: str, cell: str, after: str = "") -> int:
    """The 1-based line of a cell (the first after the cell `after`)."""
    lines = text.split("\n")
    start = lines.index(after) if after else 0
    return lines.index(cell, start) + 1


def checks(result) -> dict:
    return {d.check: d for d in result.discrepancies}


# a province's table: split header words, three groups over two header rows, an outer region
# printed on the first row of its block, a total row, the text cut off inside the last row
SPLIT_HEADER = ("通知正文一行。\n\n2023年全省各地区专利授权量\n\n单位:件\n\n"
                + cells("地区 市县 名称", "专利类型 申请人类型 职务/非职务 合计授权量",
                        "发明 实用 新型 外观 设计 大专 院校 科研 院所 企业 机关 团体 个人 职务 非职务",
                        "合肥 瑶海区 100 300 50 10 5 400 15 20 430 20 450",
                        "庐阳区 80 200 40 8 2 280 10 20 300 20 320",
                        "蜀山区 120 260 70 20 10 380 10 30 420 30 450",
                        "合计 300 760 160 38"))


def test_a_split_header_with_groups_is_read_by_its_sums(run):
    r = run(SPLIT_HEADER, region="340000", year=2023)
    got = obs(r)
    assert got[("patents.granted.invention", "340102", "2023")][:2] == (Decimal(100), line_of(SPLIT_HEADER, "100"))
    assert got[("patents.granted", "340102", "2023")][0] == Decimal(450)
    assert got[("patents.granted.design", "340104", "2023")][0] == Decimal(70)
    # the total row of the 合肥 block is 合肥's; the text ends inside it: what is printed is published
    assert got[("patents.granted.utility_model", "340100", "2023")][0] == Decimal(760)
    assert ("patents.granted", "340100", "2023") not in got
    assert "layout.row_cut_off" in checks(r)
    # the applicant-type columns name no catalog indicator under a grants title: nothing guessed
    assert not [k for k in got if "owner" in k[0]]
    # every cell line is the table's, not running text
    assert r.lines >= {line_of(SPLIT_HEADER, c) for c in ("地区", "设计", "瑶海区", "760")}
    assert line_of(SPLIT_HEADER, "通知正文一行。") not in r.lines


def test_the_sums_choose_between_header_layouts():
    tokens = [t for _, t in join_words([(None, w) for w in "专利类型 申请人类型 合计 发明 实用 新型 外观 设计 企业 个人".split()],
                                       frozenset({"实用新型", "外观设计"}))]
    assert tokens == ["专利类型", "申请人类型", "合计", "发明", "实用新型", "外观设计", "企业", "个人"]
    rows = [[Decimal(x) for x in r] for r in ([1, 2, 3, 5, 1, 6], [2, 2, 2, 4, 2, 6])]
    spans = sum_spans(rows, 6)
    assert spans[(0, 2)] == 5 and spans[(3, 4)] == 5
    score, layouts = header_layouts(tokens, 6, spans)
    assert score == 1.0 and layouts[0] == [("专利类型", "发明"), ("专利类型", "实用新型"), ("专利类型", "外观设计"),
                                            ("申请人类型", "企业"), ("申请人类型", "个人"), ("", "合计")]


def test_a_header_the_figures_do_not_explain_is_left_unread(run):
    text = "各市专利情况\n\n" + cells("地区", "甲类 乙类 丙 丁 戊", "合肥市 1 2 3", "芜湖市 4 5 6")
    r = run(text, region="340000", year=2023)
    assert not r.observations
    finding = checks(r)["layout.stacked_header"]
    assert "5 header cells, 3 columns" in str(vars(finding))


def test_a_months_by_regions_table_is_turned_and_dated_by_month(run):
    text = ("2023年各区专利申请情况汇总表 |\n||||\n"
            + "\n".join(f"{c} |" for c in "2023 瑶海 庐阳 全市 1月 10 20 —— 2月 11 21 40 3月 12".split()) + "\n")
    r = run(text, region="340100", year=2023)
    got = obs(r)
    assert got[("patents.applications", "340102", "2023-01/2023-01")][:2] == (Decimal(10), 8)
    assert got[("patents.applications", "340103", "2023-02/2023-02")][0] == Decimal(21)
    assert got[("patents.applications", "340100", "2023-02/2023-02")][0] == Decimal(40)
    assert ("patents.applications", "340100", "2023-01/2023-01") not in got      # —— is no figure
    assert ("patents.applications", "340103", "2023-03/2023-03") not in got      # cut off
    assert "layout.row_cut_off" in checks(r)


def test_this_month_and_its_parts_take_the_last_month(run):
    text = "2023年8月专利授权量统计表\n" + "\n".join(
        "地区 当年授权量 当月授权量 发明 实用新型 外观设计 合肥市 900 60 10 30 20 芜湖市 500 31 6 15 10".split()) + "\n"
    r = run(text, region="340000", year=2023, period="2023-01/2023-08")
    got = obs(r)
    assert got[("patents.granted", "340100", "2023-01/2023-08")][0] == Decimal(900)
    assert got[("patents.granted", "340100", "2023-08/2023-08")][0] == Decimal(60)
    assert got[("patents.granted.invention", "340200", "2023-08/2023-08")][0] == Decimal(6)


def test_prose_lines_are_no_table(run):
    text = "地区\n\n全省专利授权量12万件，同比增长5%。\n\n合肥市\n\n100\n"
    assert not run(text, region="340000", year=2023).observations


# rows numbered (序号) with the kinds printed down each region's block (专利类型), one cell a line
KINDS_STACKED = ("2023年3月全省专利授权数据表\n\n"
                 + cells("序号 地区 专利类型 职务发明 非职务发明 合计 (件)",
                         "1 合肥市 发明 50 2 52", "实用新型 280 40 320", "外观设计 30 10 40", "合计 360 52 412",
                         "2 芜湖市 发明 18 1 19", "实用新型 90 15 105", "外观设计 8 2 10", "合计 116 18 134"))


def test_numbered_rows_with_kinds_down_each_block_one_cell_a_line(run):
    r = run(KINDS_STACKED, region="340000", year=2023, period="2023-03/2023-03")
    got = obs(r)
    m = "2023-03/2023-03"
    assert got[("patents.granted.invention", "340100", m)][:2] == (Decimal(52), line_of(KINDS_STACKED, "52"))
    assert got[("patents.granted.utility_model", "340200", m)][:2] == (Decimal(105), line_of(KINDS_STACKED, "105"))
    assert got[("patents.granted", "340200", m)][0] == Decimal(134)
    assert not [k for k in got if got[k][0] in (Decimal(360), Decimal(116))]     # service inventions: no catalog indicator


# a whole table printed on one line of pipes (a mirror of a city page): its header, then each row's
# label and figures; an empty cell among the figures is no figure; a column of the same period last
# year (去年同期) beside the grants is their figure a year before
ONE_LINE = ("2024年5月全市专利授权情况表\n"
            "地区 | 授权量 | 其 中 | 去年同期 | | 发明 | 实用新型 | 外观设计 | 全 市 | 155 | 11 | 81 | 63 | 140 | "
            "荷塘区 | 48 | 4 | 31 | 13 | 41 | 芦淞区 | 14 | | 9 | 5 | 22 | 石峰区 | 30 | 2 | 20 | 8 | 33 |\n"
            "全市专利工作稳步推进。\n")


def test_a_whole_table_on_one_line_of_pipes(run):
    r = run(ONE_LINE, region="430200", year=2024, period="2024-05/2024-05")
    got = obs(r)
    m = "2024-05/2024-05"
    assert got[("patents.granted", "430200", m)][:2] == (Decimal(155), 2)
    assert got[("patents.granted.invention", "430202", m)][:2] == (Decimal(4), 2)
    assert got[("patents.granted.utility_model", "430203", m)][:2] == (Decimal(9), 2)
    assert ("patents.granted.invention", "430203", m) not in got       # its cell is empty
    assert got[("patents.granted", "430200", "2023-05/2023-05")][0] == Decimal(140)
    assert got[("patents.granted", "430202", "2023-05/2023-05")][0] == Decimal(41)
    assert not [k for k, v in got.items() if v[0] in (Decimal(140), Decimal(41)) and k[2] != "2023-05/2023-05"]


def test_a_column_of_last_year_with_no_figure_beside_it_is_not_published(run):
    # 上年 beside columns of other indicators: which period, of what, the table does not say
    text = "2024年5月全市专利情况表\n地区\t发明\t实用新型\t上年\n荷塘区\t4\t31\t41\n芦淞区\t2\t9\t22\n"
    got = obs(run(text, region="430200", year=2024, period="2024-05/2024-05"))
    assert not [k for k, v in got.items() if v[0] in (Decimal(41), Decimal(22))]


# a numbered table of kinds printed one cell a line under a two-row header (职务发明 | 非职务发明 over
# 企业 | 大专院校 | … | 个人, split words, a unit on its own line): the header's rows put back, the kinds
# turned into columns, the columns whose group the figures cannot tell left unpublished
KINDS_TWO_ROWS = ("2024年3月全省专利授权数据表\n\n"
                  + cells("序号 地区 专利类型 职务发明 非职务发明 合计 (件)", "企业 大专 院校 科研 机构 机关 团体 个人",
                          "1 合肥市 发明 30 12 3 1 2 48", "实用新型 200 40 10 5 25 280", "合计 230 52 13 6 27 328",
                          "2 芜湖市 发明 15 2 1 0 1 19", "实用新型 90 9 3 1 12 115", "合计 105 11 4 1 13 134"))


def test_numbered_kinds_under_a_two_row_header_one_cell_a_line(run):
    r = run(KINDS_TWO_ROWS, region="340000", year=2024, period="2024-03/2024-03")
    got = obs(r)
    m = "2024-03/2024-03"
    assert got[("patents.granted.invention", "340100", m)][:2] == (Decimal(48), line_of(KINDS_TWO_ROWS, "48"))
    assert got[("patents.granted", "340200", m)][0] == Decimal(134)
    assert got[("patents.granted.utility_model", "340200", m)][0] == Decimal(115)
    assert "layout.spanned_columns" in checks(r)
    assert not [k for k, v in got.items() if v[0] in (Decimal(30), Decimal(200), Decimal(230), Decimal(12))]


# a monthly table on one line of pipes with no title and a three-row header: 申请量 | 授权量 each over
# 月合计 | 其中 (发明 | 实用新型 | 外观设计) | 累计 | 增长率, the corner's second line (单位) among them.
# The kinds make it a patent table; the month's columns are the month's, 累计 the year so far, and a
# growth rate the change of the figure before it.
THREE_ROWS = ("类型 | 申 请 量 | 授 权 量 | | 月合计 | 其 中 | 累计 | 增长率 | 月合计 | 其 中 | 累计 | 增长率 | 单位 | "
              "发明 | 实用新型 | 外观设计 | 发明 | 实用新型 | 外观设计 | "
              "全 市 | 30 | 10 | 15 | 5 | 300 | 10.0% | 20 | 5 | 10 | 5 | 200 | -5.0% | "
              "荷塘区 | 12 | 4 | 6 | 2 | 110 | 8.5% | 9 | 2 | 5 | 2 | 90 | 3.2% | "
              "芦淞区 | 7 | | 5 | 2 | 60 | -1.5% | 4 | 1 | 2 | 1 | 41 | 2.0% |\n")


def test_a_three_row_header_on_one_line_with_the_month_and_the_year_so_far(run):
    got = obs(run(THREE_ROWS, region="430200", year=2024, period="2024-05/2024-05"))
    m, ytd = "2024-05/2024-05", "2024-01/2024-05"
    assert got[("patents.applications", "430200", m)][0] == Decimal(30)
    assert got[("patents.applications.invention", "430200", m)][0] == Decimal(10)
    assert got[("patents.applications", "430200", ytd)][0] == Decimal(300)
    assert got[("patents.applications.yoy_pct", "430200", ytd)][0] == Decimal("10.0")
    assert got[("patents.granted.design", "430202", m)][0] == Decimal(2)
    assert got[("patents.granted", "430203", ytd)][0] == Decimal(41)
    assert ("patents.applications.invention", "430203", m) not in got       # an empty cell
    assert not [k for k in got if k[0].startswith(("gi.", "copyright."))]


def test_a_generic_column_word_names_no_other_topics_indicator(run):
    # an untitled table's 合计 / 增长率 columns: no catalog term of another topic's tables (GI totals,
    # copyright growth) takes them
    text = "地区\t申请\t合计\t增长率\n荷塘区\t12\t30\t5.0%\n芦淞区\t7\t20\t2.0%\n"
    got = obs(run(text, region="430200", year=2024))
    assert not [k for k in got if k[0].startswith(("gi.", "copyright."))]


YEARBOOK = ("表16-5 各类型专利申请和授权情况\n单位：项\n年份 专利申请数 专利授权数\n"
            "发明 实用新型 外观设计 发明 实用新型 外观设计\n"
            "1986 195 67 125 3 23 23\n"
            "2021 15327 3008 8737 3582 9895 896 6153 2846\n2022 18039 3516 10918 3605 14592 1025 9995 3572\n"
            "2023 16000 3100 9000 3900\n")


def test_a_yearbook_table_of_a_row_a_year_with_group_totals(run):
    # a space-separated table, one row a year, a two-line header whose group labels also head their
    # unnamed totals (the figures say so: each group's kinds add up to its first column); a row of
    # another count of figures is not placed by guess (1986 leaves empty cells blank, 2023 gives some)
    r = run(YEARBOOK, region="350000", year=2022)
    got = obs(r)
    assert got[("patents.applications", "350000", "2021")][:2] == (Decimal(15327), 6)
    assert got[("patents.applications.design", "350000", "2021")][0] == Decimal(3582)
    assert got[("patents.granted", "350000", "2022")][0] == Decimal(14592)
    assert got[("patents.granted.invention", "350000", "2022")][0] == Decimal(1025)
    assert not [k for k in got if k[2] in ("1986", "2023")]
    ragged = checks(r)["layout.ragged_row"]
    assert "1986" in ragged.resolution and "2023" in ragged.resolution_zh
    # figures that do not add up leave the header unexplained: nothing published under a guess
    wrong = run(YEARBOOK.replace("3582", "3581"), region="350000", year=2022)
    assert not wrong.observations and "layout.stacked_header" in checks(wrong)


def test_rows_of_figures_no_reader_reads_are_said(make_report, tmp_path):
    # rows of figures a prose line cuts off from their header: no table layout explains them, and
    # bare figures are no statements of the text; the build says so, with the lines, instead of
    # dropping them in silence
    report = make_report("表1 各类专利申请和授权情况\n单位：件\n年份 专利申请数 专利授权数\n"
                         "说明：以下为历年数据，来源于统计年鉴，不含港澳台。\n"
                         "2021 15327 3008 8737 3581 9895 896 6153 2846\n2022 18039 3516 10918 3605 14592 1025 9995 3572\n"
                         "全省专利授权量14592件。\n", region="350000", year=2022)
    result = extract(report.path.parent)
    unread = [d for d in result.discrepancies if d.check == "layout.unread_table"]
    assert [(d.line_zh, "5-6" in d.resolution, "5-6" in d.resolution_zh) for d in unread] == [(5, True, True)]
    assert [(c.comparisons, c.findings) for c in result.checks if c.check == "layout.unread_table"] == [(2, 1)]


# a research note's table one cell a line whose empty corner a tool dropped: the header starts with
# its year columns (2022 | 2021 | 2018), then a growth column and an average-growth column, and each
# row starts with a number no header names; the title names grants by their running-text wording
CORNERLESS = ("附表2-1 某省各地市获得的国家发明专利数量\n\n"
              + cells("2022 2021 2018 增长率 年均增长",
                      "1 南京 900 800 500 12.5% 16%",
                      "2 无锡 400 500 300 -20% 7%",
                      "3 常州 120 100 60 20% 19%")
              + "\n以上数据来自公开检索。\n")


def test_a_header_of_years_whose_corner_was_dropped_with_unheaded_row_numbers(run):
    r = run(CORNERLESS, region="320000", year=2022)
    got = obs(r)
    assert got[("patents.granted.invention", "320100", "2022")][:2] == (Decimal(900), line_of(CORNERLESS, "900"))
    assert got[("patents.granted.invention", "320200", "2021")][:2] == (Decimal(500), line_of(CORNERLESS, "500", "无锡"))
    assert got[("patents.granted.invention", "320400", "2018")][0] == Decimal(60)
    assert got[("patents.granted.invention.yoy_pct", "320200", "2022")][0] == Decimal(-20)
    assert not [k for k in got if got[k][0] in (Decimal(2), Decimal(3), Decimal(16), Decimal(7), Decimal(19))]   # row numbers, average growth


# years after the corner (地区 | 2022 | 2021 | 增长率 | 份额), rows numbered without a header: 份额 is each
# city's share of the province's grants of the newest year
YEARS_SHARES = ("某省各地区获得的国家发明专利数量\n\n"
                + cells("地区 2022 2021 增长率 份额",
                        "1 南京 900 800 12.5% 60.0%",
                        "2 无锡 400 500 -20% 26.7%",
                        "3 常州 200 100 100% 13.3%")
                + "\n以上数据来自公开检索。\n")


def test_year_columns_after_the_corner_and_a_share_of_the_province(run):
    got = obs(run(YEARS_SHARES, region="320000", year=2022))
    assert got[("patents.granted.invention", "320200", "2022")][0] == Decimal(400)
    assert got[("patents.granted.invention", "320400", "2021")][0] == Decimal(100)
    assert got[("patents.granted.invention.share_province_pct", "320100", "2022")][:2] == \
        (Decimal("60.0"), line_of(YEARS_SHARES, "60.0%"))
    # a city's report: its districts' shares of the city have no indicator, so none is published
    city = obs(run(YEARS_SHARES.replace("南京", "玄武区").replace("无锡", "秦淮区").replace("常州", "鼓楼区"),
                   region="320100", year=2022))
    assert city[("patents.granted.invention", "320102", "2022")][0] == Decimal(900)
    assert not [k for k in city if "share" in k[0]]


# a row a year, numbered without a header, the first year's growth printed as --: 授权数量 completes the
# kind the title names (发明专利), 增长率 alone is the change of the column before it
YEARS_NUMBERED = ("附表3-1 某市历年发明专利数量\n\n"
                  + cells("年份 授权数量 增长率", "1 2020 200 --", "2 2021 260 30%", "3 2022 234 -10%")
                  + "\n注:按第一专利权人统计。\n")


def test_numbered_year_rows_take_the_kind_the_title_names(run):
    got = obs(run(YEARS_NUMBERED, region="320100", year=2022))
    assert got[("patents.granted.invention", "320100", "2020")][:2] == (Decimal(200), line_of(YEARS_NUMBERED, "200"))
    assert got[("patents.granted.invention", "320100", "2022")][0] == Decimal(234)
    assert got[("patents.granted.invention.yoy_pct", "320100", "2022")][0] == Decimal(-10)
    assert got[("patents.granted.invention.yoy_pct", "320100", "2021")][0] == Decimal(30)
    assert ("patents.granted.invention.yoy_pct", "320100", "2020") not in got
    assert not [k for k in got if got[k][0] in (Decimal(1), Decimal(2), Decimal(3))]


# a table of institutions whose corner (机构名称) sits apart, so its header starts with years: not a table
# of regions, said in a finding; a table of regions whose year columns no title explains: said too,
# and neither stops the build
INSTITUTIONS = ("某市发明专利30强机构\n\n机构名称\n\n"
                + cells("2022 2021", "1 某某大学 629 390", "2 某某学院 105 102") + "\n以上为公开数据。\n")
UNTITLED_YEARS = ("附表\n\n" + cells("地区 2022 2021", "南京 629 390", "无锡 105 102") + "\n以上为公开数据。\n")


def test_institutions_and_unexplained_year_columns_are_findings_not_errors(run):
    r = run(INSTITUTIONS, region="320100", year=2022)
    assert not r.observations and "layout.no_regions" in checks(r)
    r = run(UNTITLED_YEARS, region="320000", year=2022)
    assert not [o for o in r.observations if o.value == Decimal(629)]
    assert "layout.unnamed_columns" in checks(r)


def test_a_figure_the_text_ends_on_inside_a_row_may_be_cut_and_is_not_published(run):
    text = CORNERLESS.split("\n以上数据")[0].rstrip("\n") + "\n\n4\n\n苏州\n\n780\n\n6"
    got = obs(r := run(text, region="320000", year=2022))
    assert got[("patents.granted.invention", "320500", "2022")][0] == Decimal(780)
    assert ("patents.granted.invention", "320500", "2021") not in got     # 6 of what may be 6xx
    assert "6…" in checks(r)["layout.row_cut_off"].resolution


# a ranking of cities printed one cell a line, its one column's name split over two header lines (发明专利 / 授权量): the
# pieces make a catalog term, so they are one column (written for this test)
RANKED = ("2023年全国城市发明专利授权排行榜\n\n" + cells("序号 地区 发明专利 授权量", "1 深圳 11826", "2 杭州 4509", "3 南京 3457")
          + "\n以上为公开数据。\n")


def test_a_columns_name_split_over_two_header_lines_is_joined_by_the_catalogs_terms(run):
    got = obs(run(RANKED, region="330100", year=2023))
    assert got[("patents.granted.invention", "330100", "2023")][0] == Decimal(4509)
    assert got[("patents.granted.invention", "320100", "2023")][0] == Decimal(3457)

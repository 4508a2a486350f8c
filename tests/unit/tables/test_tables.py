"""The table parser on small inline reports: one rule per test."""
from __future__ import annotations

from decimal import Decimal

import pytest

from build_scripts.core.errors import BuildError
from build_scripts.parse.tables import clean, header_columns

def checks_of(result):
    return [d.check for d in result.discrepancies]


GI = "截至2022年底全省各设区市地理标志统计表\n\n单位：件\n\n"
HEAD = "地区\t地理标志商标\t地理标志产品\t合计\n"


def test_simple_table_values_periods_and_quotes(run):
    res = run(GI + HEAD + "南京市\t23\t4\t27\n无锡市\t15\t9\t24\n全省\t38\t13\t51\n")
    assert len(res.tables) == 1 and len(res.observations) == 9
    obs = {(o.indicator_id, o.region_code): o for o in res.observations}
    o = obs[("gi.trademarks", "320100")]
    assert (o.value, o.period, o.line_zh, o.quote_zh, o.agreement) == (23, "2022-12-31", 6, "23", "zh_only")
    assert obs[("gi.total", "320000")].value == 51
    assert res.lines == {1, 3, 5, 6, 7, 8}  # blank lines around the block are not claimed
    assert res.discrepancies == []


def test_multi_row_header_group_spans_sub_columns():
    rows = [["地区", "有效发明专利量", "专利权人类型"], ["", "", "院校", "科研", "企业"]]
    cols = header_columns(rows, [type("L", (), {"number": 1})(), type("L", (), {"number": 2})()])
    assert [(c.label, c.group) for c in cols] == [
        ("地区", ""), ("有效发明专利量", ""), ("院校", "专利权人类型"), ("科研", "专利权人类型"), ("企业", "专利权人类型")]
    assert [c.header_line for c in cols] == [1, 1, 2, 2, 2]


def test_multi_row_header_maps_owner_columns(run):
    text = ("截至2022年底全省万人发明专利拥有量按地区统计表\n单位：件\n"
            "地区\t总人口 (万人)\t有效发明专利量\t专利权人类型\t\n\t\t\t院校\t企业\n南京市\t942.34\t113788\t50302\t63486\n")
    res = run(text)
    ids = {o.indicator_id: o.value for o in res.observations}
    assert ids == {"population.total": Decimal("9423400.00"), "patents.valid.invention": 113788,
                   "patents.valid.invention.owner.university": 50302, "patents.valid.invention.owner.enterprise": 63486}
    assert str(ids["population.total"].normalize()) == "9.4234E+6" and format(ids["population.total"], "f") == "9423400.00"


def test_repeated_header_is_skipped_and_reported(run):
    res = run(GI + HEAD + "南京市\t23\t4\t27\n\n" + HEAD + "无锡市\t15\t9\t24\n全省\t38\t13\t51\n")
    assert len(res.tables) == 1 and len(res.tables[0].rows) == 3
    assert {"layout.repeated_header", "layout.blank_line"} <= set(checks_of(res))


def test_rows_printed_before_their_title_join_the_table(run):
    text = "无锡市\t15\t9\t24\n全省\t38\t13\t51\n\n" + GI + HEAD + "南京市\t23\t4\t27\n"
    res = run(text)
    assert len(res.tables) == 1
    assert [r["region_code"] for r in res.tables[0].rows] == ["320100", "320200", "320000"]
    assert "layout.rows_before_title" in checks_of(res)
    assert 1 in res.lines and 2 in res.lines


def test_html_and_markdown_leftovers_are_removed_and_reported(run):
    assert clean("<b>8070</b>") == "8070" and clean("**全省**") == "全省" and clean("\\* 其他") == "* 其他"
    res = run(GI + HEAD + "南京市\t23\t4\t27\n无锡市\t15\t9\t24\n<b>全省</b>\t<b>38</b>\t**13**\t51\n")
    o = next(o for o in res.observations if o.region_code == "320000" and o.indicator_id == "gi.trademarks")
    assert o.value == 38 and o.quote_zh == "38"
    assert "layout.markup" in checks_of(res)


def test_notes_belong_to_the_table_until_the_numbering_breaks(run):
    text = (GI + HEAD + "南京市\t23\t4\t27\n* 其他\t1\t0\t1\n全省\t24\t4\t28\n\n注：1. 数据来自统计年鉴。\n"
            "2.* 为无法归类的部分。\n\n(3) 下一节的正文。\n")
    res = run(text)
    assert res.tables[0].notes == ["注：1. 数据来自统计年鉴。", "2.* 为无法归类的部分。"]
    assert 10 in res.lines and 11 in res.lines and 13 not in res.lines
    assert {o.region_code for o in res.observations} == {"320100", "X32999", "320000"}


def test_title_after_the_table(run):
    text = "正文一段。\n\n" + HEAD + "南京市\t23\t4\t27\n全省\t23\t4\t27\n\n截至2022年底全省各设区市地理标志统计表\n"
    res = run(text)
    assert res.tables[0].title_zh == "截至2022年底全省各设区市地理标志统计表"
    assert "layout.title_after_table" in checks_of(res)


def test_width_mismatch_is_an_error_with_file_and_line(run):
    with pytest.raises(BuildError) as exc:
        run(GI + HEAD + "南京市\t23\t4\t27\n无锡市\t15\t9\t24\t7\t8\n")
    assert exc.value.line == 7 and exc.value.key == "无锡市" and str(exc.value.file).endswith("t-2022.txt")


def test_short_row_is_an_error(run):
    with pytest.raises(BuildError) as exc:
        run(GI + HEAD + "南京市\t23\t4\t27\n无锡市\t15\n")
    assert exc.value.line == 7


def test_non_numeric_cell_is_an_error(run):
    with pytest.raises(BuildError) as exc:
        run(GI + HEAD + "南京市\t2S\t4\t27\n")
    assert (exc.value.line, exc.value.key) == (6, "地理标志商标")


def test_unknown_region_is_an_error(run):
    with pytest.raises(BuildError) as exc:
        run(GI + HEAD + "火星市\t23\t4\t27\n")
    assert (exc.value.line, exc.value.key) == (6, "火星市")


def test_duplicate_region_is_an_error(run):
    with pytest.raises(BuildError) as exc:
        run(GI + HEAD + "南京市\t23\t4\t27\n南京\t25\t4\t29\n")
    assert exc.value.line == 7


def test_rows_without_any_header_are_an_error(run):
    with pytest.raises(BuildError) as exc:
        run("正文。\n南京市\t23\t4\t27\n")
    assert exc.value.line == 2


def test_year_columns_and_growth_rate(run):
    text = ("Copyright Works Registered in Cities and Regions in Jiangsu\n\nUnit: piece\n\n"
            "Region\t2020\t2019\tGrowth Rate\nNanjing\t39083\t23079\t69.34%\nEntire province\t39083\t23079\t69.34%\n")
    res = run(text, languages=("en",), year=2020)
    got = {(o.indicator_id, o.region_code, o.period): o.value for o in res.observations}
    assert got[("copyright.registrations", "320100", "2019")] == 23079
    assert got[("copyright.registrations", "320100", "2020")] == 39083
    assert got[("copyright.registrations.yoy_pct", "320100", "2020")] == Decimal("69.34")


def test_a_table_of_a_row_a_year_is_the_reports_own_region_year_by_year(run):
    # 年份 in the corner: each row is the report's region in that year (a flow that year, a stock at
    # its end, the report's own period for its last year); the same in English with "Year"
    text = ("表2 2020-2022年全市专利主要指标\n\n年份\t专利授权量\t有效发明专利\t专利授权量增长率\n"
            "2020年\t1500\t800\t12.5%\n2021年\t1700\t950\t13.3%\n2022年\t1650\t1100\t-2.9%\n")
    res = run(text, region="320500", year=2022, period="2022-01/2022-10")
    got = {(o.indicator_id, o.region_code, o.period): (o.value, o.line_zh) for o in res.observations}
    assert got[("patents.granted", "320500", "2020")] == (1500, 4)
    assert got[("patents.valid.invention", "320500", "2021-12-31")] == (950, 5)
    assert got[("patents.granted", "320500", "2022-01/2022-10")] == (1650, 6)
    assert got[("patents.valid.invention", "320500", "2022-10-31")] == (1100, 6)
    assert got[("patents.granted.yoy_pct", "320500", "2022-01/2022-10")] == (Decimal("-2.9"), 6)
    en = "Year\tPatents granted\n2021\t1700\n2022\t1650\n"
    got = {(o.indicator_id, o.period): o.value for o in run(en, languages=("en",), region="320500", year=2022).observations}
    assert got == {("patents.granted", "2021"): 1700, ("patents.granted", "2022"): 1650}


def test_a_year_twice_in_a_table_of_a_row_a_year_is_an_error(run):
    with pytest.raises(BuildError) as exc:
        run("年份\t专利授权量\n2021\t1700\n2021年\t1650\n", region="320500", year=2022)
    assert exc.value.line == 3


def test_zh_table_and_en_twin_are_one_resource_and_disagreements_found(run):
    zh = GI + HEAD + "南京市\t23\t4\t27\n苏南\t23\t4\t27\n全省\t23\t4\t27\n\n"
    en = ("Number of GIs of Prefecture-Level Cities in Jiangsu as of Late 2022\n\nUnit: piece\n\n"
          "Region\tGI\tGI Product\tTotal\nNanjing\t23\t5\t27\nSouthern Suzhou\t23\t4\t27\nEntire province\t23\t4\t27\n")
    res = run(zh + "\n" + en, languages=("zh", "en"))
    assert len(res.tables) == 1
    t = res.tables[0]
    assert t.title_zh.startswith("截至") and t.title_en.startswith("Number of GIs")
    assert [c["title_zh"] for c in t.columns[3:6]] == ["地理标志商标", "地理标志产品", "合计"]
    assert [c["title"] for c in t.columns[3:6]] == ["GI", "GI Product", "Total"]
    o = next(o for o in res.observations if o.indicator_id == "gi.products" and o.region_code == "320100")
    assert (o.value, o.agreement) == (4, "disagree")
    kinds = {(d.kind, d.check) for d in res.discrepancies}
    assert ("translation", "twin_cell") in kinds and ("label", "region_label") in kinds
    agree = next(o for o in res.observations if o.indicator_id == "gi.total" and o.region_code == "320000")
    assert agree.agreement == "agree" and agree.quote_en == "27" and agree.line_en > agree.line_zh


def test_header_contradicting_title_is_read_as_the_title_says(run):
    text = "截至2022年底全省集成电路布图设计登记统计表\n单位：件\n地区\t地理标志商标\n南京市\t3100\n全省\t3100\n"
    res = run(text)
    assert {o.indicator_id for o in res.observations} == {"ic_layout.registrations"}
    d = next(d for d in res.discrepancies if d.check == "header_vs_title")
    assert d.kind == "label" and d.value_zh == "地理标志商标" and d.line_zh == 3

"""A monthly table of valid invention patents by prefecture (有效发明专利统计表: the stock, its owners
under two spanning groups, population, density, rank), in the three layouts web pages and PDF
tools give it: cells separated by spaces, one cell a line, and pipes with the header printed over
several lines. Invented figures, the genre's structure: each layout publishes the same values."""
from __future__ import annotations

from decimal import Decimal

import pytest

from build_scripts.parse.tables import header_layouts

TITLE = "2022年5月安徽省有效发明专利统计表"
ROWS = [
    "合肥市 10000 3000 500 6000 50 9550 450 1000.00 10.00 1",
    "芜湖市 3000 400 100 2400 10 2910 90 400.00 7.50 2",
    "蚌埠市 1000 200 20 700 5 925 75 330.00 3.03 4",
    "淮南市 1200 150 30 900 5 1085 115 300.00 4.00 3",
    "其 他 4 1 0 2 0 3 1 - -",                        # no rank: one cell short
    "全 省 15204 3751 650 10002 70 14473 731 2030.00 7.49",
]
SPACED = "\n".join([TITLE, "", "发布时间:2022-06-20 10:00 信息来源:省市场监督管理局", "",
                    "地 区 2022年 职 务 非职务 常住人口 专利密度 排名",
                    "5月 大专院校 科研单位 工矿企业 机关团体 职务总计 个人 (万人) (件/万人)", *ROWS, ""])
ONE_CELL = "\n".join([TITLE, *"地 区|2022年|职 务|非职务|常住人口|专利密度|排名|5月|大专院校|科研单位|工矿企业|机关团体|"
                      "职务总计|个人|(万人)|(件/万人)".split("|"),
                      *(c for row in ROWS for c in (row.replace("其 他", "其他").replace("全 省", "全省").split()))]) + "\n"
PIPED = "\n".join([TITLE + " | ||||||||||", "地 区 | 有效发明 专利量 |", "职 务 | 非职务 | 常住人口 (万人) |",
                   "专利密度 (件/万人) |", "排名 | ||||", "大专院校 | 科研单位 | 工矿企业 | 机关团体 | 职务总计 | 个人 | |||||",
                   *(" | ".join(r.replace("其 他", "其他").replace("全 省", "全省").split()) + " |" for r in ROWS), ""])


def obs(result) -> dict:
    return {(o.indicator_id, o.region_code, o.period): o for o in result.observations}


@pytest.mark.parametrize("text", [SPACED, ONE_CELL, PIPED], ids=["spaced", "one_cell", "piped"])
def test_a_density_table_reads_alike_in_every_layout(run, text):
    r = run(text, region="340000", year=2022)
    got = obs(r)
    end = "2022-05-31"        # the month the title names: the stock at its end
    assert got[("patents.valid.invention", "340100", end)].value == Decimal(10000)
    assert got[("patents.valid.invention.per_10k", "340200", end)].value == Decimal("7.50")
    # 排名 ranks the column before it (专利密度) among the table's areas
    assert got[("patents.valid.invention.per_10k.rank_province", "340300", end)].value == Decimal(4)
    assert got[("patents.valid.invention.owner.enterprise", "340400", end)].value == Decimal(900)
    # the total row, its rank cell left blank, is the province's
    assert got[("patents.valid.invention", "340000", end)].value == Decimal(15204)
    assert got[("patents.valid.invention.per_10k", "340000", end)].value == Decimal("7.49")
    assert ("patents.valid.invention.per_10k.rank_province", "340000", end) not in got
    checks = {d.check for d in r.discrepancies}
    assert "layout.row_cut_off" in checks and "layout.unknown_row" in checks    # 其他: said, not published
    assert not checks & {"layout.stacked_header", "layout.piped_width", "rank"}
    # a value's line is the line that prints it (its row's, or its own cell's)
    lines = text.split("\n")
    assert got[("patents.valid.invention", "340100", end)].line_zh == 1 + next(
        n for n, ln in enumerate(lines) if ln.startswith("合肥市 ") or ln == "10000")


def test_second_lines_of_header_cells_join_the_cells_beside_the_groups():
    # 2021年 / 2月 and 常住人口 / (万人): continuations, not columns; the groups span the labels between
    tokens = ["2021年", "职务", "非职务", "常住人口", "专利密度", "排名", "2月", "大专院校", "科研单位", "工矿企业",
              "机关团体", "职务总计", "个人", "(万人)", "(件/万人)"]
    score, layouts = header_layouts(tokens, 10, {(1, 4): 5, (5, 6): 0})
    assert score == 1.0 and layouts
    cols = layouts[0]
    assert cols[0] == ("", "2021年")
    assert cols[-3:] == [("", "常住人口 (万人)"), ("", "专利密度 (件/万人)"), ("", "排名")]
    assert [label for group, label in cols if group] == ["大专院校", "科研单位", "工矿企业", "机关团体", "职务总计", "个人"]


def test_a_rank_column_after_a_column_without_a_rank_of_its_own_is_not_guessed(run):
    text = "\n".join(["2022年安徽省实用新型专利授权量统计表", "地区 实用新型专利授权量 排名",
                      "合肥市 5000 1", "芜湖市 1500 2", ""])
    got = obs(run(text.replace(" ", "\t"), region="340000", year=2022))
    assert got[("patents.granted.utility_model", "340100", "2022")].value == Decimal(5000)
    assert not [k for k in got if "rank" in k[0]]


def test_a_rank_column_after_a_column_whose_entry_makes_its_ranks(run):
    # (`ranks: [national, province]` makes patents.granted.invention.rank_province: the cities' rank in it)
    text = "\n".join(["2022年安徽省发明专利授权量统计表", "地区 发明专利授权量 排名",
                      "合肥市 5000 1", "芜湖市 1500 2", ""])
    got = obs(run(text.replace(" ", "\t"), region="340000", year=2022))
    assert got[("patents.granted.invention.rank_province", "340200", "2022")].value == Decimal(2)
    assert not [k for k in got if k[0].endswith("rank_national")]


def test_prose_with_spaces_is_no_table(run):
    text = "2022年安徽省知识产权工作 综述\n全省专利授权 持续增长 发明专利授权量5000件 同比增长10%。\n"
    r = run(text, region="340000", year=2022)
    assert not [o for o in r.observations if o.source == "table"]

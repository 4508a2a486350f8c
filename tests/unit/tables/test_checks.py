"""Cross-checks on small inline tables: totals, precision, ratios, ranks, changes, counties."""
from __future__ import annotations

from decimal import Decimal

from build_scripts.check.tables import half_ulp
from build_scripts.core.numfmt import canonical as fmt

GI = "截至2022年底全省各设区市地理标志统计表\n单位：件\n地区\t地理标志商标\t地理标志产品\t合计\t排名\n"


def found(res, check):
    return [d for d in res.discrepancies if d.check == check]


def test_fmt_and_precision():
    assert fmt(Decimal("11.71") * 10000) == "117100" and fmt(Decimal("-0.0")) == "0" and fmt(Decimal("12.610")) == "12.61"
    assert half_ulp("81.24") == Decimal("0.005") and half_ulp("42") == Decimal("0.5")


def test_column_sum_and_row_sum_mismatch(run):
    res = run(GI + "南京市\t23\t4\t27\t1\n无锡市\t15\t9\t25\t2\n全省\t39\t13\t52\t/\n")
    col = found(res, "column_sum.prefectures")
    assert {(d.indicator_id, d.value_zh) for d in col} == {("gi.trademarks", "39")}
    assert all(d.kind == "arithmetic" and "published as printed" in d.resolution and d.resolution_zh for d in col)
    row = found(res, "row_sum")
    assert [(d.region_code, d.value_zh) for d in row] == [("320200", "25")]


def test_sums_agree_no_finding(run):
    res = run(GI + "南京市\t23\t4\t27\t1\n无锡市\t15\t9\t24\t2\n全省\t38\t13\t51\t/\n")
    assert [d for d in res.discrepancies if d.kind == "arithmetic"] == []


def test_rank_recomputed_with_ties(run):
    res = run(GI + "南京市\t20\t4\t24\t1\n无锡市\t15\t9\t24\t1\n徐州市\t10\t1\t11\t2\n全省\t45\t14\t59\t/\n")
    assert [(d.region_code, d.value_zh) for d in found(res, "rank")] == [("320300", "2")]


TEN = "截至2022年底全省万人发明专利拥有量按地区统计表\n单位：件\n地区\t总人口 (万人)\t有效发明专利量\t万人发明专利拥有量 (件/万人)\n"


def test_per_10k_only_a_mismatch_beyond_printed_precision(run):
    # 113788 / 942.34 = 120.749...: 120.75 is right; 120.7 is right at its own precision; 121.75 is wrong
    res = run(TEN + "南京市\t942.34\t113788\t120.75\n无锡市\t942.34\t113788\t120.7\n"
                              "徐州市\t942.34\t113788\t121.75\n")
    assert [(d.region_code, d.value_zh) for d in found(res, "ratio")] == [("320300", "121.75")]


def test_decimal_totals_allow_rounding_of_the_parts(run):
    ok = TEN + "南京市\t942.34\t10\t0.11\n无锡市\t747.95\t10\t0.13\n全省\t1690.30\t20\t0.12\n"
    assert found(run(ok), "column_sum.prefectures") == []
    bad = TEN + "南京市\t942.34\t10\t0.11\n无锡市\t747.95\t10\t0.13\n全省\t1690.40\t20\t0.12\n"
    assert [d.indicator_id for d in found(run(bad), "column_sum.prefectures")] == ["population.total"]


def test_groupings_and_members(run):
    text = ("截至2022年底全省集成电路布图设计登记统计表\n单位：件\n地区\t集成电路布图设计登记量\n南通市\t10\n扬州市\t20\n泰州市\t30\n"
            "苏中\t61\n全省\t60\n")
    res = run(text)
    assert [(d.region_code, d.value_zh) for d in found(res, "column_sum.members")] == [("X32002", "61")]
    assert [(d.region_code, d.value_zh) for d in found(res, "column_sum.groupings")] == [("320000", "60")]


def test_counties_counted_apart_are_explained_not_flagged(run):
    text = ("Copyright Works Registered in Cities and Regions in Jiangsu\nUnit: piece\nRegion\t2020\t2019\tGrowth Rate\n"
            "Nanjing\t100\t50\t100.00%\nSuzhou\t200\t100\t100.00%\nKunshan\t30\t10\t200.00%\nEntire province\t330\t160\t106.25%\n")
    res = run(text, languages=("en",), year=2020)
    assert found(res, "column_sum.prefectures") == []
    assert {d.kind for d in found(res, "column_sum.counties_separate")} == {"other"}


def test_change_recomputed(run):
    text = ("Copyright Works Registered in Cities and Regions in Jiangsu\nUnit: piece\nRegion\t2020\t2019\tGrowth Rate\n"
            "Nanjing\t39083\t23079\t69.34%\nWuxi\t2554\t1982\t28.80%\n")
    res = run(text, languages=("en",), year=2020)
    assert [(d.region_code, d.value_en) for d in found(res, "change")] == [("320200", "28.80%")]

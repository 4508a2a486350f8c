"""Tables whose columns are regions and whose rows are indicators (a yearbook's table by county, 指标 | 单位 | 全市 |
吴兴区 …), written for these tests: read turned, a row a region, each row's unit its own; a row the catalog cannot
name is said, not dropped in silence."""
from __future__ import annotations

BY_COUNTY = ("2013年分县区科技事业基本情况\n\n指标\t单位\t全市\t吴兴区\t南浔区\t德清县\t长兴县\t安吉县\n"
             "本年获市级以上政府奖的科技成果\t项\t60\t10\t3\t11\t10\t9\n"
             "5.本年新增专利申请受理量\t件\t16597\t4543\t2816\t3442\t3494\t2302\n"
             "  #发明\t件\t3900\t1084\t646\t954\t947\t269\n"
             "本年新增专利申请授权量\t件\t10326\t2397\t1633\t2318\t2441\t1537\n"
             "经认定登记的技术成交金额\t万元\t16666\t7064\t2348\t2696\t2286\t2272\n")


def obs(result) -> dict:
    return {(o.indicator_id, o.region_code, o.period): (o.value, o.line_zh) for o in result.observations}


def test_a_table_of_regions_across_is_read_turned(run):
    got = obs(run(BY_COUNTY, region="330500", year=2013))
    assert got[("patents.applications", "330500", "2013")] == (16597, 5)
    assert got[("patents.applications", "330502", "2013")] == (4543, 5)
    assert got[("patents.applications.invention", "330523", "2013")] == (269, 6)
    assert got[("patents.granted", "330521", "2013")] == (2318, 7)
    assert got[("transactions.tech_contracts.amount", "330503", "2013")][0] == 23480000      # 万元, the row's own unit
    assert len([k for k in got if k[0] == "patents.applications"]) == 6


def test_a_row_the_catalog_cannot_name_is_said(run):
    result = run(BY_COUNTY, region="330500", year=2013)
    found = [d for d in result.discrepancies if d.check == "layout.unnamed_rows"]
    assert len(found) == 1 and "科技成果" in found[0].resolution_zh and found[0].line_zh == 4


def test_a_table_of_regions_across_printed_with_spaces(run):
    spaced = BY_COUNTY.replace("\t单位", "").replace("\t项", "").replace("\t件", "").replace("\t万元", "").replace("\t", " ")
    got = obs(run(spaced, region="330500", year=2013))
    assert got[("patents.applications", "330502", "2013")] == (4543, 5)
    assert got[("patents.granted", "330523", "2013")] == (1537, 7)


# a yearbook's table by county whose total column lost its header and whose corner is the unit column's (单位):
# the first column of figures adds up the counties in every row, so it is the city's total
UNNAMED_TOTAL = ("2021年分县区科技情况\n"
                 "  单位   南湖区 秀洲区 嘉善县 平湖市\n"
                 "1.本年专利申请受理量 9000 2500 2000 3000 1500\n"
                 "    #发明 2100 600 500 700 300\n"
                 "  本年专利申请授权量 6000 1600 1400 2000 1000\n"
                 "  经认定登记的技术成交金额 万元 4000 1000 1200 900 900\n")


def test_a_total_column_that_lost_its_header_is_found_by_its_sums(run):
    result = run(UNNAMED_TOTAL, region="330400", year=2021)
    got = obs(result)
    assert got[("patents.applications", "330400", "2021")] == (9000, 3)
    assert got[("patents.applications", "330402", "2021")] == (2500, 3)
    assert got[("patents.granted", "330482", "2021")] == (1000, 5)
    assert got[("transactions.tech_contracts.amount", "330421", "2021")][0] == 9000000      # 万元, its row's own unit
    found = [d for d in result.discrepancies if d.check == "layout.unnamed_total"]
    assert len(found) == 1 and "平湖市" in found[0].resolution_zh


def test_an_unnamed_column_that_adds_up_nothing_is_not_read(run):
    broken = UNNAMED_TOTAL.replace("9000 2500", "9100 2500").replace("2100 600", "2150 600") \
        .replace("6000 1600", "6050 1600").replace("4000 1000", "4300 1000")
    result = run(broken, region="330400", year=2021)
    assert not result.observations
    assert not [d for d in result.discrepancies if d.check == "layout.unnamed_total"]
    assert [d for d in result.discrepancies if d.check == "layout.stacked_header"]      # said, not read

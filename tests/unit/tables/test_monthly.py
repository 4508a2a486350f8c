"""Monthly statistics tables of a province's areas (invented reports in the layout of the genre's
monthly bulletins, as PDF and HTML tools give them): a region column headed with the levels it
covers (地区(市州), 县(区)); two header lines, the first with groups (专利类型, 申请人类型) and a change
column, the second with the year so far, the month and its parts, words split by a narrow column
(实用 / 新型); figures of the month and of the year so far side by side; a misprinted row."""
from __future__ import annotations

from decimal import Decimal

from tests.unit.tables.test_piped import checks, obs

# the applicants of 邵阳市 add up to 32, not to the month's 33: a misprint that hides nothing
SPACED = """2021年5月份湖南省各市(州)专利授权状况统计表        单位:件
地区(市州) 专利类型 同比  增长(%) 申请人类型
当年  累计 月累计 发明 实用  新型 外观  设计 大专  院校 科研  单位 工矿  企业 机关  团体 个人
长沙市 2100 400 100 250 50 12.5 40 20 300 5 35
株洲市 520 90 10 60 20 -3.4 5 2 60 1 22
湘潭市 410 70 8 50 12 8.1 10 3 40 0 17
衡阳市 380 66 6 48 12 20.0 4 1 41 2 18
邵阳市 200 33 3 22 8 -10.6 1 0 20 1 10
岳阳市 350 61 7 40 14 5.5 3 2 38 1 17
常德市 300 50 5 35 10 0.0 2 1 30 2 15
"""

YEAR, MONTH = "2021-01/2021-05", "2021-05/2021-05"


def test_a_spaced_monthly_table_reads_every_column_with_its_period(run):
    r = run(SPACED, region="430000", year=2021, period=YEAR)
    got = obs(r)
    assert got[("patents.granted", "430100", YEAR)] == (Decimal(2100), 4)
    assert got[("patents.granted", "430100", MONTH)] == (Decimal(400), 4)
    assert got[("patents.granted.invention", "430100", MONTH)][0] == Decimal(100)      # the month's parts
    assert got[("patents.granted.design", "430200", MONTH)][0] == Decimal(20)
    assert got[("patents.granted.yoy_pct", "430100", YEAR)][0] == Decimal("12.5")      # the year so far's change
    assert ("patents.granted.yoy_pct", "430100", MONTH) not in got
    assert got[("patents.granted.enterprise", "430100", MONTH)][0] == Decimal(300)     # the applicants, by kind
    assert got[("patents.granted.university", "430300", MONTH)][0] == Decimal(10)
    assert got[("patents.granted.individual", "430700", MONTH)][0] == Decimal(15)
    assert got[("patents.granted.enterprise", "430500", MONTH)][0] == Decimal(20)     # the misprinted row, as printed
    assert not {"layout.stacked_header"} & checks(r)


STACKED = "\n\n".join("""2021年5月份湖南省各市(州)专利申请状况统计表 单位:件
地区(市州)
专利类型
同比增长(%
申请人类型
当年累计
月累计
发明
实用新型
外观设计
大专院校
科研单位
工矿企业
机关团体
个人""".split("\n") + [c for line in SPACED.split("\n")[3:] for c in line.split()]) + "\n"


def test_the_same_table_one_cell_a_line_with_a_bracket_left_open(run):
    # with no printed lines to split the header, the figures fit more than one reading of it; the one
    # that publishes all the others publish, cell for cell, and more is read
    got = obs(run(STACKED, region="430000", year=2021, period=YEAR))
    assert got[("patents.applications", "430400", YEAR)][0] == Decimal(380)
    assert got[("patents.applications", "430400", MONTH)][0] == Decimal(66)
    assert got[("patents.applications.utility_model", "430400", MONTH)][0] == Decimal(48)
    assert got[("patents.applications.yoy_pct", "430400", YEAR)][0] == Decimal("20.0")
    assert got[("patents.applications.research", "430100", MONTH)][0] == Decimal(20)
    assert got[("patents.applications.government", "430600", MONTH)][0] == Decimal(1)


COUNTIES = """2021年5月份邵阳市各县(区)专利授权状况统计表        单位:件
县(区) 专利类型 同比  增长(%) 申请人类型
当年  累计 月累计 发明 实用  新型 外观  设计 大专  院校 科研  单位 工矿  企业 机关  团体 个人
双清区 40 8 1 6 1 14.3 0 0 6 0 2
大祥区 35 6 0 5 1 -5.4 1 0 4 0 1
北塔区 20 4 1 2 1 11.1 0 0 3 0 1
新邵县 18 3 0 2 1 50.0 0 0 2 0 1
城步苗族   自治县 4 1 0 1 0 -20.0 0 0 0 0 1
隆回县 22 5 1 3 1 10.0 0 0 4 0 1
"""


def test_a_county_name_printed_over_two_cells_is_one_region(run):
    got = obs(run(COUNTIES, region="430500", year=2021, period=YEAR))
    assert got[("patents.granted", "430529", YEAR)] == (Decimal(4), 8)
    assert got[("patents.granted.yoy_pct", "430529", YEAR)][0] == Decimal("-20.0")
    assert got[("patents.granted", "430524", MONTH)][0] == Decimal(5)        # the rows after it keep their own names
    assert got[("patents.granted.enterprise", "430502", MONTH)][0] == Decimal(6)

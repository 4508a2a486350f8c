"""A bilingual yearbook's table in a Chinese report: the English translation of its header printed under the
Chinese header lines (Year / Number of Patent …), written for these tests. The English lines are passed over;
the Chinese header and the figures make the table."""
from __future__ import annotations

YEARS = ("表 12-3 专利申请和授权情况\n单位：件\n"
         "年份 专利申请数 专利授权数\n"
         "发明 实用新型 外观设计 发明 实用新型 外观设计\n"
         "{english}"
         "2018 5100 1200 2900 1000 3300 400 2100 800\n"
         "2019 5600 1300 3200 1100 3700 450 2400 850\n"
         "2020 6200 1500 3500 1200 4100 500 2700 900\n")
ENGLISH = ("Year Number of Patent Applications\n"
           "Inventions Utility Models Designs Number of Patents Granted\n"
           "Utility Models Designs\n")


def obs(result) -> dict:
    return {(o.indicator_id, o.region_code, o.period): (o.value, o.line_zh) for o in result.observations}


def test_english_header_lines_under_the_chinese_ones_are_passed_over(run):
    got = obs(run(YEARS.format(english=ENGLISH), region="350000", year=2020))
    assert got[("patents.applications", "350000", "2018")] == (5100, 8)
    assert got[("patents.granted.invention", "350000", "2020")] == (500, 10)
    assert got[("patents.applications.design", "350000", "2019")] == (1100, 9)
    assert len([k for k in got if k[0] == "patents.granted"]) == 3


def test_the_same_table_without_english_lines_reads_the_same(run):
    plain = {k: v[0] for k, v in obs(run(YEARS.format(english=""), region="350000", year=2020)).items()}
    bilingual = {k: v[0] for k, v in obs(run(YEARS.format(english=ENGLISH), region="350000", year=2020)).items()}
    assert plain == bilingual and len(plain) == 24


def test_english_lines_above_the_chinese_header_are_not_taken(run):
    text = "Table 12-3 Patent Applications and Grants\n" + YEARS.format(english="")
    got = obs(run(text, region="350000", year=2020))
    assert got[("patents.granted.utility_model", "350000", "2019")] == (2400, 7)

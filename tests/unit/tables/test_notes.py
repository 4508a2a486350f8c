"""What narrows a table value is published with it (note_zh / note_en) and moves its period: a
note naming a yearbook as the source of a column, a city row whose counties are listed apart."""
from __future__ import annotations

POPULATION = """全省各地区发明专利拥有量
地区\t总人口（万人）\t有效发明专利量（件）
南京市\t942.34\t113234
苏州市\t1284.78\t122371
全省\t8505.40\t428589
注：1. 总人口数据来自《江苏统计年鉴 2022》。
"""


def test_a_yearbook_source_dates_its_column_at_the_end_of_the_year_before(run):
    res = run(POPULATION)
    pop = {o.region_code: o for o in res.observations if o.indicator_id == "population.total"}
    patents = {o.region_code: o for o in res.observations if o.indicator_id == "patents.valid.invention"}
    assert pop["320100"].period == "2021-12-31" and pop["320100"].year == 2021
    assert "江苏统计年鉴 2022" in pop["320100"].note_zh and "2021年末" in pop["320100"].note_zh
    assert "end of 2021" in pop["320100"].note_en
    assert patents["320100"].period == "2022-12-31" and patents["320100"].note_zh == ""   # other columns keep theirs


def test_a_source_that_is_not_a_yearbook_keeps_its_own_year(run):
    res = run(POPULATION.replace("江苏统计年鉴 2022", "江苏省人口普查公报 2020"))
    pop = next(o for o in res.observations if o.indicator_id == "population.total" and o.region_code == "320100")
    assert pop.period == "2020-12-31"


COPYRIGHT = """各地区作品登记量
地区\t2021年\t2022年
苏州市\t39050\t50525
昆山市\t12001\t13002
无锡市\t20000\t21000
全省\t71051\t84527
"""


def test_a_city_row_beside_its_own_county_excludes_it(run):
    res = run(COPYRIGHT)
    by_region = {}
    for o in res.observations:
        by_region.setdefault(o.region_code, []).append(o)
    assert by_region["320500"] and all("昆山市" in o.note_zh and "Kunshan" in o.note_en for o in by_region["320500"])
    assert all(o.note_zh == "" for code in ("320200", "320583", "320000") for o in by_region[code])

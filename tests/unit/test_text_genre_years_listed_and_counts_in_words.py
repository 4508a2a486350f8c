"""Wordings of court white papers and older trademark news, written for these tests: figures one a year after the
years listed (2020年、2021年，…分别新收…) or after a span of years, also in the next sentence that opens 同期; a county's
own basic court (本区人民法院 in the district's report) is the county's; a case verb with the cases named after the
number (共受理600件知识产权案件); a year's figure in a review of several years; "this figure" in a later year (到2023年，
这项数据变成了23起); a rate's own clause after a change word in the clause before (…逐年攀升，2023年结案率达96%);
execution cases (执行案件) are no cases accepted; small counts in Chinese numerals before what they count (新增两件中国驰名
商标); each of the places listed before 各 (东西湖、东湖各2件); a place's part of an addition (新认定…47件，大庆新获认定9件); marks
recognised by an authority named after a comma and a day (…3件商标，今年6月5日被…商标局正式认定为中国驰名商标); a ratio to the
population printed after its measure word (达到0.63件/万人)."""
import pytest

from factsets import dated_num, placed_num


@pytest.fixture
def run(text_runner):
    return text_runner("330106")


def test_figures_one_a_year_after_the_years_listed(run):
    got = dated_num(run("2022年、2023年，本区法院分别新收各类知识产权案件612件、705件，分别新收执行案件40件、52件，结案率逐年攀升，"
                        "2023年案件结案率达96%。\n", languages="[zh]"))
    assert {("courts.cases.accepted", "612", "2022"), ("courts.cases.accepted", "705", "2023"),
            ("courts.cases.closure_rate_pct", "96", "2023")} <= got
    assert not any(v in ("40", "52") for _, v, _ in got)


def test_figures_one_a_year_after_a_span_and_in_the_next_sentence(run):
    text = ("2019年至2023年，西湖区人民法院共受理著作权案件512件，每年收案数量分别为41件、60件、99件、140件、172件。"
            "同期该院受理的知识产权民事案件分别为88件、97件、160件、230件、301件。\n")
    got = dated_num(run(text, languages="[zh]", meta="    period: 2019-01/2023-12\n"))
    assert {("courts.civil_cases.accepted", v, str(y)) for v, y in
            (("88", 2019), ("97", 2020), ("160", 2021), ("230", 2022), ("301", 2023))} <= got


def test_a_countys_own_court_a_verb_before_the_number_and_this_figure_later(run):
    text = ("2019年至2023年，西湖区人民法院共受理各类知识产权案件1476件，审结1510件，同期结案率102.3%。"
            "2019年，西湖法院仅受理4起知识产权刑事案件，到2023年，这项数据变成了23起。\n")
    got = dated_num(run(text, languages="[zh]", meta="    period: 2019-01/2023-12\n"))
    assert {("courts.cases.accepted", "1476", "2019-01/2023-12"), ("courts.cases.concluded", "1510", "2019-01/2023-12"),
            ("courts.criminal_cases.accepted", "4", "2019"), ("courts.criminal_cases.accepted", "23", "2023")} <= got
    got = dated_num(run("2023年，本区法院共受理600件知识产权案件，审结42件知识产权民事案件；共受理了35件批量案件。\n",
                        languages="[zh]"))
    assert {("courts.cases.accepted", "600", "2023"), ("courts.civil_cases.concluded", "42", "2023")} <= got
    assert not any(v == "35" for _, v, _ in got)


def test_small_counts_in_chinese_numerals(run):
    got = dated_num(run("宿迁新增两件中国驰名商标\n记者获悉，宿迁市新增两件中国驰名商标。截至目前，宿迁市已拥有驰名商标17件。\n",
                        region="321300", languages="[zh]"))
    assert ("trademarks.well_known.new", "2", "2023") in got
    assert ("trademarks.well_known", "17", "2023-12-31") in got


def test_each_of_the_places_listed_and_a_places_part_of_an_addition(run):
    got = placed_num(run("至此，该市驰名商标总数达到19件。其中，汉阳6件，东西湖、东湖各2件，青山、江岸、武昌各1件。\n",
                         region="420100", languages="[zh]"))
    assert {("trademarks.well_known", "420105", "6"), ("trademarks.well_known", "420112", "2"),
            ("trademarks.well_known", "420107", "1"), ("trademarks.well_known", "420102", "1"),
            ("trademarks.well_known", "420106", "1")} <= got
    got = placed_num(run("本次全省认定省著名商标经申报、审定等程序，新认定省著名商标52件，大庆新获认定11件，占21%。\n",
                         region="230600", languages="[zh]"))
    assert {("trademarks.famous_provincial.new", "230000", "52"), ("trademarks.famous_provincial.new", "230600", "11")} <= got


def test_a_places_count_of_something_else_is_no_part(run):
    got = placed_num(run("近期广西又有3家企业共4件商标获得“中国驰名商标”，至此全广西中国驰名商标总数已达39件。"
                         "国家知识产权局确定的示范区筹建名单中，南宁市有1个入选。\n", region="450000", languages="[zh]"))
    assert not any(v in ("3", "1") for _, _, v in got)


def test_a_clause_of_years_takes_the_right_named_before_it(run):
    got = dated_num(run("检察机关办理的侵犯商业秘密案件数持续上升，2022年、2023年分别起诉7件15人、10件24人。\n",
                        region="320000", languages="[zh]"))
    assert not any(i.startswith("procuratorates.prosecutions") for i, _, _ in got)


def test_a_year_in_a_review_of_whole_years_and_since_a_year_in_a_span(run):
    got = dated_num(run("2020年以来，全市检察机关共批准逮捕侵犯知识产权犯罪6件9人；提起公诉45件96人。\n", region="321100",
                        languages="[zh]", meta="    period: 2020-01/2021-04\n"))
    assert ("procuratorates.prosecutions.cases", "45", "2020-01/2021-04") in got


def test_marks_recognised_by_an_authority_named_after_a_comma(run):
    text = "日前，沈阳某某汽车麾下的“甲”、“乙”等27件商标，被国家工商总局认定为驰名商标。至此，辽宁省拥有驰名商标数已达到75件。\n"
    got = placed_num(run(text, region="210000", languages="[zh]"))
    assert {("trademarks.well_known.new", "210000", "27"), ("trademarks.well_known", "210000", "75")} <= got
    text = "日前，某某药业公司申报的“丙”商标等3件商标，今年6月5日被国家工商总局商标局正式认定为中国驰名商标。\n"
    got = placed_num(run(text, region="610700", languages="[zh]"))
    assert ("trademarks.well_known.new", "610700", "3") in got


def test_a_ratio_to_the_population_printed_after_its_measure_word(run):
    got = dated_num(run("截至6月底，全县有效发明专利52件，达到0.63件/万人。\n", region="430522", languages="[zh]",
                        meta="    period: 2023-01/2023-06\n"))
    assert ("patents.valid.invention.per_10k", "0.63", "2023-06-30") in got

"""Statements of the genre's bulletins written for these tests: an earlier level compared with, named by words of its
own (比2022年受理的1070件) or of the same months a year before (比上年同期的3835件); a kind's word before a family's
bare term (实用新型申请量); the owners of service inventions as parts of all filings; a list whose members share the
unit printed after the last (分别为9735、14048、1897件); family words listed alone after a kind named before them
(实用新型专利增长最快，申请量和授权量分别达…); an owner's share with no whole named and its grants after it; a span
of months of two years; a headline after a site's breadcrumb; pledge and insurance wordings."""
import pytest

from factsets import dated_num, mapped


@pytest.fixture
def run(text_runner):
    return text_runner("420500")


def test_an_earlier_level_named_by_its_own_words(run):
    got = dated_num(run("2023年全市法院受理此类案件1934件，审结1820件，比2022年受理的1070件增长了近一倍。\n", languages="[zh]"))
    assert {("courts.cases.accepted", "1934", "2023"), ("courts.cases.concluded", "1820", "2023"),
            ("courts.cases.accepted", "1070", "2022")} <= got
    got = dated_num(run("截至2023年6月底，全市有效发明专利达8381件，万人有效发明专利10.11件，比2018年底万人有效量2.92件，增长3.46倍。\n",
                        languages="[zh]"))
    assert {("patents.valid.invention.per_10k", "10.11", "2023-06-30"),
            ("patents.valid.invention.per_10k", "2.92", "2018-12-31")} <= got
    got = mapped(run("2023年全市专利授权2000件，比上年增加272件。\n", languages="[zh]"))
    assert ("patents.granted", "272") not in got          # a change, no earlier level


def test_an_earlier_level_of_the_same_months(run):
    got = dated_num(run("2023年上半年全市专利申请4073件，比上年同期的3835件增长6.2%；专利授权2599件，比上年同期授权的2223件增长16.9%。\n",
                        languages="[zh]"))
    assert {("patents.applications", "4073", "2023-01/2023-06"), ("patents.applications", "3835", "2022-01/2022-06"),
            ("patents.applications.yoy_pct", "6.2", "2023-01/2023-06"), ("patents.granted", "2223", "2022-01/2022-06")} <= got


def test_a_kinds_word_before_a_familys_term(run):
    got = mapped(run("2023年全市实用新型申请量1969件，外观设计授权量396件，发明授权量754件。\n", languages="[zh]"))
    assert {("patents.applications.utility_model", "1969"), ("patents.granted.design", "396"),
            ("patents.granted.invention", "754")} <= got


def test_owners_of_service_inventions_are_parts_of_all_filings(run):
    text = ("2023年全市职务发明申请2656件，占总量的65%，比上年增长11.2%。其中，大专院校900件，比上年增长24.8%；科研单位300件；"
            "机关团体20件。\n")
    got = mapped(run(text, languages="[zh]"))
    assert {("patents.applications.service", "2656"), ("patents.applications.service.share_pct", "65"),
            ("patents.applications.university", "900"), ("patents.applications.university.yoy_pct", "24.8"),
            ("patents.applications.research", "300"), ("patents.applications.government", "20")} <= got


def test_a_list_sharing_the_unit_after_its_last_member(run):
    got = mapped(run("2023年，我市发明、实用新型、外观设计专利申请量分别为9735、14048、1897件。\n", languages="[zh]"))
    assert {("patents.applications.invention", "9735"), ("patents.applications.utility_model", "14048"),
            ("patents.applications.design", "1897")} <= got
    got = mapped(run("2023年，我市发明、实用新型专利申请量分别为9735、14048，比上年增加1897件。\n", languages="[zh]"))
    assert ("patents.applications.invention", "9735") not in got      # (no unit after the list: no figures)


def test_family_words_listed_alone_after_a_kind(run):
    text = ("2023年，在申请和授权的专利中，外观设计专利数量最多，申请量和授权量分别达1185件和936件；实用新型专利增长最快，申请量和授权量"
            "分别达843件和533件，同比分别增长133.52%和126.81%。\n")
    got = mapped(run(text, languages="[zh]"))
    assert {("patents.applications.design", "1185"), ("patents.granted.design", "936"),
            ("patents.applications.utility_model", "843"), ("patents.granted.utility_model", "533"),
            ("patents.applications.utility_model.yoy_pct", "133.52"), ("patents.granted.utility_model.yoy_pct", "126.81")} <= got
    assert ("patents.granted.design", "843") not in got


def test_an_owners_share_and_its_grants_after_it(run):
    got = mapped(run("2023年，企业专利申请1852件，比重达到61.2%；授权833件，比重达到60.6%。\n", languages="[zh]"))
    assert {("patents.applications.enterprise.share_pct", "61.2"), ("patents.granted.enterprise", "833"),
            ("patents.granted.enterprise.share_pct", "60.6")} <= got


def test_a_span_of_months_of_two_years(run):
    text = "2014年1月至2018年12月，全市法院共受理知识产权民事案件353件。今年，全市法院已受理知识产权民事案件207件。\n"
    got = dated_num(run(text, languages="[zh]"))
    assert {("courts.civil_cases.accepted", "353", "2014-01/2018-12"), ("courts.civil_cases.accepted", "207", "2023")} <= got


def test_a_headline_after_a_sites_breadcrumb(run):
    text = "地方新闻 > 正文\n宜昌市新增注册商标2.1万件\n2023年，宜昌市新增注册商标21170件，同比增长18.4%。\n"
    got = mapped(run(text, languages="[zh]"))
    assert ("trademarks.registrations", "21170") in got and ("trademarks.registrations", "21000") not in got


def test_pledge_insurance_and_police_wordings(run):
    got = mapped(run("2023年，有210家企业通过知识产权质押获得融资18.59亿元。全市知识产权保险投保801笔、保额2.9亿元。\n",
                     languages="[zh]"))
    assert {("finance.pledge.enterprises", "210"), ("finance.pledge.amount", "1859000000.00"),
            ("finance.insurance.amount", "290000000.0")} <= got
    got = mapped(run("2023年，全市公安机关共立侵犯知识产权和制售伪劣商品犯罪案件284起。\n", languages="[zh]"))
    assert ("police.cases.investigated", "284") in got


def test_places_listed_after_a_clause_that_names_the_figure(text_runner):
    run = text_runner("430000")
    text = "2023年，从技术合同成交额来看，长沙以31.52亿元居各地区之首，湘潭、株洲分别以27.99亿元、15.91亿元位居二、三位。\n"
    got = {(f.indicator_id, f.region_code, str(f.value)) for f in run(text, languages="[zh]").facts if f.indicator_id}
    assert {("transactions.tech_contracts.amount", "430100", "3152000000.00"),
            ("transactions.tech_contracts.amount", "430300", "2799000000.00"),
            ("transactions.tech_contracts.amount", "430200", "1591000000.00")} <= got


def test_a_fall_printed_negative_in_a_list(run):
    text = "2023年，全市发明、实用新型、外观设计专利申请量分别为9735件、14048件、1897件，同比增长分别为20.6%、3.7%、-23.7%。\n"
    got = mapped(run(text, languages="[zh]"))
    assert {("patents.applications.invention.yoy_pct", "20.6"), ("patents.applications.utility_model.yoy_pct", "3.7"),
            ("patents.applications.design.yoy_pct", "-23.7")} <= got


def test_english_enforcement_values_and_penalties(run):
    text = "In 2023, the market regulators handled 2,021 IP cases, involving 37.72 million yuan and penalties of 15.42 million yuan.\n"
    got = mapped(run(text, languages="[en]"), "en")
    assert {("enforcement.cases", "2021"), ("enforcement.case_value", "37720000.00"), ("enforcement.fines", "15420000.00")} <= got


def test_the_three_kinds_named_together_and_service_owners_listed(run):
    text = ("2023年，我市专利申请量为25680件。职务和非职务发明创造专利申请量分别为18740、6940件。三种专利申请所占比例分别为37.9%、"
            "54.7%、7.4%。\n")
    got = mapped(run(text, languages="[zh]"))
    assert {("patents.applications.service", "18740"), ("patents.applications.individual", "6940"),
            ("patents.applications.invention.share_applications_pct", "37.9"),
            ("patents.applications.utility_model.share_applications_pct", "54.7"),
            ("patents.applications.design.share_applications_pct", "7.4")} <= got


def test_places_that_follow_the_first_named_in_a_clause_of_their_own(text_runner):
    run = text_runner("430000")
    text = "2023年，在每万人拥有有效发明专利排行榜上，长沙遥遥领先于其他市州，达11.15件；紧随其后的是株洲和湘潭，分别为2.67件和2.23件。\n"
    got = {(f.indicator_id, f.region_code, str(f.value)) for f in run(text, languages="[zh]").facts if f.indicator_id}
    assert {("patents.valid.invention.per_10k", "430100", "11.15"), ("patents.valid.invention.per_10k", "430200", "2.67"),
            ("patents.valid.invention.per_10k", "430300", "2.23")} <= got


def test_additions_listed_a_year_each_and_inventors_terms(run):
    text = "2019-2022年，全省每年新增有效注册商标分别达到29000件、41000件、67000件、70000件。\n"
    got = dated_num(run(text, languages="[zh]"))
    assert {("trademarks.valid.change", "29000", "2019-12-31"), ("trademarks.valid.change", "70000", "2022-12-31")} <= got
    assert not [g for g in got if g[0] == "trademarks.valid"]
    got = mapped(run("2023年，全省职务申请量2880件，同比增长31.75%，职务授权量1483件，同比增长23.88%。\n", languages="[zh]"))
    assert {("patents.applications.service", "2880"), ("patents.granted.service", "1483"),
            ("patents.granted.service.yoy_pct", "23.88")} <= got


def test_parts_after_qizhong_are_of_the_statement_before(text_runner):
    run = text_runner("620000")
    text = "截至2023年底，兰州市有效注册商标累计15446件，占全省的44.85%。其中，中国驰名商标17件，甘肃省著名商标215件。\n"
    got = {(f.indicator_id, f.region_code, str(f.value)) for f in run(text, languages="[zh]").facts if f.indicator_id}
    assert {("trademarks.well_known", "620100", "17"), ("trademarks.famous_provincial", "620100", "215")} <= got
    assert not [g for g in got if g[1] == "620000"]
    got = mapped(run("截至2023年底，全省商标总数达到9.72万件，受驰名商标保护的商标总数已达710件。\n", languages="[zh]"))
    assert {("trademarks.valid", "97200.00"), ("trademarks.well_known", "710")} <= got

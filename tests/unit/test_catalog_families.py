"""The genre's indicator families (issues 12 and 15): each family's wordings map to the indicator of
the right scope, wordings of a narrower scope keep out of the wider one, and the catalog's
definitions state their scope. Inline sentences written for these tests (invented figures)."""
import re

import pytest

from build_scripts.catalog import load_catalog


from factsets import mapped


@pytest.fixture
def run(text_runner):
    return text_runner("500000")


def unmapped(result, lang="zh"):
    return {str(f.value) for f in result.facts if f.lang == lang and not f.indicator_id}


ZH = [
    ("截至2023年底，全市有效注册商标量45.6万件，其中驰名商标86件，集体商标120件、证明商标95件，地理标志证明商标40件。",
     {("trademarks.well_known", "86"), ("trademarks.collective", "120"), ("trademarks.certification", "95"),
      ("gi.trademarks.certification", "40")}),
    ("2023年全市新增驰名商标3件，驰名商标总数居全国第五位。",
     {("trademarks.well_known.new", "3"), ("trademarks.well_known.rank_national", "5")}),
    ("全市马德里商标国际注册有效量达2310件。", {("trademarks.madrid.valid", "2310")}),
    ("2023年，全市新增注册商标9.1万件，同比下降3.5%。",
     {("trademarks.registrations", "91000.0"), ("trademarks.registrations.yoy_pct", "-3.5")}),
    ("2023年，全市企业专利授权量5.2万件，同比增长6.1%。",
     {("patents.granted.enterprise", "52000.0"), ("patents.granted.enterprise.yoy_pct", "6.1")}),
    ("截至2023年底，全市拥有有效发明专利的企业达1.2万家，有效发明专利量8.6万件，同比增长12.4%。",
     {("patents.valid.invention.holder_enterprises", "12000.0"), ("patents.valid.invention.yoy_pct", "12.4")}),
    ("每万人口发明专利拥有量达35.2件，同比增长10.1%。", {("patents.valid.invention.per_10k.yoy_pct", "10.1")}),
    ("每万人口高价值发明专利拥有量达12.5件，同比增长15.2%；高价值发明专利拥有量3.1万件，同比增长18.3%。",
     {("patents.valid.high_value_invention.per_10k.yoy_pct", "15.2"),
      ("patents.valid.high_value_invention.yoy_pct", "18.3")}),
    ("截至2023年底，全市有效专利量32.5万件，其中发明专利8.6万件、实用新型专利19.2万件、外观设计专利4.7万件。",
     {("patents.valid", "325000.0"), ("patents.valid.invention", "86000.0"),
      ("patents.valid.utility_model", "192000.0"), ("patents.valid.design", "47000.0")}),
    ("全市专利电子申请率居全国第三。", {("patents.e_filing_rate_pct.rank_national", "3")}),
    ("在第二十四届中国专利奖评选中，全市获中国专利金奖2项、中国专利银奖3项、中国专利优秀奖25项、中国外观设计金奖1项，"
     "共获得31项中国专利奖。",
     {("patents.china_patent_award.gold", "2"), ("patents.china_patent_award.silver", "3"),
      ("patents.china_patent_award.excellence", "25"), ("patents.china_patent_award.design_gold", "1"),
      ("patents.china_patent_award.awards", "31")}),
    ("2022年全市专利密集型产业增加值达3200亿元，同比增长9.5%。",
     {("patents.intensive_industries.value_added", "320000000000"),
      ("patents.intensive_industries.value_added.yoy_pct", "9.5")}),
    ("截至2023年底，全市地理标志商标注册量居全国第二，新增地理标志产品2个，累计地理标志产品45个。",
     {("gi.trademarks.rank_national", "2"), ("gi.products.new", "2"), ("gi.products", "45")}),
    ("全市核准使用地理标志专用标志的市场主体达320家，新增用标企业58家，地理标志产品产值达120亿元。",
     {("gi.authorized_users", "320"), ("gi.authorized_users.new", "58"), ("gi.output_value", "12000000000")}),
    ("2023年，全市著作权登记总量12.5万件，其中作品登记3.2万件，计算机软件著作权登记9.3万件。",
     {("copyright.registrations.total", "125000.0"), ("copyright.registrations", "32000.0"),
      ("copyright.registrations.software", "93000.0")}),
    ("全市完成作品登记和计算机软件著作权登记共计15.6万件，累计作品登记28.4万件。",
     {("copyright.registrations.total", "156000.0"), ("copyright.registrations.cumulative", "284000.0")}),
    ("截至2023年底，全省农业植物新品种权累计申请量1200件、累计授权量560件；2023年林草植物新品种权申请量35件，"
     "获授权林草植物新品种18件。",
     {("plant_varieties.agricultural.applications.cumulative", "1200"),
      ("plant_varieties.agricultural.grants.cumulative", "560"),
      ("plant_varieties.forestry.applications", "35"), ("plant_varieties.forestry.grants", "18")}),
    ("2023年全市植物新品种权申请量420件，植物新品种权授权量180件。",
     {("plant_varieties.applications", "420"), ("plant_varieties.grants", "180")}),
    ("2023年，全市专利质押项目520个，商标质押项目110个，知识产权质押登记金额180亿元。",
     {("finance.pledge.patent.projects", "520"), ("finance.pledge.trademark.projects", "110"),
      ("finance.pledge.amount", "18000000000")}),
    ("全市知识产权保险保单1250单，提供风险保障35亿元，惠及企业860家。",
     {("finance.insurance.policies", "1250"), ("finance.insurance.amount", "3500000000"),
      ("finance.insurance.enterprises", "860")}),
    ("全市发放知识价值信用贷款52亿元，惠及企业1300家。",
     {("finance.knowledge_value_loans.amount", "5200000000"), ("finance.knowledge_value_loans.enterprises", "1300")}),
    ("2023年，全市颁发数据知识产权登记证书420件。", {("finance.data_ip.certificates", "420")}),
    ("市市场监管局共处理专利侵权纠纷案件860件，办理专利侵权纠纷行政裁决案件320件，移送司法机关案件15件。",
     {("enforcement.patent_disputes.handled", "860"), ("enforcement.patent_disputes.adjudicated", "320"),
      ("enforcement.cases.transferred", "15")}),
    ("全市法院适用惩罚性赔偿案件46件。", {("courts.punitive_damages.cases", "46")}),
    ("市公安局共破获侵犯知识产权犯罪案件320起，涉案金额5.6亿元。",
     {("police.cases", "320"), ("police.case_value", "560000000.0")}),
    ("海关共扣留侵权货物1250批次，涉案货值320万元。", {("customs.batches", "1250"), ("customs.goods_value", "3200000")}),
    ("截至2023年底，全市拥有国家知识产权优势企业210家、国家知识产权示范企业45家。",
     {("general.ip_advantage_enterprises", "210"), ("general.ip_demonstration_enterprises", "45")}),
    ("全市市场主体总数达180.5万户。", {("general.market_entities", "1805000.0")}),
    ("全年共培训各类人员1.2万人次。", {("public_services.training.person_times", "12000.0")}),
    ("全市知识产权综合发展指数位居全国第四。", {("general.ip_development_index.rank_national", "4")}),
]


@pytest.mark.parametrize("text, expected", ZH, ids=[t[:12] for t, _ in ZH])
def test_zh_wordings_name_the_family(run, text, expected):
    assert expected <= mapped(run(text + "\n", languages="[zh]"))


EN = [
    ("By the end of 2023, the city had 86 well-known trademarks, 120 collective marks and 95 certification marks, "
     "including 40 GI certification marks.",
     {("trademarks.well_known", "86"), ("trademarks.collective", "120"), ("trademarks.certification", "95"),
      ("gi.trademarks.certification", "40")}),
    ("The number of valid Madrid international registrations reached 2,310.", {("trademarks.madrid.valid", "2310")}),
    ("In 2023, patents granted to enterprises totaled 52,000, up 6.1% year-on-year.",
     {("patents.granted.enterprise", "52000"), ("patents.granted.enterprise.yoy_pct", "6.1")}),
    ("The city won 2 China Patent Gold Awards and 25 China Patent Awards of Excellence.",
     {("patents.china_patent_award.gold", "2"), ("patents.china_patent_award.excellence", "25")}),
    ("In 2023, the city recorded 125,000 copyright registrations, including 32,000 copyright registrations of works "
     "and 93,000 computer software copyright registrations.",
     {("copyright.registrations.total", "125000"), ("copyright.registrations", "32000"),
      ("copyright.registrations.software", "93000")}),
    ("IP insurance provided risk coverage of 3.5 billion yuan.", {("finance.insurance.amount", "3500000000")}),
    ("The market regulation authorities handled 860 patent infringement disputes and transferred 15 cases to "
     "judicial organs.",
     {("enforcement.patent_disputes.handled", "860"), ("enforcement.cases.transferred", "15")}),
    ("Courts applied punitive damages in 46 cases.", {("courts.punitive_damages.cases", "46")}),
    ("Customs seized 12,500 items worth RMB 3.2 million.",
     {("customs.pieces", "12500"), ("customs.goods_value", "3200000")}),
    ("The bureau trained a total of 12,000 people.", {("public_services.training.person_times", "12000")}),
]


@pytest.mark.parametrize("text, expected", EN, ids=[t[:24] for t, _ in EN])
def test_en_wordings_name_the_family(run, text, expected):
    got = {(i, str(float(v)).removesuffix(".0")) for i, v in mapped(run(text + "\n", languages="[en]"), "en")}
    assert {(i, v) for i, v in expected} <= got


def test_narrower_or_other_wordings_stay_out(run):
    # one case selected as a typical case is no count of punitive-damages cases
    res = run("全市法院依法适用惩罚性赔偿制度，1件适用惩罚性赔偿案件入选典型案例。\n", languages="[zh]")
    assert not any(f.indicator_id.startswith("courts.") for f in res.facts)
    # bare 金奖 mixes patent and design golds: no China Patent Award indicator takes it
    res = run("全省在第二十三届中国专利奖评选中荣获金奖6项，获奖总数132项。\n", languages="[zh]")
    assert not any(f.indicator_id.startswith("patents.china_patent_award") for f in res.facts)
    # an industry's enterprise grants are not the region's
    res = run("全市知识产权密集型行业企业专利授权量共1.41万件。\n", languages="[zh]")
    assert not any(f.indicator_id for f in res.facts)
    # copyright pledges are no pledge financing of patents and trademarks
    res = run("全市著作权质押登记金额3亿元。\n", languages="[zh]")
    assert not any(f.indicator_id.startswith("finance.pledge") for f in res.facts)
    # arbitration cases 'worth' an amount are no customs seizure, even after a customs sentence
    res = run("Suzhou Customs seized 326 batches of infringing goods. The Suzhou Arbitration Commission accepted 58 IP "
              "arbitration cases worth RMB 120 million.\n", languages="[en]")
    assert not any(f.indicator_id == "customs.goods_value" for f in res.facts)
    # GI certification marks are not all certification marks; agricultural grants are not all plants'
    res = run("全市地理标志证明商标40件。截至2023年底，全省农业植物新品种权累计申请量1200件。\n", languages="[zh]")
    got = {f.indicator_id for f in res.facts if f.indicator_id}
    assert got == {"gi.trademarks.certification", "plant_varieties.agricultural.applications.cumulative"}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_english_definitions_write_acronyms_and_names_as_such(catalog):
    for ind in catalog.indicators.values():
        for text in (ind.label_en, ind.definition_en):
            assert not re.search(r"\b(iP|pCT|gI|madrid|iPR)\b", text), (ind.id, text)


def test_per_10000_people_ratios_say_which_population(catalog):
    ratios = [i for i in catalog.indicators.values() if i.unit == "per_10k_people" and i.measure == "ratio"]
    assert ratios
    for ind in ratios + [catalog.indicators["population.total"]]:
        assert "年末常住人口" in ind.definition_zh, ind.id
        assert "resident population at the end of the year" in ind.definition_en.lower(), ind.id


def test_plant_variety_scopes_keep_their_wordings(catalog):
    for ind in catalog.indicators.values():
        if not ind.id.startswith("plant_varieties."):
            continue
        for term in ind.terms_zh:
            if ".agricultural." in ind.id:
                assert "农业" in term, (ind.id, term)
            elif ".forestry." in ind.id:
                assert "林" in term, (ind.id, term)
            else:
                assert not re.search("农业|林草|林业", term), (ind.id, term)


def test_copyright_registrations_have_one_scope_each(catalog):
    works, total = catalog.indicators["copyright.registrations"], catalog.indicators["copyright.registrations.total"]
    assert "计算机软件以外" in works.definition_zh and "other than computer software" in works.definition_en
    assert not any(t.startswith(("著作权登记", "版权登记")) for t in works.terms_zh)
    assert "copyright registrations" not in works.terms_en
    assert "作品登记" not in total.terms_zh and "著作权登记总量" in total.terms_zh
    deprecated = catalog.indicators["copyright.registrations.general"]
    assert deprecated.definition_en.startswith("Deprecated") and not deprecated.terms_zh and not deprecated.terms_en

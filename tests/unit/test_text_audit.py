"""The weaknesses an independent audit found in the text extractor, each on small inline reports:
single courts are not their city, unknown direction words are no reversal, one-sided statements
find their twin in the other language, listed / elliptic / "respectively" statements, the police's
cases cracked vs investigated."""
from decimal import Decimal

import pytest


@pytest.fixture
def run(text_runner):
    return text_runner("440600")


def obs(result):
    return {(o.indicator_id, o.region_code): o for o in result.observations}


# 1. a named court, tribunal or procuratorate is one institution, not its city ---------------------
def test_named_court_is_not_the_city(run):
    r = run("全省法院新收知识产权案件9.1万件；其中，佛山知识产权法庭新收知识产权案件3456件，广州市中级人民法院审结2100件。\n"
            "广州市人民检察院起诉侵犯知识产权犯罪案件45件。\n\n"
            "Courts across the province accepted 91,000 IP cases; the Foshan IP Tribunal alone accepted 3,456 cases, "
            "and 2,100 cases were concluded by Guangzhou Intermediate People's Court. "
            "The Guangzhou People's Procuratorate prosecuted 45 IP crime cases.\n", region="440000")
    o = obs(r)
    assert o[("courts.cases.accepted", "440000")].value == 91000
    assert not any(k[1] in ("440600", "440100") for k in o), sorted(o)
    unmapped = {(f.lang, f.value) for f in r.facts if not f.indicator_id}
    assert {("zh", 3456), ("zh", 2100), ("zh", 45), ("en", 3456), ("en", 2100), ("en", 45)} <= unmapped


def test_high_court_is_not_the_province(run):
    r = run("全省法院新收知识产权案件3.7万件，江苏省高级人民法院审结知识产权案件1200件。\n", region="320000", languages="[zh]")
    o = obs(r)
    assert o[("courts.cases.accepted", "320000")].value == 37000
    assert ("courts.cases.concluded", "320000") not in o


def test_courts_of_a_city_are_the_city(run):
    r = run("佛山法院新收知识产权案件1.2万件。\n", region="440000", languages="[zh]")
    assert obs(r)[("courts.cases.accepted", "440600")].value == 12000
    r = run("Courts in Foshan accepted 12,000 IP cases.\n", region="440000", languages="[en]")
    assert obs(r)[("courts.cases.accepted", "440600")].value == 12000


# 2. directions: known words read, unknown ones leave the sign unknown (no finding) ---------------
@pytest.mark.parametrize("en", ["3.2% fewer than a year earlier", "having fallen 3.2%", "a figure that dropped by 3.2%",
                                "which declined 3.2%", "and shrank 3.2%", "3.2% less than the previous year"])
def test_english_down_words(run, en):
    r = run(f"全市专利授权量12.35万件，较上年下降3.2%。\n\nThe city granted 123,500 patents, {en}.\n")
    o = obs(r)[("patents.granted.yoy_pct", "440600")]
    assert (o.value, o.agreement) == (Decimal("-3.2"), "agree")
    assert o.quote_zh and o.quote_en and not r.discrepancies


def test_unknown_direction_word_is_no_reversal(run):
    r = run("全市专利授权量12.35万件，较上年下降3.2%。\n\nThe city granted 123,500 patents, slipping 3.2% on a year earlier.\n")
    assert not [d for d in r.discrepancies if d.check == "text_translation"]
    o = obs(r)[("patents.granted.yoy_pct", "440600")]
    assert o.value == Decimal("-3.2") and o.agreement != "disagree"


def test_known_reversal_is_a_finding_on_one_disagree_observation(run):
    r = run("PCT国际专利申请688件，同比下降5.0%。\n\nPCT filings numbered 688, an increase of 5.0%.\n")
    o = obs(r)[("patents.pct.applications.yoy_pct", "440600")]
    assert (o.value, o.agreement) == (Decimal("-5.0"), "disagree") and o.quote_zh and o.quote_en
    (d,) = r.discrepancies
    assert d.indicator_id == "patents.pct.applications.yoy_pct"


def test_findings_never_sit_on_one_sided_observations(run):
    r = run("全市专利授权量12.35万件，较上年下降3.2%。商标申请量8万件，同比增长1.5%。\n\n"
            "The city granted 123,500 patents, up 3.2% YoY. Trademark applications rose 1.5% to 80,000.\n")
    keyed = {(d.indicator_id, d.region_code) for d in r.discrepancies if d.indicator_id}
    for key, o in obs(r).items():
        if key in keyed:
            assert o.agreement == "disagree" and o.quote_zh and o.quote_en


# 3. a statement mapped in one language finds its unmapped twin in the other ----------------------
def test_one_sided_statement_pairs_with_same_value(run):
    r = run("全年全市新发行知识产权证券化产品5单，发行金额36.5亿元。\n\n"
            "In 2023 the city issued 5 IP securitization products; together they came to 3.65 billion yuan.\n")
    o = obs(r)[("finance.securitization.amount", "440600")]
    assert (o.value, o.agreement, o.line_zh, o.line_en) == (3650000000, "agree", 1, 3)
    assert "36.5亿元" in o.quote_zh and "3.65 billion" in o.quote_en
    (en,) = [f for f in r.facts if f.lang == "en" and f.value == 3650000000]
    assert en.indicator_id == "finance.securitization.amount"      # the fact carries the pairing too


def test_no_pairing_when_the_value_is_ambiguous(run):
    r = run("全市新认定23家知识产权信息公共服务网点。\n\nThe city added 23 outlets and 23 stations.\n")
    (o,) = [x for x in r.observations if x.indicator_id == "public_services.info_outlets.new"]
    assert o.agreement == "zh_only"


# 4. general phrasings -------------------------------------------------------------------------
def test_elliptic_heads_and_respectively(run):
    r = run("全年商标申请量约8.1万件、注册量5.4万件，分别比上年下降6.2%和9.8%。\n\n"
            "Trademark applications and registrations came to about 81,000 and 54,000, declining 6.2% and 9.8% respectively.\n")
    o = obs(r)
    assert (o[("trademarks.applications", "440600")].value, o[("trademarks.applications", "440600")].qualifier) == (81000, "approx")
    assert o[("trademarks.registrations", "440600")].value == 54000
    assert o[("trademarks.applications.yoy_pct", "440600")].value == Decimal("-6.2")
    assert o[("trademarks.registrations.yoy_pct", "440600")].value == Decimal("-9.8")
    assert all(x.agreement == "agree" for x in r.observations)


def test_terms_without_liang_and_rose_to(run):
    r = run("PCT国际专利申请688件，较上年增长7.3%。发明专利授权1.02万件。\n\n"
            "PCT filings rose by 7.3% to 688. Invention patents granted rose by 4.1% to 10,200.\n")
    o = obs(r)
    assert (o[("patents.pct.applications", "440600")].value, o[("patents.pct.applications", "440600")].agreement) == (688, "agree")
    assert o[("patents.pct.applications.yoy_pct", "440600")].value == Decimal("7.3")
    assert o[("patents.granted.invention", "440600")].value == 10200          # "to 10,200" is the level, not a change


def test_opened_cases_closed_items_worth_per_10k(run):
    r = run("Market regulators across the city opened 214 cases of patent infringement and counterfeiting. "
            "Courts in the city accepted 13,500 IP cases and closed 12,900. Foshan Customs seized 86,400 infringing items. "
            "The city held 52,000 valid invention patents, or 45.3 for every 10,000 residents. "
            "Technology contracts worth RMB 21.24 billion were signed. IP pledge financing reached RMB 5.86 billion, benefiting 640 companies.\n",
            languages="[en]")
    o = obs(r)
    assert o[("enforcement.cases.patent", "440600")].value == 214
    assert o[("courts.cases.concluded", "440600")].value == 12900
    assert o[("customs.pieces", "440600")].value == 86400
    assert o[("patents.valid.invention.per_10k", "440600")].value == Decimal("45.3")
    assert o[("transactions.tech_contracts.amount", "440600")].value == 21240000000
    assert o[("finance.pledge.enterprises", "440600")].value == 640
    assert 10000 not in {f.value for f in r.facts}        # the denominator is no statistic


def test_filed_cases_and_beneficiaries_in_chinese(run):
    r = run("全市市场监管部门立案查处商标侵权假冒案件856件。全年知识产权质押融资额达31.2亿元，同比增长4.1%，惠及企业152家。"
            "全市新发行证券化产品3单，发行金额5亿元，惠及企业40家。\n", languages="[zh]")
    o = obs(r)
    assert o[("enforcement.cases.trademark", "440600")].value == 856
    assert o[("finance.pledge.enterprises", "440600")].value == 152      # not the securitization's 40


# 5. police: cases cracked vs cases investigated ----------------------------------------------------
def test_police_cracked_and_investigated(run, tools):
    r = run("全市公安机关立案侦查侵犯知识产权犯罪案件132起，破获案件118起；全年共侦办公安部督办案件3起。\n\n"
            "The police across the city investigated 132 infringement and counterfeiting cases and solved 118 cases; "
            "they investigated 3 cases supervised by the Ministry of Public Security.\n")
    o = obs(r)
    assert (o[("police.cases", "440600")].value, o[("police.cases", "440600")].agreement) == (118, "agree")
    assert (o[("police.cases.investigated", "440600")].value, o[("police.cases.investigated", "440600")].agreement) == (132, "agree")
    catalog = tools[0]
    cracked, investigated = catalog.indicators["police.cases"], catalog.indicators["police.cases.investigated"]
    assert "破获" in cracked.definition_zh and "solved" in cracked.definition_en
    assert "侦办" in investigated.definition_zh and "investigated" in investigated.definition_en

"""Wordings a second held-out audit found read wrongly, each on small inline reports of our own:
terms with modifiers or lists of kinds inside them, IP / IPR / intellectual property, a list of
kinds naming the combined indicator, percent vs percentage points either way, direction words
after the number, qualifiers, label numbers in brackets."""
from decimal import Decimal

import pytest

from build_scripts.core.numfmt import canonical
from build_scripts.parse.numbers import find_numbers

@pytest.fixture
def run(text_runner):
    return text_runner("320400")


def mapped(result, lang):
    return {(f.indicator_id, f.region_code): f.value for f in result.facts if f.lang == lang and f.indicator_id}


# 1. a term with modifiers after its verb, or a list of kinds, still names its indicator -------------
@pytest.mark.parametrize("zh, indicator, value", [
    ("全市市场监管部门依法查处侵权知识产权案件432件。", "enforcement.cases", 432),
    ("全市人民调解组织化解成功知识产权纠纷1180件。", "mediation.disputes", 1180),
    ("全市市场监管部门查处专利、商标等违法案件76件。", "enforcement.cases", 76),
    ("全市市场监管部门查处商标和专利违法案件76件。", "enforcement.cases", 76),
    ("全市市场监管部门立案查处专利侵权假冒案件88件。", "enforcement.cases.patent", 88),   # a kind is no modifier
])
def test_zh_terms_with_modifiers_and_lists(run, zh, indicator, value):
    assert mapped(run(zh + "\n", languages="[zh]"), "zh") == {(indicator, "320400"): value}


@pytest.mark.parametrize("en, indicator, value", [
    ("Market regulators in the city investigated 432 IP infringement cases.", "enforcement.cases", 432),
    ("Market regulators in the city investigated 432 intellectual property infringement cases.", "enforcement.cases", 432),
    ("Mediation committees in the city successfully mediated 1,180 IP disputes.", "mediation.disputes", 1180),
    ("Mediation committees in the city mediated 1,180 IPR disputes.", "mediation.disputes", 1180),
    ("Mediation committees in the city mediated a total of 1,180 IPR disputes.", "mediation.disputes", 1180),
])
def test_en_wordings_ip_ipr_intellectual_property(run, en, indicator, value):
    assert mapped(run(en + "\n", languages="[en]"), "en") == {(indicator, "320400"): value}


def test_procuratorate_cases_keep_their_authority(run):
    r = run("Procuratorates in the city approved the arrest of 61 suspects in 40 IPR infringement cases.\n",
            languages="[en]")
    assert mapped(r, "en").get(("procuratorates.arrests.cases", "320400")) == 40


# 2. a list of kinds before a one-kind term: the combined indicator, or none ------------------------
def test_list_of_kinds_names_the_total(run):
    r = run("全年全市商标和专利质押融资金额65.4亿元，同比增长12.5%。\n\n"
            "Trademark and patent pledge financing in the city reached RMB 6.54 billion, up 12.5% year on year.\n")
    for lang in ("zh", "en"):
        assert mapped(r, lang) == {("finance.pledge.amount", "320400"): 6540000000,
                                   ("finance.pledge.amount.yoy_pct", "320400"): Decimal("12.5")}


def test_list_of_kinds_without_a_combined_term_maps_to_nothing(run):
    r = run("全市查处版权和商标案件120件。\n", languages="[zh]")
    assert not mapped(r, "zh") and [f.value for f in r.facts] == [120]


# 3. percent vs percentage points, both ways -----------------------------------------------------
@pytest.mark.parametrize("zh, en, reason", [
    ("同比增长14.2%", "up 14.2 percentage points", "a change in percent is given in percentage points"),
    ("同比提高14.2个百分点", "up 14.2%", "a change in percentage points is given as a percent"),
])
def test_percent_and_points_either_way(run, zh, en, reason):
    r = run(f"全年全市技术合同成交额987.6亿元，{zh}。\n\nThe turnover of technology contracts in the city came to "
            f"RMB 98.76 billion, {en} on the previous year.\n")
    (d,) = [d for d in r.discrepancies if d.value_zh == "14.2"]
    assert reason in d.resolution


# 4. qualifiers ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, qualifier", [
    ("Some 5,200 works were registered", "en", "approx"),
    ("roughly 80 cases", "en", "approx"),
    ("around 300 enterprises", "en", "approx"),
    ("approximately RMB 4.2 billion", "en", "approx"),
    ("close to 90% of them", "en", "approx"),
    ("almost 1,000 patents", "en", "approx"),
    ("upwards of 2,000 visitors", "en", "more_than"),
    ("in excess of RMB 5 million", "en", "more_than"),
    ("under 40 cases", "en", "less_than"),
    ("fewer than 15 batches", "en", "less_than"),
    ("below 2% of the total", "en", "less_than"),
    ("受理案件300件左右", "zh", "approx"),
])
def test_qualifiers(text, lang, qualifier):
    (n,) = find_numbers(text, lang)
    assert n.qualifier == qualifier


# 5. a fall stated after or before the number is negative in the fact and the observation ----------
@pytest.mark.parametrize("phrase", ["3.7% fewer than in the prior year", "down 3.7%", "having fallen by 3.7%",
                                    "a decrease of 3.7%", "3.7% lower than in 2022"])
def test_falls_are_negative_in_facts_and_observations(run, phrase):
    r = run(f"Courts in the city concluded 9,870 IP cases in 2023, {phrase}.\n", languages="[en]")
    (f,) = [f for f in r.facts if f.indicator_id == "courts.cases.concluded.yoy_pct"]
    (o,) = [o for o in r.observations if o.indicator_id == "courts.cases.concluded.yoy_pct"]
    assert f.value == o.value == Decimal("-3.7")


# 6. the number of a label in brackets is no statistic; statistics in brackets stay ----------------
@pytest.mark.parametrize("text, found", [
    ("IP Development in Changzhou in 2023 (pilot edition 3, for comment)", []),
    ("Annual Report (Phase 2)", []),
    ("with the total number (646) higher than that of any other province", ["646"]),
    ("the centres (of which 148 were new)", ["148"]),
    ("the network (including 13 branches) served", ["13"]),
    ("enterprises (up 2,631 on 2022)", ["2631"]),
])
def test_bracket_labels(text, found):
    assert [canonical(n.value) for n in find_numbers(text, "en")] == found


# a rank stated with no verb after a statistic --------------------------------------------------------
def test_rank_without_a_verb(run, text_runner):
    # (a municipality's national rank is among provinces; a prefecture-level city's is among cities: none)
    r = text_runner("110000")("截至2023年底，全市每万人口发明专利拥有量141.2件，居全国第三位。\n\n"
            "By the end of 2023 the city held 141.2 invention patents per 10,000 people, "
            "third among provinces in China.\n")
    (o,) = [o for o in r.observations if o.indicator_id.endswith(".rank_national")]
    assert (o.value, o.agreement) == (3, "agree")
    # a rank among cities is no rank among provinces (the catalog's rank_national)
    r = run("截至2023年底，全市每万人口发明专利拥有量141.2件，居全国城市第三位。\n\n"
            "By the end of 2023 the city held 141.2 invention patents per 10,000 people, "
            "third among cities in China.\n")
    assert not [o for o in r.observations if ".rank_" in o.indicator_id]
    assert [canonical(n.value) for n in find_numbers("the third batch of pilot cities", "en")] == []


# the genre's wordings of a ninth held-out split (heldout22) and of the English texts, as catalog data --------
@pytest.mark.parametrize("text, lang, indicator, value", [
    ("2023年，全市专利权质押合同登记64件。", "zh", "finance.pledge.patent.projects", 64),
    ("2023年，全市质押贷款惠及企业57家。", "zh", "finance.pledge.enterprises", 57),
    ("2023年，全市公安机关破获侵权假冒犯罪案件41起，涉案总价值2.5亿元。", "zh", "police.case_value", 250000000),
    ("2023年，全市检察机关受理侵犯知识产权犯罪案件36件。", "zh", "procuratorates.cases", 36),
    ("2023年，全市新增商标授权5120件。", "zh", "trademarks.registrations", 5120),
    ("截至2023年底，全市累计有效授权专利9120件。", "zh", "patents.valid", 9120),
    ("2023年，全市发行规模3亿元的知识产权证券化产品。", "zh", "finance.securitization.amount", 300000000),
    ("The city filed 12,300 patents in 2023.", "en", "patents.applications", 12300),
    ("In 2023 the city recorded 2,310 patent transfers and licenses.", "en", "transactions.patent_transfer_license", 2310),
    ("In 2023 the intellectual property office accepted 96 patent disputes and solved 90.", "en", "enforcement.patent_disputes.handled", 90),
    ("Procuratorial organs in the city accepted 52 IP infringement cases in 2023.", "en", "procuratorates.cases", 52),
    ("In 2023, the number of applications for the international registration for Madrid trademarks in the city was 210.",
     "en", "trademarks.madrid.applications", 210),
    ("By the end of 2023, there had been 1,310 Madrid trademark registrations in the city.", "en", "trademarks.madrid.valid", 1310),
])
def test_genre_wordings_of_the_ninth_split(run, text, lang, indicator, value):
    got = mapped(run(text + "\n", languages=f"[{lang}]"), lang)
    assert got.get((indicator, "320400")) == value


def test_a_madrid_registration_is_no_domestic_registration(run):
    got = mapped(run("In 2023, the city recorded 1,310 Madrid trademark registrations.\n", languages="[en]"), "en")
    assert ("trademarks.registrations", "320400") not in got


def test_mark_logo_and_sign_stand_for_each_other_in_a_term(run):
    got = mapped(run("By the end of 2023, 1,850 enterprises authorized to use the GI special logo were registered in the city.\n",
                     languages="[en]"), "en")
    assert got == {("gi.authorized_users", "320400"): Decimal("1850")}


def test_patents_of_a_kind_obtained_are_its_grants_and_a_rank_in_the_country_ranks_among_provinces(run):
    got = mapped(run("2022年，全省获得国家发明专利1025项，位居国内省市区第12名；获得实用新型专利2000件。\n", region="350000",
                     languages="[zh]"), "zh")
    assert got[("patents.granted.invention", "350000")] == 1025
    assert got[("patents.granted.invention.rank_national", "350000")] == 12
    assert got[("patents.granted.utility_model", "350000")] == 2000
    # (a bare kind obtained is no grant: 获得专利权质押融资 is the pledge's)
    got = mapped(run("2022年，全市企业获得专利权质押融资10亿元。\n", languages="[zh]"), "zh")
    assert got == {("finance.pledge.patent.amount", "320400"): 1000000000}
    # (国内 of a count is domestic filings, the region's own: not the country's)
    got = mapped(run("2022年，全市国内专利申请量突破三万件。\n", languages="[zh]"), "zh")
    assert got == {("patents.applications", "320400"): 30000}

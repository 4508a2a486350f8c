"""Statements of the genre written for these tests: a court's verb running on into the next segment
(受理刑事案件5件，审结5件；民事案件…), a court's administrative cases that are no administrative
enforcement's, kinds of court cases after a court figure in English, a copula between a {n} term and its
figure (地理标志达108件), totals after new ones, 新增 over a list, patent disputes and administrative
adjudications named without 案件, an acronym spelled out in brackets, holdings in English ("had 47,694
invention patents"), parts (e-commerce platforms' disputes) and wordings (地标农产品, 技术市场交易成交额)."""
import pytest

from factsets import dated, mapped


@pytest.fixture
def run(text_runner):
    return text_runner("650000")


def test_a_courts_verb_runs_on_into_the_next_segment(run):
    got = mapped(run("2022年，全区法院新收知识产权民事案件3000件，审结2900件；刑事案件50件，审结48件。\n", languages="[zh]"))
    assert {("courts.civil_cases.accepted", "3000"), ("courts.civil_cases.concluded", "2900"),
            ("courts.criminal_cases.accepted", "50"), ("courts.criminal_cases.concluded", "48")} <= got


def test_a_courts_administrative_cases_are_no_enforcement_figure(run):
    got = mapped(run("2022年，全区法院共受理各类知识产权案件1476件，审结1377件。其中受理知识产权刑事案件5件，审结5件；"
                     "知识产权行政案件7件，审结7件；知识产权民事案件1464件，审结1365件。\n", languages="[zh]"))
    assert {("courts.administrative_cases.accepted", "7"), ("courts.civil_cases.accepted", "1464"),
            ("courts.civil_cases.concluded", "1365")} <= got
    assert not any(i.startswith("enforcement.") for i, _ in got)
    got = mapped(run("2022年，全区市场监管部门查处知识产权行政案件7件。\n", languages="[zh]"))
    assert ("enforcement.cases", "7") in got


def test_a_segment_of_the_same_kind_takes_no_verb_from_before(run):
    got = mapped(run("2022年，全区法院新收知识产权民事案件3000件，审结2900件；民事案件50件。\n", languages="[zh]"))
    assert not any(v == "50" for _, v in got)


def test_a_copula_between_a_pattern_term_and_its_figure(run):
    got = mapped(run("截至2022年底，全区地理标志达108件，其中地理标志保护产品12件。全区农产品地理标志达到21个。\n",
                     languages="[zh]"))
    assert {("gi.total", "108"), ("gi.products", "12"), ("gi.agricultural_products", "21")} <= got
    assert ("gi.total", "21") not in got


def test_patent_disputes_named_without_cases(run):
    got = mapped(run("2022年，全区市场监管部门办理知识产权行政保护案件3455件，裁决（调解）专利侵权纠纷1206件，"
                     "受理专利侵权纠纷1300件，行政裁决专利侵权纠纷案件80件。\n", languages="[zh]"))
    assert {("enforcement.cases", "3455"), ("enforcement.patent_disputes.handled", "1206"),
            ("enforcement.patent_disputes.accepted", "1300"), ("enforcement.patent_disputes.adjudicated", "80")} <= got


def test_en_kinds_of_court_cases_listed_after_a_court_figure(text_runner):
    run = text_runner("440300")
    got = mapped(run("In 2017, courts in Shenzhen concluded 27,668 intellectual property cases, including 27,026 civil cases "
                     "and 634 criminal cases.\n", languages="[en]"), "en")
    assert {("courts.cases.concluded", "27668"), ("courts.civil_cases.concluded", "27026"),
            ("courts.criminal_cases.concluded", "634")} <= got
    got = mapped(run("In 2017, courts in Shenzhen received 28,027 intellectual property cases, concluding 27,668 of them. "
                     "Of the concluded cases, 27,026 were civil cases, 634 were criminal cases and eight were administrative "
                     "cases.\n", languages="[en]"), "en")
    assert {("courts.civil_cases.concluded", "27026"), ("courts.criminal_cases.concluded", "634"),
            ("courts.administrative_cases.concluded", "8")} <= got


def test_en_two_kinds_of_court_cases_under_one_figure_are_neither_kinds(text_runner):
    got = mapped(text_runner("440300")("In 2017, courts in Shenzhen accepted 2,000 civil and criminal cases.\n", languages="[en]"), "en")
    assert not any(v == "2000" for _, v in got)


def test_a_total_after_new_ones_is_the_stock_held(run):
    got = dated(run("2021年，全区新增使用地理标志专用标志企业14家，总数122家，居全区首位。\n", languages="[zh]"))
    assert {("gi.authorized_users.new", "14", "2021"), ("gi.authorized_users", "122", "2021-12-31")} <= got


def test_new_covers_a_list_whose_first_item_the_catalog_cannot_name(run):
    got = dated(run("2023年，全区新增知识产权贯标备案企业4391家、国家知识产权示范企业71家。\n", languages="[zh]"))
    assert ("general.ip_demonstration_enterprises.new", "71", "2023") in got
    got = dated(run("2023年，全区新增贯标备案企业4391家，累计国家知识产权示范企业71家。\n", languages="[zh]"))
    assert ("general.ip_demonstration_enterprises", "71", "2023-12-31") in got


def test_high_value_patents_per_10k_people(run):
    got = dated(run("截至2022年底，全区发明专利有效量1065件；全区每万人发明专利拥有量达到2.9件，"
                    "其中高价值专利每万人拥有量达到1.4件。\n", languages="[zh]"))
    assert {("patents.valid.invention", "1065", "2022-12-31"),
            ("patents.valid.invention.per_10k", "2.9", "2022-12-31"),
            ("patents.valid.high_value_invention.per_10k", "1.4", "2022-12-31")} <= got


def test_en_an_acronyms_spelling_out_in_brackets_does_not_break_a_term(text_runner):
    got = mapped(text_runner("440600")("Up to now, there are 39 national IPR (Intellectual Property Rights) demonstration "
                                       "enterprises in Foshan.\n", languages="[en]"), "en")
    assert ("general.ip_demonstration_enterprises", "39") in got


def test_en_brackets_that_spell_out_no_acronym_stay():
    from build_scripts.parse.numbers import normalize_en
    assert normalize_en("income (RMB 10 billion) rose")[0] == "income (RMB 10 billion) rose"
    assert normalize_en("the GII (Global Innovation Index) ranking")[0] == "the GII ranking"


def test_infringement_cases_investigated_and_the_technology_markets_turnover(run):
    got = mapped(run("2022年，全区严厉打击侵犯知识产权违法行为，查处各类侵权案件28件；公安机关查处侵权案件9件。\n"
                     "2022年，全区技术市场交易成交额135.7亿元，同比增长20.36%。\n", languages="[zh]"))
    assert {("enforcement.cases", "28"), ("transactions.tech_contracts.amount", "13570000000.0"),
            ("transactions.tech_contracts.amount.yoy_pct", "20.36")} <= got
    assert ("enforcement.cases", "9") not in got


def test_enterprises_approved_to_use_the_gi_products_mark(run):
    got = dated(run("截至2019年底，全区138家企业被核准使用地理标志产品专用标志。\n", languages="[zh]"))
    assert ("gi.authorized_users", "138", "2019-12-31") in got
    got = dated(run("2019年，全区又有13家企业被核准使用地理标志专用标志，累计达到138家。\n", languages="[zh]"))
    assert {("gi.authorized_users.new", "13", "2019"), ("gi.authorized_users", "138", "2019-12-31")} <= got


def test_administrative_adjudication_cases_are_patent_disputes(run):
    got = mapped(run("2024年，全区行政裁决案件立案58件；办结行政裁决案件55件。全区现有地理标志标识使用企业51家。\n",
                     languages="[zh]"))
    assert {("enforcement.patent_disputes.accepted", "58"), ("enforcement.patent_disputes.adjudicated", "55"),
            ("gi.authorized_users", "51")} <= got
    assert not any(i == "enforcement.cases" for i, _ in got)


def test_the_number_of_a_courts_cases_is_no_customs_quantity(run):
    got = mapped(run("2021年，全区法院新收知识产权民事案件数量同比增长60%。\n", languages="[zh]"))
    assert ("courts.civil_cases.accepted.yoy_pct", "60") in got


def test_en_patents_a_region_had_are_those_it_holds(text_runner):
    run = text_runner("370000")
    got = dated(run("As of the end of 2015, Shandong had 47,694 domestic invention patents.\n", languages="[en]"), "en")
    assert ("patents.valid.invention", "47694", "2015-12-31") in got
    got = dated(run("In 2015, Shandong had 5,000 invention patents granted.\n", languages="[en]"), "en")
    assert ("patents.granted.invention", "5000", "2015") in got


def test_e_commerce_platforms_patent_disputes_are_a_part(run):
    got = mapped(run("2024年，全区办理电子商务平台专利侵权纠纷快速处理案件913件；处理专利侵权纠纷案件200件。\n", languages="[zh]"))
    assert ("enforcement.patent_disputes.handled", "200") in got
    assert not any(v == "913" for _, v in got)


def test_gi_agricultural_products_abbreviated(run):
    got = dated(run("截至2023年底，全区登记地标农产品168个。\n", languages="[zh]"))
    assert ("gi.agricultural_products", "168", "2023-12-31") in got


def test_an_enumerations_items_take_the_span_its_lead_states(run):
    got = dated(run("全区知识产权局自2018年组建以来，创造了许多业绩。一是专利授权量累计达12万件。二是查处各类侵权案件2800件，"
                    "为发展创造良好环境。\n", languages="[zh]"))
    assert ("enforcement.cases", "2800", "2018-01/2023-12") in got
    got = dated(run("2023年，全区知识产权工作取得新成效。一是专利授权量1.2万件。二是查处各类侵权案件28件。\n", languages="[zh]"))
    assert ("enforcement.cases", "28", "2023") in got

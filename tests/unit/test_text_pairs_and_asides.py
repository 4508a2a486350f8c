"""Statements of the genre written for these tests: two verbs over two figures with no 分别, changes
listed after levels stated one by one, places compared in brackets, amounts after one right's cases,
a kind's word before a family's English term, and wordings of the genre (PCT国际申请, 质押贷款,
注册登记, 电子申请率, "patents for invention were granted")."""
import pytest

from factsets import dated, mapped, placed


@pytest.fixture
def run(text_runner):
    return text_runner("350000")


def test_two_verbs_over_two_figures_pair_in_order_without_fenbie(run):
    got = mapped(run("2022年，全省法院受理和审结刑事案件628件和547件，受理、审结行政案件9件、5件。\n", languages="[zh]"))
    assert {("courts.criminal_cases.accepted", "628"), ("courts.criminal_cases.concluded", "547"),
            ("courts.administrative_cases.accepted", "9"), ("courts.administrative_cases.concluded", "5")} <= got
    got = mapped(run("2022年，全省法院受理和审结刑事案件分别为628件和547件。\n", languages="[zh]"))
    assert {("courts.criminal_cases.accepted", "628"), ("courts.criminal_cases.concluded", "547")} <= got


def test_one_figure_after_two_verbs_stays_unnamed(run):
    got = mapped(run("2022年，全省法院受理和审结知识产权民事案件628件，同比增长5%。\n", languages="[zh]"))
    assert not any(v == "628" for _, v in got)


def test_changes_listed_after_levels_stated_one_by_one(run):
    got = mapped(run("2020年，全省各级人民法院共受理各类知识产权案件5594件，审结5448件，同比上升222.9%、228.6%。\n",
                     languages="[zh]"))
    assert {("courts.cases.accepted.yoy_pct", "222.9"), ("courts.cases.concluded.yoy_pct", "228.6")} <= got


def test_changes_after_levels_with_a_change_between_are_not_paired(run):
    got = mapped(run("2020年，全省专利申请量5594件，同比增长5%，授权量5448件，同比增长22.9%、28.6%。\n", languages="[zh]"))
    assert ("patents.applications.yoy_pct", "5") in got
    assert ("patents.applications.yoy_pct", "22.9") not in got and ("patents.granted.yoy_pct", "28.6") not in got


def test_places_compared_in_brackets_take_the_ratio_ranked_before_them(text_runner):
    res = text_runner("350200")("截至2017年年末，我市每万人口有效发明专利拥有量稳居全省首位（福建省8.0件、全国9.8件），"
                                "达23.5件，比2016年增加3.1件。\n", languages="[zh]")
    got = placed(res)
    assert {("patents.valid.invention.per_10k", "350000", "8.0"), ("patents.valid.invention.per_10k", "350200", "23.5"),
            ("patents.valid.invention.per_10k.change", "350200", "3.1")} <= got
    assert not any(i == "patents.valid.invention" for i, _, _ in got)


def test_a_lead_among_the_province_is_no_figures_place(text_runner):
    got = placed(text_runner("440100")("2024年，软件著作权登记超7.8万件，全省领先；知识产权质押融资金额达488.2亿元。\n",
                                       languages="[zh]"))
    assert ("finance.pledge.amount", "440100", "48820000000.0") in got
    assert not any(r == "440000" for _, r, _ in got)


def test_amounts_after_one_rights_cases_are_not_all_cases_amounts(run):
    got = mapped(run("2016年，全省共查处各类商标违法案件2100件，比上年同期上升46%；案值3474.85万元，比上年同期下降62%；"
                     "罚没金额4010.49万元。\n", languages="[zh]"))
    assert ("enforcement.cases.trademark", "2100") in got
    assert not any(i.startswith(("enforcement.case_value", "enforcement.fines")) for i, _ in got)
    got = mapped(run("2016年，全省共查处各类知识产权违法案件2100件；案值3474.85万元；罚没金额4010.49万元。\n", languages="[zh]"))
    assert {("enforcement.case_value", "34748500.00"), ("enforcement.fines", "40104900.00")} <= got


def test_genre_wordings_in_chinese(run):
    got = mapped(run("2019年，全省PCT国际申请22件，同比增长37.5%。全年电子申请率98.98%。知识产权质押贷款金额为26.1亿元。"
                     "截至2021年底，著作权注册登记18868件。\n", languages="[zh]"))
    assert {("patents.pct.applications", "22"), ("patents.e_filing_rate_pct", "98.98"),
            ("finance.pledge.amount", "2610000000.0")} <= got
    assert any(i.startswith("copyright.registrations") and v == "18868" for i, v in got)
    got = mapped(run("2019年，全省商标电子申请率98.98%。\n", languages="[zh]"))
    assert not got


def test_a_kinds_word_before_a_familys_english_term(run):
    got = dated(run("In 2023, the city's invention patent authorization 28,565, ranked first in the province. "
                    "Design patent grants totaled 1,234. 5,708 patents for utility models were granted.\n",
                    languages="[en]"), "en")
    assert {("patents.granted.invention", "28565", "2023"), ("patents.granted.design", "1234", "2023"),
            ("patents.granted.utility_model", "5708", "2023")} <= got
    assert not any(i in ("patents.granted", "patents.applications.design") for i, _, _ in got)


def test_companies_figures_in_a_list_are_no_regions(text_runner):
    got = placed(text_runner("371500")("2021年全市专利授权量8000件。专利授权数量前3位的企业为：中通客车股份有限公司(72件)，"
                                       "山东日发纺织机械有限公司(70件)。\n", languages="[zh]"))
    assert got == {("patents.granted", "371500", "8000")}
    got = placed(text_runner("371500")("专利授权数量前3位的企业为：中通客车股份有限公司(72件)，山东日发纺织机械有限公司(70件)。\n",
                                       languages="[zh]"))
    assert not got


def test_a_cumulative_opening_a_list_at_a_date_covers_its_flows(text_runner):
    got = dated(text_runner("510900")("截至2021年底，全市累计有效授权专利8251件，有效注册商标22826件，著作权登记18868件。"
                                      "截至2022年底，全市专利授权量9000件。\n", languages="[zh]"))
    assert ("copyright.registrations.total.cumulative", "18868", "2021-12-31") in got
    assert ("trademarks.valid", "22826", "2021-12-31") in got and ("patents.granted", "9000", "2022") in got


def test_a_second_rank_after_and_and_a_region_of_the_country_is_no_national_rank(text_runner):
    got = mapped(text_runner("340000")("In 2023, patent grants in the province totaled 11,234, ranking first in central "
                                       "China and fifth in the country.\n", languages="[en]"), "en")
    assert ("patents.granted.rank_national", "5") in got and ("patents.granted.rank_national", "1") not in got


def test_english_translations_of_held_and_valid(text_runner):
    got = dated(text_runner("320100")("By the end of 2023, the number of invention patents owned by 10,000 people in the city "
                                      "reached 146.80. Nanjing's effective patent volume amounted to 410,664 pieces.\n",
                                      languages="[en]"), "en")
    assert {("patents.valid.invention.per_10k", "146.80", "2023-12-31"), ("patents.valid", "410664", "2023-12-31")} <= got


def test_filings_for_rights_held_are_their_applications_where_the_catalog_counts_them(run):
    got = placed(run("2016年，全省新申请马德里国际注册商标337件，排名前三位的省辖市依次是：苏州市86件、无锡市53件。"
                     "全省新申请地理标志商标42件。\n", region="320000", languages="[zh]"))
    assert {("trademarks.madrid.applications", "320000", "337"), ("trademarks.madrid.applications", "320500", "86")} <= got
    assert not any(i.startswith(("trademarks.madrid.valid", "gi.")) for i, _, _ in got)


def test_dispute_cases_a_court_concluded_are_its_cases(run):
    got = mapped(run("2023年，全市两级法院共审结各类知识产权纠纷案件8188件（含旧存），结案率86.45%。\n", region="420100",
                     languages="[zh]"))
    assert ("courts.cases.concluded", "8188") in got

"""Wordings of court and city press items, written for these tests: an autonomous county by its short name and
generic (陵水县 for 陵水黎族自治县); one kind of cases stated for two years in a row
(…民事案件的收案数量…，2021年收案量为…，2023年收案量已降至…: both the civil cases'), a change over a few years (3年减少84.3%:
no year-on-year change); cases restricted by a relative clause (以本地小微企业为被告的案件: a part, no court total); a list
of items a running total opens (累计获得中国专利金奖1项、优秀奖13项，中国外观设计金奖4项: no year's awards); a whole wider
than the part the catalog names after 其中 (拥有发明专利6.5万件，其中有效发明专利8863件); PCT filings, trademark
infringement cases and users of the GI mark in shorter wordings (PCT国际专利量, 商标侵权案, N家企业获地理标志专用标志…)."""
import pytest

from factsets import dated_num, placed_num


@pytest.fixture
def run(text_runner):
    return text_runner("442000")


def test_one_kind_of_cases_stated_for_two_years_and_a_change_over_three(run):
    text = ("本市中级人民法院召开新闻发布会，发布知识产权司法保护白皮书。近年来，本市知识产权民事案件的收案数量降幅明显，2020年收案量为6120件，2023年收案量已降至1405件，3年减少77.0%。\n")
    got = dated_num(run(text, languages="[zh]"))
    assert {("courts.civil_cases.accepted", "6120", "2020"), ("courts.civil_cases.accepted", "1405", "2023")} <= got
    assert not any(i.startswith("courts.cases.") for i, _, _ in got)
    assert not any(i.endswith(".yoy_pct") for i, _, _ in got)


def test_cases_restricted_by_a_relative_clause_are_a_part(run):
    got = dated_num(run("2023年，日照法院知识产权案件呈现以下特点：一是案件质效稳中向好，一审民事案件调撤率达69.90%。"
                        "二是被诉主体多为个体工商户。全年收案中以本地个体工商户为被告的案件402件，占65.7%。\n", languages="[zh]"))
    assert not any(v == "402" for _, v, _ in got)


def test_items_a_running_total_opens_are_no_years_awards(run):
    got = dated_num(run("2023年，全市累计获得中国专利金奖2项、优秀奖11项，中国外观设计金奖3项、优秀奖5项。\n", languages="[zh]"))
    assert not any(i.startswith("patents.china_patent_award") and p == "2023" for i, _, p in got)


def test_a_whole_wider_than_the_part_after_among(run):
    got = dated_num(run("截至2023年底，全市拥有发明专利5.2万件，其中有效发明专利7710件，高价值发明专利2950件。\n", languages="[zh]"))
    assert ("patents.valid.invention", "7710", "2023-12-31") in got
    assert ("patents.valid.invention", "52000", "2023-12-31") not in got


def test_pct_filings_trademark_cases_and_gi_users_in_short_wordings(run):
    got = dated_num(run("2023年，全市PCT国际专利量为64件。全市共查处商标侵权案287件。截至2023年底，全市38家企业获地理标志专用标志"
                        "核准使用。\n", languages="[zh]"))
    assert {("patents.pct.applications", "64", "2023"), ("enforcement.cases.trademark", "287", "2023"),
            ("gi.authorized_users", "38", "2023-12-31")} <= got


def test_an_autonomous_county_by_its_short_name_and_generic(run):
    got = placed_num(run("全省PCT国际专利申请21件，其中海口市15件、陵水县4件、儋州市2件。\n", region="460000", languages="[zh]"))
    assert ("patents.pct.applications", "469028", "4") in got


def test_a_part_read_with_its_wholes_indicator_leaves_the_whole(run):
    got = dated_num(run("2023年，市版权局开展专项行动，累计出动执法人员2.1万人次，查处侵权盗版案件96件，其中刑事立案3件。\n",
                        languages="[zh]"))
    assert ("enforcement.copyright.cases", "96", "2023") in got


def test_a_years_output_after_a_running_total_at_a_date(run):
    got = dated_num(run("截至2023年底，全市累计获批地理标志42个，年产值突破百亿元大关。\n", languages="[zh]"))
    assert {("gi.total", "42", "2023-12-31"), ("gi.output_value", "10000000000", "2023")} <= got

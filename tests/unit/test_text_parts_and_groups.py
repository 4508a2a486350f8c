"""Statements of the genre written for these tests: a level risen to after a clause that names the
term, the parts (其中) of a running total, places listed against amounts, several units' joint total,
an authority named by its verb (破案), administrative cases worded 侵权假冒违法案件, and technology
contracts by direction (输出 / 吸纳)."""
from factsets import dated_num as dated, placed_num as placed


def test_a_level_risen_to_after_a_clause_that_names_the_term(text_runner):
    run = text_runner("360100")
    got = dated(run("2023年，全市每万人口发明专利拥有量持续较快提升，由2018年的3.5件增长至9.8件。"
                    "全市有效注册商标稳步增长，五年内由4万件增加到7.5万件。\n", languages="[zh]"))
    assert {("patents.valid.invention.per_10k", "3.5", "2018-12-31"),
            ("patents.valid.invention.per_10k", "9.8", "2023-12-31"),
            ("trademarks.valid", "75000", "2023-12-31")} <= got
    assert not any(v == "40000" for _, v, _ in got)      # a level at a date the text does not state
    got = dated(run("上半年，东湖区专利授权量明显增加，从去年同期的120件增加到今年的185件。\n", languages="[zh]"))
    assert {("patents.granted", "120", "2022-01/2022-06"), ("patents.granted", "185", "2023-01/2023-06")} <= got


def test_the_parts_of_a_running_total_are_running_totals(text_runner):
    run = text_runner("150000")
    got = dated(run("截至2023年底，全区累计专利授权量12.5万件，其中：发明专利授权1.4万件，实用新型专利授权9万件。\n",
                    languages="[zh]"))
    assert ("patents.granted.invention.cumulative", "14000", "2023-12-31") in got
    assert not any(i in ("patents.granted.invention", "patents.granted.utility_model") for i, _, _ in got)
    got = dated(run("2023年，全区专利授权量2.5万件，其中发明专利授权4000件。\n", languages="[zh]"))
    assert ("patents.granted.invention", "4000", "2023") in got       # a year's flow: its parts are flows


def test_places_listed_against_amounts_and_several_units_joint_total(text_runner):
    run = text_runner("430000")
    got = placed(run("2023年，全省专利质押融资金额52亿元，其中长沙市30亿元、株洲市8亿元。\n", languages="[zh]"))
    assert {("finance.pledge.patent.amount", "430000", "5200000000"), ("finance.pledge.patent.amount", "430100", "3000000000"),
            ("finance.pledge.patent.amount", "430200", "800000000")} <= got
    got = placed(run("2023年，长株潭地区3市全年实现技术合同成交额400亿元，占全省的80%。\n", languages="[zh]"))
    assert not any(v == "40000000000" for _, _, v in got)      # the three cities' total is the province's by no means


def test_an_authority_named_by_its_verb_and_wordings_of_cases_and_contracts(text_runner):
    run = text_runner("210000")
    got = placed(run("今年前三季度全省共破案850起 涉案金额达12.5亿余元\n", languages="[zh]"))
    assert ("police.case_value", "210000", "1250000000") in got and not any(i == "enforcement.case_value" for i, _, _ in got)
    got = placed(run("2023年，全省共查处侵权假冒违法案件1320起，罚没款2100万元。\n", languages="[zh]"))
    assert ("enforcement.cases", "210000", "1320") in got
    got = placed(run("2023年，全省输出技术合同9000项，成交额400亿元；吸纳技术合同8000项，成交额350亿元。"
                     "全年输出吸纳技术合同1.7万项。\n", languages="[zh]"))
    assert {("transactions.tech_contracts.output", "210000", "9000"),
            ("transactions.tech_contracts.output.amount", "210000", "40000000000"),
            ("transactions.tech_contracts.absorbed", "210000", "8000"),
            ("transactions.tech_contracts.absorbed.amount", "210000", "35000000000"),
            ("transactions.tech_contracts", "210000", "17000")} <= got


def test_enterprises_part_of_technology_contracts_is_no_regions_total(text_runner):
    run = text_runner("420000")
    got = placed(run("2023年，由企业输出技术合同5万项，交易金额2500亿元，同比增长30%。高校技术合同成交额20亿元。\n", languages="[zh]"))
    assert not any(i.startswith("transactions.tech_contracts") for i, _, _ in got)     # the sellers' part, no variant


def test_changes_of_places_listed_respectively(text_runner):
    run = text_runner("430000")
    got = placed(run("2023年，郴州市、张家界市和永州市技术合同成交额分别增长82.5%、61.2%和40.3%。\n", languages="[zh]"))
    assert {("transactions.tech_contracts.amount.yoy_pct", "431000", "82.5"),
            ("transactions.tech_contracts.amount.yoy_pct", "430800", "61.2"),
            ("transactions.tech_contracts.amount.yoy_pct", "431100", "40.3")} <= got


def test_a_level_risen_from_the_same_months_last_year(text_runner):
    run = text_runner("640422")
    meta = "    period: 2023-01/2023-06\n"
    got = dated(run("上半年，西吉县专利授权量明显增加，从去年同期的20件增加到今年的33件。\n", languages="[zh]", meta=meta))
    assert {("patents.granted", "20", "2022-01/2022-06"), ("patents.granted", "33", "2023-01/2023-06")} <= got
    got = dated(run("2023年，西吉县专利授权量从去年同期的20件增加到33件。\n", languages="[zh]"))
    assert not any(v == "20" for _, v, _ in got)        # a whole year's report: no part of a year to shift


def test_a_share_of_the_whole_autonomous_region(text_runner):
    text = "2023年，银川市专利授权量5200件，占全区总量的56.5%。\n"
    assert ("patents.granted.share_province_pct", "640100", "56.5") in placed(text_runner("640000")(text, languages="[zh]"))
    assert ("patents.granted.share_province_pct", "640100", "56.5") in placed(text_runner("640100")(text, languages="[zh]"))
    # a district's report: 全区 is the district itself, no province's share
    assert not any(i.endswith("share_province_pct") for i, _, _ in placed(text_runner("640106")(text, languages="[zh]")))


def test_a_share_after_places_listed_respectively_is_their_joint_share(text_runner):
    got = placed(text_runner("440000")("2023年，广州市、深圳市和佛山市专利授权量分别为1569件、1037件和861件，"
                                       "占全省专利授权总量的63.2%。\n", languages="[zh]"))
    assert ("patents.granted", "440600", "861") in got and not any(v == "63.2" for _, _, v in got)


def test_pledges_counted_right_after_the_term_and_enterprises_holding_patents(text_runner):
    run = text_runner("650000")
    got = placed(run("2023年，全区知识产权质押50件，总金额18.2亿元。目前，全区有1.3万家企业拥有有效发明专利8.1万件。\n",
                     languages="[zh]"))
    assert {("finance.pledge.projects", "650000", "50"), ("finance.pledge.amount", "650000", "1820000000"),
            ("patents.valid.invention.holder_enterprises", "650000", "13000")} <= got


def test_changes_of_enforcement_counts_and_english_wordings(text_runner):
    run = text_runner("330000")
    got = placed(run("2023年，全省公安机关破获侵犯知识产权犯罪案件1200起，同比增长15.2%；全省市场监管部门查处侵权假冒案件3000件，"
                     "同比增长8.1%。\n", languages="[zh]"))
    assert {("police.cases.yoy_pct", "330000", "15.2"), ("enforcement.cases.yoy_pct", "330000", "8.1")} <= got
    got = placed(run("This year, the provincial market supervision system has handled 14,000 intellectual property cases, "
                     "a year-on-year increase of 10.42%. A total of 354 patent applications were submitted, including 70 "
                     "patent approvals.\n", languages="[en]"))
    assert {("enforcement.cases", "330000", "14000"), ("enforcement.cases.yoy_pct", "330000", "10.42"),
            ("patents.granted", "330000", "70")} <= got


def test_enterprises_counted_before_the_patents_they_hold_and_their_share(text_runner):
    got = placed(text_runner("340000")("目前，全省有1.3万家企业拥有有效发明专利8.1万件，占全省78.7%。\n", languages="[zh]"))
    assert {("patents.valid.invention.holder_enterprises", "340000", "13000"),
            ("patents.valid.invention.owner.enterprise", "340000", "81000"),
            ("patents.valid.invention.owner.enterprise.share_pct", "340000", "78.7")} <= got
    got = placed(text_runner("330000")("2023年，全省企业专利授权量3万件，占全省专利授权总量的74.3%。杭州市专利授权量2万件，"
                                       "占全省的34.3%。\n", languages="[zh]"))
    assert {("patents.granted.enterprise.share_pct", "330000", "74.3"),
            ("patents.granted.share_province_pct", "330100", "34.3")} <= got
    got = placed(text_runner("410100")("截至2023年底，全市有效发明专利3万件。企业拥有量为16000件；高校占比29.2%，拥有量为7100件。\n",
                                       languages="[zh]"))
    assert not any(v == "29.2" for _, _, v in got)          # the universities' share, which the catalog does not name
    got = placed(text_runner("330108")("2023年，全区发明专利授权量达7699件，占全市的24.1%。\n", languages="[zh]"))
    assert not any(i.endswith("share_granted_pct") for i, _, _ in got)     # the district's part of the city's
